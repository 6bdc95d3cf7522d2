# This file was written by scripts/codegen.py from openapi/polytomic.yaml. Do not edit it:
# change the spec (or the generator) and run `make codegen`.

"""Polytomic webhooks API: typed clients (``Polytomic``, ``AsyncPolytomic``) and models."""

from hookhub.providers.polytomic.client import (
    AsyncPolytomic,
    AsyncWebhooks,
    Polytomic,
    Webhooks,
)
from hookhub.providers.polytomic.models import (
    ApiError,
    Webhook,
    WebhookDelivery,
    WebhookDeliveryList,
    WebhookDeliveryPagination,
    WebhookEnvelope,
    WebhookListEnvelope,
)

__all__ = [
    "ApiError",
    "AsyncPolytomic",
    "AsyncWebhooks",
    "Polytomic",
    "Webhook",
    "WebhookDelivery",
    "WebhookDeliveryList",
    "WebhookDeliveryPagination",
    "WebhookEnvelope",
    "WebhookListEnvelope",
    "Webhooks",
]
