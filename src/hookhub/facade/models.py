"""The provider-neutral webhook and capability models the facade returns."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar, Generic, Literal

from pydantic import BaseModel, ConfigDict, Field
from typing_extensions import TypeVar

__all__ = ["Capabilities", "DisabledEvents", "UpdateSemantics", "Webhook"]

DisabledEvents = Literal["dropped", "buffered", "unspecified"]
UpdateSemantics = Literal["partial", "full"]
RawT = TypeVar("RawT", default=Any)

Verb = Literal["list", "get", "create", "update", "delete", "enable", "disable", "pause", "resume"]


class Webhook(BaseModel, Generic[RawT]):
    """One webhook, whatever provider it lives at; ``raw`` is the provider's own model."""

    model_config: ClassVar[ConfigDict] = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    provider: str
    id: str
    url: str | None
    enabled: bool
    """False whenever deliveries are stopped (disabled, inactive or paused). Always a state the
    provider reported: an answer without a readable state raises
    :class:`hookhub.IncompleteWebhookError` instead of defaulting."""
    paused: bool
    """True only while the provider buffers events to deliver later."""
    events: list[str] | None
    """Subscribed event types; ``None`` means every event."""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    # ``raw`` may hold a signing secret (polytomic echoes it): kept out of reprs.
    raw: RawT = Field(default=None, repr=False)  # type: ignore[assignment]
    """The provider's own model, as its generated client returned it."""


class Capabilities(BaseModel):
    """What a provider can do through the facade, and what its verbs mean."""

    model_config: ClassVar[ConfigDict] = ConfigDict(frozen=True)

    provider: str
    verbs: tuple[Verb, ...]
    """Facade verbs this provider supports (``set_enabled`` goes with enable/disable)."""
    disabled_events: DisabledEvents
    """What happens to events while deliveries are stopped, as the provider documents it."""
    relative_toggle: bool
    """Whether the provider's native on/off verb is a relative flip (not idempotent)."""
    idempotency_keys: bool
    """Whether mutations carry an idempotency key the provider dedupes on."""
    native_calls: dict[str, str]
    """Facade verb -> the HTTP call(s) behind it (``"POST /api/webhooks/{id}/disable"``)."""
    max_webhooks: int | None
    """Webhooks allowed per account (``1`` for polytomic), or ``None`` when unlimited."""
    delivery_signature: str | None = None
    """How deliveries are signed (one line), or ``None`` when the provider documents no scheme
    (``hookhub.verify_delivery`` then refuses with reason ``unsupported``)."""
    update_semantics: UpdateSemantics | None = None
    """What the provider's update call does with fields it is not sent: ``"partial"`` keeps
    them, ``"full"`` replaces the whole webhook (the facade then reads first and resends what
    it read, or refuses before sending). ``None`` when there is no update."""
