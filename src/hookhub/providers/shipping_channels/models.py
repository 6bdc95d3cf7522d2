# This file was written by scripts/codegen.py from openapi/shipping_channels.yaml. Do not edit it:
# change the spec (or the generator) and run `make codegen`.

"""Pydantic models of the Shipping Channels API (2LM) — webhook subscriptions.

Unknown fields are kept (``model_extra``); enums are open (``Literal[...] | str``), so a value
the provider adds later still parses.
"""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from pydantic import ConfigDict, Field

from hookhub._core.model_base import CREDENTIAL_NAMES, ProviderModel

__all__ = [
    "ErrorDetail",
    "ErrorEnvelope",
    "PageLinks",
    "PageMeta",
    "WebhookSubscription",
    "WebhookSubscriptionEnvelope",
    "WebhookSubscriptionList",
    "WebhookSubscriptionToggleEnvelope",
]


class _Model(ProviderModel):
    """What every model below shares: the spec's secret fields, by wire name, are masked in
    reprs wherever they turn up unknown (see ``hookhub._core.model_base``)."""

    __hookhub_secret_names__: ClassVar[frozenset[str]] = CREDENTIAL_NAMES | {
        "secret",
    }


class ErrorDetail(_Model):
    """The error object. The overview example carries `status`; the 429 example carries
    `retry_after` instead. Documented codes: `invalid_request`, `rate_limit_exceeded`;
    per-endpoint tables give HTTP statuses only."""

    # defer_build: a model's validator is built when first used, not when imported. Field
    # descriptions are given as description= (not read from the docstrings at import).
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, defer_build=True
    )

    code: str = Field(
        description=("Machine-readable error code, e.g. `invalid_request`, `rate_limit_exceeded`.")
    )
    """Machine-readable error code, e.g. `invalid_request`, `rate_limit_exceeded`."""

    message: str = Field(description=("Human-readable error message."))
    """Human-readable error message."""

    status: int | None = Field(
        default=None, description=("The HTTP status code (present in the overview's 400 example).")
    )
    """The HTTP status code (present in the overview's 400 example)."""

    retry_after: int | None = Field(
        default=None,
        description=("Seconds to wait before making another request (on 429 responses)."),
    )
    """Seconds to wait before making another request (on 429 responses)."""


class ErrorEnvelope(_Model):
    """Error response envelope `{"error": {...}}` [DOC overview, rate-limits page]."""

    # defer_build: a model's validator is built when first used, not when imported. Field
    # descriptions are given as description= (not read from the docstrings at import).
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, defer_build=True
    )

    error: ErrorDetail = Field(
        description=(
            "The error object. The overview example carries `status`; the 429 "
            "example carries\n"
            "`retry_after` instead. Documented codes: `invalid_request`, "
            "`rate_limit_exceeded`;\n"
            "per-endpoint tables give HTTP statuses only."
        )
    )
    """The error object. The overview example carries `status`; the 429 example carries
    `retry_after` instead. Documented codes: `invalid_request`, `rate_limit_exceeded`;
    per-endpoint tables give HTTP statuses only."""


class PageLinks(_Model):
    """Page URLs of a list response. The overview documents a `links` object "with URLs for the
    next and previous pages"; the field set is the Laravel paginator's (inferred where not
    shown)."""

    # defer_build: a model's validator is built when first used, not when imported. Field
    # descriptions are given as description= (not read from the docstrings at import).
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, defer_build=True
    )

    first: str | None = Field(default=None, description=("URL of the first page."))
    """URL of the first page."""

    last: str | None = Field(default=None, description=("URL of the last page."))
    """URL of the last page."""

    prev: str | None = Field(
        default=None,
        description=(
            "URL of the previous page; null on the first page (nullability "
            "inferred from the Laravel\n"
            "paginator)."
        ),
    )
    """URL of the previous page; null on the first page (nullability inferred from the Laravel
    paginator)."""

    next: str | None = Field(
        default=None,
        description=(
            "URL of the next page; null on the last page (nullability inferred "
            "from the Laravel\n"
            "paginator)."
        ),
    )
    """URL of the next page; null on the last page (nullability inferred from the Laravel
    paginator)."""


class PageMeta(_Model):
    """Pagination details of a list response (page-number pagination)."""

    # defer_build: a model's validator is built when first used, not when imported. Field
    # descriptions are given as description= (not read from the docstrings at import).
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, defer_build=True
    )

    current_page: int | None = Field(default=None, description=("The current page number."))
    """The current page number."""

    from_: int | None = Field(
        default=None,
        alias="from",
        description=(
            "1-based index of the first item on this page. Nullable (null on an "
            "empty page) is inferred\n"
            "from the Laravel paginator; the docs show an integer."
        ),
    )
    """1-based index of the first item on this page. Nullable (null on an empty page) is inferred
    from the Laravel paginator; the docs show an integer."""

    last_page: int | None = Field(default=None, description=("The last page number."))
    """The last page number."""

    path: str | None = Field(default=None, description=("The endpoint URL without query string."))
    """The endpoint URL without query string."""

    per_page: int | None = Field(default=None, description=("Items per page."))
    """Items per page."""

    to: int | None = Field(
        default=None,
        description=(
            "1-based index of the last item on this page. Nullable (null on an "
            "empty page) is inferred\n"
            "from the Laravel paginator; the docs show an integer."
        ),
    )
    """1-based index of the last item on this page. Nullable (null on an empty page) is inferred
    from the Laravel paginator; the docs show an integer."""

    total: int | None = Field(default=None, description=("Total number of items."))
    """Total number of items."""


class WebhookSubscription(_Model):
    """A webhook subscription. Only `id` is always present: the list example omits `name` and
    `active` (and shows `status` instead), unlike the get, create and toggle examples. Unknown
    fields are kept."""

    # defer_build: a model's validator is built when first used, not when imported. Field
    # descriptions are given as description= (not read from the docstrings at import).
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, defer_build=True
    )

    id: str = Field(description=("Subscription ID, e.g. `wh_123456` (not a UUID)."))
    """Subscription ID, e.g. `wh_123456` (not a UUID)."""

    name: str | None = Field(
        default=None, description=("A descriptive name for the webhook subscription.")
    )
    """A descriptive name for the webhook subscription."""

    url: str | None = Field(
        default=None, description=("The URL that receives webhook notifications.")
    )
    """The URL that receives webhook notifications."""

    events: list[str] | None = Field(
        default=None,
        description=(
            "Event types the subscription receives. Documented values: "
            "`shipping_channel.created`,\n"
            "`shipping_channel.updated`, `shipping_channel.deleted`, "
            "`shipping_channel.validated`,\n"
            "`shipping_channel.status_changed`, `tracking_parcel.created`, "
            "`tracking_parcel.updated`,\n"
            "`tracking_parcel.deleted`, `tracking_parcel.status_changed`; the "
            "webhooks guide (not the\n"
            "API reference) also lists `shipment.created`, `shipment.updated`, "
            "`shipment.deleted` and\n"
            "`shipment.status_changed`. Kept as plain strings so new values parse."
        ),
    )
    """Event types the subscription receives. Documented values: `shipping_channel.created`,
    `shipping_channel.updated`, `shipping_channel.deleted`, `shipping_channel.validated`,
    `shipping_channel.status_changed`, `tracking_parcel.created`, `tracking_parcel.updated`,
    `tracking_parcel.deleted`, `tracking_parcel.status_changed`; the webhooks guide (not the
    API reference) also lists `shipment.created`, `shipment.updated`, `shipment.deleted` and
    `shipment.status_changed`. Kept as plain strings so new values parse."""

    secret: str | None = Field(
        default=None,
        repr=False,
        description=(
            "The payload-signing secret. Always masked in responses "
            '(`"••••••••••••••••"`); the real\n'
            "value is never returned."
        ),
    )
    """The payload-signing secret. Always masked in responses (`"••••••••••••••••"`); the real
    value is never returned."""

    active: bool | None = Field(
        default=None, description=("Whether the subscription is active (delivering notifications).")
    )
    """Whether the subscription is active (delivering notifications)."""

    status: str | None = Field(
        default=None,
        description=(
            'Docs inconsistency: appears only in the list example (`"active"`), '
            "which has no `active`\n"
            "or `name` field; get, create, update and toggle show `active` "
            "(boolean) instead. Other\n"
            "values are not documented. Kept so both shapes parse."
        ),
    )
    """Docs inconsistency: appears only in the list example (`"active"`), which has no `active`
    or `name` field; get, create, update and toggle show `active` (boolean) instead. Other
    values are not documented. Kept so both shapes parse."""

    created_at: datetime | None = Field(
        default=None, description=("Creation time (ISO 8601, UTC).")
    )
    """Creation time (ISO 8601, UTC)."""

    updated_at: datetime | None = Field(
        default=None, description=("Last update time (ISO 8601, UTC).")
    )
    """Last update time (ISO 8601, UTC)."""


class WebhookSubscriptionEnvelope(_Model):
    """Single-object response envelope `{"data": {...}}`."""

    # defer_build: a model's validator is built when first used, not when imported. Field
    # descriptions are given as description= (not read from the docstrings at import).
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, defer_build=True
    )

    data: WebhookSubscription = Field(
        description=(
            "A webhook subscription. Only `id` is always present: the list example "
            "omits `name` and\n"
            "`active` (and shows `status` instead), unlike the get, create and "
            "toggle examples. Unknown\n"
            "fields are kept."
        )
    )
    """A webhook subscription. Only `id` is always present: the list example omits `name` and
    `active` (and shows `status` instead), unlike the get, create and toggle examples. Unknown
    fields are kept."""


class WebhookSubscriptionList(_Model):
    """Page of subscriptions with Laravel-style pagination `meta` and `links`."""

    # defer_build: a model's validator is built when first used, not when imported. Field
    # descriptions are given as description= (not read from the docstrings at import).
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, defer_build=True
    )

    data: list[WebhookSubscription]

    meta: PageMeta = Field(
        description=("Pagination details of a list response (page-number pagination).")
    )
    """Pagination details of a list response (page-number pagination)."""

    links: PageLinks = Field(
        description=(
            "Page URLs of a list response. The overview documents a `links` object "
            '"with URLs for the\n'
            "next and previous pages\"; the field set is the Laravel paginator's "
            "(inferred where not\n"
            "shown)."
        )
    )
    """Page URLs of a list response. The overview documents a `links` object "with URLs for the
    next and previous pages"; the field set is the Laravel paginator's (inferred where not
    shown)."""


class WebhookSubscriptionToggleEnvelope(_Model):
    """Toggle response: the subscription in `data` plus a human-readable `message`."""

    # defer_build: a model's validator is built when first used, not when imported. Field
    # descriptions are given as description= (not read from the docstrings at import).
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, defer_build=True
    )

    data: WebhookSubscription = Field(
        description=(
            "A webhook subscription. Only `id` is always present: the list example "
            "omits `name` and\n"
            "`active` (and shows `status` instead), unlike the get, create and "
            "toggle examples. Unknown\n"
            "fields are kept."
        )
    )
    """A webhook subscription. Only `id` is always present: the list example omits `name` and
    `active` (and shows `status` instead), unlike the get, create and toggle examples. Unknown
    fields are kept."""

    message: str | None = Field(
        default=None,
        description=(
            'Outcome text, e.g. "Webhook subscription deactivated successfully" '
            "(the activation wording\n"
            "is not documented)."
        ),
    )
    """Outcome text, e.g. "Webhook subscription deactivated successfully" (the activation wording
    is not documented)."""
