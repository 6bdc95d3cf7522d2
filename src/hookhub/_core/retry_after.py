"""Reading a server's "wait this long" hint from headers or an error body."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any

from hookhub._core.json_paths import first_at

__all__ = ["parse_retry_after", "retry_after_from_body", "retry_after_from_headers"]


def parse_retry_after(value: str, *, now: datetime) -> float | None:
    """Seconds to wait from a ``Retry-After`` value: delay-seconds or an HTTP-date.

    Returns ``None`` for anything unreadable, negative or not finite.
    """
    text = value.strip()
    if not text:
        return None
    seconds = _finite_non_negative(text)
    if seconds is not None:
        return seconds
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - now).total_seconds())


def retry_after_from_headers(
    headers: Mapping[str, str], *, now: datetime | None = None
) -> float | None:
    """``retry-after-ms`` first (more precise), then ``Retry-After``."""
    millis = headers.get("retry-after-ms")
    if millis is not None:
        parsed = _finite_non_negative(millis.strip())
        if parsed is not None:
            return parsed / 1000.0
    value = headers.get("retry-after")
    if value is None:
        return None
    return parse_retry_after(value, now=now or datetime.now(timezone.utc))


def retry_after_from_body(body: Any, paths: Sequence[str]) -> float | None:
    """A seconds value some providers put in the error body instead of a header."""
    found = first_at(body, paths)
    if isinstance(found, bool) or found is None:
        return None
    if isinstance(found, (int, float)):
        return float(found) if math.isfinite(found) and found >= 0 else None
    if isinstance(found, str):
        return _finite_non_negative(found.strip())
    return None


def _finite_non_negative(text: str) -> float | None:
    try:
        number = float(text)
    except ValueError:
        return None
    if not math.isfinite(number) or number < 0:
        return None
    return number
