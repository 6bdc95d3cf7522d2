"""The facade's logic, written once as plans: generators that yield the calls to make.

A plan yields :class:`Call` (run a native operation; the result, or the ``HookhubError`` it
raised, is sent back in) and :class:`Sleep` steps, and returns the verb's result. The sync and
async runners in :mod:`hookhub.facade._runners` only execute steps, so both flavours share
every decision made here. A runner given a deadline throws :class:`Expired` into the plan at
the first step that would end past it; the converging plans turn that into
:class:`DeadlineExceededError` carrying the last state they saw.
"""

from __future__ import annotations

import builtins
from collections.abc import Generator, Mapping
from dataclasses import field
from typing import TYPE_CHECKING, Any, TypeVar

from hookhub._core.errors import (
    APIConnectionError,
    APIStatusError,
    ConflictError,
    ConvergenceError,
    HookhubError,
    RateLimitError,
    UnsupportedOperationError,
)
from hookhub._core.omit import Omit, omit
from hookhub._core.pagination import page_body
from hookhub._core.records import call_record, record
from hookhub._core.retry_policy import RetryPolicy, backoff_delay
from hookhub.facade._errors import DeadlineExceededError, IncompleteWebhookError
from hookhub.facade._provider_mapping import ProviderMapping, VerbSpec, new_secret, read_path

__all__ = [
    "FIRST_PAGE",
    "Call",
    "Expired",
    "Plan",
    "Sleep",
    "Tuning",
    "WebhookLimitError",
    "WebhookPage",
    "create",
    "delete",
    "get",
    "list_all",
    "list_page",
    "set_enabled",
    "update",
]

T = TypeVar("T")
MAX_PAGES = 1000
MAX_TOGGLES = 2
SETTLE_READS = 4

if TYPE_CHECKING:
    # The models load pydantic's model machinery: imported when a result is built.
    from hookhub.facade.models import Webhook


@call_record
class Call:
    """Run ``client.webhooks.<operation>(*args, **kwargs)`` on the native client."""

    operation: str
    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = field(default_factory=dict[str, Any])


@call_record
class Sleep:
    """Wait before the next step (settling after an ambiguous toggle)."""

    seconds: float


Plan = Generator[Call | Sleep, Any, T]


class Expired(Exception):
    """Thrown into a plan by its runner: the next step would end past the call's deadline."""


@record
class Tuning:
    """How the converging verbs wait and confirm; the facade client builds it from its arguments."""

    settle_delay: float = 1.0
    """Wait between the reads of a settled read."""
    verify: bool = True
    """Confirm every read a decision rests on with a second, agreeing read ``settle_delay``
    later, and after an ambiguous toggle wait ``late_apply_wait`` before reading."""
    late_apply_wait: float = 30.0
    """When verifying, the extra wait after a toggle that got no answer (or a gateway's):
    the request timeout, the time the server may still need to apply it."""
    max_retry_after: float = 60.0
    """A server-requested wait above this is not slept: ``RateLimitError`` is raised."""
    rate_limit_retries: int = 2
    """How often a toggle refused with 429 is tried again after the wait."""
    backoff: RetryPolicy = field(default_factory=RetryPolicy)
    """The backoff for a 429 that names no wait."""


class _Seen:
    """What a converging plan saw last, for the error that ends it early."""

    # A plain class: a dataclass costs ~0.2 ms to define at import.
    __slots__ = ("retry_after", "webhook")

    def __init__(self) -> None:
        self.webhook: Webhook | None = None
        self.retry_after: float | None = None


class WebhookLimitError(HookhubError):
    """The account already has as many webhooks as the provider allows (polytomic: one)."""

    def __init__(self, message: str, *, provider: str, existing: builtins.list[Webhook]) -> None:
        super().__init__(message)
        self.provider = provider
        self.existing = existing


WebhookLimitError.__module__ = "hookhub"  # shown as exported: ``hookhub.WebhookLimitError``


def _verb(mapping: ProviderMapping, name: str) -> VerbSpec:
    verb = mapping.verbs.get(name)
    if verb is None:
        raise UnsupportedOperationError(
            f"[{mapping.provider}] has no {name} operation; use client.native for what it has",
            provider=mapping.provider,
            operation=name,
        )
    return verb


def get(mapping: ProviderMapping, webhook_id: str) -> Plan[Webhook]:
    raw = yield Call(_verb(mapping, "get").operation, (webhook_id,))
    return mapping.to_webhook(raw, webhook_id=webhook_id)


def _settled_raw(
    mapping: ProviderMapping, webhook_id: str, tuning: Tuning, *, wait_first: float | None
) -> Plan[Any]:
    """Read until two consecutive reads agree (``settle_delay`` apart): one stale read cannot
    fool it. ``wait_first`` is slept before the first read (``None``: read at once)."""
    operation = _verb(mapping, "get").operation
    if wait_first:
        yield Sleep(wait_first)
    previous = yield Call(operation, (webhook_id,))
    for _ in range(SETTLE_READS - 1):
        yield Sleep(tuning.settle_delay)
        current = yield Call(operation, (webhook_id,))
        if current == previous:
            return current
        previous = current
    # Still moving after SETTLE_READS reads: decide on the latest answer, which was seen.
    return previous


FIRST_PAGE = 1


@call_record
class WebhookPage:
    """One page of the provider's list, as webhooks, and the page to read next."""

    webhooks: builtins.list[Webhook]
    next_page: int | None
    """``None`` after the last page (and for a provider whose list does not page)."""


def list_page(mapping: ProviderMapping, page: int = FIRST_PAGE) -> Plan[WebhookPage]:
    """One page of webhooks; following ``next_page`` walks the provider's pagination."""
    verb = _verb(mapping, "list")
    paging = verb.pagination
    if not paging:
        result = page_body((yield Call(verb.operation)))
        return WebhookPage([mapping.to_webhook(item) for item in mapping.items(verb, result)], None)
    kwargs: dict[str, Any] = {paging["param"]: page}
    if "size_param" in paging:
        kwargs[paging["size_param"]] = paging["size"]
    # A list that pages returns a page object; this plan pages by itself, so it reads the
    # page's body (the operation's whole result), as before pages existed.
    result = page_body((yield Call(verb.operation, kwargs=kwargs)))
    items = mapping.items(verb, result)
    webhooks = [mapping.to_webhook(item) for item in items]
    if not items or page >= MAX_PAGES:
        return WebhookPage(webhooks, None)
    if "has_more" in paging:
        more = read_path(result, paging["has_more"]) is True
    else:
        current = read_path(result, paging["page"])
        last = read_path(result, paging["last_page"])
        more = isinstance(current, int) and isinstance(last, int) and current < last
    return WebhookPage(webhooks, page + 1 if more else None)


def list_all(mapping: ProviderMapping) -> Plan[builtins.list[Webhook]]:
    """Every webhook, following the provider's pagination to the last page."""
    webhooks: builtins.list[Webhook] = []
    page: int | None = FIRST_PAGE
    while page is not None:
        found = yield from list_page(mapping, page)
        webhooks.extend(found.webhooks)
        page = found.next_page
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
    try:
        return mapping.to_webhook(raw)
    except IncompleteWebhookError as incomplete:
        # Without an id the new webhook cannot be named: the error says so (it may exist;
        # list() shows it) rather than inventing one. With an id, read what it is.
        if "id" in incomplete.missing:
            raise
        return (yield from get(mapping, str(mapping.read_id(raw))))


def update(
    mapping: ProviderMapping,
    webhook_id: str,
    *,
    url: str | Omit,
    events: builtins.list[str] | Omit | None,
    name: str | Omit,
    secret: str | Omit,
    tuning: Tuning | None = None,
) -> Plan[Webhook]:
    """Change what is given; keep the rest as it is, under partial and full-replacement updates.

    A ``read_first`` update (full replacement) resends exactly what it read; a field the
    write needs that was neither given nor read raises :class:`IncompleteWebhookError`
    before anything is sent.
    """
    verb = _verb(mapping, "update")
    if events is not omit:
        mapping.check_events(events, creating=False)
    variables: dict[str, Any] = {"url": url, "events": events, "name": name, "secret": secret}
    if verb.read_first:
        if tuning is not None and tuning.verify:
            variables["current"] = yield from _settled_raw(
                mapping, webhook_id, tuning, wait_first=None
            )
        else:
            variables["current"] = yield Call(_verb(mapping, "get").operation, (webhook_id,))
    raw = yield Call(
        verb.operation, (webhook_id,), mapping.arguments(verb, variables, webhook_id=webhook_id)
    )
    try:
        return mapping.to_webhook(raw, webhook_id=webhook_id)
    except IncompleteWebhookError:
        # The write was answered without the webhook (or without its state): read it.
        return (yield from get(mapping, webhook_id))


def delete(mapping: ProviderMapping, webhook_id: str) -> Plan[None]:
    yield Call(_verb(mapping, "delete").operation, (webhook_id,))
    return None


def set_enabled(
    mapping: ProviderMapping,
    webhook_id: str,
    wanted: bool,
    *,
    use_toggle: bool,
    tuning: Tuning,
    deadline: float | None = None,
) -> Plan[Webhook]:
    """Converge the webhook to ``wanted``; repeating the call never flips it back.

    Decides only on states it read or was answered; ends in the wanted state, or raises a
    typed error carrying the last state seen (:class:`ConvergenceError`, and its subclass
    :class:`DeadlineExceededError` when the runner signals the deadline with :class:`Expired`).
    """
    seen = _Seen()
    try:
        if use_toggle and mapping.relative_toggle:
            return (yield from _converge_with_toggle(mapping, webhook_id, wanted, tuning, seen))
        return (yield from _converge_with_set(mapping, webhook_id, wanted, tuning, seen))
    except Expired:
        raise deadline_error(
            mapping, webhook_id, wanted, deadline, seen.webhook, seen.retry_after
        ) from None
    except RateLimitError as refused:
        # The native client sleeps no server wait longer than the deadline: a wait that is
        # within max_retry_after but not within the deadline ends the call as the deadline.
        wait = refused.retry_after
        if deadline is None or wait is None or not deadline < wait <= tuning.max_retry_after:
            raise
        raise deadline_error(mapping, webhook_id, wanted, deadline, seen.webhook, wait) from refused


def _read(
    mapping: ProviderMapping, webhook_id: str, tuning: Tuning, seen: _Seen, *, settled: bool
) -> Plan[Webhook]:
    """One read, or a settled read (two agreeing reads) when ``settled``."""
    if settled:
        raw = yield from _settled_raw(mapping, webhook_id, tuning, wait_first=None)
    else:
        raw = yield Call(_verb(mapping, "get").operation, (webhook_id,))
    seen.webhook = mapping.to_webhook(raw, webhook_id=webhook_id)
    return seen.webhook


def _settle_after(
    mapping: ProviderMapping, webhook_id: str, tuning: Tuning, seen: _Seen, wait: float
) -> Plan[Webhook]:
    """Wait ``wait``, then a settled read: the state after a write whose outcome is unclear."""
    raw = yield from _settled_raw(mapping, webhook_id, tuning, wait_first=wait)
    seen.webhook = mapping.to_webhook(raw, webhook_id=webhook_id)
    return seen.webhook


def _answer(mapping: ProviderMapping, webhook_id: str, raw: Any, seen: _Seen) -> Webhook | None:
    """The webhook a write answered with, or ``None`` when the answer does not say its state."""
    try:
        webhook = mapping.to_webhook(raw, webhook_id=webhook_id)
    except IncompleteWebhookError:
        return None
    seen.webhook = webhook
    return webhook


def _converge_with_set(
    mapping: ProviderMapping, webhook_id: str, wanted: bool, tuning: Tuning, seen: _Seen
) -> Plan[Webhook]:
    """An absolute write (retry-safe in the core); read first only where the write needs it."""
    verb = _verb(mapping, "enable" if wanted else "disable")
    variables: dict[str, Any] = {"enabled": wanted}
    if verb.read_first:
        current = yield from _read(mapping, webhook_id, tuning, seen, settled=tuning.verify)
        if current.enabled == wanted:
            return current
        variables["current"] = current.raw
    arguments = mapping.arguments(verb, variables, webhook_id=webhook_id)
    try:
        raw = yield Call(verb.operation, (webhook_id,), arguments)
    except ConflictError as conflict:
        # "Already in that state" (flip may answer 409 to pausing a paused webhook), or a
        # real conflict: only a fresh read can tell, never the status alone.
        current = yield from _settle_after(mapping, webhook_id, tuning, seen, 0.0)
        if current.enabled == wanted:
            return current
        raise conflict
    result = _answer(mapping, webhook_id, raw, seen)
    if result is None or result.enabled != wanted:
        # A stale, generic or empty answer: believe settled reads only.
        result = yield from _settle_after(mapping, webhook_id, tuning, seen, 0.0)
        if result.enabled != wanted:
            raise _not_converged(mapping, webhook_id, wanted, result)
    return result


def _converge_with_toggle(
    mapping: ProviderMapping, webhook_id: str, wanted: bool, tuning: Tuning, seen: _Seen
) -> Plan[Webhook]:
    """Read, flip only when needed, never repeat a flip blindly, re-read after ambiguity.

    A 429 is a refusal (nothing applied): its wait is honoured and the state read again
    before another toggle. A timeout, reset or 5xx may have applied: read until two reads
    agree. When the request may still be in flight (no answer, or a gateway's 502/504), the
    verifying mode then waits the request timeout and reads again, so a late apply is seen
    before a second toggle could undo it, or before success is reported on a state that an
    outside change produced and the late toggle would undo. At most
    ``MAX_TOGGLES`` toggles are sent.
    """
    toggle = _verb(mapping, "toggle").operation
    current = yield from _read(mapping, webhook_id, tuning, seen, settled=tuning.verify)
    if current.enabled == wanted:
        return current
    toggles = refusals = 0
    while toggles < MAX_TOGGLES:
        try:
            raw = yield Call(toggle, (webhook_id,))
        except RateLimitError as refused:
            if refused.status_code != 429:
                raise
            refusals += 1
            wait = refused.retry_after
            if refusals > tuning.rate_limit_retries or (
                wait is not None and wait > tuning.max_retry_after
            ):
                raise
            if wait is None:
                wait = backoff_delay(tuning.backoff, refusals - 1)
            seen.retry_after = wait
            yield Sleep(wait)
            seen.retry_after = None
            current = yield from _read(mapping, webhook_id, tuning, seen, settled=tuning.verify)
            if current.enabled == wanted:
                return current
            continue
        except HookhubError as exc:
            if not _ambiguous(exc):
                raise
            toggles += 1
            current = yield from _settle_after(
                mapping, webhook_id, tuning, seen, tuning.settle_delay
            )
            if tuning.verify and _may_land_late(exc):
                # The lost request may still be on its way: give it the request timeout to
                # land before deciding. Also when the state already looks as wanted: someone
                # else may have flipped it, and our toggle, landing late, would undo that.
                current = yield from _settle_after(
                    mapping, webhook_id, tuning, seen, tuning.late_apply_wait
                )
        else:
            toggles += 1
            flipped = _answer(mapping, webhook_id, raw, seen)
            if flipped is not None and flipped.enabled == wanted:
                return flipped
            current = yield from _settle_after(
                mapping, webhook_id, tuning, seen, tuning.settle_delay
            )
        if current.enabled == wanted:
            return current
    raise _not_converged(mapping, webhook_id, wanted, current)


def _ambiguous(error: HookhubError) -> bool:
    """Whether the toggle may have been applied although no answer said so (not a 429)."""
    if isinstance(error, APIConnectionError):
        return True
    return isinstance(error, APIStatusError) and (
        error.status_code >= 500 or error.status_code == 408
    )


def _may_land_late(error: HookhubError) -> bool:
    """Whether the request may still be applied later: no answer came, or only a gateway's."""
    if isinstance(error, APIConnectionError):
        return True
    return isinstance(error, APIStatusError) and error.status_code in (502, 504)


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


def deadline_error(
    mapping: ProviderMapping,
    webhook_id: str,
    wanted: bool,
    deadline: float | None,
    last_seen: Webhook | None,
    retry_after: float | None = None,
) -> DeadlineExceededError:
    """The error for a converging call whose deadline passed (also while waiting to lock)."""
    state = "enabled" if wanted else "disabled"
    seen = "nothing read yet" if last_seen is None else f"last seen enabled={last_seen.enabled}"
    wait = "" if retry_after is None else f"; the server asked to wait {retry_after:g} s"
    return DeadlineExceededError(
        f"[{mapping.provider}] webhook {webhook_id}: not confirmed {state} within the "
        f"{deadline or 0:g} s deadline ({seen}{wait})",
        provider=mapping.provider,
        webhook_id=webhook_id,
        wanted=wanted,
        last_seen=last_seen,
        deadline=deadline or 0.0,
        retry_after=retry_after,
    )
