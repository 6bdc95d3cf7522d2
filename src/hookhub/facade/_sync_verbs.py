# This file was written by scripts/codegen.py from src/hookhub/facade/_async_verbs.py
# (scripts/hookhub_codegen/unasync.py). Do not edit it: edit the async module and run
# `make codegen`.

"""The facade verbs of :class:`SyncWebhookClientBase`.

Only :mod:`hookhub.facade._async_verbs` is written by hand; ``scripts/codegen.py`` writes
:mod:`hookhub.facade._sync_verbs` from it (see ``scripts/hookhub_codegen/unasync.py``). Both
only plumb arguments into the plans of :mod:`hookhub.facade._plans`, run by
:mod:`hookhub.facade._runners`. Import them from :mod:`hookhub.facade.client`.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, cast

import httpx
from typing_extensions import Unpack

from hookhub._core.client_base import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from hookhub._core.closing import SyncClosing
from hookhub._core.omit import Omit, omit
from hookhub._core.retry_policy import RetryPolicy
from hookhub.facade import _plans as plans
from hookhub.facade._base import (
    DEFAULT_DEADLINE,
    DEFAULT_SETTLE_DELAY,
    FacadeBase,
    NativeT,
    PerCallOptions,
    PlanFactory,
    RawT,
    StateStrategy,
    never,
)
from hookhub.facade._runners import webhook_lock
from hookhub.facade._sync_runner import run_sync

if TYPE_CHECKING:
    from hookhub.facade.models import Webhook

__all__ = ["SyncWebhookClientBase"]


class SyncWebhookClientBase(FacadeBase[NativeT, RawT], SyncClosing):
    """The synchronous verbs; :class:`hookhub.WebhookClient` adds the typed constructors.

    ``verify=True`` (the default) confirms every read a decision rests on with a second,
    agreeing read, and after an ambiguous toggle waits the request's read timeout before
    reading, so neither a stale read nor a late-applied toggle ends in a wrong state reported
    as success. ``deadline`` (seconds, default :data:`DEFAULT_DEADLINE`; ``None`` for none)
    bounds each converging call, lock wait included: past it the call raises
    :class:`hookhub.DeadlineExceededError` with the last state seen. Every state-changing
    verb holds one process-wide lock per (provider, base URL, webhook).
    """

    def __init__(
        self,
        provider: str,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
        state_strategy: StateStrategy = "set",
        settle_delay: float = DEFAULT_SETTLE_DELAY,
        verify: bool = True,
        deadline: float | None = DEFAULT_DEADLINE,
        allow_insecure_http: bool = False,
        **provider_options: Any,
    ) -> None:
        super().__init__(
            provider,
            state_strategy=state_strategy,
            settle_delay=settle_delay,
            verify=verify,
            deadline=deadline,
            provider_options=provider_options,
            client_arguments={
                "api_key": api_key,
                "base_url": base_url,
                "timeout": timeout,
                "max_retries": max_retries,
                "retry_policy": retry_policy,
                "http_client": http_client,
                "default_headers": default_headers,
                "allow_insecure_http": allow_insecure_http,
            },
        )

    def list(self, **options: Unpack[PerCallOptions]) -> builtins.list[Webhook[RawT]]:
        """Every webhook of the account, across all pages (see :meth:`iter` for one by one).

        Every verb takes the keyword options of :class:`PerCallOptions` (``timeout=``,
        ``max_retries=``, ``extra_headers=``, ``extra_query=``, ``extra_body=``), applied to
        each request the verb sends.
        """
        return [webhook for webhook in self.iter(**options)]

    def iter(self, **options: Unpack[PerCallOptions]) -> Iterator[Webhook[RawT]]:
        """Every webhook of the account, reading the next page only when it is reached."""
        call_options = self._call_options(options)
        page: int | None = plans.FIRST_PAGE
        while page is not None:
            plan = plans.list_page(self._mapping, page)
            found = run_sync(plan, self._native, options=call_options)
            yield from found.webhooks
            page = found.next_page

    def get(self, webhook_id: str, **options: Unpack[PerCallOptions]) -> Webhook[RawT]:
        """The webhook ``webhook_id``."""
        plan = plans.get(self._mapping, webhook_id)
        return run_sync(plan, self._native, options=self._call_options(options))

    def create(
        self,
        *,
        url: str,
        events: builtins.list[str] | None = None,
        name: str | Omit = omit,
        secret: str | Omit = omit,
        **options: Unpack[PerCallOptions],
    ) -> Webhook[RawT]:
        """Register a webhook. ``events=None`` means every event, where the provider has that.

        On a provider limited to one webhook per account (polytomic) this lists first and
        raises :class:`WebhookLimitError` (with ``.existing``) instead of creating a second.
        """
        plan = plans.create(self._mapping, url=url, events=events, name=name, secret=secret)
        return run_sync(plan, self._native, options=self._call_options(options))

    def update(
        self,
        webhook_id: str,
        *,
        url: str | Omit = omit,
        events: builtins.list[str] | Omit | None = omit,
        name: str | Omit = omit,
        secret: str | Omit = omit,
        **options: Unpack[PerCallOptions],
    ) -> Webhook[RawT]:
        """Change what is given; what is omitted stays as it is.

        ``capabilities.update_semantics`` says whether the provider's update is partial or a
        full replacement; under a full replacement the webhook is read first and what was read
        is sent back (or :class:`hookhub.IncompleteWebhookError` is raised before sending).
        """
        plan = self._update_plan(webhook_id, url, events, name, secret)
        call_options = self._call_options(options)
        with webhook_lock(self._lock_key(webhook_id), None, never):
            return run_sync(plan, self._native, options=call_options)

    def delete(self, webhook_id: str, **options: Unpack[PerCallOptions]) -> None:
        """Delete the webhook."""
        call_options = self._call_options(options)
        with webhook_lock(self._lock_key(webhook_id), None, never):
            plan = plans.delete(self._mapping, webhook_id)
            run_sync(plan, self._native, options=call_options)

    def set_enabled(
        self,
        webhook_id: str,
        enabled: bool,
        *,
        deadline: float | Omit | None = omit,
        **options: Unpack[PerCallOptions],
    ) -> Webhook[RawT]:
        """Converge deliveries to ``enabled``; safe to repeat, never flips a webhook back.

        ``deadline`` overrides the client's for this call (seconds; ``None`` for none).
        """
        plan = self._set_enabled_plan
        return self._converge(plan, webhook_id, enabled, deadline, options)

    def enable(
        self,
        webhook_id: str,
        *,
        deadline: float | Omit | None = omit,
        **options: Unpack[PerCallOptions],
    ) -> Webhook[RawT]:
        """Restart deliveries; safe to repeat (see :meth:`set_enabled`)."""
        return self._converge(self._set_enabled_plan, webhook_id, True, deadline, options)

    def disable(
        self,
        webhook_id: str,
        *,
        deadline: float | Omit | None = omit,
        **options: Unpack[PerCallOptions],
    ) -> Webhook[RawT]:
        """Stop deliveries; ``capabilities.disabled_events`` says what happens to events."""
        return self._converge(self._set_enabled_plan, webhook_id, False, deadline, options)

    def pause(
        self,
        webhook_id: str,
        *,
        deadline: float | Omit | None = omit,
        **options: Unpack[PerCallOptions],
    ) -> Webhook[RawT]:
        """Stop deliveries while the provider keeps events; raises where it would lose them."""
        factory = self._pause_factory("pause")
        return self._converge(factory, webhook_id, False, deadline, options)

    def resume(
        self,
        webhook_id: str,
        *,
        deadline: float | Omit | None = omit,
        **options: Unpack[PerCallOptions],
    ) -> Webhook[RawT]:
        """Restart deliveries of a paused webhook; the kept events follow."""
        factory = self._pause_factory("resume")
        return self._converge(factory, webhook_id, True, deadline, options)

    def _converge(
        self,
        factory: PlanFactory,
        webhook_id: str,
        wanted: bool,
        deadline: float | Omit | None,
        options: PerCallOptions,
    ) -> Webhook[RawT]:
        plan, call_options, until, expired = self._converging(
            factory, webhook_id, wanted, deadline, options
        )
        with webhook_lock(self._lock_key(webhook_id), until, expired):
            return run_sync(plan, self._native, deadline=until, options=call_options)

    def close(self) -> None:
        """Close the native client (its connection pool, unless you passed ``http_client``)."""
        cast(Any, self._native).close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.provider!r}, native={self._native!r})"
