"""The unified facade: one interface over every generated provider client."""

from hookhub.facade._typed_clients import AsyncWebhookClient, WebhookClient
from hookhub.facade.client import DEFAULT_DEADLINE, list_providers
from hookhub.facade.errors import DeadlineExceededError, IncompleteWebhookError
from hookhub.facade.models import Capabilities, Webhook
from hookhub.facade.plans import WebhookLimitError

__all__ = [
    "DEFAULT_DEADLINE",
    "AsyncWebhookClient",
    "Capabilities",
    "DeadlineExceededError",
    "IncompleteWebhookError",
    "Webhook",
    "WebhookClient",
    "WebhookLimitError",
    "list_providers",
]
