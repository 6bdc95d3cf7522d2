"""The sans-IO request and reply every mount speaks: what comes in, what goes out, and the
``Sleep`` instructions a handler yields so sync and async drivers can wait their own way."""

from __future__ import annotations

from collections.abc import Generator, Mapping
from dataclasses import dataclass

from hookhub.sandbox._faults import LoseKind

__all__ = ["Handling", "RawRequest", "Reply", "Sleep"]

Handling = Generator["Sleep", None, "Reply"]


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
