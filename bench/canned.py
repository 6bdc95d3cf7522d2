"""The in-process server every variant talks to: canned bodies behind an httpx.MockTransport.

The bodies are the response examples of our own specs (``openapi/*.yaml``), so they validate
against each operation's response model. A ``GET`` answers the webhook enabled and any write
answers it disabled, so every facade ``disable()`` needs exactly one write (and
shipping_channels, which reads first, one read and one write), whatever the webhook id.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import httpx

API_KEY = "sk_bench_0123456789"


@dataclass(frozen=True)
class Provider:
    id: str
    base_url: str
    webhook_id: str
    read: bytes
    """Body of a GET: the webhook, enabled."""
    write: bytes
    """Body of any write: the webhook, disabled."""


def _provider(
    provider: str,
    base_url: str,
    webhook_id: str,
    record: dict[str, Any],
    state: tuple[str, Any, Any],
) -> Provider:
    """``state`` is the on/off field: (name, value when enabled, value when disabled)."""
    field, on, off = state
    enabled, disabled = {**record, field: on}, {**record, field: off}
    return Provider(
        provider,
        base_url,
        webhook_id,
        json.dumps(_wrap(provider, enabled)).encode(),
        json.dumps(_wrap(provider, disabled)).encode(),
    )


def _wrap(provider: str, record: dict[str, Any]) -> Any:
    if provider in ("polytomic", "shipping_channels"):
        return {"data": record}
    if provider == "sentdm":
        return {
            "success": True,
            "data": record,
            "error": None,
            "meta": {
                "request_id": "req_7X9zKp2jDw",
                "timestamp": "2026-03-11T21:50:49.6870902+00:00",
                "version": "v3",
            },
        }
    return record


PROVIDERS: dict[str, Provider] = {
    p.id: p
    for p in (
        _provider(
            "sentdm",
            "https://api.sent.dm",
            "d4f5a6b7-c8d9-4e0f-a1b2-c3d4e5f6a7b8",
            {
                "id": "d4f5a6b7-c8d9-4e0f-a1b2-c3d4e5f6a7b8",
                "display_name": "Order Notifications",
                "endpoint_url": "https://example.com/webhooks/orders",
                "signing_secret": None,
                "event_types": ["messages", "templates"],
                "retry_count": 3,
                "timeout_seconds": 30,
                "last_delivery_attempt_at": None,
                "last_successful_delivery_at": None,
                "consecutive_failures": 0,
                "created_at": "2026-01-15T10:30:00+00:00",
                "updated_at": "2026-02-01T09:00:00+00:00",
            },
            ("is_active", True, False),
        ),
        _provider(
            "polytomic",
            "https://app.polytomic.com",
            "248df4b7-aa70-47b8-a036-33ac447e668d",
            {
                "created_at": "2024-01-01T00:00:00Z",
                "endpoint": "https://example.com/webhook",
                "id": "248df4b7-aa70-47b8-a036-33ac447e668d",
                "organization_id": "248df4b7-aa70-47b8-a036-33ac447e668d",
                "secret": "secret",
            },
            ("disabled", False, True),
        ),
        _provider(
            "flip",
            "https://flip.bench",
            "0b6f2f1e-9d1c-4c57-8f0e-5a4b3c2d1e0f",
            {
                "id": "wh_01HZX3K9Q7",
                "url": "https://example.com/hooks/flip",
                "subscription": {"event_types": ["USER_CREATED", "USER_DELETED"]},
            },
            ("status", "ACTIVE", "PAUSED"),
        ),
        _provider(
            "shipping_channels",
            "https://api.shipping-channels.com",
            "5e1c0a7b-3f2d-4b8e-9c6a-1d2e3f4a5b6c",
            {
                "id": "wh_123456",
                "name": "Shipping Channel Updates",
                "url": "https://example.com/webhooks/shipping-channels",
                "events": [
                    "shipping_channel.created",
                    "shipping_channel.updated",
                    "shipping_channel.deleted",
                    "shipping_channel.status_changed",
                ],
                "secret": "\u2022" * 16,
                "created_at": "2025-03-29T16:00:00Z",
                "updated_at": "2025-03-29T16:00:00Z",
            },
            ("active", True, False),
        ),
        _provider(
            "kallima",
            "https://api.kallima.bio",
            "aaaa0001-bbbb-0002-cccc-000300040005",
            {
                "created_at": "2026-04-23T10:00:00+00:00",
                "events": ["humanization.completed", "humanization.failed"],
                "id": "aaaa0001-bbbb-0002-cccc-000300040005",
                "object": "webhook",
                "updated_at": "2026-04-23T10:00:00+00:00",
                "url": "https://your-service.example.com/webhooks/kallima",
            },
            ("enabled", True, False),
        ),
    )
}

_BY_HOST = {httpx.URL(p.base_url).host: p for p in PROVIDERS.values()}
_JSON = [(b"content-type", b"application/json")]


def handler(request: httpx.Request) -> httpx.Response:
    """The mock server: one dict lookup and a canned body, the same cost for every variant."""
    provider = _BY_HOST[request.url.host]
    body = provider.read if request.method == "GET" else provider.write
    return httpx.Response(200, headers=_JSON, content=body)


def transport() -> httpx.MockTransport:
    return httpx.MockTransport(handler)
