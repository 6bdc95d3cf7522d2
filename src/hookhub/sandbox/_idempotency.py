"""Idempotency-key replay: the first finished answer under a key is sent again for every
later request with that key (whatever its body) until the key's retention passes; while the
first request still runs the key is in flight. Keys expire on the sandbox's clock
(``x-hookhub.sandbox.idempotency.retention_seconds``) and at most ``max_keys`` keys are
kept (the oldest answers go first; an in-flight key is never dropped), so a long-running
server stays bounded."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final

from hookhub._core.errors import ConfigurationError
from hookhub._core.provider_profile import IdempotencyRule, Operation
from hookhub.sandbox._exchange import RawRequest, Reply

__all__ = ["DEFAULT_MAX_KEYS", "IN_FLIGHT", "IdempotencyKeys"]

DEFAULT_MAX_KEYS: Final = 10_000
"""Keys kept when the spec sets no ``max_keys`` (a sandbox choice)."""


class _InFlight:
    def __repr__(self) -> str:
        return "IN_FLIGHT"


IN_FLIGHT: Final = _InFlight()
"""What :meth:`IdempotencyKeys.claim` returns while the key's first request still runs."""


@dataclass
class _Held:
    reply: Reply | None
    """The first answer; ``None`` while its request is in flight."""
    stored_at: datetime


class IdempotencyKeys:
    """The keys a provider has seen, with the answer each one replays.

    Not locked itself: the engine holds its lock around every use.
    """

    def __init__(
        self,
        provider: str,
        rule: IdempotencyRule | None,
        config: Mapping[str, Any],
        now: Callable[[], datetime],
    ) -> None:
        self._header = rule.header.lower() if rule is not None else None
        if rule is None:
            if config:
                raise ConfigurationError(
                    f"[{provider}] x-hookhub.sandbox.idempotency is set but the spec declares "
                    "no x-hookhub.idempotency (the provider takes no keys)"
                )
            self._retention = timedelta(0)
            self._max_keys = 0
        else:
            if "retention_seconds" not in config:
                raise ConfigurationError(
                    f"[{provider}] x-hookhub.sandbox lacks idempotency.retention_seconds "
                    "(see openapi/README.md)"
                )
            self._retention = timedelta(seconds=float(config["retention_seconds"]))
            self._max_keys = int(config.get("max_keys", DEFAULT_MAX_KEYS))
            if self._retention <= timedelta(0) or self._max_keys < 1:
                raise ConfigurationError(
                    f"[{provider}] x-hookhub.sandbox.idempotency: retention_seconds and "
                    "max_keys must be positive"
                )
        self._now = now
        self._held: OrderedDict[str, _Held] = OrderedDict()

    @property
    def retention(self) -> timedelta:
        """How long a finished answer is replayed."""
        return self._retention

    @property
    def max_keys(self) -> int:
        """How many keys are kept at most (in-flight ones are never dropped)."""
        return self._max_keys

    def __len__(self) -> int:
        return len(self._held)

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
        now = self._now()
        self._prune(now)
        held = self._held.get(key)
        if held is not None:
            if held.reply is None:
                return IN_FLIGHT
            if not self._expired(held, now):
                return held.reply
            del self._held[key]  # expired: a reused key is a new request
        self._held[key] = _Held(None, now)
        return None

    def finish(self, key: str, reply: Reply) -> None:
        """Keep ``reply`` as the answer ``key`` replays from now on."""
        now = self._now()
        self._held[key] = _Held(reply, now)
        self._held.move_to_end(key)
        self._prune(now)

    def release(self, key: str) -> None:
        """Forget an in-flight key whose request did not finish (nothing to replay)."""
        self._held.pop(key, None)

    def _expired(self, held: _Held, now: datetime) -> bool:
        return now - held.stored_at >= self._retention

    def _prune(self, now: datetime) -> None:
        """Drop expired answers and, past ``max_keys``, the oldest ones.

        Finished answers sit in the order they were stored, so only the front is looked at;
        an in-flight key met there is moved back (its :meth:`finish` files it anyway).
        """
        for _ in range(len(self._held)):
            key, held = next(iter(self._held.items()))
            if held.reply is None:
                self._held.move_to_end(key)
            elif len(self._held) > self._max_keys or self._expired(held, now):
                del self._held[key]
            else:
                break
