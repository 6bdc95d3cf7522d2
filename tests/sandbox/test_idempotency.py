"""Idempotency-key replay ends: keys expire after the spec's retention (on the sandbox's
clock) and a long-running sandbox keeps a bounded number of them."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
import pytest

import hookhub
from hookhub._core.provider_profile import IdempotencyRule, Operation
from hookhub.sandbox import Sandbox
from hookhub.sandbox._exchange import RawRequest, Reply
from hookhub.sandbox._idempotency import IN_FLIGHT, IdempotencyKeys

START = datetime(2030, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
DAY = timedelta(hours=24)
SENTDM_BODY = {
    "display_name": "hook",
    "endpoint_url": "https://app.test/hook",
    "event_types": ["messages"],
}


class Clock:
    """A clock the test moves by hand: expiry is tested without sleeping."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


def call(sandbox: Sandbox, method: str, path: str, **kwargs: Any) -> httpx.Response:
    auth = {"x-api-key": sandbox.api_key}
    if sandbox.provider == "polytomic":
        auth = {"Authorization": f"Bearer {sandbox.api_key}"}
    with sandbox.http_client(headers=auth) as client:
        return client.request(method, path, **kwargs)


def test_polytomic_key_replays_for_24_hours_then_is_a_new_request() -> None:
    clock = Clock()
    sandbox = Sandbox("polytomic", clock=clock)
    webhook_id = sandbox.seed()
    headers = {"Idempotency-Key": "key-0001"}
    path = f"/api/webhooks/{webhook_id}/disable"
    first = call(sandbox, "POST", path, headers=headers)
    sandbox.set_enabled_externally(webhook_id, True)

    clock.now = START + DAY - timedelta(seconds=1)
    again = call(sandbox, "POST", path, headers=headers)
    assert again.json() == first.json()
    assert sandbox.is_enabled(webhook_id), "within 24 h the key replays; nothing is applied"

    clock.now = START + DAY
    later = call(sandbox, "POST", path, headers=headers)
    assert later.status_code == 200
    assert not sandbox.is_enabled(webhook_id), "after 24 h the reused key is a new request"
    assert [r.outcome for r in sandbox.requests] == ["ok", "replayed", "ok"]

    sandbox.set_enabled_externally(webhook_id, True)
    assert call(sandbox, "POST", path, headers=headers).json() == later.json()
    assert sandbox.is_enabled(webhook_id), "the new answer is what the key replays now"


def test_sentdm_reused_create_key_creates_again_after_24_hours() -> None:
    clock = Clock()
    sandbox = Sandbox("sentdm", clock=clock)
    body = SENTDM_BODY
    headers = {"Idempotency-Key": "k-1"}
    first = call(sandbox, "POST", "/v3/webhooks", json=body, headers=headers)
    clock.now = START + DAY - timedelta(microseconds=1)
    assert call(sandbox, "POST", "/v3/webhooks", json=body, headers=headers).json() == first.json()
    assert len(sandbox.webhooks) == 1
    assert first.status_code == 200
    clock.now = START + DAY
    second = call(sandbox, "POST", "/v3/webhooks", json=body, headers=headers)
    assert second.status_code == 200
    assert second.json()["data"]["id"] != first.json()["data"]["id"]
    assert len(sandbox.webhooks) == 2


def test_reset_forgets_keys() -> None:
    sandbox = Sandbox("sentdm")
    body = SENTDM_BODY
    headers = {"Idempotency-Key": "k-1"}
    call(sandbox, "POST", "/v3/webhooks", json=body, headers=headers)
    sandbox.reset()
    call(sandbox, "POST", "/v3/webhooks", json=body, headers=headers)
    assert [(r.status, r.outcome) for r in sandbox.requests] == [(200, "ok")]
    assert len(sandbox.webhooks) == 1


# --- the key store itself -------------------------------------------------------------------

RULE = IdempotencyRule(header="Idempotency-Key", min_length=1, max_length=255, pattern=".*")


def keys(clock: Clock, **config: Any) -> IdempotencyKeys:
    return IdempotencyKeys("sentdm", RULE, {"retention_seconds": 60, **config}, clock)


def reply(n: int) -> Reply:
    return Reply(200, {}, str(n).encode())


def test_keys_past_max_keys_drop_the_oldest_answers() -> None:
    store = keys(Clock(), max_keys=3)
    for n in range(5):
        assert store.claim(f"k{n}") is None
        store.finish(f"k{n}", reply(n))
    assert len(store) == 3
    assert [store.claim(f"k{n}") for n in (2, 3, 4)] == [reply(2), reply(3), reply(4)]
    assert store.claim("k0") is None, "the oldest key was dropped: a new request"


def test_an_in_flight_key_is_never_dropped_by_the_bound() -> None:
    store = keys(Clock(), max_keys=2)
    assert store.claim("slow") is None
    for n in range(4):
        store.claim(f"k{n}")
        store.finish(f"k{n}", reply(n))
    assert store.claim("slow") is IN_FLIGHT
    store.finish("slow", reply(9))
    assert store.claim("slow") == reply(9)
    assert len(store) <= 2


def test_expired_answers_are_let_go_not_kept() -> None:
    clock = Clock()
    store = keys(clock)
    for n in range(10):
        store.claim(f"k{n}")
        store.finish(f"k{n}", reply(n))
    clock.now = START + timedelta(seconds=60)
    store.claim("fresh")
    assert len(store) == 1, "only the new key is held once the others expired"


def test_keys_are_read_only_where_the_operation_takes_them() -> None:
    store = keys(Clock())
    request = RawRequest("POST", "/x", {}, {"idempotency-key": "k"}, b"")
    takes = Operation("create", "POST", "/x", "keyed", takes_idempotency_key=True)
    plain = Operation("test", "POST", "/x", "unsafe")
    assert (store.key(takes, request), store.key(plain, request)) == ("k", None)


def test_a_spec_must_say_how_long_keys_are_kept() -> None:
    with pytest.raises(hookhub.ConfigurationError, match=r"idempotency\.retention_seconds"):
        IdempotencyKeys("sentdm", RULE, {}, Clock())
    with pytest.raises(hookhub.ConfigurationError, match="positive"):
        IdempotencyKeys("sentdm", RULE, {"retention_seconds": 60, "max_keys": 0}, Clock())
    with pytest.raises(hookhub.ConfigurationError, match="takes no keys"):
        IdempotencyKeys("kallima", None, {"retention_seconds": 60}, Clock())
