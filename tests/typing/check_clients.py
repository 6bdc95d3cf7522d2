"""Checked by ``mypy --strict`` (``make typecheck``), not run: the clients as a user sees them."""

from __future__ import annotations

from typing import Literal

from typing_extensions import assert_type

import hookhub
from hookhub.providers.flip import Flip, Subscription
from hookhub.providers.flip import Webhook as FlipWebhook
from hookhub.providers.kallima import AsyncKallima, Kallima
from hookhub.providers.kallima import Webhook as KallimaWebhook
from hookhub.providers.polytomic import Polytomic, WebhookDeliveryList
from hookhub.providers.polytomic import Webhook as PolytomicWebhook
from hookhub.providers.sentdm import AsyncSentDM, SentDM, WebhookList, WebhookResponse
from hookhub.providers.shipping_channels import ShippingChannels, WebhookSubscription


def sync_usage() -> None:
    with SentDM(api_key="k", profile_id="p") as sent:
        assert_type(sent.webhooks.retrieve("id"), WebhookResponse)
        assert_type(sent.webhooks.toggle_status("id", is_active=False), WebhookResponse)
        assert_type(sent.webhooks.list(page=2).body, WebhookList)
        sent.webhooks.delete("id", idempotency_key="abc")

    poly = Polytomic(api_key="k", api_version="2025-09-18")
    assert_type(poly.webhooks.list(), list[PolytomicWebhook])
    assert_type(poly.webhooks.disable("id"), PolytomicWebhook)
    assert_type(poly.webhooks.list_deliveries("id").body, WebhookDeliveryList)

    flip = Flip(api_key="k", base_url="https://r.test")
    hook = flip.webhooks.register(
        url="https://x.test", subscription=Subscription(event_types=["a"])
    )
    assert_type(hook, FlipWebhook)
    assert_type(flip.webhooks.pause("id").status, Literal["ACTIVE", "PAUSED"] | str | None)

    shipping = ShippingChannels(api_key="k")
    assert_type(shipping.webhooks.toggle_active("wh_1"), WebhookSubscription)
    assert_type(shipping.webhooks.update("wh_1", name="n", active=False), WebhookSubscription)

    kallima = Kallima(api_key="k", max_retries=0, retry_policy=hookhub.RetryPolicy())
    assert_type(kallima.webhooks.update("id", events=None), KallimaWebhook)
    assert_type(kallima.webhooks.get("id").enabled, bool)


async def async_usage() -> None:
    async with AsyncSentDM(api_key="k") as sent:
        assert_type(await sent.webhooks.retrieve("id"), WebhookResponse)
    async with AsyncKallima(api_key="k") as kallima:
        assert_type(await kallima.webhooks.list(), list[KallimaWebhook])


def errors() -> None:
    try:
        Kallima(api_key="k").webhooks.get("id")
    except hookhub.RateLimitError as err:
        assert_type(err.retry_after, float | None)
        assert_type(err.status_code, int)
