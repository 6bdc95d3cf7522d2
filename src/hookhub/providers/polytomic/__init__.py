# This file was written by scripts/codegen.py from openapi/polytomic.yaml. Do not edit it:
# change the spec (or the generator) and run `make codegen`.

"""Polytomic webhooks API: typed clients (``Polytomic``, ``AsyncPolytomic``) and models.

Each name is imported from its module on first use (PEP 562): the clients do not load the
models (and pydantic's model machinery) until a result is parsed or a model is asked for.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_CLIENT_NAMES = frozenset(
    {
        "AsyncPolytomic",
        "AsyncWebhooks",
        "Webhooks",
        "Polytomic",
    }
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


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = importlib.import_module(
        f"{__name__}.{'client' if name in _CLIENT_NAMES else 'models'}"
    )
    value = getattr(module, name)
    globals()[name] = value  # once found, a plain module attribute
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
