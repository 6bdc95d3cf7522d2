"""The one place the reliability suites get a provider backend and a facade client from.

Today the backend is the stateful fake of ``tests/facade/fakes.py``, wrapped in a fault layer
that acts at the HTTP boundary (before or after the fake applies a request). Switching the
suites to ``hookhub.sandbox`` is a change to :func:`new_backend` only.
"""

from __future__ import annotations

import json
import ssl
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import format_datetime
from typing import Any

import httpx
import respx

import hookhub
from tests.conftest import API_KEY, FAST, REGISTRY_URL
from tests.facade.fakes import BASE_URLS, Fake

PROVIDERS = ("polytomic", "sentdm", "registry", "shipping_channels", "kallima")
EVENTS: dict[str, list[str] | None] = {
    "polytomic": None,
    "kallima": None,
    "sentdm": ["messages"],
    "registry": ["user.created"],
    "shipping_channels": ["shipment.created"],
}
# Fields that change with the on/off state; every other field must survive every verb.
STATE_FIELDS = ("disabled", "is_active", "active", "enabled", "status", "updated_at")

# Faults a request may meet. "-before": the server never applied it; "-after": it applied it
# and the answer was lost or replaced; "late": not applied now, but shortly after; 429 and
# 409 are refusals (not applied).
FAULTS = (
    "5xx-before",
    "5xx-after",
    "timeout-before",
    "timeout-after",
    "reset-before",
    "reset-after",
    "429-seconds",
    "429-date",
    "429-ms",
    "429-body",
    "429-long",
    "409-conflict",
    "late",
)
LATE_APPLY_WAIT = 0.02
"""The request timeout the suites give clients: the verifying mode's wait after an ambiguous
toggle. A late apply lands within half of it."""


def new_backend(provider: str) -> Fake:
    """A fresh stateful backend for ``provider`` (the one switch point to the sandbox)."""
    return Fake(provider)


_TLS = ssl.create_default_context()
"""Built once: a fresh TLS context per client costs ~40 ms, most of a sequence's time."""


def facade(provider: str, flavour: str, **kwargs: Any) -> Any:
    """A facade client with the suites' defaults: fast backoff, no real waits worth noting."""
    asynchronous = flavour == "async"
    cls = hookhub.AsyncWebhookClient if asynchronous else hookhub.WebhookClient
    http = httpx.AsyncClient(verify=_TLS) if asynchronous else httpx.Client(verify=_TLS)
    kwargs.setdefault("http_client", http)
    kwargs.setdefault("api_key", API_KEY)
    kwargs.setdefault("retry_policy", FAST)
    kwargs.setdefault("settle_delay", 0.0)
    kwargs.setdefault("timeout", LATE_APPLY_WAIT)
    if provider == "registry":
        kwargs.setdefault("base_url", REGISTRY_URL)
    return cls(provider, **kwargs)


def rate_limited(form: str) -> httpx.Response:
    """A 429 naming its wait in one of the forms providers use."""
    body = {"error": {"code": "rate_limited", "message": "slow down"}}
    headers: dict[str, str] = {}
    if form == "429-seconds":
        headers["Retry-After"] = "0"
    elif form == "429-date":
        headers["Retry-After"] = format_datetime(datetime.now(timezone.utc), usegmt=True)
    elif form == "429-ms":
        headers["retry-after-ms"] = "1"
    elif form == "429-body":
        body["error"]["retry_after"] = 0  # type: ignore[index]
        body["retry_after_seconds"] = 0  # type: ignore[assignment]
    elif form == "429-long":
        headers["Retry-After"] = "3600"
    return httpx.Response(429, json=body, headers=headers)


@dataclass
class Faulty:
    """A backend behind a fault layer; counts what our requests changed.

    ``faults[i]`` is met by the i-th request (``None``: none). ``actor_at`` flips the state
    before that request, as someone else would. ``transitions`` counts state changes caused
    by our requests (late ones included); ``actor_flips`` those of the outside actor.
    """

    fake: Fake
    webhook_id: str
    faults: list[str | None] = field(default_factory=list)
    actor_at: int | None = None
    late_after: float = LATE_APPLY_WAIT / 2
    """When a "late" request lands, in seconds after it was sent (``math.inf``: at flush)."""
    requests: list[tuple[str, str]] = field(default_factory=list)
    transitions: int = 0
    actor_flips: int = 0
    fresh_read_after_actor: bool = False
    """Whether a GET answered after the outside actor's flip was fresh (not stale)."""
    _late: list[tuple[float, httpx.Request]] = field(default_factory=list)

    def mount(self, router: respx.MockRouter) -> None:
        router.route(url__startswith=BASE_URLS[self.fake.provider]).mock(side_effect=self.handle)

    def state(self) -> bool:
        return self.fake.enabled(self.webhook_id)

    def fields(self) -> dict[str, Any]:
        """The webhook's fields other than its state, to prove nothing was clobbered."""
        record = self.fake.hooks[self.webhook_id]
        return {k: v for k, v in record.items() if k not in STATE_FIELDS}

    def actor_seen(self) -> bool:
        """Whether a fresh read followed the actor's flip: only then can a caller know of it.

        A flip that only stale reads (or no read) followed is, for every client, a change
        made after its last look, like one made after the call returned.
        """
        return not self.actor_flips or self.fresh_read_after_actor

    def flush(self) -> None:
        """Apply every late request still pending (the server got to them in the end)."""
        for _, request in self._late:
            self._apply(request)
        self._late.clear()

    def handle(self, request: httpx.Request) -> httpx.Response:
        index = len(self.requests)
        self.requests.append((request.method, request.url.path))
        now = time.monotonic()
        for due in [entry for entry in self._late if entry[0] <= now]:
            self._late.remove(due)
            self._apply(due[1])
        if self.actor_at == index:
            self.fake._set_enabled(self.webhook_id, not self.state())
            self.actor_flips += 1
        fault = self.faults[index] if index < len(self.faults) else None
        if fault is not None and request.method == "GET" and fault == "late":
            fault = "timeout-before"
        if fault is None:
            if self.actor_flips and request.method == "GET" and not self.fake._stale_left:
                self.fresh_read_after_actor = True
            return self._apply(request)
        if fault.startswith("429"):
            return rate_limited(fault)
        if fault == "409-conflict":  # "already in that state", or a real conflict: not applied
            return httpx.Response(409, json={"code": "CONFLICT", "message": "conflict"})
        if fault == "late":
            self._late.append((now + self.late_after, request))
            raise httpx.ReadTimeout("answer lost; applied later", request=request)
        if fault.endswith("-after"):
            self._apply(request)
        if fault.startswith("5xx"):
            return httpx.Response(502, text="<html>bad gateway</html>")
        if fault.startswith("timeout"):
            raise httpx.ReadTimeout("timed out", request=request)
        raise httpx.RemoteProtocolError("connection reset", request=request)

    def _apply(self, request: httpx.Request) -> httpx.Response:
        before = self.state() if self.webhook_id in self.fake.hooks else None
        response = self.fake.handle(request)
        if before is not None and self.webhook_id in self.fake.hooks and self.state() != before:
            self.transitions += 1
        return response


def bodies(router: respx.MockRouter) -> list[Any]:
    """The JSON bodies of every request sent (``None`` for bodiless ones)."""
    return [json.loads(c.request.content) if c.request.content else None for c in router.calls]
