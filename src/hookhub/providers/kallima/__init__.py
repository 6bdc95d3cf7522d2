# This file was written by scripts/codegen.py from openapi/kallima.yaml. Do not edit it:
# change the spec (or the generator) and run `make codegen`.

"""Kallima webhooks API: typed clients (``Kallima``, ``AsyncKallima``) and models.

Each name is imported from its module on first use (PEP 562): the clients do not load the
models (and pydantic's model machinery) until a result is parsed or a model is asked for.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_CLIENT_NAMES = frozenset(
    {
        "AsyncKallima",
        "AsyncWebhooks",
        "Webhooks",
        "Kallima",
    }
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
