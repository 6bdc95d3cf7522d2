"""emit(): what a pause keeps and a disable loses, per the providers' documented semantics."""

from __future__ import annotations

import hookhub
from hookhub.sandbox import Sandbox


def client(sandbox: Sandbox) -> hookhub.WebhookClient:
    return hookhub.WebhookClient(
        sandbox.provider,
        api_key=sandbox.api_key,
        base_url=sandbox.base_url,
        http_client=sandbox.http_client(),
        settle_delay=0.0,
    )


def test_registry_buffers_while_paused_and_delivers_on_unpause() -> None:
    sandbox = Sandbox("flip")
    webhook_id = sandbox.seed(events=["user.created"])
    hooks = client(sandbox)
    hooks.pause(webhook_id)
    kept = sandbox.emit("user.created", {"n": 1})
    assert [r.outcome for r in kept] == ["buffered"]
    assert sandbox.buffered(webhook_id) == [kept[0].event_id]
    assert [d.status for d in sandbox.deliveries] == ["buffered"]
    hooks.resume(webhook_id)
    assert sandbox.buffered(webhook_id) == []
    delivered = [d for d in sandbox.deliveries if d.status == "delivered"]
    assert [d.event_id for d in delivered] == [kept[0].event_id]
    assert delivered[0].json()["data"] == {"n": 1}


def test_registry_delete_loses_the_buffer() -> None:
    sandbox = Sandbox("flip")
    webhook_id = sandbox.seed(events=["a"])
    hooks = client(sandbox)
    hooks.pause(webhook_id)
    sandbox.emit("a")
    hooks.delete(webhook_id)
    assert [d.status for d in sandbox.deliveries] == ["buffered"]


def test_polytomic_drops_events_while_disabled() -> None:
    sandbox = Sandbox("polytomic")
    webhook_id = sandbox.seed()
    hooks = client(sandbox)
    hooks.disable(webhook_id)
    assert [r.outcome for r in sandbox.emit("sync.completed")] == ["dropped"]
    hooks.enable(webhook_id)
    assert [r.outcome for r in sandbox.emit("sync.completed")] == ["delivered"]
    assert [d.status for d in sandbox.deliveries] == ["dropped", "delivered"]


def test_only_subscribed_webhooks_get_an_event() -> None:
    sandbox = Sandbox("shipping_channels")
    wanted = sandbox.seed(events=["shipment.created"])
    other = sandbox.seed(events=["shipment.updated"])
    results = {r.webhook_id: r.outcome for r in sandbox.emit("shipment.created", {"id": 1})}
    assert results == {wanted: "delivered", other: "not_subscribed"}
    (delivery,) = sandbox.deliveries
    assert delivery.url == "https://receiver.sandbox.invalid/hook"
    assert delivery.headers["content-type"] == "application/json"


def test_kallima_no_event_filter_means_every_event() -> None:
    sandbox = Sandbox("kallima")
    sandbox.seed(events=None)
    assert [r.outcome for r in sandbox.emit("job.completed")] == ["delivered"]
