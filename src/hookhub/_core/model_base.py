"""The base of every generated model: a value that may be a credential never shows in a repr.

Fields the spec marks ``x-hookhub-secret`` are generated with ``Field(repr=False)``. What this
base adds is for what the spec does not know: an unknown field (kept in ``model_extra``) named
like a credential, and such a key inside a JSON object held by any field, show as ``'***'``
in ``repr()``, ``str()`` and rich's pretty printing. The values themselves are untouched
(``model_dump()``, attribute access): they are the caller's data.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, cast

from pydantic import BaseModel

__all__ = ["CREDENTIAL_NAMES", "ProviderModel"]

CREDENTIAL_NAMES = frozenset(
    {
        "access_token",
        "api_key",
        "apikey",
        "authentication",
        "authorization",
        "client_secret",
        "password",
        "private_key",
        "refresh_token",
        "secret",
        "secret_key",
        "signing_key",
        "signing_secret",
        "token",
        "webhook_secret",
    }
)
"""Names (compared in lower case) whose values are masked wherever the spec says nothing."""

_MASK = "***"


class ProviderModel(BaseModel):
    """Base of the generated models; each provider's module adds its spec's secret fields."""

    __hookhub_secret_names__: ClassVar[frozenset[str]] = CREDENTIAL_NAMES

    def __repr_args__(self) -> Iterable[tuple[str | None, Any]]:
        names = self.__hookhub_secret_names__
        extra = self.__pydantic_extra__ or {}
        for key, value in super().__repr_args__():
            if key is not None and key in extra and key.lower() in names:
                yield key, _MASK
            else:
                yield key, _masked(value, names)


def _masked(value: Any, names: frozenset[str]) -> Any:
    """``value`` with every object member named like a credential masked, at any depth."""
    if isinstance(value, Mapping):
        return {
            key: _MASK if isinstance(key, str) and key.lower() in names else _masked(item, names)
            for key, item in cast("Mapping[object, Any]", value).items()
        }
    if isinstance(value, list):
        return [_masked(item, names) for item in cast("list[object]", value)]
    return value
