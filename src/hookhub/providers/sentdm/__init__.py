# This file was written by scripts/codegen.py from openapi/sentdm.yaml. Do not edit it:
# change the spec (or the generator) and run `make codegen`.

"""Sent.dm API v3: webhooks: typed clients (``SentDM``, ``AsyncSentDM``) and models."""

from hookhub.providers.sentdm.client import (
    AsyncSentDM,
    AsyncWebhooks,
    SentDM,
    Webhooks,
)
from hookhub.providers.sentdm.models import (
    ApiMeta,
    DeliveryEvent,
    ErrorDetail,
    ErrorEnvelope,
    PaginationCursors,
    PaginationMeta,
    WebhookEnvelope,
    WebhookEvent,
    WebhookEventList,
    WebhookEventListEnvelope,
    WebhookEventType,
    WebhookEventTypeList,
    WebhookEventTypeListEnvelope,
    WebhookList,
    WebhookListEnvelope,
    WebhookResponse,
    WebhookSenderProfile,
    WebhookSigningSecret,
    WebhookSigningSecretEnvelope,
    WebhookTestResult,
    WebhookTestResultEnvelope,
)

__all__ = [
    "ApiMeta",
    "AsyncSentDM",
    "AsyncWebhooks",
    "DeliveryEvent",
    "ErrorDetail",
    "ErrorEnvelope",
    "PaginationCursors",
    "PaginationMeta",
    "SentDM",
    "WebhookEnvelope",
    "WebhookEvent",
    "WebhookEventList",
    "WebhookEventListEnvelope",
    "WebhookEventType",
    "WebhookEventTypeList",
    "WebhookEventTypeListEnvelope",
    "WebhookList",
    "WebhookListEnvelope",
    "WebhookResponse",
    "WebhookSenderProfile",
    "WebhookSigningSecret",
    "WebhookSigningSecretEnvelope",
    "WebhookTestResult",
    "WebhookTestResultEnvelope",
    "Webhooks",
]
