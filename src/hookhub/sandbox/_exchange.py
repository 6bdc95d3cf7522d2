"""The sans-IO request and reply every mount speaks: what comes in, what goes out, and the
steps a handler yields (``Sleep``, ``Deliver``) so sync and async drivers can wait and POST
their own way: an async mount never blocks its event loop on a delivery."""

from __future__ import annotations

from collections.abc import Generator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from hookhub.sandbox._faults import LoseKind

if TYPE_CHECKING:
    from hookhub.sandbox._delivery import Outgoing

__all__ = ["Deliver", "Handling", "RawRequest", "Reply", "Sleep"]

Handling = Generator["Sleep | Deliver", None, "Reply"]


@dataclass(frozen=True)
class RawRequest:
    """A request as any mount sees it (header names lower-cased)."""

    method: str
    path: str
    query: Mapping[str, str]
    headers: Mapping[str, str]
    body: bytes


@dataclass
class Reply:
    """The answer; ``lost`` set when the response must be lost after the change."""

    status: int
    headers: dict[str, str]
    body: bytes
    lost: LoseKind | None = None


@dataclass(frozen=True)
class Sleep:
    """Wait this long (``time.sleep`` or ``asyncio.sleep``) before continuing."""

    seconds: float


@dataclass(frozen=True)
class Deliver:
    """POST this delivery to its receiver (``Outgoing.send`` or ``Outgoing.asend``), then go on."""

    outgoing: Outgoing
