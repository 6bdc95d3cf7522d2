"""The two ways a sandbox is mounted over one state: httpx transports and an ASGI server.

Both drive :meth:`Engine.handle` (a generator of waits ending in a reply); only how they
wait and how they lose a response differ.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
import time
from collections.abc import Awaitable, Callable, Generator, MutableMapping
from typing import Any
from urllib.parse import parse_qsl

import httpx

from hookhub._core.errors import ConfigurationError
from hookhub.sandbox._engine import Engine
from hookhub.sandbox._exchange import Deliver, Handling, RawRequest, Reply

__all__ = ["AsyncSandboxTransport", "SandboxTransport", "asgi_app", "serve"]

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


def _run_sync(handling: Handling) -> Reply:
    try:
        step = next(handling)
        while True:
            if isinstance(step, Deliver):
                step.outgoing.send()
            else:
                time.sleep(step.seconds)
            step = handling.send(None)
    except StopIteration as done:
        reply: Reply = done.value
        return reply


async def _run_async(handling: Handling) -> Reply:
    # A delivery is POSTed with an async client: a receiver served on this same event loop
    # gets to answer (a blocking POST would stall the loop until its timeout).
    try:
        step = next(handling)
        while True:
            if isinstance(step, Deliver):
                await step.outgoing.asend()
            else:
                await asyncio.sleep(step.seconds)
            step = handling.send(None)
    except StopIteration as done:
        reply: Reply = done.value
        return reply


def _raw(request: httpx.Request, body: bytes) -> RawRequest:
    return RawRequest(
        method=request.method,
        path=request.url.path,
        query=dict(request.url.params),
        headers={key.lower(): value for key, value in request.headers.items()},
        body=body,
    )


def _response(reply: Reply, request: httpx.Request) -> httpx.Response:
    if reply.lost == "timeout":
        raise httpx.ReadTimeout(
            "sandbox: response lost after the change (timeout)", request=request
        )
    if reply.lost == "reset":
        raise httpx.RemoteProtocolError(
            "sandbox: connection reset after the change", request=request
        )
    return httpx.Response(reply.status, headers=reply.headers, content=reply.body, request=request)


class SandboxTransport(httpx.BaseTransport):
    """Routes a sync httpx client to the sandbox, in process, without sockets."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        reply = _run_sync(self._engine.handle(_raw(request, request.read())))
        return _response(reply, request)


class AsyncSandboxTransport(httpx.AsyncBaseTransport):
    """Routes an async httpx client to the sandbox, in process, without sockets."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        reply = await _run_async(self._engine.handle(_raw(request, await request.aread())))
        return _response(reply, request)


def asgi_app(engine: Engine, closing: threading.Event, stall_seconds: float) -> Any:
    """A bare ASGI application over ``engine`` (HTTP only)."""

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":  # pragma: no cover - websockets are never routed here
            return
        chunks: list[bytes] = []
        more = True
        while more:
            message = await receive()
            chunks.append(message.get("body", b""))
            more = message.get("more_body", False)
        raw = RawRequest(
            method=scope["method"],
            path=scope["path"],
            query=dict(parse_qsl(scope.get("query_string", b"").decode(), keep_blank_values=True)),
            headers={key.decode().lower(): value.decode() for key, value in scope["headers"]},
            body=b"".join(chunks),
        )
        reply = await _run_async(engine.handle(raw))
        headers = [(key.encode(), value.encode()) for key, value in reply.headers.items()]
        headers.append((b"content-length", str(len(reply.body)).encode()))
        if reply.lost == "timeout":
            # Hold the response until the client gives up (or the server stops).
            deadline = time.monotonic() + stall_seconds
            while time.monotonic() < deadline and not closing.is_set():
                await asyncio.sleep(0.02)
        if reply.lost is not None:
            # Promise a body, then end the connection without it: the client sees a reset.
            await send({"type": "http.response.start", "status": reply.status, "headers": headers})
            raise ConnectionResetError("sandbox: response lost after the change")
        await send({"type": "http.response.start", "status": reply.status, "headers": headers})
        await send({"type": "http.response.body", "body": reply.body})

    return app


@contextlib.contextmanager
def serve(engine: Engine, port: int, stall_seconds: float) -> Generator[str, None, None]:
    """Run the ASGI app with uvicorn on ``127.0.0.1:port`` in a thread; yield its base URL."""
    try:
        import uvicorn
    except ImportError:  # pragma: no cover - uvicorn is in the dev extra
        raise ConfigurationError(
            "Sandbox.serve() needs uvicorn: pip install 'hookhub[sandbox]'"
        ) from None
    closing = threading.Event()
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted connections inherit this: no 40 ms Nagle + delayed-ACK stall between the
    # response head and body, which uvicorn writes separately.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind(("127.0.0.1", port))
    config = uvicorn.Config(
        asgi_app(engine, closing, stall_seconds),
        log_config=None,
        log_level="critical",
        access_log=False,
        lifespan="off",
        timeout_graceful_shutdown=1,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name="hookhub-sandbox", daemon=True
    )
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            sock.close()
            raise ConfigurationError(f"the sandbox server did not start on 127.0.0.1:{port}")
        time.sleep(0.005)
    host, bound = sock.getsockname()[:2]
    try:
        yield f"http://{host}:{bound}"
    finally:
        closing.set()
        server.should_exit = True
        thread.join(timeout=5)
        if thread.is_alive():
            server.force_exit = True
            thread.join(timeout=5)
        sock.close()
