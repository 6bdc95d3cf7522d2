"""Keeping credentials out of reprs, log records and error messages."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, cast

__all__ = [
    "MIN_SECRET_LENGTH",
    "Secret",
    "SecretRegistry",
    "harvest_secrets",
    "scrub",
    "scrub_value",
]

_MASK = "***"
MIN_SECRET_LENGTH = 4
"""Shorter values are not masked: they would mask unrelated text and protect nothing."""

_MAX_DEPTH = 64
"""Nesting below this depth is replaced, not scrubbed: deep enough for any real error body."""


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


class SecretRegistry:
    """Every credential one client has seen: its API key, and each webhook signing secret
    that went out in a request body or came back in a response (``x-hookhub-secret``).

    Thread-safe; iterating yields :class:`Secret` values, so it can be passed wherever a
    list of secrets is expected. Its ``repr`` shows only how many it holds.
    """

    __slots__ = ("_lock", "_values")

    def __init__(self, secrets: Iterable[Secret | str | None] = ()) -> None:
        self._lock = threading.Lock()
        self._values: dict[str, Secret] = {}
        for secret in secrets:
            self.add(secret)

    def add(self, secret: Secret | str | None) -> None:
        """Remember ``secret`` (values shorter than 4 characters are ignored)."""
        if secret is None:
            return
        value = secret.reveal() if isinstance(secret, Secret) else secret
        # Checked at run time too: callers may not type-check.
        if not isinstance(value, str) or len(value) < MIN_SECRET_LENGTH:  # pyright: ignore[reportUnnecessaryIsInstance]
            return
        if value in self._values:  # known already (the common case): no lock, no new Secret
            return
        with self._lock:
            self._values.setdefault(value, Secret(value))

    def __iter__(self) -> Iterator[Secret]:
        with self._lock:
            # Longest first: a secret that contains another is masked whole.
            found = sorted(self._values.values(), key=lambda s: -len(s.reveal()))
        return iter(found)

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:
        return f"SecretRegistry({len(self)} secrets)"

    def __reduce__(self) -> str:
        raise TypeError("hookhub refuses to pickle credentials")


def harvest_secrets(
    document: Any,
    field_names: Iterable[str],
    registry: SecretRegistry,
    *,
    source: bytes | None = None,
) -> None:
    """Register every string found under a key in ``field_names`` (at any depth).

    ``field_names`` are the wire names the spec marks ``x-hookhub-secret``; a secret field
    holding an object (registry's ``authentication``) has all its strings registered.
    ``source``: the JSON text ``document`` was decoded from, to skip the walk when no field
    name occurs in it with a value other than ``null``.
    """
    names, worth_walking = _field_names(field_names)
    if not names:
        return
    if (
        source is not None
        and b"\\u" not in source
        and b"\x00" not in source
        and worth_walking.search(source) is None
    ):
        return
    stack: list[tuple[Any, bool, int]] = [(document, False, 0)]
    while stack:
        value, inside, depth = stack.pop()
        if isinstance(value, str):
            if inside:
                registry.add(value)
        elif depth < _MAX_DEPTH and isinstance(value, dict):
            for key, item in cast("dict[object, Any]", value).items():  # decoded JSON
                # Outside a secret field only containers can hold one: scalars are skipped.
                if inside or key in names:
                    stack.append((item, True, depth + 1))
                elif isinstance(item, _CONTAINERS):
                    stack.append((item, False, depth + 1))
        elif depth < _MAX_DEPTH and isinstance(value, (list, tuple)):
            stack.extend(
                (item, inside, depth + 1)
                for item in cast("Sequence[Any]", value)
                if inside or isinstance(item, _CONTAINERS)
            )


_NAME_SETS: dict[object, tuple[frozenset[str], re.Pattern[bytes]]] = {}
_ALWAYS = re.compile(b"")


def _field_names(field_names: Iterable[str]) -> tuple[frozenset[str], re.Pattern[bytes]]:
    """``field_names`` as a set, and what in a body's JSON text makes it worth walking
    (built once per tuple of names: the profiles' tuples are the same objects every call).

    A key of the decoded document is spelled out in its text: ``"name"`` then ``:`` (unless
    written with \\u escapes, or the JSON is UTF-16/32, whose ASCII has NUL bytes). A text
    where every ``"name"`` is followed by ``: null`` has no string under a secret field.
    Names holding a character JSON may escape otherwise are always walked.
    """
    key = field_names if isinstance(field_names, tuple) else None
    cached = _NAME_SETS.get(key) if key is not None else None
    if cached is not None:
        return cached
    names = frozenset(field_names)
    if any(re.search(r'["\\/\x00-\x1f]', name) for name in names):
        worth_walking = _ALWAYS
    else:
        spelled = b"|".join(re.escape(name.encode()) for name in sorted(names))
        worth_walking = re.compile(
            b'"(?:' + spelled + b')"(?![ \\t\\r\\n]*:[ \\t\\r\\n]*null(?![A-Za-z0-9]))'
        )
    found = (names, worth_walking)
    if key is not None and len(_NAME_SETS) < 256:
        _NAME_SETS[key] = found
    return found


_CONTAINERS: tuple[type[Any], ...] = (dict, list, tuple)
"""Decoded JSON values that can hold a secret field deeper down."""


def scrub(text: str, secrets: Iterable[Secret | None]) -> str:
    """Replace every occurrence of a known credential in ``text``.

    Servers sometimes echo the header they rejected; such text must not reach an
    error message or a log line.
    """
    for secret in secrets:
        if secret is None:
            continue
        value = secret.reveal()
        if len(value) >= MIN_SECRET_LENGTH and value in text:
            text = text.replace(value, _MASK)
    return text


def scrub_value(value: Any, secrets: Iterable[Secret | None]) -> Any:
    """A copy of decoded JSON (or any str/list/dict tree) with credentials masked.

    Keys and strings are scrubbed; nesting deeper than 64 levels is cut (replaced by
    ``"…"``) so a hostile body cannot exhaust the stack here.
    """
    known = [secret for secret in secrets if secret is not None]
    if not known:
        return _cut(value, 0)
    return _scrub(value, known, 0)


def _scrub(value: Any, secrets: list[Secret], depth: int) -> Any:
    if isinstance(value, str):
        return scrub(value, secrets)
    if depth >= _MAX_DEPTH and isinstance(value, (dict, list, tuple)):
        return "…"
    if isinstance(value, dict):
        return {
            scrub(str(key), secrets): _scrub(item, secrets, depth + 1)
            for key, item in cast("dict[object, Any]", value).items()  # decoded JSON
        }
    if isinstance(value, (list, tuple)):
        return [_scrub(item, secrets, depth + 1) for item in cast("Sequence[Any]", value)]
    return value


def _cut(value: Any, depth: int) -> Any:
    if not isinstance(value, (dict, list, tuple)):
        return value
    if depth >= _MAX_DEPTH:
        return "…"
    if isinstance(value, dict):
        # Decoded JSON (or a str/list/dict tree).
        return {
            key: _cut(item, depth + 1) for key, item in cast("dict[object, Any]", value).items()
        }
    return [_cut(item, depth + 1) for item in cast("Sequence[Any]", value)]
