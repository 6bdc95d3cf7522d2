"""Small stateful fakes of the five providers, mounted with respx at the HTTP boundary.

Each keeps webhooks in a dict and answers in the provider's own shapes, so facade tests see
real state changes: a shipping toggle really flips, a polytomic disable really sets.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import respx

from tests.conftest import REGISTRY_URL

BASE_URLS = {
    "polytomic": "https://app.polytomic.com",
    "sentdm": "https://api.sent.dm",
    "registry": REGISTRY_URL,
    "shipping_channels": "https://api.shipping-channels.com",
    "kallima": "https://api.kallima.bio",
}
PREFIX = {
    "polytomic": "/api/webhooks",
    "sentdm": "/v3/webhooks",
    "registry": "/webhooks",
    "shipping_channels": "/v1/webhook-subscriptions",
    "kallima": "/v1/webhooks",
}
NOW = "2026-01-01T00:00:00Z"
# Each provider's on/off field, and the value that means "delivering" (registry: `status`).
_STATE_FIELDS = (("disabled", False), ("is_active", True), ("active", True), ("enabled", True))


@dataclass
class Fake:
    provider: str
    hooks: dict[str, dict[str, Any]] = field(default_factory=dict)
    calls: list[tuple[str, str]] = field(default_factory=list)
    flips: int = 0
    """Relative toggles applied (shipping_channels)."""
    fault: Callable[[httpx.Request], httpx.Response | None] | None = None
    """Called after the request was applied; may raise or replace the response."""
    stale_reads: int = 0
    """How many GETs of one webhook still answer the state before the last change."""
    _stale: dict[str, dict[str, Any]] = field(default_factory=dict)
    _stale_left: int = 0
    _ids: Any = field(default_factory=lambda: itertools.count(1))

    # --- seeding --------------------------------------------------------------------------
    def seed(self, *, enabled: bool = True, events: list[str] | None = None) -> str:
        webhook_id = f"00000000-0000-4000-8000-{next(self._ids):012d}"
        self.hooks[webhook_id] = self._record(webhook_id, "https://seed.test/hook", events, enabled)
        return webhook_id

    def _record(
        self, webhook_id: str, url: str, events: list[str] | None, enabled: bool, **extra: Any
    ) -> dict[str, Any]:
        p = self.provider
        if p == "polytomic":
            return {
                "id": webhook_id,
                "organization_id": webhook_id,
                "endpoint": url,
                "secret": extra.get("secret", "s3cret-value"),
                "disabled": not enabled,
                "created_at": NOW,
            }
        if p == "sentdm":
            return {
                "id": webhook_id,
                "display_name": extra.get("name", "hook"),
                "endpoint_url": url,
                "event_types": events or ["messages"],
                "is_active": enabled,
                "created_at": NOW,
                "updated_at": NOW,
            }
        if p == "registry":
            return {
                "id": webhook_id,
                "url": url,
                "status": "ACTIVE" if enabled else "PAUSED",
                "subscription": {"event_types": events or ["user.created"]},
            }
        if p == "shipping_channels":
            return {
                "id": webhook_id,
                "name": extra.get("name", "hook"),
                "url": url,
                "events": events or ["shipment.created"],
                "secret": "••••",
                "active": enabled,
                "created_at": NOW,
                "updated_at": NOW,
            }
        return {
            "id": webhook_id,
            "url": url,
            "enabled": enabled,
            "events": events,
            "created_at": NOW,
            "updated_at": NOW,
            "object": "webhook",
        }

    def enabled(self, webhook_id: str) -> bool:
        record = self.hooks[webhook_id]
        for key, on in _STATE_FIELDS:
            if key in record:
                return bool(record[key]) == on
        return bool(record["status"] == "ACTIVE")

    def _set_enabled(self, webhook_id: str, enabled: bool) -> None:
        record = self.hooks[webhook_id]
        self._stale[webhook_id] = dict(record)
        self._stale_left = self.stale_reads  # the next GETs answer the state before this change
        for key, on in _STATE_FIELDS:
            if key in record:
                record[key] = enabled == on
                return
        record["status"] = "ACTIVE" if enabled else "PAUSED"

    # --- HTTP -----------------------------------------------------------------------------
    def mount(self, router: respx.MockRouter) -> None:
        router.route(url__startswith=BASE_URLS[self.provider]).mock(side_effect=self.handle)

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        self.calls.append((request.method, path))
        response = self._dispatch(request, path.removeprefix(PREFIX[self.provider]))
        if self.fault is not None:
            replaced = self.fault(request)
            if replaced is not None:
                return replaced
        return response

    def _wrap(self, record: Any, status: int = 200) -> httpx.Response:
        p = self.provider
        if p in ("polytomic", "shipping_channels"):
            return httpx.Response(status, json={"data": record})
        if p == "sentdm":
            return httpx.Response(
                status,
                json={
                    "success": True,
                    "data": record,
                    "error": None,
                    "meta": {"request_id": "req_1"},
                },
            )
        return httpx.Response(status, json=record)

    def _not_found(self) -> httpx.Response:
        return httpx.Response(
            404,
            json={
                "error": {"code": "not_found", "message": "nope"},
                "code": "WEBHOOK_NOT_FOUND",
                "message": "nope",
            },
        )

    def _dispatch(self, request: httpx.Request, rest: str) -> httpx.Response:
        method = request.method
        body = json.loads(request.content) if request.content else {}
        params = request.url.params
        if rest == "" and method == "GET":
            return self._list(params)
        if rest == "" and method == "POST":
            return self._create(body)
        match = re.fullmatch(r"/([^/]+)(/[a-z-]+)?", rest)
        assert match, rest
        webhook_id, action = match.group(1), match.group(2)
        if webhook_id not in self.hooks:
            return self._not_found()
        if action is None and method == "GET":
            record = self.hooks[webhook_id]
            if self._stale_left > 0 and webhook_id in self._stale:
                self._stale_left -= 1
                record = self._stale[webhook_id]
            return self._wrap(record)
        if action is None and method == "DELETE":
            del self.hooks[webhook_id]
            return httpx.Response(200 if self.provider == "registry" else 204)
        if action is None and method in ("PUT", "PATCH"):
            return self._update(webhook_id, body)
        if action in ("/disable", "/enable", "/pause", "/unpause"):
            self._set_enabled(webhook_id, action in ("/enable", "/unpause"))
        elif action == "/toggle-status":
            self._set_enabled(webhook_id, bool(body["is_active"]))
        elif action == "/toggle-active":
            self.flips += 1
            self._set_enabled(webhook_id, not self.enabled(webhook_id))
        else:
            raise AssertionError(f"unexpected {method} {rest}")
        return self._wrap(self.hooks[webhook_id])

    def _list(self, params: httpx.QueryParams) -> httpx.Response:
        records = list(self.hooks.values())
        p = self.provider
        if p == "sentdm":
            page, size = int(params.get("page", 1)), int(params.get("page_size", 20))
            chunk = records[(page - 1) * size : page * size]
            return httpx.Response(
                200,
                json={
                    "success": True,
                    "data": {
                        "webhooks": chunk,
                        "pagination": {
                            "page": page,
                            "page_size": size,
                            "total_count": len(records),
                            "has_more": page * size < len(records),
                        },
                    },
                },
            )
        if p == "shipping_channels":
            page, size = int(params.get("page", 1)), int(params.get("per_page", 15))
            chunk = records[(page - 1) * size : page * size]
            last = max(1, -(-len(records) // size))
            return httpx.Response(
                200,
                json={
                    "data": chunk,
                    "meta": {
                        "current_page": page,
                        "last_page": last,
                        "per_page": size,
                        "total": len(records),
                    },
                    "links": {},
                },
            )
        if p == "polytomic":
            return httpx.Response(200, json={"data": records})
        return httpx.Response(200, json=records)

    def _create(self, body: dict[str, Any]) -> httpx.Response:
        webhook_id = f"00000000-0000-4000-9000-{next(self._ids):012d}"
        p = self.provider
        url = body.get("endpoint") or body.get("endpoint_url") or body.get("url")
        events = (
            body.get("event_types")
            or body.get("events")
            or (body.get("subscription") or {}).get("event_types")
        )
        extra = {key: body[key] for key in ("secret",) if key in body}
        if "name" in body or "display_name" in body:
            extra["name"] = body.get("name") or body.get("display_name")
        self.hooks[webhook_id] = self._record(
            webhook_id, url, events, body.get("enabled", True), **extra
        )
        status = 201 if p in ("registry", "shipping_channels", "kallima") else 200
        return self._wrap(self.hooks[webhook_id], status)

    def _update(self, webhook_id: str, body: dict[str, Any]) -> httpx.Response:
        record = self.hooks[webhook_id]
        renames = {
            "endpoint": "endpoint",
            "endpoint_url": "endpoint_url",
            "url": "url",
            "events": "events",
            "event_types": "event_types",
            "name": "name",
            "display_name": "display_name",
            "secret": "secret",
        }
        for key, value in body.items():
            if key in ("active", "enabled") and value is not None:
                if bool(value) != self.enabled(webhook_id):
                    self._set_enabled(webhook_id, bool(value))
            elif key in renames and value is not None:
                record[renames[key]] = value
        return self._wrap(record)
