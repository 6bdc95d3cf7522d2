"""Pure rules: where credentials may go, and which redirect hop comes next."""

from __future__ import annotations

import httpx
import pytest

from hookhub._core.transport_safety import Exchange, is_loopback, redirect_target


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("localhost", True),
        ("LOCALHOST.", True),
        ("api.localhost", True),
        ("127.0.0.1", True),
        ("127.255.0.9", True),
        ("::1", True),
        ("[::1]", True),
        ("128.0.0.1", False),
        ("localhost.evil.test", False),
        ("10.0.0.1", False),
        ("::2", False),
    ],
)
def test_loopback_hosts(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def _post() -> httpx.Request:
    return httpx.Request(
        "POST",
        "https://api.test/v1/hooks",
        headers={"Authorization": "Bearer k", "Content-Type": "application/json"},
        content=b'{"a":1}',
    )


@pytest.mark.parametrize(
    ("status", "method", "content"),
    [
        (301, "GET", b""),
        (302, "GET", b""),
        (303, "GET", b""),
        (307, "POST", b'{"a":1}'),
        (308, "POST", b'{"a":1}'),
    ],
)
def test_same_origin_redirect_rewrites_like_a_browser(
    status: int, method: str, content: bytes
) -> None:
    response = httpx.Response(status, headers={"location": "/v2/hooks"})
    target = redirect_target(_post(), response)
    assert target is not None
    assert (target.method, str(target.url), target.content) == (
        method,
        "https://api.test/v2/hooks",
        content,
    )
    assert target.headers["authorization"] == "Bearer k"
    assert ("content-type" in target.headers) is (method == "POST")


@pytest.mark.parametrize(
    "location", ["https://evil.test/x", "http://api.test/x", "https://api.test:444/x", ""]
)
def test_other_origins_and_missing_locations_end_the_exchange(location: str) -> None:
    response = httpx.Response(302, headers={"location": location} if location else {})
    assert redirect_target(_post(), response) is None
    exchange = Exchange(_post(), follow_redirects=True, max_redirects=5)
    assert exchange.finished(response)


def test_exchange_stops_after_max_redirects_and_when_not_following() -> None:
    response = httpx.Response(307, headers={"location": "/again"})
    exchange = Exchange(_post(), follow_redirects=True, max_redirects=2)
    assert [exchange.finished(response) for _ in range(3)] == [False, False, True]
    not_following = Exchange(_post(), follow_redirects=False, max_redirects=9)
    assert not_following.finished(response), "a client that does not follow stops at once"
