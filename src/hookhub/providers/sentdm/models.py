# This file was written by scripts/codegen.py from openapi/sentdm.yaml. Do not edit it:
# change the spec (or the generator) and run `make codegen`.

"""Pydantic models of the Sent.dm API v3: webhooks.

Unknown fields are kept (``model_extra``); enums are open (``Literal[...] | str``), so a value
the provider adds later still parses.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field

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


class ApiMeta(BaseModel):
    """Request and response metadata [SDK `types/api_meta.py`]."""

    # defer_build: a model's validator is built when first used, not when imported.
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, use_attribute_docstrings=True, defer_build=True
    )

    request_id: str | None = None
    """Unique identifier for this request (for tracing and support); also the `X-Request-Id`
    header."""

    timestamp: datetime | None = None
    """Server timestamp when the response was generated (7 fractional digits, with offset)."""

    version: str | None = None
    """API version used for this request (`v3`)."""

    response_time_ms: int | None = None
    """Server processing time. Only in the 2ND docs snapshot's envelope description
    (`response_time_ms: int?`); not in the SDK model nor in any example."""


class DeliveryEvent(BaseModel):
    """Body of a delivery Sent POSTs to your endpoint: one of the webhook envelopes (message,
    inbound message, template, channel, contact, link, call), told apart by `field` and
    `event`, with `payload.account_id` naming whose event it is (official SDK, via the
    delivery log's `event_data`). The envelopes' other fields are not documented here; every
    field is optional and unknown fields are kept."""

    # defer_build: a model's validator is built when first used, not when imported.
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, use_attribute_docstrings=True, defer_build=True
    )

    field: str | None = None
    """Envelope family, e.g. `messages` or `templates`."""

    event: str | None = None
    """The event within the family, e.g. `delivered` (inferred example)."""

    payload: dict[str, Any] | None = None
    """The event's data; `account_id` names the account (or sender profile)."""


class ErrorDetail(BaseModel):
    """Error information [SDK `types/error_detail.py`; error catalog]."""

    # defer_build: a model's validator is built when first used, not when imported.
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, use_attribute_docstrings=True, defer_build=True
    )

    code: str | None = None
    """Machine-readable error code, e.g. `RESOURCE_008` (see the error catalog)."""

    message: str | None = None
    """Human-readable error message."""

    details: dict[str, list[str]] | None = None
    """Field-level validation errors, `{field: [message, ...]}`; null otherwise."""

    doc_url: str | None = None
    """Documentation for this error. The 2026-03 docs examples (and the seed) use
    `https://docs.sent.dm/errors/<CODE>`; later renderings use
    `https://docs.sent.dm/reference/api/error-catalog`."""


class ErrorEnvelope(BaseModel):
    """Body of every documented error response: the standard v3 envelope with `success: false`,
    `data: null` and `error` set. Some 401/403 responses may have no body at all (the
    reference pages render them as "Empty")."""

    # defer_build: a model's validator is built when first used, not when imported.
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, use_attribute_docstrings=True, defer_build=True
    )

    success: bool | None = None
    """Always false on errors."""

    data: dict[str, Any] | None = None
    """Always null on errors."""

    error: ErrorDetail | None = None
    """Error information [SDK `types/error_detail.py`; error catalog]."""

    meta: ApiMeta | None = None
    """Request and response metadata [SDK `types/api_meta.py`]."""


class PaginationCursors(BaseModel):
    """Cursor pair [SDK `Cursors`]. Never populated."""

    # defer_build: a model's validator is built when first used, not when imported.
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, use_attribute_docstrings=True, defer_build=True
    )

    after: str | None = None
    """Cursor to fetch the next page."""

    before: str | None = None
    """Cursor to fetch the previous page."""


class PaginationMeta(BaseModel):
    """Pagination metadata for list responses [SDK `types/pagination_meta.py`]."""

    # defer_build: a model's validator is built when first used, not when imported.
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, use_attribute_docstrings=True, defer_build=True
    )

    page: int | None = None
    """Current page number (1-indexed)."""

    page_size: int | None = None
    """Number of items per page."""

    total_count: int | None = None
    """Total number of items across all pages."""

    total_pages: int | None = None
    """Total number of pages."""

    has_more: bool | None = None
    """Whether there are more pages after this one."""

    cursors: PaginationCursors | None = None
    """Cursor-based pagination. Never populated (from the official SDK); null in the docs
    examples."""


class WebhookEnvelope(BaseModel):
    """Response of create, retrieve, update and toggle_status [SDK `APIResponseWebhook`].
    Standard v3 envelope; every field is optional in the official SDK."""

    # defer_build: a model's validator is built when first used, not when imported.
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, use_attribute_docstrings=True, defer_build=True
    )

    success: bool | None = None
    """Whether the request succeeded."""

    data: WebhookResponse | None = None
    """The webhook; null on errors."""

    error: ErrorDetail | None = None
    """Null on success."""

    meta: ApiMeta | None = None
    """Request and response metadata [SDK `types/api_meta.py`]."""


class WebhookEvent(BaseModel):
    """One delivery record of a webhook [SDK `WebhookListEventsResponse`]. Every field is
    optional in the SDK; nullability follows the docs example where it shows null and is
    otherwise inferred for fields that cannot have a value before or without a delivery."""

    # defer_build: a model's validator is built when first used, not when imported.
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, use_attribute_docstrings=True, defer_build=True
    )

    id: str | None = None
    """Delivery record ID."""

    event_type: str | None = None
    """Event type, e.g. `message.delivered`."""

    event_data: dict[str, Any] | None = None
    """The exact event body that was delivered, or attempted: one of the webhook envelopes
    (message, inbound message, template, channel, contact, link, call), told apart by its
    `field` and `event`. Treat the set as open (from the official SDK). The docs example shows
    `{"valueKind": "Undefined"}`, a serialization artifact of the docs."""

    delivery_status: str | None = None
    """Delivery status, e.g. `delivered`; the set of values is not documented."""

    http_status_code: int | None = None
    """Status your endpoint answered; null when no response was received (inferred)."""

    response_body: str | None = None
    """Body your endpoint answered."""

    delivery_attempts: int | None = None
    """Attempts made so far."""

    error_message: str | None = None
    """Why the delivery failed; null on success."""

    created_at: datetime | None = None
    """When the event was recorded."""

    processing_started_at: datetime | None = None
    """When delivery started; null before (inferred)."""

    processing_completed_at: datetime | None = None
    """When delivery finished; null before (inferred)."""


class WebhookEventList(BaseModel):
    """One page of delivery events [SDK `WebhookEventsPageData`]."""

    # defer_build: a model's validator is built when first used, not when imported.
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, use_attribute_docstrings=True, defer_build=True
    )

    events: list[WebhookEvent] | None = None
    """The events on this page."""

    pagination: PaginationMeta | None = None
    """Pagination metadata for list responses [SDK `types/pagination_meta.py`]."""


class WebhookEventListEnvelope(BaseModel):
    """Response of list_events. Standard v3 envelope; every field is optional in the official
    SDK."""

    # defer_build: a model's validator is built when first used, not when imported.
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, use_attribute_docstrings=True, defer_build=True
    )

    success: bool | None = None
    """Whether the request succeeded."""

    data: WebhookEventList | None = None
    """The page; null on errors."""

    error: ErrorDetail | None = None
    """Null on success."""

    meta: ApiMeta | None = None
    """Request and response metadata [SDK `types/api_meta.py`]."""


class WebhookEventType(BaseModel):
    """An event type a webhook can subscribe to [SDK `types/webhook_event_type.py`]. Families
    nest their sub-types in `sub_types`."""

    # defer_build: a model's validator is built when first used, not when imported.
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, use_attribute_docstrings=True, defer_build=True
    )

    name: str | None = None
    """Identifier, e.g. `message.sent`."""

    display_name: str | None = None
    """Human-readable name."""

    description: str | None = None
    """What triggers it."""

    event_type: str | None = None
    """Event type (SDK only; absent from the docs example)."""

    is_active: bool | None = None
    """Whether the event type is currently available."""

    sub_types: list[WebhookEventType] | None = None
    """Sub-types of a family (recursive)."""


class WebhookEventTypeList(BaseModel):
    """The webhook event types a customer can subscribe to (from the official SDK)."""

    # defer_build: a model's validator is built when first used, not when imported.
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, use_attribute_docstrings=True, defer_build=True
    )

    event_types: list[WebhookEventType] | None = None
    """The event types."""

    pagination: PaginationMeta | None = None
    """Pagination metadata for list responses [SDK `types/pagination_meta.py`]."""


class WebhookEventTypeListEnvelope(BaseModel):
    """Response of list_event_types [SDK `WebhookListEventTypesResponse`]. Standard v3 envelope;
    every field is optional in the official SDK."""

    # defer_build: a model's validator is built when first used, not when imported.
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, use_attribute_docstrings=True, defer_build=True
    )

    success: bool | None = None
    """Whether the request succeeded."""

    data: WebhookEventTypeList | None = None
    """The event types; null on errors."""

    error: ErrorDetail | None = None
    """Null on success."""

    meta: ApiMeta | None = None
    """Request and response metadata [SDK `types/api_meta.py`]."""


class WebhookList(BaseModel):
    """One page of webhooks [SDK `WebhooksPageData`]."""

    # defer_build: a model's validator is built when first used, not when imported.
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, use_attribute_docstrings=True, defer_build=True
    )

    webhooks: list[WebhookResponse] | None = None
    """The webhooks on this page."""

    pagination: PaginationMeta | None = None
    """Pagination metadata for list responses [SDK `types/pagination_meta.py`]."""


class WebhookListEnvelope(BaseModel):
    """Response of list. Standard v3 envelope; every field is optional in the official SDK."""

    # defer_build: a model's validator is built when first used, not when imported.
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, use_attribute_docstrings=True, defer_build=True
    )

    success: bool | None = None
    """Whether the request succeeded."""

    data: WebhookList | None = None
    """The page; null on errors."""

    error: ErrorDetail | None = None
    """Null on success."""

    meta: ApiMeta | None = None
    """Request and response metadata [SDK `types/api_meta.py`]."""


class WebhookResponse(BaseModel):
    """A webhook endpoint configuration [SDK `types/webhook_response.py`; docs examples]. Every
    field is optional in the SDK."""

    # defer_build: a model's validator is built when first used, not when imported.
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, use_attribute_docstrings=True, defer_build=True
    )

    id: str | None = None
    """Webhook ID."""

    customer_id: str | None = None
    """Which customer owns this: the key's own account, or the profile named in `x-profile-id`.
    SDK only; absent from the docs examples."""

    display_name: str | None = None
    """Human-readable name."""

    endpoint_url: str | None = None
    """URL deliveries are POSTed to."""

    event_types: list[str] | None = None
    """Subscribed parent event families, e.g. `messages` / `message`, `templates`."""

    event_filters: dict[str, list[str]] | None = None
    """Sub-type filters per family, `{family: [sub_type, ...]}`; null when unfiltered."""

    is_active: bool | None = None
    """Whether events are delivered. While false nothing is fanned out (secondary source)."""

    signing_secret: str | None = Field(default=None, repr=False)
    """Secret that signs deliveries. Returned by create (and `rotate_secret` returns the new
    one); null on reads, updates and toggles (docs examples)."""

    retry_count: int | None = None
    """Delivery retries, 1-5 (default 3 (secondary source))."""

    timeout_seconds: int | None = None
    """Delivery timeout in seconds, 5-120 (default 30 (secondary source))."""

    last_delivery_attempt_at: datetime | None = None
    """Last delivery attempt; null before the first."""

    last_successful_delivery_at: datetime | None = None
    """Last successful delivery; null before the first."""

    consecutive_failures: int | None = None
    """Failed deliveries in a row. Whether a threshold deactivates the webhook is not documented."""

    created_at: datetime | None = None
    """Creation time, with offset (e.g. `2026-01-15T10:30:00+00:00`)."""

    updated_at: datetime | None = None
    """Last update; null on a webhook never updated (create and list docs examples)."""


class WebhookSenderProfile(BaseModel):
    """Request-only settings for the clones of an organization webhook on its sender profiles
    [SDK `SenderProfile`]."""

    # defer_build: a model's validator is built when first used, not when imported.
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, use_attribute_docstrings=True, defer_build=True
    )

    event_types: list[str] | None = None
    """Event families the clones subscribe to."""

    event_filters: dict[str, list[str]] | None = None
    """Sub-type filters for the clones, as on the webhook."""


class WebhookSigningSecret(BaseModel):
    """Result of rotate_secret [SDK `WebhookRotateSecretResponse.Data`]."""

    # defer_build: a model's validator is built when first used, not when imported.
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, use_attribute_docstrings=True, defer_build=True
    )

    signing_secret: str | None = Field(default=None, repr=False)
    """The new signing secret (e.g. `whsec_...`). The old one no longer verifies."""


class WebhookSigningSecretEnvelope(BaseModel):
    """Response of rotate_secret. Standard v3 envelope; every field is optional in the official
    SDK."""

    # defer_build: a model's validator is built when first used, not when imported.
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, use_attribute_docstrings=True, defer_build=True
    )

    success: bool | None = None
    """Whether the request succeeded."""

    data: WebhookSigningSecret | None = None
    """The new secret; null on errors."""

    error: ErrorDetail | None = None
    """Null on success."""

    meta: ApiMeta | None = None
    """Request and response metadata [SDK `types/api_meta.py`]."""


class WebhookTestResult(BaseModel):
    """Result of test [SDK `WebhookTestResponse.Data`]."""

    # defer_build: a model's validator is built when first used, not when imported.
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, use_attribute_docstrings=True, defer_build=True
    )

    success: bool | None = None
    """Whether the test event was delivered."""

    message: str | None = None
    """Outcome, e.g. "Test event delivered successfully"."""


class WebhookTestResultEnvelope(BaseModel):
    """Response of test. Standard v3 envelope; every field is optional in the official SDK."""

    # defer_build: a model's validator is built when first used, not when imported.
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, use_attribute_docstrings=True, defer_build=True
    )

    success: bool | None = None
    """Whether the request succeeded."""

    data: WebhookTestResult | None = None
    """The outcome; null on errors."""

    error: ErrorDetail | None = None
    """Null on success."""

    meta: ApiMeta | None = None
    """Request and response metadata [SDK `types/api_meta.py`]."""
