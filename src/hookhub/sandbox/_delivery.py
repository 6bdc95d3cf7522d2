"""What a delivery is on the wire (the spec's ``delivery.body`` template, signed as the
provider documents) and POSTing it for real to a receiver on loopback."""

from __future__ import annotations

import dataclasses
import importlib
import json
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import httpx

from hookhub._core.json_paths import value_at
from hookhub.sandbox._records import DeliveryRecord, DeliveryStatus
from hookhub.sandbox._templates import render
from hookhub.sandbox._values import stamp

if TYPE_CHECKING:
    from hookhub.sandbox._delivery_log import Event
    from hookhub.sandbox._engine import Engine

__all__ = ["Outgoing", "build_delivery", "is_loopback", "sign_delivery_headers"]

_LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}


def sign_delivery_headers(
    provider: str, *, secret: str, body: bytes, timestamp: int, event_id: str
) -> dict[str, str]:
    """The signature headers ``provider`` documents for a delivery, or none.

    The only call into ``hookhub.verification`` (built separately); imported lazily so the
    sandbox works, unsigned, where that module is absent.
    """
    try:
        verification: Any = importlib.import_module("hookhub.verification")
    except ImportError:
        return {}
    sign = getattr(verification, "sign_delivery", None)
    if sign is None:
        return {}
    headers: Mapping[str, str] = sign(
        provider, secret=secret, body=body, timestamp=timestamp, event_id=event_id
    )
    return dict(headers)


def build_delivery(
    provider: str,
    rule: Mapping[str, Any],
    webhook_id: str,
    record: Mapping[str, Any],
    event: Event,
    *,
    signing_path: str,
    url_path: str,
    status: DeliveryStatus,
    now: Callable[[], datetime],
    log_id: str | None,
) -> DeliveryRecord:
    """``event`` as delivered to the webhook ``record``: the ``delivery.body`` template
    (default ``{id, type, data}``) rendered, signed with the record's secret if it has one."""
    variables = {
        "event_id": event.event_id,
        "event_type": event.event_type,
        "payload": dict(event.payload),
        "webhook_id": webhook_id,
        "now": stamp(event.created_at),
    }
    template: Any = rule.get("body") or {
        "id": "$event_id",
        "type": "$event_type",
        "data": "$payload",
    }
    body = json.dumps(render(template, variables), separators=(",", ":")).encode()
    secret = value_at(record, signing_path)
    headers = {"content-type": "application/json"}
    timestamp = int(now().timestamp())  # read before delivered_at, as a clock that ticks sees it
    if isinstance(secret, str):
        headers.update(
            sign_delivery_headers(
                provider,
                secret=secret,
                body=body,
                timestamp=timestamp,
                event_id=event.event_id,
            )
        )
    return DeliveryRecord(
        webhook_id=webhook_id,
        event_id=event.event_id,
        event_type=event.event_type,
        body=body,
        headers=headers,
        url=str(value_at(record, url_path)),
        delivered_at=now(),
        status=status,
        log_id=log_id,
    )


_TIMEOUT = 5.0
"""Seconds a receiver gets to answer a real delivery."""


def is_loopback(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and (parts.hostname or "") in _LOOPBACK_HOSTS


@dataclasses.dataclass
class Outgoing:
    """A delivery to POST once the sandbox lock is released."""

    engine: Engine
    index: int
    delivery: DeliveryRecord

    def send(self) -> None:
        """POST it now, blocking (the synchronous mounts, ``emit()``)."""
        if not is_loopback(self.delivery.url):
            return  # never leave the machine: only loopback receivers get real POSTs
        try:
            with httpx.Client(timeout=_TIMEOUT, verify=False) as client:
                status: int | None = client.send(self._request()).status_code
        except httpx.HTTPError:
            status = None
        self._record(status)

    async def asend(self) -> None:
        """POST it without blocking the event loop (the async mounts, ``aemit()``)."""
        if not is_loopback(self.delivery.url):
            return
        try:
            async with httpx.AsyncClient(timeout=_TIMEOUT, verify=False) as client:
                status: int | None = (await client.send(self._request())).status_code
        except httpx.HTTPError:
            status = None
        self._record(status)

    def _request(self) -> httpx.Request:
        return httpx.Request(
            "POST",
            self.delivery.url,
            content=self.delivery.body,
            headers=dict(self.delivery.headers),
        )

    def _record(self, status: int | None) -> None:
        with self.engine.lock:
            deliveries = self.engine.deliveries
            if self.index < len(deliveries) and deliveries[self.index] is self.delivery:
                deliveries[self.index] = dataclasses.replace(self.delivery, response_status=status)
