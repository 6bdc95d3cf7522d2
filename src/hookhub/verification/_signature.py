"""Pure helpers over a :class:`SigningScheme`: keys, signed content, header parsing."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from collections.abc import Iterable, Mapping
from typing import cast

from hookhub._core.errors import InvalidInputError
from hookhub._core.signing import SigningScheme

__all__ = [
    "compute",
    "format_header",
    "hmac_key",
    "lower_keys",
    "parse_header",
    "signed_content",
]


def hmac_key(scheme: SigningScheme, secret: str, *, provider: str, position: int) -> bytes:
    """The HMAC key a secret stands for (prefix stripped, then decoded as the scheme says)."""
    # Checked at run time too: callers may not type-check.
    if not isinstance(secret, str) or not secret:  # pyright: ignore[reportUnnecessaryIsInstance]
        raise InvalidInputError(f"[{provider}] secret #{position} must be a non-empty str")
    rest = secret.removeprefix(scheme.secret_prefix) if scheme.secret_prefix else secret
    if scheme.secret_encoding == "utf-8":
        return rest.encode()
    # Secrets are often stored without padding, or in the URL-safe alphabet; both decode to
    # the same key. Anything else is refused rather than silently skipped.
    text = rest.replace("-", "+").replace("_", "/")
    try:
        return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError):
        raise InvalidInputError(
            f"[{provider}] secret #{position} is not base64 after the "
            f"{scheme.secret_prefix!r} prefix, as this provider's secrets are"
        ) from None


def signed_content(scheme: SigningScheme, *, timestamp: str, id_: str, body: bytes) -> bytes:
    """The exact bytes the provider signs: the template with the raw body spliced in."""
    head, tail = scheme.signed_content.split("{body}")
    fill = {"{timestamp}": timestamp, "{id}": id_}
    for placeholder, value in fill.items():
        head = head.replace(placeholder, value)
        tail = tail.replace(placeholder, value)
    return head.encode() + body + tail.encode()


def compute(scheme: SigningScheme, key: bytes, content: bytes) -> str:
    """The signature as the provider writes it (hex or base64)."""
    digest = hmac.new(key, content, hashlib.sha256).digest()
    return digest.hex() if scheme.encoding == "hex" else base64.b64encode(digest).decode()


def _split(scheme: SigningScheme, value: str) -> list[str]:
    if scheme.entry_separator.strip():
        return [entry.strip() for entry in value.split(scheme.entry_separator)]
    return value.split()


def parse_header(scheme: SigningScheme, value: str) -> list[tuple[str, str]] | None:
    """The header's ``(key, value)`` entries; ``None`` when one is not ``key<sep>value``."""
    entries: list[tuple[str, str]] = []
    for entry in _split(scheme, value):
        if not entry:
            continue
        key, separator, item = entry.partition(scheme.key_separator)
        if not separator or not key:
            return None
        entries.append((key.strip(), item.strip()))
    return entries


def format_header(scheme: SigningScheme, timestamp: str, signatures: list[str]) -> str:
    """A signature header value the way the provider writes it."""
    entries = [f"{scheme.version}{scheme.key_separator}{signature}" for signature in signatures]
    if scheme.timestamp_key:
        entries.insert(0, f"{scheme.timestamp_key}{scheme.key_separator}{timestamp}")
    return scheme.entry_separator.join(entries)


def lower_keys(headers: Mapping[str, str], *, provider: str) -> dict[str, str]:
    """Header names lower-cased (HTTP header names are case-insensitive); first one wins.

    Anything with ``items()`` works: a dict, Starlette's, Django's or werkzeug's headers.
    """
    items = getattr(headers, "items", None)
    if not callable(items):
        raise InvalidInputError(
            f"[{provider}] headers must be a mapping of header names to values "
            f"(e.g. request.headers), got {type(headers).__name__}"
        )
    found: dict[str, str] = {}
    # Whatever header mapping the web framework passed.
    pairs = cast("Iterable[tuple[object, str]]", items())
    for name, value in pairs:
        if isinstance(name, str):
            found.setdefault(name.lower(), value)
    return found
