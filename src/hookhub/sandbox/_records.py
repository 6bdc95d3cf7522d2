"""What a sandbox records for tests to assert on: requests, deliveries, emit outcomes."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

__all__ = ["DeliveryRecord", "DeliveryStatus", "EmitOutcome", "EmitResult", "RecordedRequest"]

EmitOutcome = Literal["delivered", "buffered", "dropped", "not_subscribed"]
DeliveryStatus = Literal["delivered", "buffered", "dropped"]


@dataclass
class RecordedRequest:
    """One request the sandbox received, and what it answered.

    ``outcome`` is ``"ok"`` (answered by the fake provider, any status), ``"replayed"``
    (an idempotency key's first response sent again), or ``"fault:<kind>"`` for an injected
    fault (``fault:fail``, ``fault:rate_limit``, ``fault:lose_response``; ``fault:apply_late``
    and ``fault:stale`` mark answers shaped by those faults). ``status`` is ``None`` while
    the request is in flight, or when the response was lost.
    """

    method: str
    path: str
    query: Mapping[str, str]
    headers: Mapping[str, str]
    """Lower-cased header names, as received (so idempotency keys can be asserted)."""
    body: bytes
    operation: str | None
    """The spec's operationId matched, or ``None`` for an unknown route."""
    status: int | None = None
    outcome: str = "ok"

    def json(self) -> Any:
        """The request body decoded as JSON (``None`` when empty)."""
        return json.loads(self.body) if self.body else None

    @property
    def idempotency_key(self) -> str | None:
        return self.headers.get("idempotency-key")


@dataclass(frozen=True)
class EmitResult:
    """What :meth:`Sandbox.emit` did with an event for one webhook."""

    webhook_id: str
    event_id: str
    event_type: str
    outcome: EmitOutcome


@dataclass(frozen=True)
class DeliveryRecord:
    """One delivery attempt (or an event held back or lost) for one webhook."""

    webhook_id: str
    event_id: str
    event_type: str
    body: bytes
    headers: Mapping[str, str]
    url: str
    delivered_at: datetime
    status: DeliveryStatus
    response_status: int | None = None
    """Status the receiver answered when the sandbox POSTed for real (``deliver=True``)."""
    log_id: str | None = None
    """Id of the provider delivery-log entry this attempt belongs to (``None``: not logged)."""
    extra: Mapping[str, Any] = field(default_factory=dict)

    def json(self) -> Any:
        return json.loads(self.body)
