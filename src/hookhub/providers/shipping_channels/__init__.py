# This file was written by scripts/codegen.py from openapi/shipping_channels.yaml. Do not edit it:
# change the spec (or the generator) and run `make codegen`.

"""Shipping Channels API (2LM) — webhook subscriptions: typed clients (``ShippingChannels``,
``AsyncShippingChannels``) and models."""

from hookhub.providers.shipping_channels.client import (
    AsyncShippingChannels,
    AsyncWebhooks,
    ShippingChannels,
    Webhooks,
)
from hookhub.providers.shipping_channels.models import (
    ErrorDetail,
    ErrorEnvelope,
    PageLinks,
    PageMeta,
    WebhookSubscription,
    WebhookSubscriptionEnvelope,
    WebhookSubscriptionList,
    WebhookSubscriptionToggleEnvelope,
)

__all__ = [
    "AsyncShippingChannels",
    "AsyncWebhooks",
    "ErrorDetail",
    "ErrorEnvelope",
    "PageLinks",
    "PageMeta",
    "ShippingChannels",
    "WebhookSubscription",
    "WebhookSubscriptionEnvelope",
    "WebhookSubscriptionList",
    "WebhookSubscriptionToggleEnvelope",
    "Webhooks",
]
