# This file was written by scripts/codegen.py from openapi/sentdm.yaml. Do not edit it:
# change the spec (or the generator) and run `make codegen`.

"""Pydantic models of the Sent.dm API v3: webhooks.

Unknown fields are kept (``model_extra``); enums are open (``Literal[...] | str``), so a value
the provider adds later still parses.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from pydantic import ConfigDict, Field

from hookhub._core.model_base import CREDENTIAL_NAMES, ProviderModel

__all__ = [
    "ApiMeta",
    "DeliveryEvent",
    "ErrorDetail",
    "ErrorEnvelope",
    "PaginationCursors",
    "PaginationMeta",
    "WebhookEnvelope",
    "WebhookEvent",
    "WebhookEventList",
    "WebhookEventListEnvelope",
    "WebhookEventType",
    "WebhookEventTypeList",
    "WebhookEventTypeListEnvelope",
    "WebhookList",
    "WebhookListEnvelope",
    "WebhookResponse",
    "WebhookSenderProfile",
    "WebhookSigningSecret",
    "WebhookSigningSecretEnvelope",
    "WebhookTestResult",
    "WebhookTestResultEnvelope",
]


class _Model(ProviderModel):
    """What every model below shares: the spec's secret fields, by wire name, are masked in
    reprs wherever they turn up unknown (see ``hookhub._core.model_base``)."""

    __hookhub_secret_names__: ClassVar[frozenset[str]] = CREDENTIAL_NAMES | {
        "signing_secret",
    }


class ApiMeta(_Model):
    """Request and response metadata [SDK `types/api_meta.py`]."""

    # defer_build: a model's validator is built when first used, not when imported. Field
    # descriptions are given as description= (not read from the docstrings at import).
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, defer_build=True
    )

    request_id: str | None = Field(
        default=None,
        description=(
            "Unique identifier for this request (for tracing and support); also "
            "the `X-Request-Id`\n"
            "header."
        ),
    )
    """Unique identifier for this request (for tracing and support); also the `X-Request-Id`
    header."""

    timestamp: datetime | None = Field(
        default=None,
        description=(
            "Server timestamp when the response was generated (7 fractional digits, with offset)."
        ),
    )
    """Server timestamp when the response was generated (7 fractional digits, with offset)."""

    version: str | None = Field(
        default=None, description=("API version used for this request (`v3`).")
    )
    """API version used for this request (`v3`)."""

    response_time_ms: int | None = Field(
        default=None,
        description=(
            "Server processing time. Only in the 2ND docs snapshot's envelope "
            "description\n"
            "(`response_time_ms: int?`); not in the SDK model nor in any example."
        ),
    )
    """Server processing time. Only in the 2ND docs snapshot's envelope description
    (`response_time_ms: int?`); not in the SDK model nor in any example."""


class DeliveryEvent(_Model):
    """Body of a delivery Sent POSTs to your endpoint: one of the webhook envelopes (message,
    inbound message, template, channel, contact, link, call), told apart by `field` and
    `event`, with `payload.account_id` naming whose event it is (official SDK, via the
    delivery log's `event_data`). The envelopes' other fields are not documented here; every
    field is optional and unknown fields are kept."""

    # defer_build: a model's validator is built when first used, not when imported. Field
    # descriptions are given as description= (not read from the docstrings at import).
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, defer_build=True
    )

    field: str | None = Field(
        default=None, description=("Envelope family, e.g. `messages` or `templates`.")
    )
    """Envelope family, e.g. `messages` or `templates`."""

    event: str | None = Field(
        default=None,
        description=("The event within the family, e.g. `delivered` (inferred example)."),
    )
    """The event within the family, e.g. `delivered` (inferred example)."""

    payload: dict[str, Any] | None = Field(
        default=None,
        description=("The event's data; `account_id` names the account (or sender profile)."),
    )
    """The event's data; `account_id` names the account (or sender profile)."""


class ErrorDetail(_Model):
    """Error information [SDK `types/error_detail.py`; error catalog]."""

    # defer_build: a model's validator is built when first used, not when imported. Field
    # descriptions are given as description= (not read from the docstrings at import).
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, defer_build=True
    )

    code: str | None = Field(
        default=None,
        description=("Machine-readable error code, e.g. `RESOURCE_008` (see the error catalog)."),
    )
    """Machine-readable error code, e.g. `RESOURCE_008` (see the error catalog)."""

    message: str | None = Field(default=None, description=("Human-readable error message."))
    """Human-readable error message."""

    details: dict[str, list[str]] | None = Field(
        default=None,
        description=("Field-level validation errors, `{field: [message, ...]}`; null otherwise."),
    )
    """Field-level validation errors, `{field: [message, ...]}`; null otherwise."""

    doc_url: str | None = Field(
        default=None,
        description=(
            "Documentation for this error. The 2026-03 docs examples (and the "
            "seed) use\n"
            "`https://docs.sent.dm/errors/<CODE>`; later renderings use\n"
            "`https://docs.sent.dm/reference/api/error-catalog`."
        ),
    )
    """Documentation for this error. The 2026-03 docs examples (and the seed) use
    `https://docs.sent.dm/errors/<CODE>`; later renderings use
    `https://docs.sent.dm/reference/api/error-catalog`."""


class ErrorEnvelope(_Model):
    """Body of every documented error response: the standard v3 envelope with `success: false`,
    `data: null` and `error` set. Some 401/403 responses may have no body at all (the
    reference pages render them as "Empty")."""

    # defer_build: a model's validator is built when first used, not when imported. Field
    # descriptions are given as description= (not read from the docstrings at import).
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, defer_build=True
    )

    success: bool | None = Field(default=None, description=("Always false on errors."))
    """Always false on errors."""

    data: dict[str, Any] | None = Field(default=None, description=("Always null on errors."))
    """Always null on errors."""

    error: ErrorDetail | None = Field(
        default=None,
        description=("Error information [SDK `types/error_detail.py`; error catalog]."),
    )
    """Error information [SDK `types/error_detail.py`; error catalog]."""

    meta: ApiMeta | None = Field(
        default=None, description=("Request and response metadata [SDK `types/api_meta.py`].")
    )
    """Request and response metadata [SDK `types/api_meta.py`]."""


class PaginationCursors(_Model):
    """Cursor pair [SDK `Cursors`]. Never populated."""

    # defer_build: a model's validator is built when first used, not when imported. Field
    # descriptions are given as description= (not read from the docstrings at import).
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, defer_build=True
    )

    after: str | None = Field(default=None, description=("Cursor to fetch the next page."))
    """Cursor to fetch the next page."""

    before: str | None = Field(default=None, description=("Cursor to fetch the previous page."))
    """Cursor to fetch the previous page."""


class PaginationMeta(_Model):
    """Pagination metadata for list responses [SDK `types/pagination_meta.py`]."""

    # defer_build: a model's validator is built when first used, not when imported. Field
    # descriptions are given as description= (not read from the docstrings at import).
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, defer_build=True
    )

    page: int | None = Field(default=None, description=("Current page number (1-indexed)."))
    """Current page number (1-indexed)."""

    page_size: int | None = Field(default=None, description=("Number of items per page."))
    """Number of items per page."""

    total_count: int | None = Field(
        default=None, description=("Total number of items across all pages.")
    )
    """Total number of items across all pages."""

    total_pages: int | None = Field(default=None, description=("Total number of pages."))
    """Total number of pages."""

    has_more: bool | None = Field(
        default=None, description=("Whether there are more pages after this one.")
    )
    """Whether there are more pages after this one."""

    cursors: PaginationCursors | None = Field(
        default=None,
        description=(
            "Cursor-based pagination. Never populated (from the official SDK); "
            "null in the docs\n"
            "examples."
        ),
    )
    """Cursor-based pagination. Never populated (from the official SDK); null in the docs
    examples."""


class WebhookEnvelope(_Model):
    """Response of create, retrieve, update and toggle_status [SDK `APIResponseWebhook`].
    Standard v3 envelope; every field is optional in the official SDK."""

    # defer_build: a model's validator is built when first used, not when imported. Field
    # descriptions are given as description= (not read from the docstrings at import).
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, defer_build=True
    )

    success: bool | None = Field(default=None, description=("Whether the request succeeded."))
    """Whether the request succeeded."""

    data: WebhookResponse | None = Field(default=None, description=("The webhook; null on errors."))
    """The webhook; null on errors."""

    error: ErrorDetail | None = Field(default=None, description=("Null on success."))
    """Null on success."""

    meta: ApiMeta | None = Field(
        default=None, description=("Request and response metadata [SDK `types/api_meta.py`].")
    )
    """Request and response metadata [SDK `types/api_meta.py`]."""


class WebhookEvent(_Model):
    """One delivery record of a webhook [SDK `WebhookListEventsResponse`]. Every field is
    optional in the SDK; nullability follows the docs example where it shows null and is
    otherwise inferred for fields that cannot have a value before or without a delivery."""

    # defer_build: a model's validator is built when first used, not when imported. Field
    # descriptions are given as description= (not read from the docstrings at import).
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, defer_build=True
    )

    id: str | None = Field(default=None, description=("Delivery record ID."))
    """Delivery record ID."""

    event_type: str | None = Field(
        default=None, description=("Event type, e.g. `message.delivered`.")
    )
    """Event type, e.g. `message.delivered`."""

    event_data: dict[str, Any] | None = Field(
        default=None,
        description=(
            "The exact event body that was delivered, or attempted: one of the "
            "webhook envelopes\n"
            "(message, inbound message, template, channel, contact, link, call), "
            "told apart by its\n"
            "`field` and `event`. Treat the set as open (from the official SDK). "
            "The docs example shows\n"
            '`{"valueKind": "Undefined"}`, a serialization artifact of the docs.'
        ),
    )
    """The exact event body that was delivered, or attempted: one of the webhook envelopes
    (message, inbound message, template, channel, contact, link, call), told apart by its
    `field` and `event`. Treat the set as open (from the official SDK). The docs example shows
    `{"valueKind": "Undefined"}`, a serialization artifact of the docs."""

    delivery_status: str | None = Field(
        default=None,
        description=("Delivery status, e.g. `delivered`; the set of values is not documented."),
    )
    """Delivery status, e.g. `delivered`; the set of values is not documented."""

    http_status_code: int | None = Field(
        default=None,
        description=(
            "Status your endpoint answered; null when no response was received (inferred)."
        ),
    )
    """Status your endpoint answered; null when no response was received (inferred)."""

    response_body: str | None = Field(default=None, description=("Body your endpoint answered."))
    """Body your endpoint answered."""

    delivery_attempts: int | None = Field(default=None, description=("Attempts made so far."))
    """Attempts made so far."""

    error_message: str | None = Field(
        default=None, description=("Why the delivery failed; null on success.")
    )
    """Why the delivery failed; null on success."""

    created_at: datetime | None = Field(default=None, description=("When the event was recorded."))
    """When the event was recorded."""

    processing_started_at: datetime | None = Field(
        default=None, description=("When delivery started; null before (inferred).")
    )
    """When delivery started; null before (inferred)."""

    processing_completed_at: datetime | None = Field(
        default=None, description=("When delivery finished; null before (inferred).")
    )
    """When delivery finished; null before (inferred)."""


class WebhookEventList(_Model):
    """One page of delivery events [SDK `WebhookEventsPageData`]."""

    # defer_build: a model's validator is built when first used, not when imported. Field
    # descriptions are given as description= (not read from the docstrings at import).
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, defer_build=True
    )

    events: list[WebhookEvent] | None = Field(
        default=None, description=("The events on this page.")
    )
    """The events on this page."""

    pagination: PaginationMeta | None = Field(
        default=None,
        description=("Pagination metadata for list responses [SDK `types/pagination_meta.py`]."),
    )
    """Pagination metadata for list responses [SDK `types/pagination_meta.py`]."""


class WebhookEventListEnvelope(_Model):
    """Response of list_events. Standard v3 envelope; every field is optional in the official
    SDK."""

    # defer_build: a model's validator is built when first used, not when imported. Field
    # descriptions are given as description= (not read from the docstrings at import).
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, defer_build=True
    )

    success: bool | None = Field(default=None, description=("Whether the request succeeded."))
    """Whether the request succeeded."""

    data: WebhookEventList | None = Field(default=None, description=("The page; null on errors."))
    """The page; null on errors."""

    error: ErrorDetail | None = Field(default=None, description=("Null on success."))
    """Null on success."""

    meta: ApiMeta | None = Field(
        default=None, description=("Request and response metadata [SDK `types/api_meta.py`].")
    )
    """Request and response metadata [SDK `types/api_meta.py`]."""


class WebhookEventType(_Model):
    """An event type a webhook can subscribe to [SDK `types/webhook_event_type.py`]. Families
    nest their sub-types in `sub_types`."""

    # defer_build: a model's validator is built when first used, not when imported. Field
    # descriptions are given as description= (not read from the docstrings at import).
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, defer_build=True
    )

    name: str | None = Field(default=None, description=("Identifier, e.g. `message.sent`."))
    """Identifier, e.g. `message.sent`."""

    display_name: str | None = Field(default=None, description=("Human-readable name."))
    """Human-readable name."""

    description: str | None = Field(default=None, description=("What triggers it."))
    """What triggers it."""

    event_type: str | None = Field(
        default=None, description=("Event type (SDK only; absent from the docs example).")
    )
    """Event type (SDK only; absent from the docs example)."""

    is_active: bool | None = Field(
        default=None, description=("Whether the event type is currently available.")
    )
    """Whether the event type is currently available."""

    sub_types: list[WebhookEventType] | None = Field(
        default=None, description=("Sub-types of a family (recursive).")
    )
    """Sub-types of a family (recursive)."""


class WebhookEventTypeList(_Model):
    """The webhook event types a customer can subscribe to (from the official SDK)."""

    # defer_build: a model's validator is built when first used, not when imported. Field
    # descriptions are given as description= (not read from the docstrings at import).
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, defer_build=True
    )

    event_types: list[WebhookEventType] | None = Field(
        default=None, description=("The event types.")
    )
    """The event types."""

    pagination: PaginationMeta | None = Field(
        default=None,
        description=("Pagination metadata for list responses [SDK `types/pagination_meta.py`]."),
    )
    """Pagination metadata for list responses [SDK `types/pagination_meta.py`]."""


class WebhookEventTypeListEnvelope(_Model):
    """Response of list_event_types [SDK `WebhookListEventTypesResponse`]. Standard v3 envelope;
    every field is optional in the official SDK."""

    # defer_build: a model's validator is built when first used, not when imported. Field
    # descriptions are given as description= (not read from the docstrings at import).
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, defer_build=True
    )

    success: bool | None = Field(default=None, description=("Whether the request succeeded."))
    """Whether the request succeeded."""

    data: WebhookEventTypeList | None = Field(
        default=None, description=("The event types; null on errors.")
    )
    """The event types; null on errors."""

    error: ErrorDetail | None = Field(default=None, description=("Null on success."))
    """Null on success."""

    meta: ApiMeta | None = Field(
        default=None, description=("Request and response metadata [SDK `types/api_meta.py`].")
    )
    """Request and response metadata [SDK `types/api_meta.py`]."""


class WebhookList(_Model):
    """One page of webhooks [SDK `WebhooksPageData`]."""

    # defer_build: a model's validator is built when first used, not when imported. Field
    # descriptions are given as description= (not read from the docstrings at import).
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, defer_build=True
    )

    webhooks: list[WebhookResponse] | None = Field(
        default=None, description=("The webhooks on this page.")
    )
    """The webhooks on this page."""

    pagination: PaginationMeta | None = Field(
        default=None,
        description=("Pagination metadata for list responses [SDK `types/pagination_meta.py`]."),
    )
    """Pagination metadata for list responses [SDK `types/pagination_meta.py`]."""


class WebhookListEnvelope(_Model):
    """Response of list. Standard v3 envelope; every field is optional in the official SDK."""

    # defer_build: a model's validator is built when first used, not when imported. Field
    # descriptions are given as description= (not read from the docstrings at import).
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, defer_build=True
    )

    success: bool | None = Field(default=None, description=("Whether the request succeeded."))
    """Whether the request succeeded."""

    data: WebhookList | None = Field(default=None, description=("The page; null on errors."))
    """The page; null on errors."""

    error: ErrorDetail | None = Field(default=None, description=("Null on success."))
    """Null on success."""

    meta: ApiMeta | None = Field(
        default=None, description=("Request and response metadata [SDK `types/api_meta.py`].")
    )
    """Request and response metadata [SDK `types/api_meta.py`]."""


class WebhookResponse(_Model):
    """A webhook endpoint configuration [SDK `types/webhook_response.py`; docs examples]. Every
    field is optional in the SDK."""

    # defer_build: a model's validator is built when first used, not when imported. Field
    # descriptions are given as description= (not read from the docstrings at import).
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, defer_build=True
    )

    id: str | None = Field(default=None, description=("Webhook ID."))
    """Webhook ID."""

    customer_id: str | None = Field(
        default=None,
        description=(
            "Which customer owns this: the key's own account, or the profile named "
            "in `x-profile-id`.\n"
            "SDK only; absent from the docs examples."
        ),
    )
    """Which customer owns this: the key's own account, or the profile named in `x-profile-id`.
    SDK only; absent from the docs examples."""

    display_name: str | None = Field(default=None, description=("Human-readable name."))
    """Human-readable name."""

    endpoint_url: str | None = Field(default=None, description=("URL deliveries are POSTed to."))
    """URL deliveries are POSTed to."""

    event_types: list[str] | None = Field(
        default=None,
        description=("Subscribed parent event families, e.g. `messages` / `message`, `templates`."),
    )
    """Subscribed parent event families, e.g. `messages` / `message`, `templates`."""

    event_filters: dict[str, list[str]] | None = Field(
        default=None,
        description=(
            "Sub-type filters per family, `{family: [sub_type, ...]}`; null when unfiltered."
        ),
    )
    """Sub-type filters per family, `{family: [sub_type, ...]}`; null when unfiltered."""

    is_active: bool | None = Field(
        default=None,
        description=(
            "Whether events are delivered. While false nothing is fanned out (secondary source)."
        ),
    )
    """Whether events are delivered. While false nothing is fanned out (secondary source)."""

    signing_secret: str | None = Field(
        default=None,
        repr=False,
        description=(
            "Secret that signs deliveries. Returned by create (and `rotate_secret` "
            "returns the new\n"
            "one); null on reads, updates and toggles (docs examples)."
        ),
    )
    """Secret that signs deliveries. Returned by create (and `rotate_secret` returns the new
    one); null on reads, updates and toggles (docs examples)."""

    retry_count: int | None = Field(
        default=None, description=("Delivery retries, 1-5 (default 3 (secondary source)).")
    )
    """Delivery retries, 1-5 (default 3 (secondary source))."""

    timeout_seconds: int | None = Field(
        default=None,
        description=("Delivery timeout in seconds, 5-120 (default 30 (secondary source))."),
    )
    """Delivery timeout in seconds, 5-120 (default 30 (secondary source))."""

    last_delivery_attempt_at: datetime | None = Field(
        default=None, description=("Last delivery attempt; null before the first.")
    )
    """Last delivery attempt; null before the first."""

    last_successful_delivery_at: datetime | None = Field(
        default=None, description=("Last successful delivery; null before the first.")
    )
    """Last successful delivery; null before the first."""

    consecutive_failures: int | None = Field(
        default=None,
        description=(
            "Failed deliveries in a row. Whether a threshold deactivates the "
            "webhook is not documented."
        ),
    )
    """Failed deliveries in a row. Whether a threshold deactivates the webhook is not documented."""

    created_at: datetime | None = Field(
        default=None, description=("Creation time, with offset (e.g. `2026-01-15T10:30:00+00:00`).")
    )
    """Creation time, with offset (e.g. `2026-01-15T10:30:00+00:00`)."""

    updated_at: datetime | None = Field(
        default=None,
        description=(
            "Last update; null on a webhook never updated (create and list docs examples)."
        ),
    )
    """Last update; null on a webhook never updated (create and list docs examples)."""


class WebhookSenderProfile(_Model):
    """Request-only settings for the clones of an organization webhook on its sender profiles
    [SDK `SenderProfile`]."""

    # defer_build: a model's validator is built when first used, not when imported. Field
    # descriptions are given as description= (not read from the docstrings at import).
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, defer_build=True
    )

    event_types: list[str] | None = Field(
        default=None, description=("Event families the clones subscribe to.")
    )
    """Event families the clones subscribe to."""

    event_filters: dict[str, list[str]] | None = Field(
        default=None, description=("Sub-type filters for the clones, as on the webhook.")
    )
    """Sub-type filters for the clones, as on the webhook."""


class WebhookSigningSecret(_Model):
    """Result of rotate_secret [SDK `WebhookRotateSecretResponse.Data`]."""

    # defer_build: a model's validator is built when first used, not when imported. Field
    # descriptions are given as description= (not read from the docstrings at import).
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, defer_build=True
    )

    signing_secret: str | None = Field(
        default=None,
        repr=False,
        description=("The new signing secret (e.g. `whsec_...`). The old one no longer verifies."),
    )
    """The new signing secret (e.g. `whsec_...`). The old one no longer verifies."""


class WebhookSigningSecretEnvelope(_Model):
    """Response of rotate_secret. Standard v3 envelope; every field is optional in the official
    SDK."""

    # defer_build: a model's validator is built when first used, not when imported. Field
    # descriptions are given as description= (not read from the docstrings at import).
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, defer_build=True
    )

    success: bool | None = Field(default=None, description=("Whether the request succeeded."))
    """Whether the request succeeded."""

    data: WebhookSigningSecret | None = Field(
        default=None, description=("The new secret; null on errors.")
    )
    """The new secret; null on errors."""

    error: ErrorDetail | None = Field(default=None, description=("Null on success."))
    """Null on success."""

    meta: ApiMeta | None = Field(
        default=None, description=("Request and response metadata [SDK `types/api_meta.py`].")
    )
    """Request and response metadata [SDK `types/api_meta.py`]."""


class WebhookTestResult(_Model):
    """Result of test [SDK `WebhookTestResponse.Data`]."""

    # defer_build: a model's validator is built when first used, not when imported. Field
    # descriptions are given as description= (not read from the docstrings at import).
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, defer_build=True
    )

    success: bool | None = Field(
        default=None, description=("Whether the test event was delivered.")
    )
    """Whether the test event was delivered."""

    message: str | None = Field(
        default=None, description=('Outcome, e.g. "Test event delivered successfully".')
    )
    """Outcome, e.g. "Test event delivered successfully"."""


class WebhookTestResultEnvelope(_Model):
    """Response of test. Standard v3 envelope; every field is optional in the official SDK."""

    # defer_build: a model's validator is built when first used, not when imported. Field
    # descriptions are given as description= (not read from the docstrings at import).
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, defer_build=True
    )

    success: bool | None = Field(default=None, description=("Whether the request succeeded."))
    """Whether the request succeeded."""

    data: WebhookTestResult | None = Field(
        default=None, description=("The outcome; null on errors.")
    )
    """The outcome; null on errors."""

    error: ErrorDetail | None = Field(default=None, description=("Null on success."))
    """Null on success."""

    meta: ApiMeta | None = Field(
        default=None, description=("Request and response metadata [SDK `types/api_meta.py`].")
    )
    """Request and response metadata [SDK `types/api_meta.py`]."""
