"""The unified facade: one interface over every generated provider client.

The models (:class:`Webhook`, :class:`Capabilities`) are imported on first use (PEP 562), so
making a client does not load pydantic's model machinery; the first result does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from hookhub.facade._errors import DeadlineExceededError, IncompleteWebhookError
from hookhub.facade._plans import WebhookLimitError
from hookhub.facade._typed_clients import AsyncWebhookClient, WebhookClient
from hookhub.facade.client import DEFAULT_DEADLINE, list_providers

if TYPE_CHECKING:
    from hookhub.facade.models import Capabilities, Webhook

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


def __getattr__(name: str) -> Any:
    if name in ("Capabilities", "Webhook"):
        from hookhub.facade import models

        value = getattr(models, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
