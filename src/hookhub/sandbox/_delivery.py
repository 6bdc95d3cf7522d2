"""Signing deliveries and POSTing them for real to a receiver on loopback."""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import httpx

if TYPE_CHECKING:
    from hookhub.sandbox._engine import Engine
    from hookhub.sandbox._records import DeliveryRecord

__all__ = ["Outgoing", "is_loopback", "sign_delivery_headers"]

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
        if not is_loopback(self.delivery.url):
            return  # never leave the machine: only loopback receivers get real POSTs
        try:
            response = httpx.post(
                self.delivery.url,
                content=self.delivery.body,
                headers=dict(self.delivery.headers),
                timeout=5.0,
                verify=False,
            )
            status: int | None = response.status_code
        except httpx.HTTPError:
            status = None
        with self.engine.lock:
            deliveries = self.engine.deliveries
            if self.index < len(deliveries) and deliveries[self.index] is self.delivery:
                deliveries[self.index] = dataclasses.replace(self.delivery, response_status=status)
