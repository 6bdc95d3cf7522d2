"""Which attempts are retried, and how long to wait before the next one. Pure: no I/O."""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx

from hookhub._core.errors import ConfigurationError
from hookhub._core.provider_profile import IdempotencyRule, RetryClass

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "RetryPolicy",
    "backoff_delay",
    "exception_is_retryable",
    "never_sent",
    "status_is_retryable",
]

DEFAULT_MAX_RETRIES = 2


@dataclass(frozen=True)
class RetryPolicy:
    """Knobs of the retry schedule. The retry *class* of each operation decides what is retried.

    The default backoff is full jitter: ``uniform(0, min(max_delay, initial_delay * 2**n))``.
    A server-given wait (``retry-after-ms``, ``Retry-After``, a body field) is used as is, but
    a wait above ``max_retry_after`` is never slept: the error is raised with ``retry_after``.
    """

    max_retries: int = DEFAULT_MAX_RETRIES
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    jitter: Callable[[], float] = field(default=random.random, repr=False, compare=False)

    def __post_init__(self) -> None:
        # ConfigurationError: a caller's mistake, refused before anything is sent.
        # Checked at run time too: callers may not type-check.
        if isinstance(self.max_retries, bool) or not isinstance(self.max_retries, int):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise ConfigurationError("max_retries must be an integer >= 0")
        if self.max_retries < 0:
            raise ConfigurationError("max_retries must be >= 0")
        delays = (self.initial_delay, self.max_delay, self.max_retry_after)
        # Checked at run time too: callers may not type-check.
        if not all(isinstance(d, (int, float)) and math.isfinite(d) and d >= 0 for d in delays):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise ConfigurationError("delays must be finite numbers >= 0")


def backoff_delay(policy: RetryPolicy, retries_so_far: int) -> float:
    """Full-jitter exponential backoff for the retry after ``retries_so_far`` retries."""
    ceiling = min(policy.max_delay, policy.initial_delay * 2.0**retries_so_far)
    return policy.jitter() * ceiling


# Errors raised before a single byte of the request could reach the server.
_NEVER_SENT: tuple[type[httpx.TransportError], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)


def never_sent(error: httpx.TransportError) -> bool:
    """Whether ``error`` proves the request was never sent (so it cannot have been applied)."""
    return isinstance(error, _NEVER_SENT)


def exception_is_retryable(retry_class: RetryClass, error: httpx.TransportError) -> bool:
    """Transport errors: any for repeatable classes, only never-sent ones otherwise."""
    if never_sent(error):
        return True
    return retry_class.may_repeat


def status_is_retryable(
    retry_class: RetryClass,
    status_code: int,
    error_code: str | None,
    idempotency: IdempotencyRule | None,
) -> bool:
    """Statuses: 408, 429, 5xx for repeatable classes; plus "key in flight" for keyed calls.

    ``toggle`` and ``unsafe`` calls are never retried once a response came back: the
    request reached the server and may have been applied.
    """
    if not retry_class.may_repeat:
        return False
    if status_code in (408, 429) or status_code >= 500:
        return True
    if retry_class is RetryClass.KEYED and idempotency is not None:
        return status_code == idempotency.in_flight_status and (
            not idempotency.in_flight_codes or error_code in idempotency.in_flight_codes
        )
    return False
