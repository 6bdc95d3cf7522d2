"""Idempotency keys: one per logical call, made before the first attempt."""

from __future__ import annotations

import re
import uuid

from hookhub._core.errors import InvalidInputError
from hookhub._core.provider_profile import IdempotencyRule

__all__ = ["new_idempotency_key", "validate_idempotency_key"]


def new_idempotency_key() -> str:
    """A random key (UUID4, 36 characters of ``[0-9a-f-]``): fits every provider's rule."""
    return str(uuid.uuid4())


def validate_idempotency_key(provider: str, rule: IdempotencyRule, key: str) -> str:
    """Return ``key`` if the provider accepts it, else raise :class:`InvalidInputError`."""
    # Checked at run time too: callers may not type-check.
    if not isinstance(key, str):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise InvalidInputError(f"[{provider}] idempotency_key must be a string")
    if not rule.min_length <= len(key) <= rule.max_length:
        raise InvalidInputError(
            f"[{provider}] idempotency_key must be {rule.min_length}-{rule.max_length} "
            f"characters long, got {len(key)}"
        )
    if re.fullmatch(rule.pattern, key) is None:
        raise InvalidInputError(
            f"[{provider}] idempotency_key may only contain characters matching {rule.pattern}"
        )
    return key
