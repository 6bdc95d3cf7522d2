# This file was written by scripts/codegen.py from openapi/polytomic.yaml. Do not edit it:
# change the spec (or the generator) and run `make codegen`.

"""Pydantic models of the Polytomic webhooks API.

Unknown fields are kept (``model_extra``); enums are open (``Literal[...] | str``), so a value
the provider adds later still parses.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "ApiError",
    "Webhook",
    "WebhookDelivery",
    "WebhookDeliveryList",
    "WebhookDeliveryPagination",
    "WebhookEnvelope",
    "WebhookListEnvelope",
]


class ApiError(BaseModel):
    """Error body (the official SDK's `types/api_error.py`). All fields optional. There are no
    documented string error codes for webhooks: errors are told apart by HTTP status. 401
    bodies may have a different shape (see the Unauthorized response)."""

    # defer_build: a model's validator is built when first used, not when imported.
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, use_attribute_docstrings=True, defer_build=True
    )

    key: str | None = None
    """Machine-readable error key (values undocumented)."""

    message: str | None = None
    """Human-readable message."""

    metadata: dict[str, Any] | None = None
    """Extra details."""

    status: int | None = None
    """HTTP status code."""


class Webhook(BaseModel):
    """The organization's webhook. Every field is optional in the official SDK model; unknown
    fields are kept."""

    # defer_build: a model's validator is built when first used, not when imported.
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, use_attribute_docstrings=True, defer_build=True
    )

    id: str | None = None
    """Webhook ID."""

    organization_id: str | None = None
    """The organization that owns the webhook."""

    endpoint: str | None = None
    """URL that receives every event produced in the organization."""

    secret: str | None = Field(default=None, repr=False)
    """Signing secret. Echoed in responses (the seed example shows it)."""

    disabled: bool | None = None
    """Whether delivery is disabled. Events are dropped, not queued, while disabled."""

    disabled_at: datetime | None = None
    """When the webhook was disabled. From the SDK model only; absent from the seed example."""

    disabled_reason: str | None = None
    """Why the webhook was disabled. From the SDK model only. Its existence suggests the system
    can disable a webhook by itself and record why (inferred; undocumented)."""

    created_at: datetime | None = None
    """Creation time (RFC 3339)."""


class WebhookDelivery(BaseModel):
    """One delivery attempt. Every field is optional in the official SDK model
    (`types/webhook_delivery.py`); unknown fields are kept."""

    # defer_build: a model's validator is built when first used, not when imported.
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, use_attribute_docstrings=True, defer_build=True
    )

    id: str | None = None
    """Delivery-attempt ID."""

    event_id: str | None = None
    """The event that was delivered."""

    event_type: str | None = None
    """The event's type."""

    attempted_at: datetime | None = None
    """When the attempt was made."""

    duration_ms: int | None = None
    """How long the attempt took, in milliseconds."""

    success: bool | None = None
    """Whether the attempt succeeded."""

    status_code: int | None = None
    """HTTP status your endpoint returned."""

    error: str | None = None
    """Error message for a failed attempt."""

    error_kind: str | None = None
    """Category of the error for a failed attempt."""

    response_body: str | None = None
    """Response content returned by the webhook endpoint."""


class WebhookDeliveryList(BaseModel):
    """One page of delivery attempts (the SDK calls this `WebhookDeliveriesEnvelope`)."""

    # defer_build: a model's validator is built when first used, not when imported.
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, use_attribute_docstrings=True, defer_build=True
    )

    data: list[WebhookDelivery] | None = None

    pagination: WebhookDeliveryPagination | None = None
    """Token pagination details."""


class WebhookDeliveryPagination(BaseModel):
    """Token pagination details."""

    # defer_build: a model's validator is built when first used, not when imported.
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, use_attribute_docstrings=True, defer_build=True
    )

    next_page_token: str | None = None
    """Pass as `page_token` to fetch the next page. Empty when there are no more results."""


class WebhookEnvelope(BaseModel):
    """Single-resource envelope."""

    # defer_build: a model's validator is built when first used, not when imported.
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, use_attribute_docstrings=True, defer_build=True
    )

    data: Webhook | None = None
    """The organization's webhook. Every field is optional in the official SDK model; unknown
    fields are kept."""


class WebhookListEnvelope(BaseModel):
    """List envelope (at most one item, since an organization has at most one webhook)."""

    # defer_build: a model's validator is built when first used, not when imported.
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, use_attribute_docstrings=True, defer_build=True
    )

    data: list[Webhook] | None = None
