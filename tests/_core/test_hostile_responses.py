"""A hostile server gets a typed hookhub error out of the client, in bounded memory.

Covers: JSON nested too deeply, bodies that cannot be decoded, huge bodies (error and
success), redirects (never across origins with credentials), and the message of a refused
long wait.
"""

from __future__ import annotations

import gzip
import tracemalloc
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
import respx

# hookhub imports tenacity with a call's first retry; imported here, its own allocations are
# not counted by the memory checks below as if they were the body's.
import tenacity  # noqa: F401  # pyright: ignore[reportUnusedImport]

import hookhub
from tests.conftest import API_KEY, invoke, make_client

KALLIMA = "https://api.kallima.bio"
SENTDM = "https://api.sent.dm"
SENTDM_ID = "d4f5a6b7-c8d9-4e0f-a1b2-c3d4e5f6a7b8"
MAX_ERROR_BODY = 64 * 1024  # the documented cap of an error body
DEEP = b"[" * 100_000 + b"]" * 100_000


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (200, hookhub.APIResponseValidationError),
        (429, hookhub.RateLimitError),
        (500, hookhub.InternalServerError),
    ],
)
async def test_deeply_nested_json_is_a_typed_error(
    status: int, error: type[Exception], flavour: str
) -> None:
    client = make_client("kallima", flavour, max_retries=0)
    with respx.mock() as router:
        router.get(f"{KALLIMA}/v1/webhooks").mock(
            return_value=httpx.Response(
                status, content=DEEP, headers={"content-type": "application/json"}
            )
        )
        with pytest.raises(error):
            await invoke(client, "list")


async def test_deep_but_parseable_error_body_is_kept_shallow(flavour: str) -> None:
    body = b'{"detail": ' + b"[" * 500 + b"]" * 500 + b"}"
    client = make_client("kallima", flavour, max_retries=0)
    with respx.mock() as router:
        router.get(f"{KALLIMA}/v1/webhooks").mock(return_value=httpx.Response(400, content=body))
        with pytest.raises(hookhub.BadRequestError) as caught:
            await invoke(client, "list")
    assert repr(caught.value.body)  # no RecursionError when shown


@pytest.mark.parametrize(
    ("status", "error"),
    [(200, hookhub.APIResponseValidationError), (503, hookhub.InternalServerError)],
)
@pytest.mark.parametrize("encoding", ["gzip", "br", "deflate", "zstd-or-junk"])
async def test_bad_content_encoding_is_a_typed_error(
    status: int, error: type[Exception], encoding: str, flavour: str
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            status,
            stream=httpx.ByteStream(b"\x00not compressed\xff"),
            headers={"content-encoding": encoding},
        )

    client = make_client("kallima", flavour, max_retries=0, http_client=_http(flavour, handler))
    with pytest.raises(error):
        await invoke(client, "list")


def _http(flavour: str, handler: Any, **kwargs: Any) -> Any:
    transport = httpx.MockTransport(handler)
    if flavour == "async":
        return httpx.AsyncClient(transport=transport, **kwargs)
    return httpx.Client(transport=transport, **kwargs)


async def test_good_content_encoding_still_works(flavour: str) -> None:
    client = make_client("kallima", flavour)
    with respx.mock() as router:
        router.get(f"{KALLIMA}/v1/webhooks").mock(
            return_value=httpx.Response(
                200,
                stream=httpx.ByteStream(gzip.compress(b"[]")),
                headers={"content-encoding": "gzip"},
            )
        )
        assert await invoke(client, "list") == []


# --- size ------------------------------------------------------------------------------

BIG = 50 * 1024 * 1024
CHUNK = b"<html>" + b"x" * (64 * 1024 - 13) + b"</html>"


def _sync_chunks() -> Iterator[bytes]:
    for _ in range(BIG // len(CHUNK)):
        yield CHUNK[:-1] + b">"  # a fresh object each time, as a socket gives


async def _async_chunks() -> AsyncIterator[bytes]:
    for _ in range(BIG // len(CHUNK)):
        yield CHUNK[:-1] + b">"  # a fresh object each time, as a socket gives


def _streaming_client(provider: str, flavour: str, status: int, **kwargs: Any) -> Any:
    """A client whose server answers ``status`` with a 50 MiB HTML body, streamed."""
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        body = _async_chunks() if flavour == "async" else _sync_chunks()
        return httpx.Response(status, content=body, headers={"content-type": "text/html"})

    transport = httpx.MockTransport(handler)
    http = (
        httpx.AsyncClient(transport=transport)
        if flavour == "async"
        else httpx.Client(transport=transport)
    )
    return make_client(provider, flavour, http_client=http, **kwargs), sent


@pytest.mark.parametrize(
    ("status", "error"),
    [(502, hookhub.InternalServerError), (200, hookhub.APIResponseValidationError)],
)
async def test_50_mib_body_is_never_held(status: int, error: type[Exception], flavour: str) -> None:
    client, sent = _streaming_client("kallima", flavour, status)
    tracemalloc.start()
    try:
        with pytest.raises(error) as caught:
            await invoke(client, "list")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(sent) == (3 if status == 502 else 1)
    # The cap, not the body, bounds memory: an error reads 64 KiB, a success at most 16 MiB.
    assert peak < (BIG / 20 if status >= 400 else BIG / 2), f"peak {peak:,} for {BIG:,} bytes"
    if isinstance(caught.value, hookhub.APIStatusError):
        assert isinstance(caught.value.body, str)
        assert len(caught.value.body) <= MAX_ERROR_BODY
        assert caught.value.response is not None
        assert len(caught.value.response.content) <= MAX_ERROR_BODY


async def test_error_excerpt_is_the_start_of_the_body(flavour: str) -> None:
    client = make_client("kallima", flavour, max_retries=0)
    body = b'{"detail": "' + b"y" * (200 * 1024) + b'"}'
    with respx.mock() as router:
        router.get(f"{KALLIMA}/v1/webhooks").mock(return_value=httpx.Response(400, content=body))
        with pytest.raises(hookhub.BadRequestError) as caught:
            await invoke(client, "list")
    assert caught.value.body == body[:MAX_ERROR_BODY].decode()


# --- redirects -------------------------------------------------------------------------


def _redirecting(flavour: str, location: str, status: int = 302) -> tuple[Any, list[str]]:
    hosts: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        hosts.append(f"{request.url.host} {request.headers.get('x-api-key')}")
        if request.url.path.endswith("/moved"):
            return httpx.Response(200, json={"data": {"id": SENTDM_ID}})
        return httpx.Response(status, headers={"location": location})

    http = _http(flavour, handler, follow_redirects=True)
    return make_client("sentdm", flavour, http_client=http, max_retries=0), hosts


@pytest.mark.parametrize(
    "location",
    [
        "https://evil.test/v3/webhooks/moved",
        "http://api.sent.dm/v3/webhooks/moved",
        "https://api.sent.dm:8443/v3/webhooks/moved",
        "//evil.test/moved",
    ],
)
async def test_cross_origin_redirect_is_not_followed(location: str, flavour: str) -> None:
    client, hosts = _redirecting(flavour, location)
    with pytest.raises(hookhub.APIStatusError, match="redirect not followed") as caught:
        await invoke(client, "retrieve", SENTDM_ID)
    assert caught.value.status_code == 302
    assert hosts == [f"api.sent.dm {API_KEY}"], "nothing sent to another origin"


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
async def test_same_origin_redirect_is_followed_with_credentials(status: int, flavour: str) -> None:
    client, hosts = _redirecting(flavour, "/v3/webhooks/moved", status)
    webhook = await invoke(client, "retrieve", SENTDM_ID)
    assert webhook.id == SENTDM_ID
    assert hosts == [f"api.sent.dm {API_KEY}"] * 2


async def test_redirects_are_not_followed_by_default(flavour: str) -> None:
    client = make_client("sentdm", flavour, max_retries=0)
    with respx.mock() as router:
        router.get(f"{SENTDM}/v3/webhooks/{SENTDM_ID}").mock(
            return_value=httpx.Response(307, headers={"location": "/v3/webhooks/moved"})
        )
        with pytest.raises(hookhub.APIStatusError, match="redirect not followed"):
            await invoke(client, "retrieve", SENTDM_ID)


# --- long waits ------------------------------------------------------------------------


async def test_refused_wait_says_how_long_and_the_limit(flavour: str) -> None:
    client = make_client("kallima", flavour)
    with respx.mock() as router:
        router.get(f"{KALLIMA}/v1/webhooks").mock(
            return_value=httpx.Response(429, headers={"retry-after": "120"})
        )
        with pytest.raises(hookhub.RateLimitError) as caught:
            await invoke(client, "list")
    assert caught.value.retry_after == 120
    assert "server asked to wait 120 s" in str(caught.value)
    assert "at most 60 s (RetryPolicy.max_retry_after)" in str(caught.value)
