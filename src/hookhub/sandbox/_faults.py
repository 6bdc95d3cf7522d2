"""Fault injection: deterministic, scoped rules the handler consults on every request."""

from __future__ import annotations

import fnmatch
import threading
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, Literal

__all__ = ["Faults", "LoseKind", "RetryAfterFormat"]

RetryAfterFormat = Literal["seconds", "http-date", "ms", "body"]
LoseKind = Literal["timeout", "reset"]


@dataclass
class _Rule:
    kind: Literal["fail", "latency", "lose", "drop", "replace"]
    remaining: int | None
    """Requests left to affect; ``None``: every matching request until cleared."""
    operation: str | None
    method: str | None
    path: str | None
    params: dict[str, Any] = field(default_factory=dict[str, Any])

    def matches(self, operation: str | None, method: str, path: str) -> bool:
        if self.operation is not None and self.operation != operation:
            return False
        if self.method is not None and self.method.upper() != method:
            return False
        return self.path is None or fnmatch.fnmatchcase(path, self.path)


@dataclass
class _StaleReads:
    reads: int | None
    seconds: float | None


class Faults:
    """The faults a sandbox injects; reach it as ``sandbox.faults``.

    Every rule can be scoped with ``operation=`` (the spec's operationId, e.g.
    ``"toggle_active"``), ``method=`` and ``path=`` (a glob such as ``"/v1/webhooks/*"``);
    unscoped, it applies to any request. Rules with a count are used up in request order;
    :meth:`clear` removes them all. :meth:`fail_next`, :meth:`rate_limit` and
    :meth:`lose_request` act "in front of" the fake provider: they change nothing and are
    never stored under an idempotency key. :meth:`lose_response` and
    :meth:`replace_response` act after it answered (a replayed answer too): the change is
    made and the key keeps the real answer.
    """

    def __init__(self, lock: threading.RLock) -> None:
        self._lock = lock
        self._rules: list[_Rule] = []
        self._stale: _StaleReads | None = None
        self._late: list[int | None] = []
        """``after_reads`` of each "apply late" rule still to be used (``None``: held)."""

    # --- public API ------------------------------------------------------------------
    def fail_next(
        self,
        n: int = 1,
        *,
        status: int = 503,
        retry_after: float | None = None,
        retry_after_format: RetryAfterFormat = "seconds",
        operation: str | None = None,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        """Answer the next ``n`` matching requests with ``status`` and nothing applied.

        The body is the provider's error envelope for that status. ``retry_after`` is sent
        as a ``Retry-After`` header in seconds or as an HTTP-date, as ``retry-after-ms``,
        or (``"body"``) in the provider's own body field (shipping_channels
        ``error.retry_after``, kallima ``retry_after_seconds``).
        """
        self._add(
            _Rule(
                "fail",
                _count(n),
                operation,
                method,
                path,
                {"status": status, "retry_after": retry_after, "format": retry_after_format},
            )
        )

    def rate_limit(
        self,
        n: int = 1,
        *,
        retry_after: float = 1,
        format: RetryAfterFormat | None = None,
        operation: str | None = None,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        """Answer the next ``n`` matching requests 429 with the provider's rate-limit body.

        ``format`` defaults to where the provider documents the wait: its body field when
        it has one (shipping_channels, kallima), else a ``Retry-After`` header in seconds.
        """
        self._add(
            _Rule(
                "fail",
                _count(n),
                operation,
                method,
                path,
                {"status": 429, "retry_after": retry_after, "format": format, "rate_limit": True},
            )
        )

    def latency(
        self,
        seconds: float,
        *,
        n: int | None = None,
        operation: str | None = None,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        """Hold matching requests ``seconds`` before they are handled (``n=None``: all).

        While held, a request's idempotency key counts as in flight.
        """
        rule = _Rule("latency", None if n is None else _count(n), operation, method, path)
        rule.params["seconds"] = seconds
        self._add(rule)

    def lose_response(
        self,
        n: int = 1,
        *,
        kind: LoseKind = "timeout",
        operation: str | None = None,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        """Apply the next ``n`` matching requests, then lose their responses.

        In process the transport raises ``httpx.ReadTimeout`` (``kind="timeout"``) or
        ``httpx.RemoteProtocolError`` (``"reset"``). On the loopback server, ``"reset"``
        closes the connection mid-response; ``"timeout"`` holds the response until the
        client gives up (at most ``Sandbox.stall_seconds``, then the connection is
        closed), so give the client a short timeout.
        """
        rule = _Rule("lose", _count(n), operation, method, path)
        rule.params["kind"] = kind
        self._add(rule)

    def lose_request(
        self,
        n: int = 1,
        *,
        kind: LoseKind = "timeout",
        operation: str | None = None,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        """Lose the next ``n`` matching requests before the fake provider sees them.

        Nothing is applied; the client meets the same timeout or reset as with
        :meth:`lose_response`, so it cannot tell the two apart (as with a real network).
        """
        rule = _Rule("drop", _count(n), operation, method, path)
        rule.params["kind"] = kind
        self._add(rule)

    def replace_response(
        self,
        n: int = 1,
        *,
        status: int = 503,
        body: Any = None,
        operation: str | None = None,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        """Apply the next ``n`` matching requests, then answer ``status`` instead.

        The answer is the provider's error envelope for ``status`` (a 5xx after the change
        was made), or ``body`` as JSON when given (e.g. a 2xx that lacks the record). The
        change stays made, and an idempotency key keeps the real answer.
        """
        rule = _Rule("replace", _count(n), operation, method, path)
        rule.params.update(status=status, body=body)
        self._add(rule)

    def stale_reads(self, n: int | None = None, *, seconds: float | None = None) -> None:
        """After each change, reads answer the state before it: the next ``n`` reads, or
        reads within ``seconds`` of the change (by the sandbox clock); default one read.

        Stays in force until :meth:`clear`.
        """
        with self._lock:
            self._stale = _StaleReads(n if n is not None or seconds is not None else 1, seconds)

    def apply_late(self, n: int = 1, *, after_reads: int | None = 1) -> None:
        """Acknowledge the next ``n`` changes but make each only after ``after_reads``
        later reads: a read-after-write sees the old state until then. A held request is
        performed when it lands, against the state then (a late toggle flips what it finds).

        ``after_reads=None`` holds each change until :meth:`Sandbox.apply_pending`, so a
        test decides when (or whether) the provider gets to it. Combine with
        :meth:`lose_response` for a change whose answer is lost and that lands later.
        """
        with self._lock:
            self._late.extend([after_reads] * _count(n))

    def clear(self) -> None:
        """Remove every fault."""
        with self._lock:
            self._rules.clear()
            self._stale = None
            self._late.clear()

    # --- for the handler ---------------------------------------------------------------
    def _add(self, rule: _Rule) -> None:
        with self._lock:
            self._rules.append(rule)

    def take(
        self, kind: str, operation: str | None, method: str, path: str
    ) -> dict[str, Any] | None:
        """Consume the first matching rule of ``kind``; its parameters, or ``None``.

        Called by the sandbox's engine as it handles a request; not for tests to call.
        """
        with self._lock:
            for rule in self._rules:
                if rule.kind == kind and rule.matches(operation, method, path):
                    if rule.remaining is not None:
                        rule.remaining -= 1
                        if rule.remaining <= 0:
                            self._rules.remove(rule)
                    return rule.params
            return None

    def take_late(self) -> tuple[int | None] | None:
        """The next "apply late" rule as a 1-tuple (its ``after_reads``), or ``None``."""
        with self._lock:
            return (self._late.pop(0),) if self._late else None

    @property
    def stale_rule(self) -> _StaleReads | None:
        """The armed stale-reads rule, if any (read by the engine)."""
        return self._stale

    @staticmethod
    def _stale_window(seconds: float) -> timedelta:
        return timedelta(seconds=seconds)


def _count(n: int) -> int:
    if n < 1:
        raise ValueError("n must be at least 1")
    return n
