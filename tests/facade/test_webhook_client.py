"""The facade: every verb on every provider, sync and async, through the whole stack."""

from __future__ import annotations

import asyncio
import inspect
import threading
from typing import Any

import pytest

import hookhub
from hookhub.sandbox import Sandbox
from tests.conftest import API_KEY, FAST, FLIP_URL

PROVIDERS = ["polytomic", "sentdm", "flip", "shipping_channels", "kallima"]

# The native call behind each verb, as the issue and the providers' docs describe it.
NATIVE = {
    "polytomic": {"disable": ("POST", "/disable"), "enable": ("POST", "/enable")},
    "sentdm": {"disable": ("PATCH", "/toggle-status"), "enable": ("PATCH", "/toggle-status")},
    "flip": {"disable": ("POST", "/pause"), "enable": ("POST", "/unpause")},
    "shipping_channels": {"disable": ("PUT", ""), "enable": ("PUT", "")},
    "kallima": {"disable": ("PATCH", ""), "enable": ("PATCH", "")},
}
EVENTS = {"polytomic": None, "kallima": None}
PREFIX = {
    "polytomic": "/api/webhooks",
    "sentdm": "/v3/webhooks",
    "flip": "/webhooks",
    "shipping_channels": "/v1/webhook-subscriptions",
    "kallima": "/v1/webhooks",
}


def facade(provider: str, flavour: str, sandbox: Sandbox | None = None, **kwargs: Any) -> Any:
    """A facade client, connected in process to ``sandbox`` when one is given."""
    cls = hookhub.AsyncWebhookClient if flavour == "async" else hookhub.WebhookClient
    kwargs.setdefault("api_key", API_KEY if sandbox is None else sandbox.api_key)
    kwargs.setdefault("retry_policy", FAST)
    kwargs.setdefault("settle_delay", 0.0)
    # In process nothing times out; the timeout only sets the verifying mode's wait after a
    # lost toggle (30 s by default), which these tests need not sit through.
    kwargs.setdefault("timeout", 0.05)
    if sandbox is not None:
        kwargs.setdefault("base_url", sandbox.base_url)
        http = sandbox.async_http_client() if flavour == "async" else sandbox.http_client()
        kwargs.setdefault("http_client", http)
    if provider == "flip":
        kwargs.setdefault("base_url", FLIP_URL)
    return cls(provider, **kwargs)


def calls(sandbox: Sandbox) -> list[tuple[str, str]]:
    """(method, path) of every request the sandbox received, in order."""
    return [(request.method, request.path) for request in sandbox.requests]


async def call(hooks: Any, verb: str, *args: Any, **kwargs: Any) -> Any:
    result = getattr(hooks, verb)(*args, **kwargs)
    return await result if inspect.isawaitable(result) else result


@pytest.mark.parametrize("provider", PROVIDERS)
async def test_every_verb(provider: str, flavour: str) -> None:
    sandbox = Sandbox(provider)
    hooks = facade(provider, flavour, sandbox)
    created = await call(
        hooks, "create", url="https://app.test/hook", events=EVENTS.get(provider, ["a.b"])
    )
    assert isinstance(created, hookhub.Webhook)
    assert created.provider == provider
    assert created.url == "https://app.test/hook"
    assert created.enabled is True and created.paused is False
    assert created.events == EVENTS.get(provider, ["a.b"])
    assert created.id in sandbox.webhooks

    fetched = await call(hooks, "get", created.id)
    assert fetched.id == created.id and fetched.url == created.url
    assert [hook.id for hook in await call(hooks, "list")] == [created.id]

    if "update" in hooks.capabilities.verbs:
        updated = await call(hooks, "update", created.id, url="https://app.test/v2")
        assert updated.url == "https://app.test/v2"
        assert (await call(hooks, "get", created.id)).url == "https://app.test/v2"

    before = len(sandbox.requests)
    disabled = await call(hooks, "disable", created.id)
    assert disabled.enabled is False
    assert not sandbox.is_enabled(created.id)
    method, suffix = NATIVE[provider]["disable"]
    assert (method, PREFIX[provider] + "/" + created.id + suffix) in calls(sandbox)[before:]

    again = await call(hooks, "disable", created.id)
    assert again.enabled is False, "disable() twice leaves it disabled"
    assert not sandbox.is_enabled(created.id)

    enabled = await call(hooks, "set_enabled", created.id, True)
    assert enabled.enabled is True and sandbox.is_enabled(created.id)
    enabled = await call(hooks, "enable", created.id)
    assert enabled.enabled is True and sandbox.is_enabled(created.id)

    assert await call(hooks, "delete", created.id) is None
    assert sandbox.webhooks == {}
    assert await call(hooks, "list") == []


async def test_registry_pause_keeps_events_and_resume(flavour: str) -> None:
    sandbox = Sandbox("flip")
    webhook_id = sandbox.seed()
    hooks = facade("flip", flavour, sandbox)
    assert hooks.capabilities.disabled_events == "buffered"
    paused = await call(hooks, "pause", webhook_id)
    assert (paused.enabled, paused.paused) == (False, True)
    assert ("POST", f"/webhooks/{webhook_id}/pause") in calls(sandbox)
    resumed = await call(hooks, "resume", webhook_id)
    assert (resumed.enabled, resumed.paused) == (True, False)
    assert ("POST", f"/webhooks/{webhook_id}/unpause") in calls(sandbox)


@pytest.mark.parametrize("provider", ["polytomic", "sentdm", "shipping_channels", "kallima"])
@pytest.mark.parametrize("verb", ["pause", "resume"])
async def test_pause_never_reaches_the_wire_where_events_are_not_kept(
    provider: str, verb: str, flavour: str
) -> None:
    sandbox = Sandbox(provider)
    webhook_id = sandbox.seed()
    hooks = facade(provider, flavour, sandbox)
    with pytest.raises(hookhub.UnsupportedOperationError) as caught:
        await call(hooks, verb, webhook_id)
    assert sandbox.requests == []
    message = str(caught.value)
    assert provider in message
    assert ("disable()" if verb == "pause" else "enable()") in message
    assert caught.value.operation == verb


async def test_registry_has_no_update(flavour: str) -> None:
    hooks = facade("flip", flavour)
    with pytest.raises(hookhub.UnsupportedOperationError, match="update"):
        await call(hooks, "update", "wh_1", url="https://x.test")


def test_capability_table() -> None:
    table = {caps.provider: caps for caps in hookhub.list_providers()}
    assert list(table) == sorted(PROVIDERS)
    assert {p: c.disabled_events for p, c in table.items()} == {
        "kallima": "unspecified",
        "polytomic": "dropped",
        "flip": "buffered",
        "sentdm": "unspecified",
        "shipping_channels": "unspecified",
    }
    assert {p for p, c in table.items() if c.relative_toggle} == {"shipping_channels"}
    assert {p for p, c in table.items() if c.idempotency_keys} == {"polytomic", "sentdm"}
    assert {p for p, c in table.items() if "pause" in c.verbs} == {"flip"}
    assert table["polytomic"].max_webhooks == 1
    assert table["polytomic"].native_calls["disable"] == "POST /api/webhooks/{id}/disable"
    assert table["sentdm"].native_calls["disable"] == "PATCH /v3/webhooks/{id}/toggle-status"
    assert table["flip"].native_calls["disable"] == "POST /webhooks/{webhook_id}/pause"
    assert table["kallima"].native_calls["disable"] == "PATCH /v1/webhooks/{webhook_id}"
    assert (
        table["shipping_channels"].native_calls["toggle"]
        == "PATCH /v1/webhook-subscriptions/{id}/toggle-active"
    )
    assert hookhub.WebhookClient("kallima", api_key="k").capabilities == table["kallima"]


async def test_polytomic_create_refuses_a_second_webhook(flavour: str) -> None:
    sandbox = Sandbox("polytomic")
    existing = sandbox.seed()
    hooks = facade("polytomic", flavour, sandbox)
    with pytest.raises(hookhub.WebhookLimitError) as caught:
        await call(hooks, "create", url="https://second.test")
    assert [hook.id for hook in caught.value.existing] == [existing]
    assert ("POST", "/api/webhooks") not in calls(sandbox)


async def test_polytomic_events_must_be_every_event(flavour: str) -> None:
    hooks = facade("polytomic", flavour)
    with pytest.raises(hookhub.InvalidInputError, match="every event"):
        await call(hooks, "create", url="https://x.test", events=["a"])


async def test_sentdm_create_needs_events(flavour: str) -> None:
    hooks = facade("sentdm", flavour)
    with pytest.raises(hookhub.InvalidInputError, match="events"):
        await call(hooks, "create", url="https://x.test")


async def test_polytomic_mutations_carry_idempotency_keys(flavour: str) -> None:
    sandbox = Sandbox("polytomic")
    webhook_id = sandbox.seed()
    hooks = facade("polytomic", flavour, sandbox)
    await call(hooks, "disable", webhook_id)
    request = sandbox.requests[-1]
    assert request.method == "POST"
    assert len(request.headers["idempotency-key"]) == 36


@pytest.mark.parametrize(
    ("provider", "count", "pages"), [("sentdm", 250, 3), ("shipping_channels", 150, 2)]
)
async def test_list_follows_every_page(provider: str, count: int, pages: int, flavour: str) -> None:
    sandbox = Sandbox(provider)
    ids = [sandbox.seed() for _ in range(count)]
    hooks = facade(provider, flavour, sandbox)
    found = await call(hooks, "list")
    assert [hook.id for hook in found] == ids
    assert len([c for c in calls(sandbox) if c == ("GET", PREFIX[provider])]) == pages


async def test_errors_come_from_the_core(flavour: str) -> None:
    sandbox = Sandbox("kallima")
    hooks = facade("kallima", flavour, sandbox)
    with pytest.raises(hookhub.NotFoundError):
        await call(hooks, "get", "missing")


@pytest.mark.usefixtures("no_env")
def test_configuration_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(
        hookhub.ConfigurationError, match="known providers: flip, kallima, polytomic"
    ):
        hookhub.WebhookClient("stripe", api_key="k")
    with pytest.raises(hookhub.ConfigurationError, match="base_url"):
        hookhub.WebhookClient("flip", api_key="k")
    with pytest.raises(hookhub.ConfigurationError, match="profile_id, sandbox"):
        hookhub.WebhookClient("sentdm", api_key="k", api_version="x")
    monkeypatch.setenv("SENT_DM_API_KEY", "from-env")
    hooks = hookhub.WebhookClient("sentdm", profile_id="p1", sandbox=True)
    assert hooks.native.provider == "sentdm"
    assert "from-env" not in repr(hooks)


# --- shipping_channels: converging on a relative toggle ----------------------------------

# The native write behind disable() for each strategy; its response can be lost after it
# was applied (a read timeout).
WRITE = {"toggle": "toggle_active", "set": "update"}


def writes(sandbox: Sandbox) -> list[str]:
    return [r.method for r in sandbox.requests if r.method in ("PATCH", "PUT")]


@pytest.mark.parametrize("strategy", ["toggle", "set"])
async def test_already_in_wanted_state_sends_no_write(strategy: str, flavour: str) -> None:
    sandbox = Sandbox("shipping_channels")
    webhook_id = sandbox.seed(enabled=False)
    hooks = facade("shipping_channels", flavour, sandbox, state_strategy=strategy)
    result = await call(hooks, "disable", webhook_id)
    assert result.enabled is False
    assert {method for method, _ in calls(sandbox)} == {"GET"}, "reads only, no write"
    assert sandbox.flips == 0


async def test_toggle_applied_but_response_lost_flips_once(flavour: str) -> None:
    sandbox = Sandbox("shipping_channels")
    webhook_id = sandbox.seed(enabled=True)
    sandbox.faults.lose_response(kind="timeout", method="PATCH")
    hooks = facade("shipping_channels", flavour, sandbox, state_strategy="toggle")
    result = await call(hooks, "disable", webhook_id)
    assert result.enabled is False and not sandbox.is_enabled(webhook_id)
    assert sandbox.flips == 1
    assert writes(sandbox).count("PATCH") == 1, "the toggle is never retried blindly"


async def test_stale_read_after_toggle_does_not_flip_back(flavour: str) -> None:
    sandbox = Sandbox("shipping_channels")
    sandbox.faults.stale_reads(1)
    webhook_id = sandbox.seed(enabled=True)
    sandbox.faults.lose_response(kind="timeout", method="PATCH")
    hooks = facade("shipping_channels", flavour, sandbox, state_strategy="toggle")
    result = await call(hooks, "disable", webhook_id)
    assert result.enabled is False and not sandbox.is_enabled(webhook_id)
    assert sandbox.flips == 1
    assert "fault:stale" in [r.outcome for r in sandbox.requests], "a stale read was served"


async def test_toggle_that_never_applies_raises_convergence_error(flavour: str) -> None:
    sandbox = Sandbox("shipping_channels")
    webhook_id = sandbox.seed(enabled=True)
    # The server fails every toggle before applying it.
    sandbox.faults.fail_next(100, status=500, operation="toggle_active")
    hooks = facade("shipping_channels", flavour, sandbox, state_strategy="toggle")
    with pytest.raises(hookhub.ConvergenceError) as caught:
        await call(hooks, "disable", webhook_id)
    assert caught.value.last_seen.enabled is True
    assert caught.value.wanted is False
    assert writes(sandbox).count("PATCH") == 2, "at most two toggles"
    assert sandbox.flips == 0 and sandbox.is_enabled(webhook_id)


@pytest.mark.parametrize("strategy", ["toggle", "set"])
async def test_disable_twice_and_after_lost_response(strategy: str, flavour: str) -> None:
    sandbox = Sandbox("shipping_channels")
    webhook_id = sandbox.seed(enabled=True)
    sandbox.faults.lose_response(kind="timeout", operation=WRITE[strategy])
    hooks = facade("shipping_channels", flavour, sandbox, state_strategy=strategy)
    first = await call(hooks, "disable", webhook_id)
    second = await call(hooks, "disable", webhook_id)
    assert first.enabled is False and second.enabled is False
    assert not sandbox.is_enabled(webhook_id)
    assert sandbox.flips == (1 if strategy == "toggle" else 0)


@pytest.mark.parametrize("strategy", ["toggle", "set"])
async def test_five_concurrent_disables_flip_at_most_once(strategy: str, flavour: str) -> None:
    sandbox = Sandbox("shipping_channels")
    webhook_id = sandbox.seed(enabled=True)
    hooks = facade("shipping_channels", flavour, sandbox, state_strategy=strategy)
    if flavour == "async":
        results = await asyncio.gather(*(hooks.disable(webhook_id) for _ in range(5)))
    else:
        results = []
        threads = [
            threading.Thread(target=lambda: results.append(hooks.disable(webhook_id)))
            for _ in range(5)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert len(results) == 5 and all(result.enabled is False for result in results)
    assert not sandbox.is_enabled(webhook_id)
    assert sandbox.flips <= 1
    assert len(writes(sandbox)) == 1
