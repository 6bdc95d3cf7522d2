"""The facade decides only on values it saw, and writes back only what it read (issue 6, 1-2).

Canned answers a spec allows but no provider state produces are mocked with respx; the
rest runs against ``hookhub.sandbox``."""

from __future__ import annotations

import inspect
from typing import Any

import httpx
import pytest
import respx

import hookhub
from hookhub.sandbox import RecordedRequest, Sandbox
from tests.conftest import API_KEY
from tests.reliability._backends import facade, new_backend

SHIPPING = "https://api.shipping-channels.com"


async def call(hooks: Any, verb: str, *args: Any, **kwargs: Any) -> Any:
    result = getattr(hooks, verb)(*args, **kwargs)
    return await result if inspect.isawaitable(result) else result


def writes(router: respx.MockRouter) -> list[httpx.Request]:
    return [c.request for c in router.calls if c.request.method != "GET"]


def sandbox_writes(sandbox: Sandbox) -> list[RecordedRequest]:
    return [r for r in sandbox.requests if r.method != "GET"]


def answer_get_with(record: dict[str, Any]) -> httpx.Response:
    return httpx.Response(200, json={"data": record})


@pytest.mark.parametrize("strategy", ["set", "toggle"])
async def test_shipping_state_absent_from_the_read_is_an_error_not_disabled(
    strategy: str, flavour: str
) -> None:
    # Spec-valid: only `id` is always present. Before: absence read as False, so disable()
    # skipped the write and reported success while the subscription stayed active.
    hooks = facade("shipping_channels", flavour, state_strategy=strategy)
    record = {"id": "wh_1", "name": "n", "url": "https://a.test", "events": ["shipment.created"]}
    with respx.mock() as router:
        router.get(f"{SHIPPING}/v1/webhook-subscriptions/wh_1").mock(
            return_value=answer_get_with(record)
        )
        with pytest.raises(hookhub.IncompleteWebhookError) as caught:
            await call(hooks, "disable", "wh_1")
        assert writes(router) == []
    assert caught.value.missing == ("enabled",)
    assert caught.value.webhook_id == "wh_1"


async def test_get_and_list_never_invent_a_state_or_an_id(flavour: str) -> None:
    hooks = facade("shipping_channels", flavour)
    with respx.mock() as router:
        router.get(f"{SHIPPING}/v1/webhook-subscriptions/wh_1").mock(
            return_value=answer_get_with({"id": "wh_1", "url": "https://a.test"})
        )
        router.get(f"{SHIPPING}/v1/webhook-subscriptions").mock(
            return_value=httpx.Response(
                200,
                json={
                    "data": [{"id": "wh_2", "status": "active"}, {"id": "wh_3"}],
                    "meta": {"current_page": 1, "last_page": 1},
                    "links": {},
                },
            )
        )
        with pytest.raises(hookhub.IncompleteWebhookError, match="enabled"):
            await call(hooks, "get", "wh_1")
        with pytest.raises(hookhub.IncompleteWebhookError, match="enabled"):
            await call(hooks, "list")


@pytest.mark.parametrize("provider", ["polytomic", "sentdm"])
async def test_empty_2xx_answer_to_disable_is_settled_by_a_read(
    provider: str, flavour: str
) -> None:
    # Before: `{"data": {}}` was taken as a successful disable: Webhook(id='None', enabled=False).
    sandbox = new_backend(provider)
    webhook_id = sandbox.seed(enabled=True)
    hooks = facade(provider, flavour, sandbox)
    # The write is applied, and answered with an empty record.
    sandbox.faults.replace_response(status=200, body={"success": True, "data": {}})
    result = await call(hooks, "disable", webhook_id)
    write, *_, last = sandbox.requests
    assert write.method != "GET" and write.outcome == "fault:replace_response"
    assert last.method == "GET"
    assert result.id == webhook_id and result.enabled is False
    assert not sandbox.is_enabled(webhook_id)


@pytest.mark.parametrize("provider", ["polytomic", "sentdm"])
async def test_empty_answers_everywhere_raise_instead_of_id_none(
    provider: str, flavour: str
) -> None:
    hooks = facade(provider, flavour)
    with respx.mock() as router:
        router.route().mock(return_value=httpx.Response(200, json={"success": True, "data": {}}))
        with pytest.raises(hookhub.IncompleteWebhookError) as caught:
            await call(hooks, "disable", "00000000-0000-4000-8000-000000000001")
    assert set(caught.value.missing) >= {"id", "enabled"}
    assert "None" not in str(caught.value).replace("(unknown id)", "")


@pytest.mark.parametrize(
    ("record", "missing"),
    [
        ({"id": "wh_1", "url": "https://a.test", "active": True}, ("name", "events")),
        # The documented list shape: `status` and no `name`.
        ({"id": "wh_1", "status": "active", "url": "https://a.test", "events": ["a"]}, ("name",)),
    ],
)
async def test_shipping_put_never_sends_null_for_what_it_did_not_read(
    record: dict[str, Any], missing: tuple[str, ...], flavour: str
) -> None:
    hooks = facade("shipping_channels", flavour)
    with respx.mock() as router:
        router.get(f"{SHIPPING}/v1/webhook-subscriptions/wh_1").mock(
            return_value=answer_get_with(record)
        )
        with pytest.raises(hookhub.IncompleteWebhookError) as caught:
            await call(hooks, "disable", "wh_1")
        with pytest.raises(hookhub.IncompleteWebhookError):
            await call(hooks, "update", "wh_1", url="https://b.test")
        assert writes(router) == [], "refused before sending"
    assert caught.value.missing == missing


async def test_shipping_disable_resends_exactly_what_it_read(flavour: str) -> None:
    sandbox = new_backend("shipping_channels")
    webhook_id = sandbox.seed(enabled=True, events=["shipment.created", "shipment.updated"])
    before = dict(sandbox.webhooks[webhook_id])
    hooks = facade("shipping_channels", flavour, sandbox)
    await call(hooks, "disable", webhook_id)
    (put,) = sandbox_writes(sandbox)
    assert put.json() == {
        "name": before["name"],
        "url": before["url"],
        "events": before["events"],
        "active": False,
    }


async def test_polytomic_update_resends_the_secret_it_read(flavour: str) -> None:
    # Before: update(url=...) sent `"secret": null` on polytomic's full-replacement PUT.
    sandbox = new_backend("polytomic")
    webhook_id = sandbox.seed(secret="s3cret-value")
    hooks = facade("polytomic", flavour, sandbox)
    updated = await call(hooks, "update", webhook_id, url="https://new.test/hook")
    (put,) = sandbox_writes(sandbox)
    assert put.json() == {"endpoint": "https://new.test/hook", "secret": "s3cret-value"}
    assert updated.url == "https://new.test/hook"
    assert sandbox.webhooks[webhook_id]["secret"] == "s3cret-value"


async def test_polytomic_update_without_a_readable_secret_is_refused(flavour: str) -> None:
    sandbox = new_backend("polytomic")
    webhook_id = sandbox.seed()
    without_secret = {k: v for k, v in sandbox.webhooks[webhook_id].items() if k != "secret"}
    # Every read (a verified read is two or more) answers the record without its secret.
    sandbox.faults.replace_response(4, status=200, body={"data": without_secret}, method="GET")
    hooks = facade("polytomic", flavour, sandbox)
    with pytest.raises(hookhub.IncompleteWebhookError, match="secret") as caught:
        await call(hooks, "update", webhook_id, url="https://new.test/hook")
    assert sandbox_writes(sandbox) == []
    sandbox.faults.clear()
    # Given by the caller, the secret needs no read-back.
    await call(hooks, "update", webhook_id, url="https://new.test/hook", secret="chosen-1")
    assert caught.value.missing == ("secret",)
    assert sandbox.webhooks[webhook_id]["secret"] == "chosen-1"


def test_update_semantics_are_published_per_provider() -> None:
    table = {caps.provider: caps.update_semantics for caps in hookhub.list_providers()}
    assert table == {
        "kallima": "partial",
        "polytomic": "full",
        "flip": None,
        "sentdm": "full",
        "shipping_channels": "full",
    }
    # Every full-replacement update reads first and names what it must resend.
    from hookhub.facade._provider_mapping import load_mapping

    for provider, semantics in table.items():
        verb = load_mapping(provider).verb("update")
        if semantics == "full":
            assert verb is not None and verb.read_first and verb.required, provider


async def test_sentdm_update_keeps_what_was_not_given(flavour: str) -> None:
    sandbox = new_backend("sentdm")
    webhook_id = sandbox.seed(events=["messages", "templates"], display_name="hook")
    hooks = facade("sentdm", flavour, sandbox)
    await call(hooks, "update", webhook_id, url="https://new.test/hook")
    (put,) = sandbox_writes(sandbox)
    assert (put.method, put.path) == ("PUT", f"/v3/webhooks/{webhook_id}")
    body = put.json()
    assert body["event_types"] == ["messages", "templates"]
    assert body["display_name"] == "hook"
    assert None not in body.values()
    assert sandbox.webhooks[webhook_id]["event_types"] == ["messages", "templates"]


async def test_create_answered_without_a_state_reads_it_and_without_an_id_says_so(
    flavour: str,
) -> None:
    new_id = "00000000-0000-4000-8000-00000000beef"
    sandbox = Sandbox("polytomic", api_key=API_KEY, ids=lambda: new_id)
    # The create is applied, and answered with the id alone.
    sandbox.faults.replace_response(status=200, body={"data": {"id": new_id}}, method="POST")
    created = await call(facade("polytomic", flavour, sandbox), "create", url="https://a.test/hook")
    assert sandbox.requests[-1].method == "GET"
    assert created.id == new_id and created.enabled is True and new_id in sandbox.webhooks

    hooks = facade("polytomic", flavour)

    with respx.mock() as router:
        router.post(url__regex=r"/api/webhooks$").mock(
            return_value=httpx.Response(200, json={"data": {"endpoint": "https://a.test/hook"}})
        )
        router.get(url__regex=r"/api/webhooks$").mock(
            return_value=httpx.Response(200, json={"data": []})
        )
        with pytest.raises(hookhub.IncompleteWebhookError) as caught:
            await call(hooks, "create", url="https://a.test/hook")
    assert "id" in caught.value.missing
