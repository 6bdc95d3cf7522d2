"""What a verified delivery gives the receiver."""

from __future__ import annotations

from collections.abc import Callable, MutableSet
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pydantic import BaseModel

__all__ = ["Delivery", "ReplayGuard"]

ReplayGuard = MutableSet[str] | Callable[[str], bool]
"""Remembers deliveries already accepted, keyed by :attr:`Delivery.replay_key`.

Either a mutable set (a plain ``set()`` works in one process), or a callable that records the
key and returns ``True`` the first time it sees it, ``False`` after (e.g. a Redis ``SET NX``
with an expiry a little longer than the tolerance).
"""


@dataclass(frozen=True)
class Delivery:
    """A delivery whose signature and timestamp were checked, with its body parsed."""

    provider: str
    event_id: str | None
    """The per-event id where the provider documents one (``None`` otherwise)."""
    event_type: str | None
    timestamp: datetime
    """When the provider signed the delivery (UTC), from the signed timestamp."""
    payload: Any
    """The body parsed as JSON."""
    typed: BaseModel | None
    """The body as the provider's generated model (``providers.<id>.models``), where the spec
    describes one; ``None`` when it has none or the body does not fit it."""
    replay_key: str
    """What the replay hook was given: the event id, or, where the provider sends none, a
    digest of the signed content (catches an exact replay of a captured request)."""
