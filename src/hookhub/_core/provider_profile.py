"""Frozen data that describes a provider and its operations.

``scripts/codegen.py`` writes one :class:`ProviderProfile` per provider (from the spec's
``x-hookhub`` extensions) into ``hookhub/providers/<id>/_profile.py``. The core reads only
this data: it has no per-provider branch.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import field
from typing import Any, Literal

from hookhub._core.records import record
from hookhub._core.signing import SigningScheme

__all__ = [
    "AuthScheme",
    "ClientOption",
    "ErrorEnvelope",
    "FieldConstraint",
    "IdempotencyRule",
    "Operation",
    "Pagination",
    "ProviderProfile",
    "RetryClass",
    "RetryOverride",
]


class RetryClass(str, enum.Enum):
    """What may be retried for an operation, from the spec's ``x-hookhub-retry``."""

    SAFE = "safe"
    """A read; no effect on the server."""
    SET_STATE = "set-state"
    """Sets an absolute state: N identical calls have the effect of one."""
    KEYED = "keyed"
    """A mutation deduplicated by an idempotency key sent unchanged on every attempt."""
    TOGGLE = "toggle"
    """A relative flip: a repeat undoes it."""
    UNSAFE = "unsafe"
    """Any other mutation."""

    @property
    def may_repeat(self) -> bool:
        """Whether sending the request twice is harmless."""
        return self in (RetryClass.SAFE, RetryClass.SET_STATE, RetryClass.KEYED)

    @property
    def strictness(self) -> int:
        return _STRICTNESS[self]


_STRICTNESS = {
    RetryClass.SAFE: 0,
    RetryClass.SET_STATE: 1,
    RetryClass.KEYED: 2,
    RetryClass.UNSAFE: 3,
    RetryClass.TOGGLE: 4,
}


@record
class AuthScheme:
    """The header that carries the API key, and its prefix (``"Bearer "``)."""

    header: str
    prefix: str = ""
    encoding: Literal["plain", "basic-username"] = "plain"
    """``plain``: prefix + key. ``basic-username``: prefix + base64 of ``"<key>:"`` (HTTP Basic
    with the key as user-id and an empty password)."""


@record
class ClientOption:
    """A provider-specific constructor option, sent as a header or filled into bodies."""

    name: str
    header: str | None = None
    body_field: str | None = None


@record
class ErrorEnvelope:
    """Where the provider's error body keeps each field (dotted paths, first hit wins)."""

    code: tuple[str, ...] = ()
    message: tuple[str, ...] = ()
    request_id: tuple[str, ...] = ()
    request_id_headers: tuple[str, ...] = ()
    doc_url: tuple[str, ...] = ()
    details: tuple[str, ...] = ()
    retry_after: tuple[str, ...] = ()


@record
class IdempotencyRule:
    """The provider's idempotency header and what a key must look like."""

    header: str
    min_length: int
    max_length: int
    pattern: str
    in_flight_status: int = 409
    in_flight_codes: tuple[str, ...] = ()
    """Error codes meaning "a request with this key is in flight"; empty: any such status."""


@record
class FieldConstraint:
    """Limits on one request value, checked before sending."""

    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    minimum: float | None = None
    maximum: float | None = None


@record
class RetryOverride:
    """Use ``retry_class`` when argument ``name`` equals ``value``."""

    name: str
    value: Any
    retry_class: RetryClass


@record
class Pagination:
    """How a list operation pages, from the spec's ``x-hookhub-pagination``.

    Paths are wire names, relative to the value the operation returns (after unwrapping).
    """

    style: Literal["page", "token"]
    param: str
    """Query parameter carrying the page number (``page``) or the token (``page_token``)."""
    items: tuple[str, ...]
    """Path to the page's items."""
    size_param: str | None = None
    has_more: tuple[str, ...] = ()
    """page style: a boolean saying whether another page exists ..."""
    current_page: tuple[str, ...] = ()
    last_page: tuple[str, ...] = ()
    """... or the current and the last page numbers."""
    next_token: tuple[str, ...] = ()
    """token style: the next page's token; empty or absent on the last page."""


@record
class Operation:
    """One HTTP operation of a provider, as the spec declares it."""

    name: str
    method: Literal["GET", "POST", "PUT", "PATCH", "DELETE"]
    path: str
    """Absolute path template, e.g. ``/v3/webhooks/{id}``."""
    retry_class: RetryClass
    path_params: tuple[str, ...] = ()
    query_params: tuple[str, ...] = ()
    body_fields: tuple[str, ...] = ()
    """Wire names of the JSON body's properties; empty with ``has_body`` for ``{}``."""
    has_body: bool = False
    takes_idempotency_key: bool = False
    unwrap: tuple[str, ...] = ()
    """Path into the response body to the returned value (``("data",)``)."""
    no_content: bool = False
    constraints: Mapping[str, FieldConstraint] = field(default_factory=dict[str, FieldConstraint])
    retry_overrides: tuple[RetryOverride, ...] = ()
    pagination: Pagination | None = None
    """Set on list operations that page: the generated method returns a page object."""

    def retry_class_for(self, arguments: Mapping[str, Any]) -> RetryClass:
        """The strictest class that applies to a call with these arguments."""
        chosen = self.retry_class
        for override in self.retry_overrides:
            if arguments.get(override.name) == override.value and (
                override.retry_class.strictness > chosen.strictness
            ):
                chosen = override.retry_class
        return chosen


@record
class ProviderProfile:
    """Everything the core needs to know about one provider."""

    id: str
    title: str
    default_base_url: str | None
    api_key_env: str
    base_url_env: str
    auth: AuthScheme
    errors: ErrorEnvelope
    options: tuple[ClientOption, ...] = ()
    signing: SigningScheme | None = None
    """How deliveries are signed (``hookhub.verification``); ``None`` when none is documented."""
    idempotency: IdempotencyRule | None = None
    operations: Mapping[str, Operation] = field(default_factory=dict[str, Operation])
    secret_fields: tuple[str, ...] = ()
    """Wire names of properties the spec marks ``x-hookhub-secret`` (webhook signing secrets):
    their values are never shown in a repr and are masked wherever this client reports."""
    auth_schemes: Mapping[str, AuthScheme] = field(default_factory=dict[str, AuthScheme])
    """Named ways to send the key (``x-hookhub.auth.schemes``); ``auth`` is the default one."""
