"""Checked by ``mypy --strict`` (``make typecheck``), not run: per-call options, raw responses,
``with_options``, pages and auth schemes, as a user's editor sees them."""

from __future__ import annotations

import httpx
from typing_extensions import assert_type

import hookhub
from hookhub.providers.kallima import AsyncKallima, Kallima, Webhook
from hookhub.providers.polytomic import (
    AsyncPolytomic,
    Polytomic,
    WebhookDelivery,
    WebhookDeliveryList,
)
from hookhub.providers.sentdm import AsyncSentDM, SentDM, WebhookList, WebhookResponse
from hookhub.providers.shipping_channels import ShippingChannels, WebhookSubscription


def per_call_options(kallima: Kallima) -> None:
    hook = kallima.webhooks.get(
        "id",
        timeout=2.0,
        max_retries=0,
        extra_headers={"X-Trace": "t"},
        extra_query={"expand": "x"},
        extra_body={},
    )
    assert_type(hook, Webhook)
    kallima.webhooks.get("id", timeout=httpx.Timeout(1.0, connect=0.5))
    kallima.webhooks.get("id", timeout=None)
    kallima.webhooks.get("id", timout=2.0)  # type: ignore[call-arg]
    kallima.webhooks.get("id", max_retries="2")  # type: ignore[arg-type]
    kallima.webhooks.get("id", extra_headers={"X-Count": 1})  # type: ignore[dict-item]


def raw_responses(sent: SentDM, kallima: Kallima) -> None:
    raw = sent.webhooks.with_raw_response.retrieve("x")
    assert_type(raw, hookhub.APIResponse[WebhookResponse])
    assert_type(raw.parse(), WebhookResponse)
    assert_type(raw.status_code, int)
    assert_type(raw.headers, httpx.Headers)
    assert_type(raw.request_id, str | None)
    assert_type(raw.retries_taken, int)
    assert_type(raw.http_response, httpx.Response)
    assert_type(kallima.webhooks.with_raw_response.get("x").parse(), Webhook)
    assert_type(kallima.webhooks.with_raw_response.delete("x").parse(), None)
    kallima.webhooks.with_raw_response.get("x", timeout=1.0)
    kallima.webhooks.with_raw_response.gett("x")  # type: ignore[attr-defined]
    kallima.webhooks.with_raw_response.get(1)  # type: ignore[arg-type]


async def async_raw_responses(sent: AsyncSentDM) -> None:
    raw = await sent.webhooks.with_raw_response.retrieve("x")
    assert_type(raw.parse(), WebhookResponse)
    page = (await sent.webhooks.with_raw_response.list()).parse()
    assert_type(page, hookhub.AsyncPage[WebhookResponse, WebhookList])


def with_options(kallima: Kallima, poly: Polytomic, sent: SentDM) -> None:
    assert_type(kallima.with_options(timeout=5.0, max_retries=0), Kallima)
    assert_type(sent.with_options(profile_id="p").webhooks.retrieve("x"), WebhookResponse)
    assert_type(poly.with_options(auth_scheme="organization"), Polytomic)
    poly.with_options(auth_scheme="org")  # type: ignore[arg-type]
    kallima.with_options(profile_id="p")  # type: ignore[call-arg]
    kallima.with_options(http_client=httpx.Client())  # type: ignore[call-arg]


async def async_with_options(kallima: AsyncKallima) -> None:
    async with kallima.with_options(max_retries=1) as copy:
        assert_type(copy, AsyncKallima)


def auth_schemes() -> None:
    Polytomic(api_key="k", auth_scheme="organization")
    Polytomic(api_key="k", auth_scheme="user")
    Polytomic(api_key="k", auth_scheme="basic")  # type: ignore[arg-type]
    Kallima(api_key="k", auth_scheme="user")  # type: ignore[call-arg]


def sync_pages(sent: SentDM, poly: Polytomic, shipping: ShippingChannels) -> None:
    page = sent.webhooks.list(page_size=50)
    assert_type(page, hookhub.SyncPage[WebhookResponse, WebhookList])
    assert_type(page.items, list[WebhookResponse])
    assert_type(page.body, WebhookList)
    assert_type(page.has_next_page(), bool)
    for hook in page:
        assert_type(hook, WebhookResponse)
    for one in page.iter_pages():
        assert_type(one, hookhub.SyncPage[WebhookResponse, WebhookList])
    assert_type(page.get_next_page(), hookhub.SyncPage[WebhookResponse, WebhookList])
    for delivery in poly.webhooks.list_deliveries("id"):
        assert_type(delivery, WebhookDelivery)
    assert_type(poly.webhooks.list_deliveries("id").body, WebhookDeliveryList)
    for subscription in shipping.webhooks.list(per_page=100):
        assert_type(subscription, WebhookSubscription)


async def async_pages(sent: AsyncSentDM, poly: AsyncPolytomic) -> None:
    paginator = sent.webhooks.list()
    assert_type(paginator, hookhub.AsyncPaginator[WebhookResponse, WebhookList])
    first = await paginator
    assert_type(first, hookhub.AsyncPage[WebhookResponse, WebhookList])
    async for hook in sent.webhooks.list():
        assert_type(hook, WebhookResponse)
    async for page in first.iter_pages():
        assert_type(page.items, list[WebhookResponse])
    async for delivery in poly.webhooks.list_deliveries("id"):
        assert_type(delivery, WebhookDelivery)
