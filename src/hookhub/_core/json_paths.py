"""Dotted paths into decoded JSON (``error.code``, ``meta.request_id``)."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypeGuard, cast

import httpx

if TYPE_CHECKING:
    from pydantic import BaseModel

__all__ = ["MISSING", "first_at", "is_model", "json_body", "value_at"]

_DECODED = "hookhub.decoded_json"
"""``response.extensions`` key: the body decoded once, shared by every reader of it."""


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


def json_body(response: httpx.Response) -> Any:
    """``json.loads(response.content)``, decoded once per response and then shared.

    Raises what ``json.loads`` raises (``ValueError``, ``UnicodeDecodeError``,
    ``RecursionError``), every time it is asked. Readers must not change what they get.
    """
    cached = response.extensions.get(_DECODED)
    if cached is not None:
        return cached[0]
    value = json.loads(response.content)
    response.extensions[_DECODED] = (value,)
    return value


def is_model(value: object) -> TypeGuard[BaseModel]:
    """Whether ``value`` is a pydantic model, without importing pydantic's model machinery
    (costly at start-up): a model can only exist once ``pydantic.main`` was imported."""
    base = _BASE_MODEL
    if not base:
        main = sys.modules.get("pydantic.main")
        if main is None:
            return False
        base.append(main.BaseModel)
    return isinstance(value, base[0])


_BASE_MODEL: list[type[Any]] = []
"""``pydantic.BaseModel`` once it was imported (by whoever defined a model)."""
