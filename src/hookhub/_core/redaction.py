"""Keeping credentials out of reprs, log records and error messages."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["Secret", "scrub"]

_MASK = "***"


class Secret:
    """A credential whose ``repr`` and ``str`` never show its value."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        """The raw value, for the one place that must send it."""
        return self._value

    def __repr__(self) -> str:
        return f"Secret({_MASK!r})"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __reduce__(self) -> str:
        raise TypeError("hookhub refuses to pickle a credential")


def scrub(text: str, secrets: Iterable[Secret | None]) -> str:
    """Replace every occurrence of a known credential in ``text``.

    Servers sometimes echo the header they rejected; such text must not reach an
    error message or a log line.
    """
    for secret in secrets:
        if secret is None:
            continue
        value = secret.reveal()
        # Very short values would mask unrelated text and protect nothing.
        if len(value) >= 4 and value in text:
            text = text.replace(value, _MASK)
    return text
