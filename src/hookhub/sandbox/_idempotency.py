"""Idempotency-key replay: the first finished answer under a key is sent again for every
later request with that key (whatever its body); while the first request still runs the
key is in flight."""

from __future__ import annotations

from typing import Final

from hookhub._core.provider_profile import IdempotencyRule, Operation
from hookhub.sandbox._exchange import RawRequest, Reply

__all__ = ["IN_FLIGHT", "IdempotencyKeys"]


class _InFlight:
    def __repr__(self) -> str:
        return "IN_FLIGHT"


IN_FLIGHT: Final = _InFlight()
"""What :meth:`IdempotencyKeys.claim` returns while the key's first request still runs."""


class IdempotencyKeys:
    """The keys a provider has seen, with the answer each one replays.

    Not locked itself: the engine holds its lock around every use.
    """

    def __init__(self, rule: IdempotencyRule | None) -> None:
        self._header = rule.header.lower() if rule is not None else None
        self._held: dict[str, Reply | _InFlight] = {}

    def clear(self) -> None:
        self._held.clear()

    def key(self, operation: Operation, request: RawRequest) -> str | None:
        """The idempotency key ``request`` carries, where ``operation`` takes one."""
        if self._header is None or not operation.takes_idempotency_key:
            return None
        return request.headers.get(self._header)

    def claim(self, key: str) -> Reply | _InFlight | None:
        """The answer to replay, :data:`IN_FLIGHT`, or ``None``: a new request, which now
        holds the key until :meth:`finish` or :meth:`release`."""
        held = self._held.get(key)
        if held is None:
            self._held[key] = IN_FLIGHT
        return held

    def finish(self, key: str, reply: Reply) -> None:
        """Keep ``reply`` as the answer ``key`` replays from now on."""
        self._held[key] = reply

    def release(self, key: str) -> None:
        """Forget an in-flight key whose request did not finish (nothing to replay)."""
        self._held.pop(key, None)
