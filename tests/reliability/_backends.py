"""The one place the reliability suites get a provider backend and a facade client from.

The backend is ``hookhub.sandbox`` (:func:`new_backend`), and every fault the suites inject
is one of its own (``sandbox.faults``), met at the HTTP boundary. :class:`Faulty` only
sequences them: before the i-th request it arms the sandbox fault that ``faults[i]`` names,
scoped to that one request, lets the outside actor flip the webhook
(``Sandbox.set_enabled_externally``), and lands late changes when they fall due
(``Sandbox.apply_pending``). Its oracle reads the true state through the sandbox's public
read API (``webhooks``, ``is_enabled``, ``requests``, ``flips``).

==================  ======================================================================
``5xx-before``      ``faults.fail_next(status=502)``: refused, nothing applied
``5xx-after``       ``faults.replace_response(status=502)``: applied, then a 502
``timeout-before``  ``faults.lose_request(kind="timeout")``: lost before it reached the fake
``timeout-after``   ``faults.lose_response(kind="timeout")``: applied, answer lost
``reset-before``    ``faults.lose_request(kind="reset")``
``reset-after``     ``faults.lose_response(kind="reset")``
``429-*``           ``faults.rate_limit(...)``: Retry-After in seconds, HTTP-date, ``-ms``,
                    the provider's body field, or one hour (over the client's limit)
``409-conflict``    ``faults.fail_next(status=409)``: a refusal, nothing applied
``late``            ``faults.apply_late(after_reads=None)`` + ``lose_response``: the answer is
                    lost and the change lands ``late_after`` seconds later (a GET: lost)
==================  ======================================================================
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

import hookhub
from hookhub.sandbox import Sandbox
from tests.conftest import API_KEY, FAST, FLIP_URL

PROVIDERS = ("polytomic", "sentdm", "flip", "shipping_channels", "kallima")
EVENTS: dict[str, list[str] | None] = {
    "polytomic": None,
    "kallima": None,
    "sentdm": ["messages"],
    "flip": ["user.created"],
    "shipping_channels": ["shipment.created"],
}
# Fields that change with the on/off state; every other field must survive every verb.
STATE_FIELDS = (
    "disabled",
    "disabled_at",
    "disabled_reason",
    "is_active",
    "active",
    "enabled",
    "status",
    "updated_at",
)

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


def new_backend(provider: str) -> Sandbox:
    """A fresh sandbox of ``provider`` accepting the tests' API key."""
    return Sandbox(provider, api_key=API_KEY)


_TLS = ssl.create_default_context()
"""Built once: a fresh TLS context per client costs ~40 ms, most of a sequence's time."""


def facade(
    provider: str, flavour: str, backend: Sandbox | Faulty | Tap | None = None, **kwargs: Any
) -> Any:
    """A facade client with the suites' defaults: fast backoff, no real waits worth noting.

    With a ``backend`` its requests go to that sandbox (in process); without one, to the
    providers' real base URLs (for tests that mock canned answers with respx).
    """
    asynchronous = flavour == "async"
    cls = hookhub.AsyncWebhookClient if asynchronous else hookhub.WebhookClient
    if backend is None:
        http: Any = httpx.AsyncClient(verify=_TLS) if asynchronous else httpx.Client(verify=_TLS)
        if provider == "flip":
            kwargs.setdefault("base_url", FLIP_URL)
    else:
        tap = backend if isinstance(backend, Tap) else Tap(backend)
        http = tap.http_client(asynchronous)
        kwargs.setdefault("base_url", tap.sandbox.base_url)
    kwargs.setdefault("http_client", http)
    kwargs.setdefault("api_key", API_KEY)
    kwargs.setdefault("retry_policy", FAST)
    kwargs.setdefault("settle_delay", 0.0)
    kwargs.setdefault("timeout", LATE_APPLY_WAIT)
    return cls(provider, **kwargs)


Hook = Callable[[httpx.Request], Any]


class Tap(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The sandbox's own transports with a hook either side of each request.

    For sequencing only (arming a fault, watching the order): what is answered always
    comes from the sandbox. ``after`` runs even when the response is lost.
    """

    def __init__(
        self,
        backend: Sandbox | Faulty,
        *,
        before: Hook | None = None,
        after: Hook | None = None,
    ) -> None:
        if isinstance(backend, Faulty):
            before, after = backend.before, backend.after
            backend = backend.sandbox
        self.sandbox = backend
        self._before, self._after = before, after
        self._sync = backend.transport()
        self._async = backend.async_transport()

    def http_client(self, asynchronous: bool) -> httpx.Client | httpx.AsyncClient:
        if asynchronous:
            return httpx.AsyncClient(transport=self, base_url=self.sandbox.base_url)
        return httpx.Client(transport=self, base_url=self.sandbox.base_url)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._before is not None:
            self._before(request)
        try:
            return self._sync.handle_request(request)
        finally:
            if self._after is not None:
                self._after(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._before is not None:
            self._before(request)
        try:
            return await self._async.handle_async_request(request)
        finally:
            if self._after is not None:
                self._after(request)


def arm(sandbox: Sandbox, fault: str) -> None:
    """Arm the sandbox fault ``fault`` names for the next request (see the module table)."""
    faults = sandbox.faults
    if fault == "5xx-before":
        faults.fail_next(status=502)
    elif fault == "5xx-after":
        faults.replace_response(status=502)
    elif fault.startswith(("timeout", "reset")):
        kind = "timeout" if fault.startswith("timeout") else "reset"
        if fault.endswith("-before"):
            faults.lose_request(kind=kind)
        else:
            faults.lose_response(kind=kind)
    elif fault == "429-seconds":
        faults.rate_limit(retry_after=0, format="seconds")
    elif fault == "429-date":
        faults.rate_limit(retry_after=0, format="http-date")
    elif fault == "429-ms":
        faults.rate_limit(retry_after=0.001, format="ms")
    elif fault == "429-body":
        faults.rate_limit(retry_after=0, format="body")
    elif fault == "429-long":
        faults.rate_limit(retry_after=3600, format="seconds")
    elif fault == "409-conflict":
        faults.fail_next(status=409)
    elif fault == "late":
        faults.apply_late(after_reads=None)
        faults.lose_response(kind="timeout")
    else:  # pragma: no cover - a typo in FAULTS shows here
        raise AssertionError(f"unknown fault {fault!r}")


@dataclass
class Faulty:
    """A sandboxed webhook whose requests meet a planned sequence of sandbox faults.

    ``faults[i]`` is met by the i-th request (``None``: none). ``actor_at`` flips the state
    before that request, as someone else would. ``transitions`` counts state changes caused
    by our requests (late ones included); ``actor_flips`` those of the outside actor.
    One caller at a time (the sequences are serial).
    """

    sandbox: Sandbox
    webhook_id: str
    faults: list[str | None] = field(default_factory=list)
    actor_at: int | None = None
    late_after: float = LATE_APPLY_WAIT / 2
    """When a "late" change lands, in seconds after it was sent (``math.inf``: at flush)."""
    transitions: int = 0
    actor_flips: int = 0
    fresh_read_after_actor: bool = False
    """Whether a GET answered after the outside actor's flip was fresh (not stale)."""
    _stale: int = 0
    """Reads answered stale after each change (:meth:`stale_reads`)."""
    _seen: int = 0
    _late_due: list[float] = field(default_factory=list)
    _current: tuple[str | None, bool | None] = (None, None)

    @property
    def requests(self) -> list[tuple[str, str]]:
        """(method, path) of every request the sandbox received, in order."""
        return [(r.method, r.path) for r in self.sandbox.requests]

    def state(self) -> bool:
        return self.sandbox.is_enabled(self.webhook_id)

    def fields(self) -> dict[str, Any]:
        """The webhook's fields other than its state, to prove nothing was clobbered."""
        record = self.sandbox.webhooks[self.webhook_id]
        return {k: v for k, v in record.items() if k not in STATE_FIELDS}

    def actor_seen(self) -> bool:
        """Whether a fresh read followed the actor's flip: only then can a caller know of it.

        A flip that only stale reads (or no read) followed is, for every client, a change
        made after its last look, like one made after the call returned.
        """
        return not self.actor_flips or self.fresh_read_after_actor

    def flush(self) -> None:
        """Land every late change still pending (the server got to them in the end)."""
        self._land(len(self._late_due))

    def _state_or_none(self) -> bool | None:
        return self.state() if self.webhook_id in self.sandbox.webhooks else None

    def _land(self, count: int) -> None:
        if not count:
            return
        before = self._state_or_none()
        self.sandbox.apply_pending(count)
        del self._late_due[:count]
        if before is not None and self._state_or_none() not in (None, before):
            self.transitions += 1

    def before(self, request: httpx.Request) -> None:
        index = self._seen
        self._seen += 1
        now = time.monotonic()
        self._land(sum(1 for due in self._late_due if due <= now))
        if self.actor_at == index:
            self.sandbox.set_enabled_externally(self.webhook_id, not self.state())
            self.actor_flips += 1
        fault = self.faults[index] if index < len(self.faults) else None
        if fault == "late" and request.method == "GET":
            fault = "timeout-before"  # a read has nothing to apply late
        if fault is not None:
            arm(self.sandbox, fault)
        self._current = (fault, self._state_or_none())

    def after(self, request: httpx.Request) -> None:
        fault, before = self._current
        if before is not None and self._state_or_none() not in (None, before):
            self.transitions += 1
        record = self.sandbox.requests[-1]
        fresh = fault is None and request.method == "GET" and record.outcome == "ok"
        if fresh and self.actor_flips:
            self.fresh_read_after_actor = True
        if fault == "late":
            if "apply_late" in record.outcome:
                self._late_due.append(time.monotonic() + self.late_after)
            else:
                # Refused before anything was held: the armed rule must not meet a later
                # request. Clearing keeps the stale-read window already open.
                stale = self._stale
                self.sandbox.faults.clear()
                if stale:
                    self.sandbox.faults.stale_reads(stale)

    def stale_reads(self, n: int) -> None:
        """After each change (ours or the actor's), the next ``n`` reads answer the old state."""
        self._stale = n
        if n:
            self.sandbox.faults.stale_reads(n)
