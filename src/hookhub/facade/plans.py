"""The facade's logic, written once as plans: generators that yield the calls to make.

A plan yields :class:`Call` (run a native operation; the result, or the ``HookhubError`` it
raised, is sent back in) and :class:`Sleep` steps, and returns the verb's result. The sync and
async runners in :mod:`hookhub.facade.runners` only execute steps, so both flavours share
every decision made here.
"""

from __future__ import annotations

import builtins
from collections.abc import Generator, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from hookhub._core.errors import (
    APIConnectionError,
    APIStatusError,
    ConvergenceError,
    HookhubError,
    UnsupportedOperationError,
)
from hookhub._core.omit import Omit, omit
from hookhub._core.pagination import page_body
from hookhub.facade.models import Webhook
from hookhub.facade.provider_mapping import ProviderMapping, VerbSpec, _path, new_secret

__all__ = [
    "Call",
    "Plan",
    "Sleep",
    "WebhookLimitError",
    "create",
    "delete",
    "get",
    "list_all",
    "set_enabled",
    "update",
]

T = TypeVar("T")
MAX_PAGES = 1000
MAX_TOGGLES = 2
SETTLE_READS = 4


@dataclass(frozen=True)
class Call:
    """Run ``client.webhooks.<operation>(*args, **kwargs)`` on the native client."""

    operation: str
    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Sleep:
    """Wait before the next step (settling after an ambiguous toggle)."""

    seconds: float


Plan = Generator[Call | Sleep, Any, T]


class WebhookLimitError(HookhubError):
    """The account already has as many webhooks as the provider allows (polytomic: one)."""

    def __init__(self, message: str, *, provider: str, existing: builtins.list[Webhook]) -> None:
        super().__init__(message)
        self.provider = provider
        self.existing = existing


WebhookLimitError.__module__ = "hookhub"  # shown as exported: ``hookhub.WebhookLimitError``


def _verb(mapping: ProviderMapping, name: str) -> VerbSpec:
    verb = mapping.verb(name)
    if verb is None:
        raise UnsupportedOperationError(
            f"[{mapping.provider}] has no {name} operation; use client.native for what it has",
            provider=mapping.provider,
            operation=name,
        )
    return verb


def get(mapping: ProviderMapping, webhook_id: str) -> Plan[Webhook]:
    raw = yield Call(_verb(mapping, "get").operation, (webhook_id,))
    return mapping.to_webhook(raw)


def list_all(mapping: ProviderMapping) -> Plan[builtins.list[Webhook]]:
    """Every webhook, following the provider's pagination to the last page."""
    verb = _verb(mapping, "list")
    paging = verb.pagination
    if not paging:
        result = page_body((yield Call(verb.operation)))
        return [mapping.to_webhook(item) for item in mapping.items(verb, result)]
    webhooks: builtins.list[Webhook] = []
    for page in range(1, MAX_PAGES + 1):
        kwargs: dict[str, Any] = {paging["param"]: page}
        if "size_param" in paging:
            kwargs[paging["size_param"]] = paging["size"]
        # A list that pages returns a page object; this plan pages by itself, so it reads
        # the page's body (the operation's whole result), as before pages existed.
        result = page_body((yield Call(verb.operation, kwargs=kwargs)))
        items = mapping.items(verb, result)
        webhooks.extend(mapping.to_webhook(item) for item in items)
        if not items:
            break
        if "has_more" in paging:
            more = _path(result, paging["has_more"]) is True
        else:
            current, last = _path(result, paging["page"]), _path(result, paging["last_page"])
            more = isinstance(current, int) and isinstance(last, int) and current < last
        if not more:
            break
    return webhooks


def create(
    mapping: ProviderMapping,
    *,
    url: str,
    events: builtins.list[str] | None,
    name: str | Omit,
    secret: str | Omit,
) -> Plan[Webhook]:
    verb = _verb(mapping, "create")
    mapping.check_events(events, creating=True)
    if mapping.max_webhooks is not None:
        existing = yield from list_all(mapping)
        if len(existing) >= mapping.max_webhooks:
            raise WebhookLimitError(
                f"[{mapping.provider}] allows {mapping.max_webhooks} webhook(s) per account and "
                f"has {len(existing)}: update() or delete() the existing one (see .existing)",
                provider=mapping.provider,
                existing=existing,
            )
    variables = {
        "url": url,
        "events": events,
        "name": name,
        "secret": secret,
        "generated_secret": new_secret(),
    }
    raw = yield Call(verb.operation, kwargs=mapping.arguments(verb, variables))
    return mapping.to_webhook(raw)


def update(
    mapping: ProviderMapping,
    webhook_id: str,
    *,
    url: str | Omit,
    events: builtins.list[str] | Omit | None,
    name: str | Omit,
    secret: str | Omit,
) -> Plan[Webhook]:
    verb = _verb(mapping, "update")
    if events is not omit:
        mapping.check_events(events, creating=False)
    variables: dict[str, Any] = {"url": url, "events": events, "name": name, "secret": secret}
    if verb.read_first:
        current = yield from get(mapping, webhook_id)
        variables["current"] = current.raw
    raw = yield Call(verb.operation, (webhook_id,), mapping.arguments(verb, variables))
    return mapping.to_webhook(raw)


def delete(mapping: ProviderMapping, webhook_id: str) -> Plan[None]:
    yield Call(_verb(mapping, "delete").operation, (webhook_id,))
    return None


def set_enabled(
    mapping: ProviderMapping,
    webhook_id: str,
    wanted: bool,
    *,
    use_toggle: bool,
    settle_delay: float,
) -> Plan[Webhook]:
    """Converge the webhook to ``wanted``; repeating the call never flips it back."""
    if use_toggle and mapping.relative_toggle:
        return (yield from _converge_with_toggle(mapping, webhook_id, wanted, settle_delay))
    verb = _verb(mapping, "enable" if wanted else "disable")
    variables: dict[str, Any] = {"enabled": wanted}
    if verb.read_first:
        current = yield from get(mapping, webhook_id)
        if current.enabled == wanted:
            return current
        variables["current"] = current.raw
    raw = yield Call(verb.operation, (webhook_id,), mapping.arguments(verb, variables))
    result = mapping.to_webhook(raw)
    if result.enabled != wanted:
        # Some providers answer with a stale or generic body: believe a fresh read only.
        result = yield from get(mapping, webhook_id)
        if result.enabled != wanted:
            raise _not_converged(mapping, webhook_id, wanted, result)
    return result


def _converge_with_toggle(
    mapping: ProviderMapping, webhook_id: str, wanted: bool, settle_delay: float
) -> Plan[Webhook]:
    """Read, flip only when needed, never retry a flip blindly, re-read after ambiguity."""
    toggle = _verb(mapping, "toggle").operation
    current = yield from get(mapping, webhook_id)
    if current.enabled == wanted:
        return current
    for _ in range(MAX_TOGGLES):
        try:
            raw = yield Call(toggle, (webhook_id,))
        except HookhubError as exc:
            if not _ambiguous(exc):
                raise
        else:
            flipped = mapping.to_webhook(raw)
            if flipped.enabled == wanted:
                return flipped
        current = yield from _settled_read(mapping, webhook_id, settle_delay)
        if current.enabled == wanted:
            return current
    raise _not_converged(mapping, webhook_id, wanted, current)


def _settled_read(mapping: ProviderMapping, webhook_id: str, settle_delay: float) -> Plan[Webhook]:
    """Wait, then read until two consecutive reads agree: one stale read cannot fool it."""
    yield Sleep(settle_delay)
    previous = yield from get(mapping, webhook_id)
    for _ in range(SETTLE_READS - 1):
        yield Sleep(settle_delay)
        current = yield from get(mapping, webhook_id)
        if current.enabled == previous.enabled:
            return current
        previous = current
    return previous


def _ambiguous(error: HookhubError) -> bool:
    """Whether the toggle may have been applied although no answer said so."""
    if isinstance(error, APIConnectionError):
        return True
    return isinstance(error, APIStatusError) and (
        error.status_code >= 500 or error.status_code in (408, 429)
    )


def _not_converged(
    mapping: ProviderMapping, webhook_id: str, wanted: bool, last_seen: Webhook
) -> ConvergenceError:
    state = "enabled" if wanted else "disabled"
    return ConvergenceError(
        f"[{mapping.provider}] webhook {webhook_id} is still not {state}; "
        f"last seen enabled={last_seen.enabled}",
        provider=mapping.provider,
        webhook_id=webhook_id,
        wanted=wanted,
        last_seen=last_seen,
    )
