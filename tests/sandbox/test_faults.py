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
