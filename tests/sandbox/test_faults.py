"""Injected faults: deterministic, scoped, and what a client sees of each."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
import pytest

import hookhub
from hookhub.sandbox import Sandbox

FAST = hookhub.RetryPolicy(initial_delay=0.001, max_delay=0.002)


def get(sandbox: Sandbox, path: str, **kwargs: Any) -> httpx.Response:
    with sandbox.http_client(headers={"Authorization": f"Bearer {sandbox.api_key}"}) as client:
        return client.request(kwargs.pop("method", "GET"), path, **kwargs)


@pytest.mark.parametrize(
    ("fmt", "header", "value"),
    [
        ("seconds", "retry-after", "7"),
        ("ms", "retry-after-ms", "7000"),
        ("http-date", "retry-after", "Wed, 02 Jan 2030 03:04:12 GMT"),
    ],
)
def test_fail_next_with_retry_after_formats(fmt: str, header: str, value: str) -> None:
    clock = datetime(2030, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    sandbox = Sandbox("kallima", clock=lambda: clock)
    sandbox.faults.fail_next(2, status=503, retry_after=7, retry_after_format=fmt)  # type: ignore[arg-type]
    first, second, third = (get(sandbox, "/v1/webhooks") for _ in range(3))
    assert (first.status_code, second.status_code, third.status_code) == (503, 503, 200)
    assert first.headers[header] == value
    assert first.json()["status"] == 503
    assert [r.outcome for r in sandbox.requests] == ["fault:fail", "fault:fail", "ok"]


def test_fail_next_in_the_body_and_scoped_to_an_operation() -> None:
    sandbox = Sandbox("kallima")
    webhook_id = sandbox.seed()
    sandbox.faults.fail_next(status=429, retry_after=12, retry_after_format="body", operation="get")
    assert get(sandbox, "/v1/webhooks").status_code == 200, "other operations are untouched"
    limited = get(sandbox, f"/v1/webhooks/{webhook_id}")
    assert limited.status_code == 429
    assert limited.json()["retry_after_seconds"] == 12
    assert limited.json()["code"] == "rate_limit_exceeded"


def test_facade_retries_through_injected_failures() -> None:
    sandbox = Sandbox("polytomic")
    webhook_id = sandbox.seed()
    sandbox.faults.fail_next(2, status=503)
    hooks = hookhub.WebhookClient(
        "polytomic", api_key=sandbox.api_key, http_client=sandbox.http_client(), retry_policy=FAST
    )
    assert hooks.disable(webhook_id).enabled is False
    writes = [r for r in sandbox.requests if r.method == "POST"]
    assert len({r.idempotency_key for r in writes}) == 1, "one key across the retries"


@pytest.mark.parametrize(
    ("kind", "error"), [("timeout", httpx.ReadTimeout), ("reset", httpx.RemoteProtocolError)]
)
def test_lose_response_applies_then_loses(kind: str, error: type[Exception]) -> None:
    sandbox = Sandbox("shipping_channels")
    webhook_id = sandbox.seed(events=["a"])
    sandbox.faults.lose_response(kind=kind, operation="toggle_active")  # type: ignore[arg-type]
    with pytest.raises(error):
        get(sandbox, f"/v1/webhook-subscriptions/{webhook_id}/toggle-active", method="PATCH")
    assert not sandbox.is_enabled(webhook_id), "the change was made"
    assert sandbox.flips == 1
    assert sandbox.requests[-1].outcome == "fault:lose_response"
    assert sandbox.requests[-1].status is None


def test_stale_reads_for_n_reads() -> None:
    sandbox = Sandbox("kallima")
    webhook_id = sandbox.seed()
    sandbox.faults.stale_reads(2)
    get(sandbox, f"/v1/webhooks/{webhook_id}", method="PATCH", json={"enabled": False})
    reads = [get(sandbox, f"/v1/webhooks/{webhook_id}").json()["enabled"] for _ in range(3)]
    assert reads == [True, True, False]
    assert [r.outcome for r in sandbox.requests[-3:]] == ["fault:stale", "fault:stale", "ok"]


def test_stale_reads_for_a_duration() -> None:
    now = [datetime(2030, 1, 1, tzinfo=timezone.utc)]
    sandbox = Sandbox("kallima", clock=lambda: now[0])
    webhook_id = sandbox.seed()
    sandbox.faults.stale_reads(seconds=1.5)
    get(sandbox, f"/v1/webhooks/{webhook_id}", method="PATCH", json={"enabled": False})
    assert get(sandbox, f"/v1/webhooks/{webhook_id}").json()["enabled"] is True
    now[0] += timedelta(seconds=2)
    assert get(sandbox, f"/v1/webhooks/{webhook_id}").json()["enabled"] is False


def test_apply_late() -> None:
    sandbox = Sandbox("kallima")
    webhook_id = sandbox.seed()
    sandbox.faults.apply_late(after_reads=2)
    patched = get(sandbox, f"/v1/webhooks/{webhook_id}", method="PATCH", json={"enabled": False})
    assert patched.json()["enabled"] is False, "acknowledged"
    assert sandbox.is_enabled(webhook_id), "not applied yet"
    reads = [get(sandbox, f"/v1/webhooks/{webhook_id}").json()["enabled"] for _ in range(3)]
    assert reads == [True, True, False]


def test_set_enabled_externally_and_clear() -> None:
    sandbox = Sandbox("sentdm")
    webhook_id = sandbox.seed(events=["messages"])
    sandbox.set_enabled_externally(webhook_id, False)
    assert not sandbox.is_enabled(webhook_id)
    sandbox.faults.fail_next(5)
    sandbox.faults.clear()
    with sandbox.http_client(headers={"x-api-key": sandbox.api_key}) as client:
        assert client.get(f"/v3/webhooks/{webhook_id}").json()["data"]["is_active"] is False


def test_faults_refuse_a_zero_count() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        Sandbox("kallima").faults.fail_next(0)


@pytest.mark.parametrize(
    ("kind", "error"), [("timeout", httpx.ReadTimeout), ("reset", httpx.RemoteProtocolError)]
)
def test_lose_request_loses_it_before_anything_is_applied(
    kind: str, error: type[Exception]
) -> None:
    sandbox = Sandbox("shipping_channels")
    webhook_id = sandbox.seed(events=["a"])
    sandbox.faults.lose_request(kind=kind, method="PATCH")  # type: ignore[arg-type]
    path = f"/v1/webhook-subscriptions/{webhook_id}/toggle-active"
    assert get(sandbox, f"/v1/webhook-subscriptions/{webhook_id}").status_code == 200
    with pytest.raises(error):
        get(sandbox, path, method="PATCH")
    assert sandbox.is_enabled(webhook_id) and sandbox.flips == 0, "nothing was applied"
    assert (sandbox.requests[-1].outcome, sandbox.requests[-1].status) == (
        "fault:lose_request",
        None,
    )
    get(sandbox, path, method="PATCH")
    assert not sandbox.is_enabled(webhook_id), "used up: the next one goes through"


def test_replace_response_applies_then_answers_an_error() -> None:
    sandbox = Sandbox("shipping_channels")
    webhook_id = sandbox.seed(events=["a"])
    sandbox.faults.replace_response(status=502, operation="toggle_active")
    path = f"/v1/webhook-subscriptions/{webhook_id}/toggle-active"
    answer = get(sandbox, path, method="PATCH")
    assert answer.status_code == 502
    assert answer.json()["error"]["status"] == 502, "the provider's error envelope"
    assert not sandbox.is_enabled(webhook_id), "the change was made before the 502"
    assert sandbox.flips == 1
    assert (sandbox.requests[-1].outcome, sandbox.requests[-1].status) == (
        "fault:replace_response",
        502,
    )


def test_replace_response_with_a_body() -> None:
    sandbox = Sandbox("polytomic")
    webhook_id = sandbox.seed(enabled=True)
    sandbox.faults.replace_response(status=200, body={"data": {}}, method="POST")
    path = f"/api/webhooks/{webhook_id}/disable"
    answer = get(sandbox, path, method="POST")
    assert (answer.status_code, answer.json()) == (200, {"data": {}})
    assert not sandbox.is_enabled(webhook_id)


@pytest.mark.parametrize("provider", ["polytomic", "sentdm", "flip", "shipping_channels"])
def test_fail_next_409_is_a_refusal_the_facade_sees_as_conflict(provider: str) -> None:
    sandbox = Sandbox(provider)
    webhook_id = sandbox.seed(enabled=True, events=sandbox.example_events)
    sandbox.faults.fail_next(status=409, method="GET")
    hooks = hookhub.WebhookClient(
        provider,
        api_key=sandbox.api_key,
        base_url=sandbox.base_url,
        http_client=sandbox.http_client(),
        retry_policy=FAST,
    )
    with pytest.raises(hookhub.ConflictError):
        hooks.get(webhook_id)
    assert sandbox.requests[-1].outcome == "fault:fail"
    assert hooks.get(webhook_id).enabled is True, "nothing changed"


def test_apply_late_held_until_apply_pending() -> None:
    sandbox = Sandbox("kallima")
    webhook_id = sandbox.seed()
    sandbox.faults.apply_late(2, after_reads=None)
    path = f"/v1/webhooks/{webhook_id}"
    get(sandbox, path, method="PATCH", json={"enabled": False})
    get(sandbox, path, method="PATCH", json={"url": "https://b.test/hook"})
    reads = [get(sandbox, path).json()["enabled"] for _ in range(3)]
    assert reads == [True, True, True], "no read lands a held change"
    assert sandbox.apply_pending(1) == 1
    assert not sandbox.is_enabled(webhook_id)
    assert sandbox.webhooks[webhook_id]["url"] == "https://receiver.sandbox.invalid/hook"
    assert sandbox.apply_pending() == 1
    assert sandbox.webhooks[webhook_id]["url"] == "https://b.test/hook"
    assert sandbox.apply_pending() == 0


def test_apply_late_with_lose_response_is_a_change_that_lands_after_its_lost_answer() -> None:
    sandbox = Sandbox("shipping_channels")
    webhook_id = sandbox.seed(events=["a"])
    sandbox.faults.apply_late(after_reads=None)
    sandbox.faults.lose_response(method="PATCH")
    with pytest.raises(httpx.ReadTimeout):
        get(sandbox, f"/v1/webhook-subscriptions/{webhook_id}/toggle-active", method="PATCH")
    assert sandbox.requests[-1].outcome == "fault:apply_late+lose_response"
    assert sandbox.is_enabled(webhook_id)
    sandbox.apply_pending()
    assert not sandbox.is_enabled(webhook_id)


def test_a_late_toggle_flips_what_it_finds_and_a_late_create_keeps_its_id() -> None:
    sandbox = Sandbox("shipping_channels")
    webhook_id = sandbox.seed(events=["a"])
    sandbox.faults.apply_late(after_reads=None)
    toggled = get(sandbox, f"/v1/webhook-subscriptions/{webhook_id}/toggle-active", method="PATCH")
    assert toggled.json()["data"]["active"] is False, "acknowledged"
    sandbox.set_enabled_externally(webhook_id, False)  # someone else got there first
    sandbox.apply_pending()
    assert sandbox.is_enabled(webhook_id), "the held toggle flipped the state it found"
    assert sandbox.flips == 1

    sandbox.faults.apply_late(after_reads=None)
    body = {"name": "n", "url": "https://b.test/hook", "events": ["a"]}
    created = get(sandbox, "/v1/webhook-subscriptions", method="POST", json=body)
    new_id = created.json()["data"]["id"]
    assert new_id not in sandbox.webhooks
    sandbox.apply_pending()
    assert sandbox.webhooks[new_id]["url"] == "https://b.test/hook"


def test_a_replayed_answer_can_still_be_lost() -> None:
    # The network does not care that the provider replayed an idempotent answer.
    sandbox = Sandbox("polytomic")
    webhook_id = sandbox.seed(enabled=True)
    path = f"/api/webhooks/{webhook_id}/disable"
    headers = {"Idempotency-Key": "k-1"}
    assert get(sandbox, path, method="POST", headers=headers).status_code == 200
    sandbox.faults.lose_response(method="POST")
    with pytest.raises(httpx.ReadTimeout):
        get(sandbox, path, method="POST", headers=headers)
    assert sandbox.requests[-1].outcome == "fault:lose_response"
    assert get(sandbox, path, method="POST", headers=headers).status_code == 200
    assert sandbox.requests[-1].outcome == "replayed"
