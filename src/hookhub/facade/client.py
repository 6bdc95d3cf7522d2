"""``hookhub.WebhookClient`` / ``AsyncWebhookClient``: one interface over every provider.

The verbs are :class:`SyncWebhookClientBase` and :class:`AsyncWebhookClientBase`; what they
share lives in :mod:`hookhub.facade._base`, and the sync verbs are generated from the async
ones (``make codegen``).
"""

from __future__ import annotations

from hookhub.facade._async_verbs import AsyncWebhookClientBase
from hookhub.facade._base import (
    DEFAULT_DEADLINE,
    DEFAULT_SETTLE_DELAY,
    NativeT,
    PerCallOptions,
    RawT,
    StateStrategy,
    list_providers,
)
from hookhub.facade._sync_verbs import SyncWebhookClientBase

__all__ = [
    "DEFAULT_DEADLINE",
    "DEFAULT_SETTLE_DELAY",
    "AsyncWebhookClientBase",
    "NativeT",
    "PerCallOptions",
    "RawT",
    "StateStrategy",
    "SyncWebhookClientBase",
    "list_providers",
]
