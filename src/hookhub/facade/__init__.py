"""The unified facade: one interface over every generated provider client."""

from hookhub.facade._typed_clients import AsyncWebhookClient, WebhookClient
from hookhub.facade.client import list_providers
from hookhub.facade.models import Capabilities, Webhook
from hookhub.facade.plans import WebhookLimitError

__all__ = [
    "AsyncWebhookClient",
    "Capabilities",
    "Webhook",
    "WebhookClient",
    "WebhookLimitError",
    "list_providers",
]
