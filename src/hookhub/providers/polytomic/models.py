# This file was written by scripts/codegen.py from openapi/polytomic.yaml. Do not edit it:
# change the spec (or the generator) and run `make codegen`.

"""Pydantic models of the Polytomic webhooks API.

Unknown fields are kept (``model_extra``); enums are open (``Literal[...] | str``), so a value
the provider adds later still parses.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from pydantic import ConfigDict, Field

from hookhub._core.model_base import CREDENTIAL_NAMES, ProviderModel

__all__ = [
    "ApiError",
    "Webhook",
    "WebhookDelivery",
    "WebhookDeliveryList",
    "WebhookDeliveryPagination",
    "WebhookEnvelope",
    "WebhookListEnvelope",
]


class _Model(ProviderModel):
    """What every model below shares: the spec's secret fields, by wire name, are masked in
    reprs wherever they turn up unknown (see ``hookhub._core.model_base``)."""

    __hookhub_secret_names__: ClassVar[frozenset[str]] = CREDENTIAL_NAMES | {
        "secret",
    }


class ApiError(_Model):
    """Error body (the official SDK's `types/api_error.py`). All fields optional. There are no
    documented string error codes for webhooks: errors are told apart by HTTP status. 401
    bodies may have a different shape (see the Unauthorized response)."""

    # defer_build: a model's validator is built when first used, not when imported. Field
    # descriptions are given as description= (not read from the docstrings at import).
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, defer_build=True
    )

    key: str | None = Field(
        default=None, description=("Machine-readable error key (values undocumented).")
    )
    """Machine-readable error key (values undocumented)."""

    message: str | None = Field(default=None, description=("Human-readable message."))
    """Human-readable message."""

    metadata: dict[str, Any] | None = Field(default=None, description=("Extra details."))
    """Extra details."""

    status: int | None = Field(default=None, description=("HTTP status code."))
    """HTTP status code."""


class Webhook(_Model):
    """The organization's webhook. Every field is optional in the official SDK model; unknown
    fields are kept."""

    # defer_build: a model's validator is built when first used, not when imported. Field
    # descriptions are given as description= (not read from the docstrings at import).
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, defer_build=True
    )

    id: str | None = Field(default=None, description=("Webhook ID."))
    """Webhook ID."""

    organization_id: str | None = Field(
        default=None, description=("The organization that owns the webhook.")
    )
    """The organization that owns the webhook."""

    endpoint: str | None = Field(
        default=None, description=("URL that receives every event produced in the organization.")
    )
    """URL that receives every event produced in the organization."""

    secret: str | None = Field(
        default=None,
        repr=False,
        description=("Signing secret. Echoed in responses (the seed example shows it)."),
    )
    """Signing secret. Echoed in responses (the seed example shows it)."""

    disabled: bool | None = Field(
        default=None,
        description=(
            "Whether delivery is disabled. Events are dropped, not queued, while disabled."
        ),
    )
    """Whether delivery is disabled. Events are dropped, not queued, while disabled."""

    disabled_at: datetime | None = Field(
        default=None,
        description=(
            "When the webhook was disabled. From the SDK model only; absent from the seed example."
        ),
    )
    """When the webhook was disabled. From the SDK model only; absent from the seed example."""

    disabled_reason: str | None = Field(
        default=None,
        description=(
            "Why the webhook was disabled. From the SDK model only. Its existence "
            "suggests the system\n"
            "can disable a webhook by itself and record why (inferred; "
            "undocumented)."
        ),
    )
    """Why the webhook was disabled. From the SDK model only. Its existence suggests the system
    can disable a webhook by itself and record why (inferred; undocumented)."""

    created_at: datetime | None = Field(default=None, description=("Creation time (RFC 3339)."))
    """Creation time (RFC 3339)."""


class WebhookDelivery(_Model):
    """One delivery attempt. Every field is optional in the official SDK model
    (`types/webhook_delivery.py`); unknown fields are kept."""

    # defer_build: a model's validator is built when first used, not when imported. Field
    # descriptions are given as description= (not read from the docstrings at import).
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, defer_build=True
    )

    id: str | None = Field(default=None, description=("Delivery-attempt ID."))
    """Delivery-attempt ID."""

    event_id: str | None = Field(default=None, description=("The event that was delivered."))
    """The event that was delivered."""

    event_type: str | None = Field(default=None, description=("The event's type."))
    """The event's type."""

    attempted_at: datetime | None = Field(default=None, description=("When the attempt was made."))
    """When the attempt was made."""

    duration_ms: int | None = Field(
        default=None, description=("How long the attempt took, in milliseconds.")
    )
    """How long the attempt took, in milliseconds."""

    success: bool | None = Field(default=None, description=("Whether the attempt succeeded."))
    """Whether the attempt succeeded."""

    status_code: int | None = Field(
        default=None, description=("HTTP status your endpoint returned.")
    )
    """HTTP status your endpoint returned."""

    error: str | None = Field(default=None, description=("Error message for a failed attempt."))
    """Error message for a failed attempt."""

    error_kind: str | None = Field(
        default=None, description=("Category of the error for a failed attempt.")
    )
    """Category of the error for a failed attempt."""

    response_body: str | None = Field(
        default=None, description=("Response content returned by the webhook endpoint.")
    )
    """Response content returned by the webhook endpoint."""


class WebhookDeliveryList(_Model):
    """One page of delivery attempts (the SDK calls this `WebhookDeliveriesEnvelope`)."""

    # defer_build: a model's validator is built when first used, not when imported. Field
    # descriptions are given as description= (not read from the docstrings at import).
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, defer_build=True
    )

    data: list[WebhookDelivery] | None = None

    pagination: WebhookDeliveryPagination | None = Field(
        default=None, description=("Token pagination details.")
    )
    """Token pagination details."""


class WebhookDeliveryPagination(_Model):
    """Token pagination details."""

    # defer_build: a model's validator is built when first used, not when imported. Field
    # descriptions are given as description= (not read from the docstrings at import).
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, defer_build=True
    )

    next_page_token: str | None = Field(
        default=None,
        description=(
            "Pass as `page_token` to fetch the next page. Empty when there are no more results."
        ),
    )
    """Pass as `page_token` to fetch the next page. Empty when there are no more results."""


class WebhookEnvelope(_Model):
    """Single-resource envelope."""

    # defer_build: a model's validator is built when first used, not when imported. Field
    # descriptions are given as description= (not read from the docstrings at import).
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, defer_build=True
    )

    data: Webhook | None = Field(
        default=None,
        description=(
            "The organization's webhook. Every field is optional in the official "
            "SDK model; unknown\n"
            "fields are kept."
        ),
    )
    """The organization's webhook. Every field is optional in the official SDK model; unknown
    fields are kept."""


class WebhookListEnvelope(_Model):
    """List envelope (at most one item, since an organization has at most one webhook)."""

    # defer_build: a model's validator is built when first used, not when imported. Field
    # descriptions are given as description= (not read from the docstrings at import).
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, defer_build=True
    )

    data: list[Webhook] | None = None
