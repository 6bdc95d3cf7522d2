# This file was written by scripts/codegen.py from openapi/kallima.yaml. Do not edit it:
# change the spec (or the generator) and run `make codegen`.

"""Pydantic models of the Kallima webhooks API.

Unknown fields are kept (``model_extra``); enums are open (``Literal[...] | str``), so a value
the provider adds later still parses.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from pydantic import ConfigDict, Field

from hookhub._core.model_base import CREDENTIAL_NAMES, ProviderModel

__all__ = [
    "DeliveryEvent",
    "Problem",
    "Webhook",
    "WebhookDelivery",
]


class _Model(ProviderModel):
    """What every model below shares: the spec's secret fields, by wire name, are masked in
    reprs wherever they turn up unknown (see ``hookhub._core.model_base``)."""

    __hookhub_secret_names__: ClassVar[frozenset[str]] = CREDENTIAL_NAMES | {
        "secret",
    }


class DeliveryEvent(_Model):
    """Body of a delivery Kallima POSTs to your endpoint. Not documented: the guide names the
    event types (`job.completed`, `job.failed`, `webhook.test`; the API reference shows
    `humanization.completed`, `humanization.failed`, `structure_prediction.failed`) and the
    delivery records carry `event_type`, but no source shows a delivery body. The fields below
    are inferred from the common `{id, type, created_at, data}` event shape; all are optional
    and unknown fields are kept, so the parsed JSON is always available as `Delivery.payload`."""

    # defer_build: a model's validator is built when first used, not when imported. Field
    # descriptions are given as description= (not read from the docstrings at import).
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, defer_build=True
    )

    id: str | None = Field(
        default=None, description=("Event ID (inferred); used for replay protection when present.")
    )
    """Event ID (inferred); used for replay protection when present."""

    type: str | None = Field(
        default=None,
        description=("Event type, e.g. `job.completed` or `webhook.test` (inferred field name)."),
    )
    """Event type, e.g. `job.completed` or `webhook.test` (inferred field name)."""

    created_at: datetime | None = Field(
        default=None, description=("When the event happened (inferred).")
    )
    """When the event happened (inferred)."""

    data: dict[str, Any] | None = Field(
        default=None, description=("The event's object, e.g. the finished job (inferred).")
    )
    """The event's object, e.g. the finished job (inferred)."""


class Problem(_Model):
    """Error body. No error page was found; the shape is inferred from the SDK's parser
    (`client.py::_raise_for_problem`), which reads `code`, then `detail` falling back to
    `title`, and `retry_after_seconds` for rate limits. It looks like RFC 9457 problem details
    plus a `code` extension. All fields optional."""

    # defer_build: a model's validator is built when first used, not when imported. Field
    # descriptions are given as description= (not read from the docstrings at import).
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, defer_build=True
    )

    type: str | None = Field(
        default=None, description=("Problem type URI (assumed from RFC 9457).")
    )
    """Problem type URI (assumed from RFC 9457)."""

    title: str | None = Field(
        default=None, description=("Short summary; used as the message when `detail` is empty.")
    )
    """Short summary; used as the message when `detail` is empty."""

    status: int | None = Field(default=None, description=("HTTP status (assumed from RFC 9457)."))
    """HTTP status (assumed from RFC 9457)."""

    detail: str | None = Field(
        default=None,
        description=("Human-readable explanation; the SDK uses it as the error message."),
    )
    """Human-readable explanation; the SDK uses it as the error message."""

    code: str | None = Field(
        default=None,
        description=(
            "Machine-readable code. Known values: `unauthorized`, `not_found`, "
            "`rate_limit_exceeded`,\n"
            "`quota_exceeded`, `insufficient_credits`, `plan_required`."
        ),
    )
    """Machine-readable code. Known values: `unauthorized`, `not_found`, `rate_limit_exceeded`,
    `quota_exceeded`, `insufficient_credits`, `plan_required`."""

    retry_after_seconds: int | None = Field(
        default=None,
        description=("Seconds to wait before retrying (rate-limit errors; SDK parser)."),
    )
    """Seconds to wait before retrying (rate-limit errors; SDK parser)."""


class Webhook(_Model):
    """Registered webhook endpoint."""

    # defer_build: a model's validator is built when first used, not when imported. Field
    # descriptions are given as description= (not read from the docstrings at import).
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, defer_build=True
    )

    id: str = Field(description=("Opaque webhook identifier (UUID)."))
    """Opaque webhook identifier (UUID)."""

    url: str = Field(description=("HTTPS endpoint Kallima delivers events to."))
    """HTTPS endpoint Kallima delivers events to."""

    enabled: bool = Field(description=("Whether deliveries are being attempted."))
    """Whether deliveries are being attempted."""

    created_at: datetime = Field(
        description=("ISO-8601 creation timestamp (UTC), e.g. 2026-04-23T10:00:00+00:00.")
    )
    """ISO-8601 creation timestamp (UTC), e.g. 2026-04-23T10:00:00+00:00."""

    updated_at: datetime = Field(description=("ISO-8601 last-updated timestamp (UTC)."))
    """ISO-8601 last-updated timestamp (UTC)."""

    object: str | None = Field(
        default="webhook", description=("Polymorphic discriminator. Always `webhook`.")
    )
    """Polymorphic discriminator. Always `webhook`."""

    events: list[str] | None = Field(
        default=None,
        description=(
            "Subscribed event types; null means all events. Event names differ by "
            "source: the API\n"
            "reference shows `humanization.completed`, `humanization.failed`,\n"
            "`structure_prediction.failed`; the guide shows `job.completed`, "
            "`job.failed`,\n"
            "`webhook.test`. The full list is not documented."
        ),
    )
    """Subscribed event types; null means all events. Event names differ by source: the API
    reference shows `humanization.completed`, `humanization.failed`,
    `structure_prediction.failed`; the guide shows `job.completed`, `job.failed`,
    `webhook.test`. The full list is not documented."""

    secret: str | None = Field(
        default=None,
        repr=False,
        description=(
            "Signing secret (`whsec_...`), present on the create response and on "
            "an update with\n"
            "`rotate_secret=true` only; other reads omit it. Sources conflict: the "
            "field's own\n"
            'description (seed) says it is "returned only at creation time", while '
            "the update page and\n"
            "the SDK docstring say the rotate response includes the new secret."
        ),
    )
    """Signing secret (`whsec_...`), present on the create response and on an update with
    `rotate_secret=true` only; other reads omit it. Sources conflict: the field's own
    description (seed) says it is "returned only at creation time", while the update page and
    the SDK docstring say the rotate response includes the new secret."""


class WebhookDelivery(_Model):
    """A webhook delivery record. Its fields are loosely known: the guide reads `response_status`
    from the test result and `event_type` from delivery-history items; `id` and `webhook_id`
    are inferred from the delivery endpoints (`/v1/webhook_deliveries/{delivery_id}`,
    `?webhook_id=`). Unknown fields are kept."""

    # defer_build: a model's validator is built when first used, not when imported. Field
    # descriptions are given as description= (not read from the docstrings at import).
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, defer_build=True
    )

    id: str | None = Field(default=None, description=("Delivery ID (inferred)."))
    """Delivery ID (inferred)."""

    webhook_id: str | None = Field(
        default=None, description=("The webhook the delivery was sent to (inferred).")
    )
    """The webhook the delivery was sent to (inferred)."""

    event_type: str | None = Field(
        default=None,
        description=("The delivered event's type, e.g. `webhook.test` (shown in the guide)."),
    )
    """The delivered event's type, e.g. `webhook.test` (shown in the guide)."""

    response_status: int | None = Field(
        default=None,
        description=(
            "HTTP status your endpoint answered with (shown in the guide). Null "
            "when no response was\n"
            "received is inferred."
        ),
    )
    """HTTP status your endpoint answered with (shown in the guide). Null when no response was
    received is inferred."""
