"""The private httpx fast paths give exactly what the public API gives, and step aside on
an httpx version they were not tested with."""

from __future__ import annotations

import gzip
import json
import logging
from typing import Any

import httpx
import pytest

from hookhub._core import httpx_compat
from hookhub._core.bounded_body import MAX_ERROR_BODY, TRUNCATED, UNREADABLE, BodyReader
from hookhub._core.httpx_compat import set_content, url_with_path
from hookhub.providers import CLIENT_CLASSES
from tests.conftest import invoke, make_client

BASES = ["https://api.sent.dm", "https://example.test:8443/api/v2", "http://127.0.0.1:9000"]
IDS = ["abc", "a b/c?d#e", "ümlaut", "%41", "...", "a;b=c", "x@y:z", "~-._"]


def _paths() -> list[str]:
    import importlib

    paths = []
    for provider in CLIENT_CLASSES:
        profile = importlib.import_module(f"hookhub.providers.{provider}._profile").PROFILE
        paths += [operation.path for operation in profile.operations.values()]
    return paths


def _render(template: str, value: str) -> str:
    import re
    from urllib.parse import quote

    return re.sub(r"\{[^{}]+\}", quote(value, safe=""), template)


@pytest.mark.parametrize("base", BASES)
def test_request_urls_equal_parsing_the_whole_url(base: str, httpx_path: str) -> None:
    parsed_base = httpx.URL(base)
    for template in _paths():
        for value in IDS:
            path = _render(template, value)
            fast = url_with_path(parsed_base, path)
            public = httpx.URL(base + path)
            assert fast == public
            assert str(fast) == str(public)
            assert fast.raw_path == public.raw_path
            assert fast.host == public.host and fast.port == public.port


@pytest.mark.parametrize("path", ["/a/./b", "/a/../b", "/a b", "/a%zz", "/ü", "/a?b", "/a#b"])
def test_paths_the_parser_would_change_are_parsed(path: str) -> None:
    base = httpx.URL("https://example.test/api")
    assert url_with_path(base, path, fast=True) == httpx.URL("https://example.test/api" + path)


def test_fast_paths_only_on_tested_httpx_versions(httpx_path: str) -> None:
    assert httpx_compat._tested("0.28.1")
    assert not httpx_compat._tested("0.29.0")
    assert not httpx_compat._tested("1.0.0")
    assert not httpx_compat._tested("dev")
    # The suite runs on a tested httpx: the fast paths are live here (and switched off by
    # the "public" runs of the modules listed in tests/_core/conftest.py).
    if httpx_path == "private":
        assert httpx_compat.PRIVATE_OK is httpx_compat._tested(httpx.__version__)
    else:
        assert httpx_compat.PRIVATE_OK is False


def test_set_content_steps_aside_on_the_public_path() -> None:
    response = httpx.Response(200, content=b"x")
    assert set_content(response, b"y", fast=False) is False
    assert response.content == b"x"


def _streamed(status: int, body: bytes, headers: dict[str, str] | None = None) -> httpx.Response:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers=headers)

    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        request = client.build_request("GET", "https://example.test/x")
        response = client.send(request, stream=True)
        reader = BodyReader(response)
        for chunk in response.iter_bytes():
            if not reader.feed(chunk):
                break
        response.close()
        return reader.response()


def test_kept_body_and_headers_are_the_same_on_both_paths(httpx_path: str) -> None:
    body = json.dumps({"ok": True}).encode()
    done = _streamed(200, gzip.compress(body), {"content-encoding": "gzip", "x-a": "1"})
    assert done.content == body
    assert done.json() == {"ok": True}
    # Headers describe the kept (decoded) copy: no encoding, its own length.
    assert list(done.headers.items()) == [("x-a", "1"), ("content-length", str(len(body)))]
    assert done.extensions[UNREADABLE] is None and done.extensions[TRUNCATED] is False


def test_error_body_is_cut_on_both_paths(httpx_path: str) -> None:
    done = _streamed(500, b"e" * (MAX_ERROR_BODY * 3))
    assert len(done.content) == MAX_ERROR_BODY
    assert done.extensions[TRUNCATED] is True


async def test_a_call_gives_the_same_result_on_both_paths(flavour: str, httpx_path: str) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        body = {
            "id": "w 1",
            "url": "https://x.test",
            "enabled": False,
            "events": ["a"],
            "created_at": "2026-01-01T00:00:00Z",
            "updated_at": "2026-01-01T00:00:00Z",
        }
        return httpx.Response(200, json=body)

    transport: Any = httpx.MockTransport(handler)
    http = (
        httpx.AsyncClient(transport=transport)
        if flavour == "async"
        else httpx.Client(transport=transport)
    )
    client = make_client("kallima", flavour, http_client=http)
    result = await invoke(client, "update", "w 1/../x", enabled=False)
    assert result.enabled is False
    assert str(seen[0].url) == "https://api.kallima.bio/v1/webhooks/w%201%2F..%2Fx"


# --- sending straight to the transport (direct_transport / adopt_response) -----------------
_WEBHOOK = {
    "id": "w1",
    "url": "https://x.test",
    "enabled": False,
    "events": ["a"],
    "created_at": "2026-01-01T00:00:00Z",
    "updated_at": "2026-01-01T00:00:00Z",
}


def _http(flavour: str, handler: Any, **kwargs: Any) -> Any:
    transport: Any = httpx.MockTransport(handler)
    if flavour == "async":
        return httpx.AsyncClient(transport=transport, **kwargs)
    return httpx.Client(transport=transport, **kwargs)


async def _raw_update(http: Any, flavour: str) -> Any:
    client: Any = make_client("kallima", flavour, http_client=http)
    result = client.webhooks.with_raw_response.update("w1", enabled=False)
    if flavour == "async":
        result = await result
    return result


async def test_a_response_is_completed_as_send_completes_it(flavour: str, httpx_path: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        # A stream, as a network transport gives (content= would be read already).
        stream = httpx.ByteStream(json.dumps(_WEBHOOK).encode())
        return httpx.Response(200, headers={"content-type": "application/json"}, stream=stream)

    http = _http(flavour, handler, default_encoding="latin-1")
    raw = await _raw_update(http, flavour)
    response = raw.http_response
    assert response.request.method == "PATCH"
    assert str(response.request.url) == "https://api.kallima.bio/v1/webhooks/w1"
    assert response.request.extensions["timeout"] == {
        "connect": 5.0,
        "read": 30.0,
        "write": 30.0,
        "pool": 30.0,
    }
    assert response.elapsed.total_seconds() >= 0  # set when the stream was closed
    assert response.default_encoding == "latin-1"
    assert response.history == [] and response.next_request is None
    assert response.is_closed and response.is_stream_consumed
    assert raw.parse().enabled is False
    # Sending opened the client, as httpx's send() does: it cannot be entered any more.
    with pytest.raises(RuntimeError, match="more than once"):
        if flavour == "async":
            await http.__aenter__()
        else:
            http.__enter__()


async def test_cookies_a_response_sets_reach_the_jar(flavour: str, httpx_path: str) -> None:
    answers = iter(
        [
            httpx.Response(200, json=_WEBHOOK, headers={"set-cookie": "session=abc; Path=/"}),
            httpx.Response(200, json=_WEBHOOK),
        ]
    )
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return next(answers)

    http = _http(flavour, handler)
    await _raw_update(http, flavour)
    assert http.cookies.get("session") == "abc"
    await _raw_update(http, flavour)  # no Set-Cookie: the jar keeps what it has
    assert http.cookies.get("session") == "abc"
    assert "cookie" not in seen[0].headers  # hookhub's requests never carry the jar's cookies


async def test_a_redirect_not_followed_keeps_its_next_request(
    flavour: str, httpx_path: str
) -> None:
    from hookhub import APIStatusError

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(307, headers={"location": "/v1/elsewhere"})

    with pytest.raises(APIStatusError) as caught:
        await _raw_update(_http(flavour, handler), flavour)
    response = caught.value.response
    assert response.status_code == 307
    assert response.next_request is not None
    assert str(response.next_request.url) == "https://api.kallima.bio/v1/elsewhere"


async def test_a_transport_error_names_its_request(flavour: str, httpx_path: str) -> None:
    from hookhub import APIConnectionError

    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")

    with pytest.raises(APIConnectionError) as caught:
        await _raw_update(_http(flavour, handler), flavour)
    cause = caught.value.__cause__
    assert isinstance(cause, httpx.ConnectError)
    assert str(cause.request.url) == "https://api.kallima.bio/v1/webhooks/w1"


async def test_a_closed_client_refuses_as_httpx_does(flavour: str, httpx_path: str) -> None:
    http = _http(flavour, lambda request: httpx.Response(200, json=_WEBHOOK))
    if flavour == "async":
        await http.aclose()
    else:
        http.close()
    with pytest.raises(RuntimeError, match="client has been closed"):
        await _raw_update(http, flavour)


async def test_event_hooks_auth_and_httpx_logging_still_apply(
    flavour: str, httpx_path: str, caplog: pytest.LogCaptureFixture
) -> None:
    seen: list[httpx.Request] = []
    hooked: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=_WEBHOOK)

    def on_request(request: httpx.Request) -> None:
        hooked.append("request")

    def on_response(response: httpx.Response) -> None:
        hooked.append("response")

    async def on_request_async(request: httpx.Request) -> None:
        on_request(request)

    async def on_response_async(response: httpx.Response) -> None:
        on_response(response)

    hooks: dict[str, list[Any]] = (
        {"request": [on_request_async], "response": [on_response_async]}
        if flavour == "async"
        else {"request": [on_request], "response": [on_response]}
    )
    await _raw_update(_http(flavour, handler, event_hooks=hooks), flavour)
    assert hooked == ["request", "response"]

    await _raw_update(_http(flavour, handler, auth=("user", "pass")), flavour)
    assert seen[-1].headers["authorization"].startswith("Basic ")

    caplog.set_level(logging.INFO, logger="httpx")
    await _raw_update(_http(flavour, handler), flavour)
    assert any(record.getMessage().startswith("HTTP Request: PATCH") for record in caplog.records)


async def test_a_client_subclass_that_sends_its_own_way_is_used(
    flavour: str, httpx_path: str
) -> None:
    sent: list[str] = []

    class Recording(httpx.Client):
        def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
            sent.append(request.method)
            return super().send(request, **kwargs)

    class AsyncRecording(httpx.AsyncClient):
        async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
            sent.append(request.method)
            return await super().send(request, **kwargs)

    transport: Any = httpx.MockTransport(lambda request: httpx.Response(200, json=_WEBHOOK))
    http = (
        AsyncRecording(transport=transport)
        if flavour == "async"
        else Recording(transport=transport)
    )
    await _raw_update(http, flavour)
    assert sent == ["PATCH"]


def test_the_direct_path_is_taken_only_where_it_is_the_same(httpx_path: str) -> None:
    request = httpx.Request("GET", "https://example.test/x")
    transport = httpx.MockTransport(lambda request: httpx.Response(200))
    plain = httpx.Client(transport=transport)
    # The plain client: direct on a tested httpx, and given the client's timeout.
    chosen = httpx_compat.direct_transport(plain, request)
    if httpx_path == "private":
        assert chosen is transport
        assert request.extensions["timeout"] == httpx.Timeout(5.0).as_dict()
    else:
        assert chosen is None

    class Subclass(httpx.Client):
        pass

    class Overriding(httpx.Client):
        def _send_single_request(self, request: httpx.Request) -> httpx.Response:
            return super()._send_single_request(request)

    assert httpx_compat.direct_transport(Subclass(transport=transport), request) is chosen
    hooked = httpx.Client(transport=transport, event_hooks={"response": [print]})
    closed = httpx.Client(transport=transport)
    closed.close()
    for client in (
        Overriding(transport=transport),
        httpx.Client(transport=transport, auth=("u", "p")),
        httpx.Client(transport=transport, max_redirects=-1),
        hooked,
        closed,
    ):
        assert httpx_compat.direct_transport(client, request) is None
    with_user = httpx.Request("GET", "https://u:p@example.test/x")
    assert httpx_compat.direct_transport(plain, with_user) is None
    async_client = httpx.AsyncClient(transport=transport)
    assert httpx_compat.direct_transport(async_client, request) is None  # type: ignore[arg-type]
    assert (httpx_compat.direct_async_transport(async_client, request) is None) is (
        httpx_path == "public"
    )


# --- building requests (new_request) --------------------------------------------------------
HEADER_SETS: list[dict[str, str]] = [
    {},
    {"Accept": "application/json", "User-Agent": "hookhub/1", "x-api-key": "sk_1234"},
    {"Authorization": "Bearer k", "Idempotency-Key": "a-b", "Content-Type": "application/json"},
    {"X-Mixed-Case": "  spaced value\t", "x-mixed-case2": ""},
    {"Host": "other.test", "Accept": "*/*"},
    {"content-length": "3"},
    {"Transfer-Encoding": "chunked"},
]
URLS = [
    "https://api.sent.dm/v3/webhooks/a%2Fb",
    "https://example.test:8443/api/v2/x",
    "http://127.0.0.1:9000/x",
    "http://[::1]:8080/x",
    "https://example.test",
]


def _same_request(fast: httpx.Request, public: httpx.Request) -> None:
    assert fast.method == public.method
    assert fast.url == public.url and str(fast.url) == str(public.url)
    assert fast.headers._list == public.headers._list  # names, lower-case names and values
    assert fast.headers.raw == public.headers.raw
    assert fast.headers.encoding == public.headers.encoding
    assert fast.content == public.content
    assert type(fast.stream) is type(public.stream)
    assert list(fast.stream) == list(public.stream)  # type: ignore[call-overload]
    assert fast.extensions == public.extensions
    assert repr(fast) == repr(public)


@pytest.mark.parametrize("method", ["GET", "POST", "PUT", "PATCH", "DELETE", "patch"])
@pytest.mark.parametrize("content", [None, b"", b'{"is_active":false}'])
def test_requests_built_directly_equal_httpx_requests(method: str, content: bytes | None) -> None:
    for url in URLS:
        for headers in HEADER_SETS:
            public = httpx.Request(method, url, headers=headers, content=content)
            for given in (httpx.URL(url), url):
                _same_request(httpx_compat.new_request(method, given, headers, content), public)


def test_new_request_steps_aside_where_it_does_not_apply() -> None:
    url = httpx.URL("https://example.test/x")
    # Not a str header: httpx's own checks and errors.
    with pytest.raises(TypeError, match="Header value must be str or bytes"):
        httpx_compat.new_request("GET", url, {"a": 1}, None)  # type: ignore[dict-item]
    with pytest.raises(UnicodeEncodeError):
        httpx_compat.new_request("GET", url, {"a": "ü"}, None)
    public = httpx_compat.new_request("POST", url, {"a": "b"}, b"x", fast=False)
    _same_request(public, httpx.Request("POST", url, headers={"a": "b"}, content=b"x"))


async def test_a_send_patched_onto_httpx_itself_is_used(
    flavour: str, httpx_path: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Instrumentation and test doubles patch httpx's classes: their send() must still run.
    sent: list[str] = []
    cls: Any = httpx.AsyncClient if flavour == "async" else httpx.Client
    original = cls.send

    if flavour == "async":

        async def patched_async(self: Any, request: httpx.Request, **kwargs: Any) -> Any:
            sent.append(request.method)
            return await original(self, request, **kwargs)

        monkeypatch.setattr(cls, "send", patched_async)
    else:

        def patched(self: Any, request: httpx.Request, **kwargs: Any) -> Any:
            sent.append(request.method)
            return original(self, request, **kwargs)

        monkeypatch.setattr(cls, "send", patched)
    await _raw_update(_http(flavour, lambda request: httpx.Response(200, json=_WEBHOOK)), flavour)
    assert sent == ["PATCH"]


async def test_a_redirect_to_an_unusable_location_fails_as_send_fails(
    flavour: str, httpx_path: str
) -> None:
    from hookhub import APIConnectionError

    closed: list[bool] = []

    class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
        def __iter__(self) -> Any:
            yield b""

        async def __aiter__(self) -> Any:
            yield b""

        def close(self) -> None:
            closed.append(True)

        async def aclose(self) -> None:
            closed.append(True)

    def handler(request: httpx.Request) -> httpx.Response:
        # httpx builds next_request for any redirect and raises on a Location it cannot parse.
        return httpx.Response(302, headers={"location": "https://[::1"}, stream=Body())

    http = _http(flavour, handler)
    client: Any = make_client("kallima", flavour, http_client=http, max_retries=0)
    with pytest.raises(APIConnectionError) as caught:
        result = client.webhooks.update("w1", enabled=False)
        if flavour == "async":
            await result
    assert isinstance(caught.value.__cause__, httpx.RemoteProtocolError)
    assert closed == [True]  # the response was closed, not left holding a connection
