"""Delivery logs: the providers' delivery-log endpoints answer from what ``emit`` delivered."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
import pytest

import hookhub
from hookhub.sandbox import Sandbox

START = datetime(2030, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
UNKNOWN = "00000000-0000-4000-9000-000000000404"


def ticking() -> Callable[[], datetime]:
    """A clock one minute further on each call, so every attempt has its own time."""
    calls = iter(range(1_000_000))
    return lambda: START + timedelta(minutes=next(calls))


def call(sandbox: Sandbox, method: str, path: str, **kwargs: Any) -> httpx.Response:
    header = "x-api-key" if sandbox.provider == "sentdm" else "Authorization"
    value = sandbox.api_key if header == "x-api-key" else f"Bearer {sandbox.api_key}"
    with sandbox.http_client(headers={header: value}) as client:
        return client.request(method, path, **kwargs)


def facade(sandbox: Sandbox) -> hookhub.WebhookClient:
    return hookhub.WebhookClient(
        sandbox.provider,
        api_key=sandbox.api_key,
        base_url=sandbox.base_url,
        http_client=sandbox.http_client(),
        retry_policy=hookhub.RetryPolicy(initial_delay=0.001, max_delay=0.002),
        settle_delay=0.0,
    )


def event_ids(sandbox: Sandbox, webhook_id: str) -> list[str]:
    """Event ids delivered to ``webhook_id``, newest first."""
    return [
        d.event_id
        for d in reversed(sandbox.deliveries)
        if d.webhook_id == webhook_id and d.status == "delivered"
    ]


# --- kallima: list by webhook_id and limit, get, retry -------------------------------------


def test_kallima_lists_delivered_events_newest_first_filtered_and_limited() -> None:
    sandbox = Sandbox("kallima", clock=ticking())
    first = sandbox.seed(url="https://a.test/hook")
    second = sandbox.seed(url="https://b.test/hook")
    for n in range(3):
        sandbox.emit(f"humanization.step{n}", {"n": n})

    everything = call(sandbox, "GET", "/v1/webhook_deliveries").json()
    assert len(everything) == 6
    assert everything[0]["event_type"] == "humanization.step2"  # newest first

    mine = call(sandbox, "GET", "/v1/webhook_deliveries", params={"webhook_id": first}).json()
    assert [r["event_type"] for r in mine] == [f"humanization.step{n}" for n in (2, 1, 0)]
    assert {r["webhook_id"] for r in mine} == {first}
    assert mine[0] == {
        "id": sandbox.deliveries[-2].log_id,  # the newest delivery to ``first``
        "webhook_id": first,
        "event_type": "humanization.step2",
        "response_status": 200,
    }

    query = {"webhook_id": second, "limit": "2"}
    limited = call(sandbox, "GET", "/v1/webhook_deliveries", params=query).json()
    assert [r["event_type"] for r in limited] == ["humanization.step2", "humanization.step1"]

    too_many = call(sandbox, "GET", "/v1/webhook_deliveries", params={"limit": "201"})
    assert too_many.status_code == 422


def test_kallima_logs_no_record_for_an_event_dropped_while_disabled() -> None:
    sandbox = Sandbox("kallima")
    webhook_id = sandbox.seed(enabled=False)
    assert [r.outcome for r in sandbox.emit("humanization.completed")] == ["dropped"]
    assert call(sandbox, "GET", "/v1/webhook_deliveries").json() == []
    assert sandbox.deliveries[0].log_id is None
    sandbox.set_enabled_externally(webhook_id, True)
    sandbox.emit("humanization.failed")
    listed = call(sandbox, "GET", "/v1/webhook_deliveries").json()
    assert [r["event_type"] for r in listed] == ["humanization.failed"]


def test_kallima_gets_one_delivery_and_answers_404_for_an_unknown_one() -> None:
    sandbox = Sandbox("kallima")
    webhook_id = sandbox.seed()
    sandbox.emit("humanization.completed", {"job": 7})
    log_id = sandbox.deliveries[-1].log_id
    got = call(sandbox, "GET", f"/v1/webhook_deliveries/{log_id}")
    assert got.status_code == 200
    assert got.json() == {
        "id": log_id,
        "webhook_id": webhook_id,
        "event_type": "humanization.completed",
        "response_status": 200,
    }

    for missing in (UNKNOWN, webhook_id):  # a webhook id is no delivery id
        answer = call(sandbox, "GET", f"/v1/webhook_deliveries/{missing}")
        assert answer.status_code == 404
        assert answer.json()["code"] == "not_found"
        assert answer.json()["detail"] == "Delivery not found"
    retry = call(sandbox, "POST", f"/v1/webhook_deliveries/{UNKNOWN}/retry", json={})
    assert retry.status_code == 404
    assert retry.json()["detail"] == "Delivery not found"


def test_kallima_retry_delivers_the_event_again_as_a_new_attempt_of_the_same_record() -> None:
    sandbox = Sandbox("kallima", clock=ticking())
    webhook_id = sandbox.seed()
    sandbox.emit("humanization.completed", {"job": 7})
    original = sandbox.deliveries[-1]
    assert original.log_id is not None

    retried = call(sandbox, "POST", f"/v1/webhook_deliveries/{original.log_id}/retry", json={})
    assert retried.status_code == 200
    assert retried.json()["id"] == original.log_id
    assert retried.json()["webhook_id"] == webhook_id

    again = sandbox.deliveries[-1]
    assert len(sandbox.deliveries) == 2
    assert (again.status, again.log_id, again.event_id) == (
        "delivered",
        original.log_id,
        original.event_id,
    )
    assert again.json() == original.json()  # the same event body, sent again
    assert again.delivered_at > original.delivered_at
    # "returns the updated delivery record": still one record in the log.
    assert len(call(sandbox, "GET", "/v1/webhook_deliveries").json()) == 1


def test_kallima_retry_to_a_disabled_webhook_makes_no_attempt() -> None:
    sandbox = Sandbox("kallima")
    webhook_id = sandbox.seed()
    sandbox.emit("humanization.completed")
    log_id = sandbox.deliveries[-1].log_id
    sandbox.set_enabled_externally(webhook_id, False)

    retried = call(sandbox, "POST", f"/v1/webhook_deliveries/{log_id}/retry", json={})
    assert retried.status_code == 200
    assert retried.json()["response_status"] == 200  # the record as it was
    assert [d.status for d in sandbox.deliveries] == ["delivered", "dropped"]
    assert sandbox.deliveries[-1].log_id is None


def test_kallima_retry_after_the_webhook_is_deleted_is_404() -> None:
    sandbox = Sandbox("kallima")
    webhook_id = sandbox.seed()
    sandbox.emit("humanization.completed")
    log_id = sandbox.deliveries[-1].log_id
    assert call(sandbox, "DELETE", f"/v1/webhooks/{webhook_id}").status_code == 204

    retried = call(sandbox, "POST", f"/v1/webhook_deliveries/{log_id}/retry", json={})
    assert retried.status_code == 404
    assert retried.json()["detail"] == "Webhook not found"
    assert len(sandbox.deliveries) == 1


# --- polytomic: every attempt of one webhook, token pages, filters --------------------------


def polytomic_sandbox(events: int) -> tuple[Sandbox, str]:
    sandbox = Sandbox("polytomic", clock=ticking())
    webhook_id = sandbox.seed()
    for n in range(events):
        sandbox.emit("sync.completed", {"n": n})
    return sandbox, webhook_id


def test_polytomic_pages_with_tokens_newest_first() -> None:
    sandbox, webhook_id = polytomic_sandbox(120)
    path = f"/api/webhooks/{webhook_id}/deliveries"

    first = call(sandbox, "GET", path).json()
    assert len(first["data"]) == 50
    token = first["pagination"]["next_page_token"]
    assert token
    second = call(sandbox, "GET", path, params={"page_token": token}).json()
    third = call(
        sandbox, "GET", path, params={"page_token": second["pagination"]["next_page_token"]}
    ).json()
    assert len(third["data"]) == 20
    assert third["pagination"]["next_page_token"] == ""  # "an empty token means no more"

    listed = [r["event_id"] for page in (first, second, third) for r in page["data"]]
    assert listed == event_ids(sandbox, webhook_id)
    record = first["data"][0]
    assert set(record) == {"id", "event_id", "event_type", "attempted_at", "success", "status_code"}
    assert (record["success"], record["status_code"]) == (True, 200)

    bad = call(sandbox, "GET", path, params={"page_token": "not-a-token"})
    assert bad.status_code == 422


def test_polytomic_native_client_walks_every_page() -> None:
    sandbox, webhook_id = polytomic_sandbox(60)
    with facade(sandbox) as client:
        listed = [item.event_id for item in client.native.webhooks.list_deliveries(webhook_id)]
    assert listed == event_ids(sandbox, webhook_id)


def test_polytomic_filters_by_event_success_and_time() -> None:
    sandbox, webhook_id = polytomic_sandbox(5)
    path = f"/api/webhooks/{webhook_id}/deliveries"
    third = sandbox.deliveries[2]

    by_event = call(sandbox, "GET", path, params={"event_id": third.event_id}).json()
    assert [r["event_id"] for r in by_event["data"]] == [third.event_id]
    assert len(call(sandbox, "GET", path, params={"success": "true"}).json()["data"]) == 5
    assert call(sandbox, "GET", path, params={"success": "false"}).json()["data"] == []

    start = sandbox.deliveries[1].delivered_at.isoformat()
    end = sandbox.deliveries[3].delivered_at.isoformat()
    window = call(sandbox, "GET", path, params={"start": start, "end": end}).json()
    expected = [sandbox.deliveries[n].event_id for n in (2, 1)]  # start inclusive, end not
    assert [r["event_id"] for r in window["data"]] == expected

    assert call(sandbox, "GET", path, params={"start": "yesterday"}).status_code == 422


def test_polytomic_log_of_an_unknown_webhook_is_404() -> None:
    sandbox, _ = polytomic_sandbox(1)
    answer = call(sandbox, "GET", f"/api/webhooks/{UNKNOWN}/deliveries")
    assert answer.status_code == 404
    assert answer.json()["message"] == "webhook not found"


# --- sentdm: one event per record, page numbers ---------------------------------------------


def test_sentdm_pages_delivery_events_by_number() -> None:
    sandbox = Sandbox("sentdm", clock=ticking())
    webhook_id = sandbox.seed()
    other = sandbox.seed(url="https://other.test/hook")
    for n in range(5):
        sandbox.emit("messages", {"n": n})
    path = f"/v3/webhooks/{webhook_id}/events"

    pages = [
        call(sandbox, "GET", path, params={"page": page, "page_size": 2}).json()["data"]
        for page in (1, 2, 3)
    ]
    assert [p["pagination"]["has_more"] for p in pages] == [True, True, False]
    assert pages[0]["pagination"]["total_count"] == 5
    assert pages[0]["pagination"]["total_pages"] == 3
    listed = [e for p in pages for e in p["events"]]
    mine = [d for d in reversed(sandbox.deliveries) if d.webhook_id == webhook_id]
    assert [e["id"] for e in listed] == [d.log_id for d in mine]
    assert other not in {d.webhook_id for d in mine}

    newest = listed[0]
    assert newest["event_type"] == "messages"
    assert newest["event_data"] == mine[0].json()  # the exact body delivered
    assert (newest["delivery_status"], newest["http_status_code"]) == ("delivered", 200)
    assert newest["delivery_attempts"] == 1


def test_sentdm_search_and_404() -> None:
    sandbox = Sandbox("sentdm")
    webhook_id = sandbox.seed(event_types=["messages", "templates"])
    sandbox.emit("messages")
    sandbox.emit("templates")
    path = f"/v3/webhooks/{webhook_id}/events"
    found = call(sandbox, "GET", path, params={"search": "templ"}).json()["data"]["events"]
    assert [e["event_type"] for e in found] == ["templates"]

    answer = call(sandbox, "GET", f"/v3/webhooks/{UNKNOWN}/events")
    assert answer.status_code == 404
    assert answer.json()["error"]["code"] == "RESOURCE_008"


def test_reset_forgets_the_log() -> None:
    sandbox = Sandbox("kallima")
    sandbox.seed()
    sandbox.emit("humanization.completed")
    sandbox.reset()
    sandbox.seed()
    assert call(sandbox, "GET", "/v1/webhook_deliveries").json() == []


@pytest.mark.parametrize("provider", ["kallima", "polytomic", "sentdm"])
def test_the_log_ids_follow_the_specs_format(provider: str) -> None:
    sandbox = Sandbox(provider)
    sandbox.seed(events=["messages"])
    sandbox.emit("messages")
    assert sandbox.deliveries[0].log_id == "00000000-0000-4000-9000-000000000001"
