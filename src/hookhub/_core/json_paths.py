"""Dotted paths into decoded JSON (``error.code``, ``meta.request_id``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

__all__ = ["MISSING", "first_at", "value_at"]


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


def value_at(document: Any, path: str | Sequence[str]) -> Any:
    """The value at ``path``, or :data:`MISSING` when any step is absent."""
    steps = path.split(".") if isinstance(path, str) else path
    current: Any = document
    for step in steps:
        if not isinstance(current, dict) or step not in current:
            return MISSING
        current = cast("dict[str, Any]", current)[step]  # decoded JSON: str keys
    return current


def first_at(document: Any, paths: Sequence[str]) -> Any:
    """The first value found at one of ``paths`` that is neither missing nor null."""
    for path in paths:
        found = value_at(document, path)
        if found is not MISSING and found is not None:
            return found
    return None
