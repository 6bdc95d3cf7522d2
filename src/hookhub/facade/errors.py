"""The facade's own errors; each sits in the one ``hookhub`` hierarchy."""

from __future__ import annotations

from typing import Any

from hookhub._core.errors import ConvergenceError, HookhubError

__all__ = ["DeadlineExceededError", "IncompleteWebhookError"]


class IncompleteWebhookError(HookhubError):
    """A successful answer lacks what the facade must see: the webhook's id, its on/off state,
    or a field that a full-replacement write has to send back.

    The facade never fills such a gap with a default (``enabled=False``, ``id="None"``,
    ``null`` in a write): it raises this instead, before anything more is sent.
    """

    def __init__(
        self,
        message: str,
        *,
        provider: str,
        webhook_id: str | None,
        missing: tuple[str, ...],
    ) -> None:
        super().__init__(message)
        self.provider = provider
        self.webhook_id = webhook_id
        self.missing = missing
        """Names of what was absent or unreadable (``("enabled",)``, ``("name", "events")``)."""


class DeadlineExceededError(ConvergenceError):
    """The call's deadline passed before the wanted state was confirmed.

    ``last_seen`` is the last :class:`hookhub.Webhook` read during the call (``None`` when
    nothing was read, e.g. while waiting for the per-webhook lock); ``deadline`` the limit in
    seconds; ``retry_after`` the server-requested wait that did not fit, if that was the cause.
    """

    def __init__(
        self,
        message: str,
        *,
        provider: str,
        webhook_id: str,
        wanted: bool,
        last_seen: Any,
        deadline: float,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(
            message, provider=provider, webhook_id=webhook_id, wanted=wanted, last_seen=last_seen
        )
        self.deadline = deadline
        self.retry_after = retry_after
