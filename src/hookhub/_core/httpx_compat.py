"""The places hookhub leans on private httpx details, for speed, and their fallbacks.

All are used only on the httpx versions the test suite runs against (:data:`PRIVATE_OK`:
httpx 0.28); any other version takes the public path, which gives the same result at a
higher cost. Tests run every behaviour through both paths.

- :func:`url_with_path`: a request URL from the client's already-parsed base URL and a path
  hookhub encoded itself, without parsing the whole URL again (parsing is the largest
  single cost of building a request).
- :func:`set_content`: completes a streamed response with the body that was read (as
  ``Response.read()`` would), instead of building a second ``Response``.
- :func:`new_request`: the ``httpx.Request`` that ``httpx.Request(method, url,
  headers=..., content=...)`` builds, from an already-parsed URL and checked ``str``
  headers, without httpx's generic normalisation (a third of the cost of building a call).
- :func:`direct_transport` and :func:`adopt_response`: hand a request straight to the
  client's transport and complete the response as ``client.send(stream=True,
  follow_redirects=False)`` would, when that is provably the same: a client whose sending
  methods are httpx's own, without auth or event hooks, open, and httpx's logger not
  enabled for INFO (httpx logs every request there). The saving is mostly the cookie jar:
  httpx builds urllib request wrappers for every response, even one that sets no cookie.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from typing import Any

import httpx

_httpx_client: Any
try:  # private: used only when PRIVATE_OK
    from httpx import _client as _httpx_client  # pyright: ignore[reportPrivateUsage]
except ImportError:  # another httpx: the public path only
    _httpx_client = None
_BoundSyncStream: Any = getattr(_httpx_client, "BoundSyncStream", None)
_BoundAsyncStream: Any = getattr(_httpx_client, "BoundAsyncStream", None)
_ClientState: Any = getattr(_httpx_client, "ClientState", None)
_CLIENT_PRIVATES = None not in (_BoundSyncStream, _BoundAsyncStream, _ClientState)

__all__ = [
    "PRIVATE_OK",
    "TESTED_HTTPX",
    "adopt_response",
    "direct_async_transport",
    "direct_transport",
    "new_request",
    "set_content",
    "url_with_path",
]

TESTED_HTTPX = ((0, 28),)
"""``(major, minor)`` versions of httpx whose private details are relied on."""


def _tested(version: str) -> bool:
    try:
        major, minor = (int(part) for part in version.split(".")[:2])
    except ValueError:
        return False
    return (major, minor) in TESTED_HTTPX


PRIVATE_OK = (
    _tested(httpx.__version__)
    and _CLIENT_PRIVATES
    and hasattr(httpx.URL("https://a.test"), "_uri_reference")
    and hasattr(httpx.URL("https://a.test")._uri_reference, "_replace")  # pyright: ignore[reportPrivateUsage]
)
"""Whether this httpx is one the private fast paths were tested with."""

# What httpx's own parser leaves unchanged in a path: unreserved characters, percent escapes,
# sub-delimiters, ":", "@" and "/" (and no "." or ".." segment, which it would remove).
_PLAIN_PATH = re.compile(r"/[A-Za-z0-9\-._~!$&'()*+,;=:@%/]*")
_DOT_SEGMENT = re.compile(r"/\.\.?(?:/|$)")
_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")


def url_with_path(base: httpx.URL, path: str, *, fast: bool | None = None) -> httpx.URL:
    """``base`` with ``path`` appended (no query): what ``httpx.URL(str(base) + path)`` gives.

    ``path`` starts with ``/``. The fast path is taken only on a tested httpx and for a
    path the parser would leave as it is; anything else is parsed.
    """
    if (
        (PRIVATE_OK if fast is None else fast)
        and _PLAIN_PATH.fullmatch(path)
        and not _DOT_SEGMENT.search(path)
        and not _ESCAPE.search(path)
        and base.query == b""
        and not base.fragment
    ):
        reference = base._uri_reference  # pyright: ignore[reportPrivateUsage]
        url = httpx.URL.__new__(httpx.URL)
        url._uri_reference = reference._replace(  # pyright: ignore[reportPrivateUsage]
            path=reference.path + path, query=None
        )
        return url
    return httpx.URL(str(base) + path)


def set_content(response: httpx.Response, content: bytes, *, fast: bool | None = None) -> bool:
    """Give a streamed, closed ``response`` the body ``content`` (what ``read()`` sets).

    ``False`` (nothing done) when this httpx is not a tested one: build a new response then.
    """
    if not (PRIVATE_OK if fast is None else fast):
        return False
    response._content = content  # pyright: ignore[reportPrivateUsage]
    return True


# Headers Request() derives from the URL and the content: with one of them given, its rules apply.
_FRAMING = frozenset({b"host", b"content-length", b"transfer-encoding"})
_EMPTY_BODY_METHODS = ("POST", "PUT", "PATCH")


def new_request(
    method: str,
    url: httpx.URL | str,
    headers: Mapping[str, str],
    content: bytes | None,
    *,
    fast: bool | None = None,
) -> httpx.Request:
    """``httpx.Request(method, url, headers=headers, content=content)``, built directly on a
    tested httpx when ``url`` is parsed already and every header is a ``str`` pair."""
    if not ((PRIVATE_OK if fast is None else fast) and isinstance(url, httpx.URL)):
        return httpx.Request(method, url, headers=headers, content=content)
    items: list[tuple[bytes, bytes, bytes]] = []
    for name, value in headers.items():
        if type(name) is not str or type(value) is not str:  # callers may not type-check
            return httpx.Request(method, url, headers=headers, content=content)
        raw = name.encode("ascii")
        lower = raw.lower()
        if lower in _FRAMING:
            return httpx.Request(method, url, headers=headers, content=content)
        items.append((raw, lower, value.encode("ascii")))
    method = method.upper()
    # In Request()'s order: Host and an empty body's length first, a body's length last.
    auto: list[tuple[bytes, bytes, bytes]] = []
    if url.host:
        auto.append((b"Host", b"host", url.netloc))
    if content:
        items.append((b"Content-Length", b"content-length", str(len(content)).encode()))
    elif method in _EMPTY_BODY_METHODS:
        auto.append((b"Content-Length", b"content-length", b"0"))
    built = httpx.Headers()
    built._list = auto + items  # pyright: ignore[reportPrivateUsage]
    body = content or b""
    request = httpx.Request.__new__(httpx.Request)
    request.method = method
    request.url = url
    request.headers = built
    request.extensions = {}
    request.stream = httpx.ByteStream(body)
    request._content = body  # pyright: ignore[reportPrivateUsage]
    return request


# --- sending without client.send() ----------------------------------------------------------
# What client.send(request, stream=True, follow_redirects=False) does on httpx 0.28, in order:
# refuse a closed client, mark it opened, give the request the client's timeout when it has
# none, build the auth flow (nothing for no auth and a URL without user info), run the request
# hooks, pick the transport, check the stream type, call the transport (a RequestError gets
# ``.request``), bind the response to the request and its stream to the clock (``elapsed``),
# extract cookies, set ``default_encoding``, log at INFO, run the response hooks, set
# ``history`` (empty) and, for a redirect, ``next_request``. The direct path does each of
# these that can matter for the client it is given, and steps aside for any other client.

_SEND_METHODS = (
    "send",
    "_send_handling_auth",
    "_send_handling_redirects",
    "_send_single_request",
    "_transport_for_url",
    "_set_timeout",
    "_build_request_auth",
    "_build_redirect_request",
)
_HTTPX_LOGGER = logging.getLogger("httpx")
_COOKIE_HEADERS = (b"set-cookie", b"set-cookie2")


def _own_methods(base: type[Any]) -> dict[str, Any]:
    # httpx's own functions, as imported: a method patched onto the class later (a test
    # double, an instrumentation library) is then not "plain", and send() runs it.
    return {
        name: function
        for name in _SEND_METHODS
        if getattr(function := getattr(base, name, None), "__module__", None) == "httpx._client"
    }


_OWN = {
    httpx.Client: _own_methods(httpx.Client),
    httpx.AsyncClient: _own_methods(httpx.AsyncClient),
}


def _plain(cls: type[Any], base: type[Any]) -> bool:
    """Whether ``cls`` sends as ``base`` does (its sending methods are httpx's own)."""
    # Checked on every call (no cache): a method may be patched onto the class at any time.
    own = _OWN[base]
    return (
        len(own) == len(_SEND_METHODS)
        and issubclass(cls, base)
        and all(getattr(cls, name) is function for name, function in own.items())
    )


def _direct_ok(
    client: httpx.Client | httpx.AsyncClient, base: type[Any], request: httpx.Request
) -> bool:
    return (
        PRIVATE_OK
        and _plain(type(client), base)
        and client._state is not _ClientState.CLOSED  # pyright: ignore[reportPrivateUsage]
        and client._auth is None  # pyright: ignore[reportPrivateUsage]
        and not client._event_hooks["request"]  # pyright: ignore[reportPrivateUsage]
        and not client._event_hooks["response"]  # pyright: ignore[reportPrivateUsage]
        and client.max_redirects >= 0  # send() refuses every request below 0
        and not request.url._uri_reference.userinfo  # pyright: ignore[reportPrivateUsage]
        and not _HTTPX_LOGGER.isEnabledFor(logging.INFO)
    )


def _prepare_direct(client: httpx.Client | httpx.AsyncClient, request: httpx.Request) -> None:
    client._state = _ClientState.OPENED  # pyright: ignore[reportPrivateUsage]
    if "timeout" not in request.extensions:
        client._set_timeout(request)  # pyright: ignore[reportPrivateUsage]


def direct_transport(client: httpx.Client, request: httpx.Request) -> httpx.BaseTransport | None:
    """The transport to give ``request`` to directly (then :func:`adopt_response`), or
    ``None``: send it with ``client.send(request, stream=True, follow_redirects=False)``."""
    transport: httpx.BaseTransport | None = _direct(
        client, httpx.Client, httpx.SyncByteStream, request
    )
    return transport


def direct_async_transport(
    client: httpx.AsyncClient, request: httpx.Request
) -> httpx.AsyncBaseTransport | None:
    """:func:`direct_transport` for an ``httpx.AsyncClient``."""
    transport: httpx.AsyncBaseTransport | None = _direct(
        client, httpx.AsyncClient, httpx.AsyncByteStream, request
    )
    return transport


def _direct(
    client: httpx.Client | httpx.AsyncClient,
    base: type[Any],
    stream: type[Any],
    request: httpx.Request,
) -> Any:
    # One check for both client kinds; the typed wrappers above say which transport it is.
    if not (_direct_ok(client, base, request) and isinstance(request.stream, stream)):
        return None
    _prepare_direct(client, request)
    return client._transport_for_url(request.url)  # pyright: ignore[reportPrivateUsage]


def adopt_response(
    client: httpx.Client | httpx.AsyncClient,
    request: httpx.Request,
    response: httpx.Response,
    start: float,
) -> None:
    """Complete what the transport returned for ``request`` (sent at ``time.perf_counter()``
    ``start``) as ``client.send`` would. The caller closes ``response`` if this raises."""
    if isinstance(client, httpx.AsyncClient):
        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.request = request
        response.stream = _BoundAsyncStream(response.stream, response=response, start=start)
    else:
        assert isinstance(response.stream, httpx.SyncByteStream)
        response.request = request
        response.stream = _BoundSyncStream(response.stream, response=response, start=start)
    # The jar's work (urllib request wrappers, policy checks) changes nothing without one of
    # these headers.
    if any(lower in _COOKIE_HEADERS for _, lower, _ in response.headers._list):  # pyright: ignore[reportPrivateUsage]
        client.cookies.extract_cookies(response)
    response.default_encoding = client._default_encoding  # pyright: ignore[reportPrivateUsage]
    if response.has_redirect_location:
        response.next_request = client._build_redirect_request(request, response)  # pyright: ignore[reportPrivateUsage]
