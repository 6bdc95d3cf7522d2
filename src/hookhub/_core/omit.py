"""The omit sentinel: "the caller did not pass this argument; leave it out of the request"."""

from __future__ import annotations

from typing import Final, Literal

__all__ = ["Omit", "omit"]


class Omit:
    """Type of :data:`omit`. Distinct from ``None``, which is sent as JSON ``null``."""

    _instance: Omit | None = None

    def __new__(cls) -> Omit:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "omit"

    def __reduce__(self) -> str:
        return "omit"


omit: Final = Omit()
"""Default of every optional parameter: the field is not sent at all."""
