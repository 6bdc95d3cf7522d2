"""Auto-pagination: iterating a list that pages walks every page lazily, with the same options."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx

import hookhub
from hookhub.providers.polytomic import AsyncPolytomic, Polytomic
from hookhub.providers.sentdm import AsyncSentDM, SentDM, WebhookResponse
from hookhub.providers.shipping_channels import AsyncShippingChannels, ShippingChannels
from tests.conftest import API_KEY, FAST

SENT = "https://api.sent.dm/v3/webhooks"
SHIPPING = "https://api.shipping-channels.com/v1/webhook-subscriptions"
POLY = "https://app.polytomic.com/api/webhooks/w1/deliveries"


def sent_page(request: httpx.Request, pages: int = 3) -> httpx.Response:
    page = int(request.url.params.get("page", "1"))
    hooks = [{"id": f"h{page}-{n}", "display_name": "x"} for n in range(2)]
    meta = {"page": page, "has_more": page < pages}
    return httpx.Response(
        200, json={"success": True, "data": {"webhooks": hooks, "pagination": meta}}
    )


def shipping_page(request: httpx.Request) -> httpx.Response:
    page = int(request.url.params.get("page", "1"))
    data = [{"id": f"wh_{page}", "url": "https://x.test", "events": [], "active": True}]
    meta = {"current_page": page, "last_page": 2}
    return httpx.Response(200, json={"data": data, "meta": meta, "links": {}})


def poly_page(request: httpx.Request) -> httpx.Response:
    token = request.url.params.get("page_token", "")
    following = {"": "t2", "t2": "t3", "t3": ""}[token]
    data = [{"id": f"d-{token or 't1'}", "success": True}]
    return httpx.Response(200, json={"data": data, "pagination": {"next_page_token": following}})


def test_iterating_walks_every_page_lazily() -> None:
    client = SentDM(api_key=API_KEY, retry_policy=FAST)
    with respx.mock() as router:
        route = router.get(SENT).mock(side_effect=sent_page)
        page = client.webhooks.list(page_size=2)
        assert route.call_count == 1  # only the first page so far
        assert [hook.id for hook in page.items] == ["h1-0", "h1-1"]
        assert page.data == page.items
        assert page.has_next_page() and page.next_page_params() == {"page": 2}
        hooks = list(page)
        assert route.call_count == 3
    assert [hook.id for hook in hooks] == ["h1-0", "h1-1", "h2-0", "h2-1", "h3-0", "h3-1"]
    assert all(isinstance(hook, WebhookResponse) for hook in hooks)
    sent = [call.request.url.params for call in route.calls]
    assert [params.get("page") for params in sent] == [None, "2", "3"]
    assert {params["page_size"] for params in sent} == {"2"}  # page size on every page


def test_stopping_early_fetches_no_more_pages() -> None:
    client = SentDM(api_key=API_KEY, retry_policy=FAST)
    with respx.mock() as router:
        route = router.get(SENT).mock(side_effect=sent_page)
        for hook in client.webhooks.list():
            if hook.id == "h1-1":
                break
    assert route.call_count == 1


def test_options_and_retries_apply_to_every_page() -> None:
    client = SentDM(api_key=API_KEY, retry_policy=FAST)
    answers = iter([None, httpx.Response(503), None, None])

    def flaky(request: httpx.Request) -> httpx.Response:
        return next(answers) or sent_page(request)

    with respx.mock() as router:
        route = router.get(SENT).mock(side_effect=flaky)
        pages = list(
            client.webhooks.list(
                extra_headers={"X-Trace": "t"}, timeout=4.0, max_retries=1
            ).iter_pages()
        )
    assert len(pages) == 3
    assert route.call_count == 4  # page 2 retried once
    for call in route.calls:
        assert call.request.headers["x-trace"] == "t"
        assert call.request.extensions["timeout"] == httpx.Timeout(4.0).as_dict()


def test_page_number_from_the_body_and_last_page() -> None:
    client = ShippingChannels(api_key=API_KEY, retry_policy=FAST)
    with respx.mock() as router:
        router.get(SHIPPING).mock(side_effect=shipping_page)
        first = client.webhooks.list(per_page=1)
        assert first.body.meta is not None and first.body.meta.current_page == 1
        second = first.get_next_page()
        assert not second.has_next_page() and second.next_page_params() is None
        with pytest.raises(hookhub.HookhubError, match="last page"):
            second.get_next_page()
    assert [hook.id for hook in second.items] == ["wh_2"]


def test_token_pagination_until_the_empty_token() -> None:
    client = Polytomic(api_key=API_KEY, retry_policy=FAST)
    with respx.mock() as router:
        route = router.get(POLY).mock(side_effect=poly_page)
        ids = [delivery.id for delivery in client.webhooks.list_deliveries("w1", success=True)]
    assert ids == ["d-t1", "d-t2", "d-t3"]
    tokens = [call.request.url.params.get("page_token") for call in route.calls]
    assert tokens == [None, "t2", "t3"]
    assert {call.request.url.params["success"] for call in route.calls} == {"true"}


def test_an_empty_page_ends_the_walk_whatever_the_body_says() -> None:
    client = SentDM(api_key=API_KEY, retry_policy=FAST)
    body: dict[str, Any] = {"data": {"webhooks": [], "pagination": {"has_more": True}}}
    with respx.mock() as router:
        router.get(SENT).mock(return_value=httpx.Response(200, json=body))
        page = client.webhooks.list()
    assert list(page) == [] and not page.has_next_page()


async def test_async_paginator_is_awaitable_and_async_iterable() -> None:
    client = AsyncSentDM(api_key=API_KEY, retry_policy=FAST)
    with respx.mock() as router:
        route = router.get(SENT).mock(side_effect=sent_page)
        paginator = client.webhooks.list(page_size=2)
        assert route.call_count == 0  # nothing sent until awaited or iterated
        first = await paginator
        assert isinstance(first, hookhub.AsyncPage) and len(first.items) == 2
        ids = [hook.id async for hook in client.webhooks.list(page_size=2)]
        pages = [page async for page in first.iter_pages()]
        second = await first.get_next_page()
    assert len(ids) == 6 and len(pages) == 3
    assert second.next_page_params() == {"page": 3}


async def test_async_token_and_page_number_styles() -> None:
    poly = AsyncPolytomic(api_key=API_KEY, retry_policy=FAST)
    shipping = AsyncShippingChannels(api_key=API_KEY, retry_policy=FAST)
    with respx.mock() as router:
        router.get(POLY).mock(side_effect=poly_page)
        router.get(SHIPPING).mock(side_effect=shipping_page)
        deliveries = [d.id async for d in poly.webhooks.list_deliveries("w1")]
        hooks = [h.id async for h in shipping.webhooks.list()]
    assert deliveries == ["d-t1", "d-t2", "d-t3"]
    assert hooks == ["wh_1", "wh_2"]


async def test_raw_response_of_a_paged_list(flavour: str) -> None:
    with respx.mock() as router:
        router.get(SENT).mock(side_effect=sent_page)
        if flavour == "sync":
            raw = SentDM(api_key=API_KEY).webhooks.with_raw_response.list(page_size=2)
            page: Any = raw.parse()
            assert len(list(page)) == 6
        else:
            araw = await AsyncSentDM(api_key=API_KEY).webhooks.with_raw_response.list(page_size=2)
            page = araw.parse()
            assert len([hook async for hook in page]) == 6
            raw = araw
    assert raw.status_code == 200


def test_page_parameter_in_extra_query_is_refused() -> None:
    client = SentDM(api_key=API_KEY, retry_policy=FAST)
    with respx.mock(assert_all_called=False) as router:
        route = router.get(SENT).mock(side_effect=sent_page)
        with pytest.raises(hookhub.InvalidInputError, match="pass page= as an argument"):
            client.webhooks.list(extra_query={"page": 3})
    assert not route.called
