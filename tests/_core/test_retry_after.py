"""The pure Retry-After parser."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from hookhub._core.retry_after import (
    parse_retry_after,
    retry_after_from_body,
    retry_after_from_headers,
)

NOW = datetime(2026, 11, 22, 12, 0, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("7", 7.0),
        ("1.5", 1.5),
        (" 3 ", 3.0),
        ("Sun, 22 Nov 2026 12:00:30 GMT", 30.0),
        ("Sun, 22 Nov 2026 11:59:00 GMT", 0.0),
        ("-1", None),
        ("nan", None),
        ("inf", None),
        ("soon", None),
        ("", None),
    ],
)
def test_parse_retry_after(value: str, expected: float | None) -> None:
    assert parse_retry_after(value, now=NOW) == expected


def test_retry_after_ms_wins_over_retry_after() -> None:
    assert retry_after_from_headers({"retry-after-ms": "250", "retry-after": "9"}, now=NOW) == 0.25


def test_bad_retry_after_ms_falls_back_to_retry_after() -> None:
    assert retry_after_from_headers({"retry-after-ms": "x", "retry-after": "9"}, now=NOW) == 9.0


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"error": {"retry_after": 47}}, 47.0),
        ({"error": {"retry_after": "12"}}, 12.0),
        ({"error": {"retry_after": True}}, None),
        ({"error": {"retry_after": -3}}, None),
        ({"error": "nope"}, None),
        ("<html>", None),
    ],
)
def test_retry_after_from_body(body: object, expected: float | None) -> None:
    assert retry_after_from_body(body, ["error.retry_after"]) == expected
