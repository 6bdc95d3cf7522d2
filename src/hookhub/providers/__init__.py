# This file was written by scripts/codegen.py from openapi/*.yaml. Do not edit it:
# change the spec (or the generator) and run `make codegen`.

"""The generated provider clients, one subpackage per spec in ``openapi/``.

Subpackages are imported on first use, so ``import hookhub`` stays cheap.
"""

from __future__ import annotations

from typing import Literal

__all__ = ["CLIENT_CLASSES", "PROVIDER_IDS", "ProviderId"]

ProviderId = Literal[
    "flip",
    "kallima",
    "polytomic",
    "sentdm",
    "shipping_channels",
]
"""The id of a provider hookhub knows (``"sentdm"``): what the typed facade accepts."""

PROVIDER_IDS: tuple[ProviderId, ...] = (
    "flip",
    "kallima",
    "polytomic",
    "sentdm",
    "shipping_channels",
)
"""Every provider id, in alphabetical order."""

CLIENT_CLASSES: dict[str, tuple[str, str]] = {
    "flip": ("Flip", "AsyncFlip"),
    "kallima": ("Kallima", "AsyncKallima"),
    "polytomic": ("Polytomic", "AsyncPolytomic"),
    "sentdm": ("SentDM", "AsyncSentDM"),
    "shipping_channels": ("ShippingChannels", "AsyncShippingChannels"),
}
"""Provider id -> (sync class, async class) in ``hookhub.providers.<id>``."""
