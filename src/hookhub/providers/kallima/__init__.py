# This file was written by scripts/codegen.py from openapi/kallima.yaml. Do not edit it:
# change the spec (or the generator) and run `make codegen`.

"""Kallima webhooks API: typed clients (``Kallima``, ``AsyncKallima``) and models."""

from hookhub.providers.kallima.client import (
    AsyncKallima,
    AsyncWebhooks,
    Kallima,
    Webhooks,
)
from hookhub.providers.kallima.models import (
    DeliveryEvent,
    Problem,
    Webhook,
    WebhookDelivery,
)

__all__ = [
    "AsyncKallima",
    "AsyncWebhooks",
    "DeliveryEvent",
    "Kallima",
    "Problem",
    "Webhook",
    "WebhookDelivery",
    "Webhooks",
]
