"""Deliveries: signed through hookhub.verification, POSTed for real to loopback receivers."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import sys
import threading
import types
from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

import hookhub
from hookhub.sandbox import Sandbox

CLOCK = datetime(2030, 1, 2, 3, 4, 5, tzinfo=timezone.utc)


@pytest.fixture
def receiver() -> Iterator[tuple[str, list[tuple[dict[str, str], bytes]]]]:
    received: list[tuple[dict[str, str], bytes]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers["content-length"])
            received.append(
                ({k.lower(): v for k, v in self.headers.items()}, self.rfile.read(length))
            )
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01})
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hook", received
    finally:
        server.shutdown()
        thread.join()
        server.server_close()


def test_deliver_posts_to_a_loopback_receiver(receiver: Any) -> None:
    url, received = receiver
    sandbox = Sandbox("kallima", deliver=True, clock=lambda: CLOCK)
    sandbox.seed(url=url)
    (result,) = sandbox.emit("job.completed", {"job": 7})
    assert result.outcome == "delivered"
    ((headers, body),) = received
    assert headers["content-type"] == "application/json"
    (delivery,) = sandbox.deliveries
    assert body == delivery.body
    assert delivery.json() == {
        "id": result.event_id,
        "type": "job.completed",
        "created_at": "2030-01-02T03:04:05Z",
        "data": {"job": 7},
    }
    assert delivery.response_status == 204


def test_deliver_never_leaves_the_machine() -> None:
    sandbox = Sandbox("kallima", deliver=True)
    sandbox.seed(url="https://example.com/hook")
    sandbox.emit("job.completed")
    assert sandbox.deliveries[0].response_status is None


def test_buffered_events_are_posted_on_unpause(receiver: Any) -> None:
    url, received = receiver
    sandbox = Sandbox("flip", deliver=True)
    webhook_id = sandbox.seed(url=url, enabled=False)  # seed() skips the https-only rule
    sandbox.emit("USER_CREATED", {"n": 1})
    assert received == []
    sandbox.set_enabled_externally(webhook_id, True)
    assert [d.status for d in sandbox.deliveries] == ["buffered", "delivered"]
    assert [body for _, body in received] == [sandbox.deliveries[1].body]


def test_deliveries_are_signed_by_hookhub_verification(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[dict[str, Any]] = []

    def sign_delivery(provider: str, **kwargs: Any) -> dict[str, str]:
        calls.append({"provider": provider, **kwargs})
        return {"x-signature": f"t={kwargs['timestamp']}"}

    module = types.ModuleType("hookhub.verification")
    module.sign_delivery = sign_delivery  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "hookhub.verification", module)
    sandbox = Sandbox("sentdm", clock=lambda: CLOCK)
    webhook_id = sandbox.seed(events=["messages"])
    (result,) = sandbox.emit("messages", {"id": "m1"})
    (delivery,) = sandbox.deliveries
    assert delivery.headers["x-signature"] == f"t={int(CLOCK.timestamp())}"
    assert calls == [
        {
            "provider": "sentdm",
            "secret": sandbox.signing_secret(webhook_id),
            "body": delivery.body,
            "timestamp": int(CLOCK.timestamp()),
            "event_id": result.event_id,
        }
    ]


def test_the_delivery_log_shows_what_a_real_receiver_answered(receiver: Any) -> None:
    url, received = receiver
    sandbox = Sandbox("kallima", deliver=True)
    sandbox.seed(url=url)
    sandbox.emit("job.completed", {"job": 7})
    log_id = sandbox.deliveries[0].log_id
    headers = {"Authorization": f"Bearer {sandbox.api_key}"}
    with sandbox.http_client(headers=headers) as client:
        assert client.get(f"/v1/webhook_deliveries/{log_id}").json()["response_status"] == 204
        assert client.post(f"/v1/webhook_deliveries/{log_id}/retry", json={}).status_code == 200
    assert len(received) == 2  # the retry POSTed the event again
    assert received[0][1] == received[1][1]
    assert [d.response_status for d in sandbox.deliveries] == [204, 204]


def test_an_unanswered_real_delivery_is_logged_without_a_status() -> None:
    sandbox = Sandbox("kallima", deliver=True)
    with socket.socket() as closed:  # bound, never listening: connections are refused
        closed.bind(("127.0.0.1", 0))
        sandbox.seed(url=f"http://127.0.0.1:{closed.getsockname()[1]}/hook")
        sandbox.emit("job.completed")
    headers = {"Authorization": f"Bearer {sandbox.api_key}"}
    with sandbox.http_client(headers=headers) as client:
        (record,) = client.get("/v1/webhook_deliveries").json()
    assert record["response_status"] is None


@contextlib.asynccontextmanager
async def _receiver_on_this_loop() -> AsyncIterator[tuple[str, list[bytes]]]:
    """A receiver served by the test's own event loop: a blocking POST would stall it."""
    received: list[bytes] = []

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        length = next(
            int(line.split(b":", 1)[1])
            for line in head.split(b"\r\n")
            if line.lower().startswith(b"content-length:")
        )
        received.append(await reader.readexactly(length))
        writer.write(b"HTTP/1.1 204 No Content\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(answer, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}/hook", received
    finally:
        server.close()
        await server.wait_closed()


async def test_aemit_delivers_to_a_receiver_on_the_same_event_loop() -> None:
    async with _receiver_on_this_loop() as (url, received):
        sandbox = Sandbox("kallima", deliver=True)
        sandbox.seed(url=url)

        (result,) = await sandbox.aemit("job.completed", {"job": 7})

        assert result.outcome == "delivered"
        (delivery,) = sandbox.deliveries
        assert received == [delivery.body]
        assert delivery.response_status == 204


async def test_the_async_transport_posts_deliveries_without_blocking_its_loop() -> None:
    async with _receiver_on_this_loop() as (url, received):
        sandbox = Sandbox("flip", deliver=True)
        webhook_id = sandbox.seed(url=url, events=["user.created"])
        hooks = hookhub.AsyncWebhookClient(
            "flip",
            api_key=sandbox.api_key,
            base_url=sandbox.base_url,
            http_client=sandbox.async_http_client(),
            settle_delay=0.0,
        )
        await hooks.pause(webhook_id)
        (kept,) = await sandbox.aemit("user.created", {"n": 1})
        assert kept.outcome == "buffered"
        assert received == []

        await hooks.resume(webhook_id)  # the resume request delivers what was buffered

        (delivered,) = [d for d in sandbox.deliveries if d.status == "delivered"]
        assert received == [delivered.body]
        assert delivered.response_status == 204
