# This file was written by scripts/codegen.py from openapi/flip.yaml. Do not edit it:
# change the spec (or the generator) and run `make codegen`.

"""Flip Webhooks API (v4, "experimental"): typed clients (``Flip``, ``AsyncFlip``) and models.

Each name is imported from its module on first use (PEP 562): the clients do not load the
models (and pydantic's model machinery) until a result is parsed or a model is asked for.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hookhub.providers.flip.client import (
        AsyncFlip,
        AsyncWebhooks,
        Flip,
        Webhooks,
    )
    from hookhub.providers.flip.models import (
        Error,
        Subscription,
        Webhook,
    )

_CLIENT_NAMES = frozenset(
    {
        "AsyncFlip",
        "AsyncWebhooks",
        "Webhooks",
        "Flip",
    }
)

__all__ = [
    "AsyncFlip",
    "AsyncWebhooks",
    "Error",
    "Flip",
    "Subscription",
    "Webhook",
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
