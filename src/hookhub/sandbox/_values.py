"""Small conversions of the loose JSON values records and requests carry: writing dotted
paths, reading query values, and the sandbox's date-time text."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

__all__ = ["del_path", "query_value", "set_path", "stamp"]


def set_path(document: dict[str, Any], path: str, value: Any) -> None:
    *parents, last = path.split(".")
    for step in parents:
        document = document.setdefault(step, {})
    document[last] = value


def del_path(document: dict[str, Any], path: str) -> None:
    *parents, last = path.split(".")
    for step in parents:
        document = document[step]
    document.pop(last, None)


def stamp(when: datetime) -> str:
    """``when`` as the sandbox writes date-times: UTC, seconds, ``Z``."""
    return when.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def query_value(text: str) -> Any:
    """A query value as JSON when it parses (``true`` -> True), else the text."""
    try:
        return json.loads(text)
    except ValueError:
        return text
