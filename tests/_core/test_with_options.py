"""``client.with_options(...)``: a configured copy sharing the connection pool, never closing it."""

from __future__ import annotations

import httpx
import pytest
import respx

from hookhub.providers.kallima import AsyncKallima, Kallima
from hookhub.providers.polytomic import Polytomic
from hookhub.providers.sentdm import SentDM
from tests.conftest import API_KEY, FAST

KALLIMA = "https://api.kallima.bio"
HOOKS: list[object] = []


def test_copy_shares_the_pool_and_closing_it_leaves_the_original_open() -> None:
    original = Kallima(api_key=API_KEY, retry_policy=FAST)
    copy = original.with_options(timeout=3.0, max_retries=0)
    assert copy._http is original._http
    assert isinstance(copy, Kallima)
    with copy:
        pass
    assert not original._http.is_closed
    with respx.mock() as router:
        router.get(f"{KALLIMA}/v1/webhooks").mock(return_value=httpx.Response(200, json=HOOKS))
        assert original.webhooks.list() == []
    original.close()
    assert original._http.is_closed


async def test_async_copy_shares_the_pool_and_never_closes_it() -> None:
    original = AsyncKallima(api_key=API_KEY, retry_policy=FAST)
    async with original.with_options(max_retries=1) as copy:
        assert copy._http is original._http
    assert not original._http.is_closed
    await original.close()
    assert original._http.is_closed


def test_copy_changes_only_what_is_given() -> None:
    original = SentDM(
        api_key=API_KEY,
        retry_policy=FAST,
        max_retries=4,
        timeout=9.0,
        profile_id="p-1",
        default_headers={"X-Team": "a"},
    )
    copy = original.with_options(max_retries=0, default_headers={"X-Env": "test"})
    assert copy.max_retries == 0 and original.max_retries == 4
    with respx.mock() as router:
        route = router.get("https://api.sent.dm/v3/webhooks/w1").mock(
            return_value=httpx.Response(503)
        )
        with pytest.raises(Exception, match="503"):
            copy.webhooks.retrieve("w1")
    assert route.call_count == 1  # max_retries=0 in the copy
    request = route.calls.last.request
    assert request.headers["x-api-key"] == API_KEY
    assert request.headers["x-profile-id"] == "p-1"
    assert request.headers["x-team"] == "a" and request.headers["x-env"] == "test"
    assert request.extensions["timeout"] == httpx.Timeout(9.0).as_dict()


def test_copy_can_change_a_provider_option_and_the_key() -> None:
    original = SentDM(api_key=API_KEY, retry_policy=FAST, profile_id="p-1")
    copy = original.with_options(api_key="sk_other_key_000", profile_id=None)
    with respx.mock() as router:
        route = router.delete("https://api.sent.dm/v3/webhooks/w1").mock(
            return_value=httpx.Response(204)
        )
        copy.webhooks.delete("w1")
        original.webhooks.delete("w1")
    first, second = (call.request.headers for call in route.calls)
    assert first["x-api-key"] == "sk_other_key_000" and "x-profile-id" not in first
    assert second["x-api-key"] == API_KEY and second["x-profile-id"] == "p-1"


def test_copy_keeps_the_auth_scheme_unless_changed() -> None:
    original = Polytomic(api_key=API_KEY, retry_policy=FAST, auth_scheme="organization")
    same = original.with_options(timeout=5.0)
    user = original.with_options(auth_scheme="user")
    with respx.mock() as router:
        route = router.get("https://app.polytomic.com/api/webhooks").mock(
            return_value=httpx.Response(200, json={"data": []})
        )
        same.webhooks.list()
        user.webhooks.list()
    first, second = (call.request.headers["authorization"] for call in route.calls)
    assert first.startswith("Basic ")
    assert second == f"Bearer {API_KEY}"


def test_an_http_client_you_passed_stays_yours() -> None:
    mine = httpx.Client()
    original = Kallima(api_key=API_KEY, http_client=mine)
    original.with_options(timeout=1.0).close()
    original.close()
    assert not mine.is_closed
    mine.close()


def test_default_headers_merge_case_insensitively() -> None:
    original = Kallima(api_key=API_KEY, retry_policy=FAST, default_headers={"X-Team": "a"})
    copy = original.with_options(default_headers={"x-team": "b"})
    with respx.mock() as router:
        route = router.get(f"{KALLIMA}/v1/webhooks").mock(
            return_value=httpx.Response(200, json=HOOKS)
        )
        copy.webhooks.list()
    assert route.calls.last.request.headers.get_list("x-team") == ["b"]
