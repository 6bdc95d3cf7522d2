"""Checked by ``mypy --strict`` and pyright (``make typecheck``), not run: type checkers see a
``hookhub._core.records`` class as a frozen dataclass (fields, ``__init__``, ``replace``)."""

from __future__ import annotations

import dataclasses

from typing_extensions import assert_type

from hookhub._core.provider_profile import AuthScheme, FieldConstraint
from hookhub._core.request_builder import PreparedCall


def records_are_frozen_dataclasses(call: PreparedCall) -> None:
    scheme = AuthScheme("authorization", prefix="Bearer ")
    assert_type(dataclasses.replace(scheme, prefix=""), AuthScheme)
    assert_type(scheme.header, str)
    assert_type(FieldConstraint(max_length=3).max_length, int | None)
    assert_type(call.idempotency_key, str | None)
    scheme.header = "x"  # type: ignore[misc]
    AuthScheme(1)  # type: ignore[arg-type]
    AuthScheme("h", "p", "plain", "extra")  # type: ignore[call-arg]
