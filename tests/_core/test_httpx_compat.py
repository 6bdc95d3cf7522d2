"""The private httpx fast paths give exactly what the public API gives, and step aside on
an httpx version they were not tested with."""

from __future__ import annotations

import gzip
import json
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
