"""``Sandbox``: one stateful fake of a provider, in process and on loopback."""

from __future__ import annotations

import contextlib
import copy
from collections.abc import Callable, Generator, Mapping
from datetime import datetime, timezone
from types import MappingProxyType
from typing import Any, cast

import httpx

from hookhub.providers import ProviderId
from hookhub.sandbox._engine import Engine
from hookhub.sandbox._faults import Faults
from hookhub.sandbox._mounts import AsyncSandboxTransport, SandboxTransport, serve
from hookhub.sandbox._records import DeliveryRecord, EmitResult, RecordedRequest

__all__ = ["DEFAULT_API_KEY", "Sandbox"]

DEFAULT_API_KEY = "sk_sandbox_hookhub"
_DEFAULT_URL = "https://receiver.sandbox.invalid/hook"


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Sandbox:
    """A stateful fake of ``provider`` that speaks its spec.

    Same paths, auth check, envelopes, status codes and pagination as the provider's
    ``openapi/<id>.yaml``; behaviour comes from the spec's ``x-hookhub.sandbox`` block.
    Mount it in process (:meth:`http_client`, :meth:`transport`) or on loopback
    (:meth:`serve`); both act on the same state.

    ``clock`` and ``ids`` make timestamps and webhook ids deterministic; idempotency keys
    expire on ``clock`` too (after the spec's retention, e.g. 24 h). With
    ``deliver=True``, deliveries to a loopback ``http(s)://127.0.0.1``/``localhost`` URL are
    also POSTed for real (signed as the provider documents), from the thread that caused
    them. ``stall_seconds`` bounds how long the server holds a "lost" response.
    """

    def __init__(
        self,
        provider: ProviderId,
        *,
        api_key: str = DEFAULT_API_KEY,
        clock: Callable[[], datetime] | None = None,
        ids: Callable[[], str] | None = None,
        deliver: bool = False,
        stall_seconds: float = 30.0,
    ) -> None:
        self._engine = Engine(provider, api_key=api_key, clock=clock or _utcnow, ids=ids)
        self._engine.deliver_for_real = deliver
        self.stall_seconds = stall_seconds

    # --- identity ----------------------------------------------------------------------
    @property
    def provider(self) -> ProviderId:
        """The provider id this sandbox fakes (``"sentdm"``)."""
        return cast(ProviderId, self._engine.provider)

    @property
    def api_key(self) -> str:
        """The key the sandbox accepts; any other gets the provider's 401 envelope."""
        return self._engine.api_key

    @property
    def base_url(self) -> str:
        """The in-process base URL (``https://<provider>.sandbox.invalid``); never resolved."""
        return f"https://{self._engine.host}"

    @property
    def example_events(self) -> list[str] | None:
        """Event types the provider documents, for demos and tests (``None``: every event)."""
        events = self._engine.config.get("example_events")
        return list(events) if events is not None else None

    @property
    def max_webhooks(self) -> int | None:
        """How many webhooks the fake accepts (``None``: no limit)."""
        return self._engine.max_webhooks

    def __repr__(self) -> str:
        return f"Sandbox({self.provider!r}, webhooks={len(self._engine.webhooks)})"

    # --- mounting ------------------------------------------------------------------------
    def transport(self) -> httpx.BaseTransport:
        """An httpx transport answering from this sandbox, no sockets."""
        return SandboxTransport(self._engine)

    def async_transport(self) -> httpx.AsyncBaseTransport:
        """The async twin of :meth:`transport`."""
        return AsyncSandboxTransport(self._engine)

    def http_client(self, **kwargs: Any) -> httpx.Client:
        """An ``httpx.Client`` routed to this sandbox, ``base_url`` set."""
        kwargs.setdefault("base_url", self.base_url)
        return httpx.Client(transport=self.transport(), **kwargs)

    def async_http_client(self, **kwargs: Any) -> httpx.AsyncClient:
        """An ``httpx.AsyncClient`` routed to this sandbox, ``base_url`` set."""
        kwargs.setdefault("base_url", self.base_url)
        return httpx.AsyncClient(transport=self.async_transport(), **kwargs)

    @contextlib.contextmanager
    def serve(self, port: int = 0) -> Generator[str, None, None]:
        """Serve this sandbox on ``127.0.0.1`` (uvicorn in a thread); yield the base URL.

        Same state as the in-process mounts. Needs ``pip install 'hookhub[sandbox]'``.
        The server stops when the block ends.
        """
        with serve(self._engine, port, self.stall_seconds) as base_url:
            yield base_url

    # --- inspection ----------------------------------------------------------------------
    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received, in arrival order."""
        with self._engine.lock:
            return list(self._engine.requests)

    @property
    def deliveries(self) -> list[DeliveryRecord]:
        """Every delivery made, buffered or dropped, in order (buffered events delivered on
        unpause appear again with status ``"delivered"``)."""
        with self._engine.lock:
            return list(self._engine.deliveries)

    @property
    def faults(self) -> Faults:
        return self._engine.faults

    @property
    def webhooks(self) -> Mapping[str, Mapping[str, Any]]:
        """A read-only snapshot of the stored records, in the provider's own shape."""
        with self._engine.lock:
            snapshot = copy.deepcopy(dict(self._engine.webhooks))
        return MappingProxyType({key: MappingProxyType(value) for key, value in snapshot.items()})

    @property
    def flips(self) -> int:
        """How many relative toggles were applied (a toggle-class operation)."""
        return self._engine.flips

    def is_enabled(self, webhook_id: str) -> bool:
        """Whether the stored webhook is delivering (``KeyError`` if there is none)."""
        with self._engine.lock:
            return self._engine.is_enabled(self._engine.webhooks[webhook_id])

    def buffered(self, webhook_id: str) -> list[str]:
        """Ids of the events held for a paused webhook (providers that buffer)."""
        with self._engine.lock:
            return [event.event_id for event in self._engine.buffers.get(webhook_id, [])]

    def signing_secret(self, webhook_id: str) -> str | None:
        """The secret deliveries to this webhook are signed with."""
        from hookhub._core.json_paths import value_at

        with self._engine.lock:
            secret = value_at(self._engine.webhooks[webhook_id], self._engine.signing_path)
        return secret if isinstance(secret, str) else None

    # --- acting ---------------------------------------------------------------------------
    def emit(self, event_type: str, payload: Mapping[str, Any] | None = None) -> list[EmitResult]:
        """Raise an event: each subscribed webhook gets it delivered, buffered or dropped
        according to its state and the provider's documented semantics.

        Deliveries to a loopback receiver are POSTed before this returns; from a coroutine
        whose receiver runs on the same event loop, use :meth:`aemit`.
        """
        results, outgoing = self._engine.emit(event_type, payload or {})
        for item in outgoing:
            item.send()
        return results

    async def aemit(
        self, event_type: str, payload: Mapping[str, Any] | None = None
    ) -> list[EmitResult]:
        """:meth:`emit`, POSTing the deliveries without blocking the event loop."""
        results, outgoing = self._engine.emit(event_type, payload or {})
        for item in outgoing:
            await item.asend()
        return results

    def seed(
        self,
        *,
        url: str = _DEFAULT_URL,
        events: list[str] | None = None,
        enabled: bool = True,
        **fields: Any,
    ) -> str:
        """Store a webhook directly (no request logged); return its id.

        ``fields`` are create-body fields of the provider (e.g. sentdm ``display_name``).
        """
        return self._engine.seed(url, events, enabled, fields)

    def set_enabled_externally(self, webhook_id: str, enabled: bool) -> None:
        """An outside actor (a dashboard user) turns the webhook on or off."""
        for item in self._engine.set_enabled(webhook_id, enabled):
            item.send()

    def apply_pending(self, n: int | None = None) -> int:
        """Land the oldest ``n`` (default: every) change an ``apply_late`` fault still
        holds back, as the provider would in the end; return how many landed."""
        applied, outgoing = self._engine.apply_pending(n)
        for item in outgoing:
            item.send()
        return applied

    def reset(self) -> None:
        """Forget every webhook, request, delivery and fault; counters restart."""
        self._engine.reset()
