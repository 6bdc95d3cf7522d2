# This file was written by scripts/codegen.py from openapi/flip.yaml. Do not edit it:
# change the spec (or the generator) and run `make codegen`.

"""Pydantic models of the Flip Webhooks API (v4, "experimental").

Unknown fields are kept (``model_extra``); enums are open (``Literal[...] | str``), so a value
the provider adds later still parses.
"""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from pydantic import ConfigDict, Field

from hookhub._core.model_base import CREDENTIAL_NAMES, ProviderModel

__all__ = [
    "Error",
    "Subscription",
    "Webhook",
]


class _Model(ProviderModel):
    """What every model below shares: the spec's secret fields, by wire name, are masked in
    reprs wherever they turn up unknown (see ``hookhub._core.model_base``)."""

    __hookhub_secret_names__: ClassVar[frozenset[str]] = CREDENTIAL_NAMES | {
        "authentication",
    }


class Error(_Model):
    """Error body. Inferred envelope: the seed lists error codes (INVALID_SUBSCRIPTION,
    INVALID_URL, INVALID_URL_IS_NOT_USING_HTTPS, TOO_MANY_WEBHOOKS_REGISTERED, DUPLICATE_URL,
    WEBHOOK_NOT_FOUND) but not the body that carries them. Unknown fields are kept."""

    # defer_build: a model's validator is built when first used, not when imported. Field
    # descriptions are given as description= (not read from the docstrings at import).
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, defer_build=True
    )

    code: str | None = Field(
        default=None,
        description=("Machine-readable error code, e.g. WEBHOOK_NOT_FOUND (inferred field name)."),
    )
    """Machine-readable error code, e.g. WEBHOOK_NOT_FOUND (inferred field name)."""

    message: str | None = Field(
        default=None, description=("Human-readable description (inferred field name).")
    )
    """Human-readable description (inferred field name)."""


class Subscription(_Model):
    """ "Describes the types of events the webhook is subscribed to" (from the provider's
    reference page). Its fields are not documented; `event_types` is inferred. Unknown fields
    are kept. The seed rejects a bad subscription with INVALID_SUBSCRIPTION."""

    # defer_build: a model's validator is built when first used, not when imported. Field
    # descriptions are given as description= (not read from the docstrings at import).
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, defer_build=True
    )

    event_types: list[str] | None = Field(
        default=None,
        description=(
            "Types of user-visible events delivered to the webhook (inferred field "
            "name; the event type\n"
            "values are not documented)."
        ),
    )
    """Types of user-visible events delivered to the webhook (inferred field name; the event type
    values are not documented)."""


class Webhook(_Model):
    """A registered webhook. Inferred schema: the seed gives no response schema. It says list
    returns webhooks "and their status", pause/unpause name the state `PAUSED`, and
    `show_authentication` reveals authentication info; the field names and the `ACTIVE` value
    are inferred. Unknown fields are kept."""

    # defer_build: a model's validator is built when first used, not when imported. Field
    # descriptions are given as description= (not read from the docstrings at import).
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow", populate_by_name=True, defer_build=True
    )

    id: str = Field(
        description=("The unique identifier of the webhook (inferred field name; format unknown).")
    )
    """The unique identifier of the webhook (inferred field name; format unknown)."""

    url: str | None = Field(
        default=None,
        description=("The HTTPS callback URL events are delivered to (inferred field name)."),
    )
    """The HTTPS callback URL events are delivered to (inferred field name)."""

    status: Literal["ACTIVE", "PAUSED"] | str | None = Field(
        default=None,
        description=(
            "Delivery state. `PAUSED` is named by the seed; `ACTIVE` (the unpaused "
            "counterpart) and the\n"
            "field name are inferred. Generated as an open enum, so other values "
            "still parse."
        ),
    )
    """Delivery state. `PAUSED` is named by the seed; `ACTIVE` (the unpaused counterpart) and the
    field name are inferred. Generated as an open enum, so other values still parse."""

    subscription: Subscription | None = Field(
        default=None,
        description=(
            '"Describes the types of events the webhook is subscribed to" (from '
            "the provider's\n"
            "reference page). Its fields are not documented; `event_types` is "
            "inferred. Unknown fields\n"
            "are kept. The seed rejects a bad subscription with "
            "INVALID_SUBSCRIPTION."
        ),
    )
    """"Describes the types of events the webhook is subscribed to" (from the provider's
    reference page). Its fields are not documented; `event_types` is inferred. Unknown fields
    are kept. The seed rejects a bad subscription with INVALID_SUBSCRIPTION."""

    authentication: dict[str, Any] | None = Field(
        default=None,
        repr=False,
        description=(
            "Callback-authentication info (credentials or secret sent to the URL). "
            "Present only when\n"
            "`show_authentication=true`. Field name and shape are inferred; kept "
            "as a free object."
        ),
    )
    """Callback-authentication info (credentials or secret sent to the URL). Present only when
    `show_authentication=true`. Field name and shape are inferred; kept as a free object."""
