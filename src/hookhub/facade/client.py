"""``hookhub.WebhookClient`` / ``AsyncWebhookClient``: one interface over every provider."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from functools import cache
from typing import Any, Generic, Literal, cast

import httpx
from typing_extensions import TypeVar

from hookhub._core.client_base import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from hookhub._core.closing import AsyncClosing, SyncClosing
from hookhub._core.errors import ConfigurationError, UnsupportedOperationError
from hookhub._core.omit import Omit, omit
from hookhub._core.retry_policy import RetryPolicy
from hookhub.facade import plans
from hookhub.facade.models import Capabilities, Webhook
from hookhub.facade.provider_mapping import ProviderMapping, load_mapping
from hookhub.facade.runners import async_webhook_lock, run_async, run_sync, webhook_lock
from hookhub.providers import PROVIDER_IDS

__all__ = [
    "DEFAULT_SETTLE_DELAY",
    "AsyncWebhookClientBase",
    "NativeT",
    "RawT",
    "StateStrategy",
    "SyncWebhookClientBase",
    "list_providers",
]

StateStrategy = Literal["set", "toggle"]
DEFAULT_SETTLE_DELAY = 1.0
"""Seconds to wait before re-reading after an ambiguous toggle."""

NativeT = TypeVar("NativeT", default=Any)
"""The provider's generated client (``SentDM``), as ``.native`` returns it."""
RawT = TypeVar("RawT", default=Any)
"""The provider's webhook model, as ``Webhook.raw`` holds it."""


@cache
def _mapping(provider: str) -> ProviderMapping:
    if provider not in PROVIDER_IDS:
        raise ConfigurationError(
            f"unknown provider {provider!r}; known providers: {', '.join(PROVIDER_IDS)}"
        )
    return load_mapping(provider)


def list_providers() -> list[Capabilities]:
    """Every provider hookhub knows, with what it can do."""
    return [_mapping(provider).capabilities() for provider in PROVIDER_IDS]


class _FacadeBase(Generic[NativeT, RawT]):
    """What the sync and async facades share: everything but running the plans."""

    _asynchronous = False

    def __init__(
        self,
        provider: str,
        *,
        state_strategy: StateStrategy,
        settle_delay: float,
        provider_options: Mapping[str, Any],
        client_arguments: Mapping[str, Any],
    ) -> None:
        self._mapping = _mapping(provider)
        known = {option.name for option in self._mapping.profile.options}
        unknown = set(provider_options) - known
        if unknown:
            raise ConfigurationError(
                f"[{provider}] unknown option(s) {', '.join(sorted(unknown))}; "
                f"{provider} takes: {', '.join(sorted(known)) or 'none'}"
            )
        if state_strategy not in ("set", "toggle"):
            raise ConfigurationError("state_strategy must be 'set' or 'toggle'")
        self._use_toggle = state_strategy == "toggle"
        self._settle_delay = settle_delay
        native_class = self._mapping.async_class if self._asynchronous else self._mapping.sync_class
        self._native = cast(NativeT, native_class(**client_arguments, **provider_options))

    @property
    def native(self) -> NativeT:
        """The provider's generated client (``hookhub.providers.<id>``), for native verbs."""
        return self._native

    @property
    def provider(self) -> str:
        return self._mapping.provider

    @property
    def capabilities(self) -> Capabilities:
        """What this provider supports and what its verbs mean."""
        return self._mapping.capabilities()

    def _lock_key(self, webhook_id: str) -> tuple[str, str, str]:
        return (self._mapping.provider, self._native_base_url(), webhook_id)

    def _native_base_url(self) -> str:
        return str(cast(Any, self._native).base_url)

    def _set_enabled_plan(self, webhook_id: str, enabled: bool) -> plans.Plan[Webhook]:
        return plans.set_enabled(
            self._mapping,
            webhook_id,
            enabled,
            use_toggle=self._use_toggle,
            settle_delay=self._settle_delay,
        )

    def _pause_plan(self, verb: str, webhook_id: str) -> plans.Plan[Webhook]:
        if self._mapping.verb(verb) is None:
            raise self._unsupported_pause(verb)
        return plans.set_enabled(
            self._mapping, webhook_id, verb == "resume", use_toggle=False, settle_delay=0
        )

    def _unsupported_pause(self, verb: str) -> UnsupportedOperationError:
        provider = self._mapping.provider
        fate = {
            "dropped": f"{provider} drops events while a webhook is disabled",
            "unspecified": f"{provider} does not document that events are kept while disabled",
            "buffered": f"{provider} has no {verb} verb",
        }[self._mapping.disabled_events]
        alternative = "disable() to stop" if verb == "pause" else "enable() to restart"
        return UnsupportedOperationError(
            f"[{provider}] {verb}() promises that events are kept meanwhile, and {fate}. "
            f"Use {alternative} deliveries if losing the events in between is acceptable.",
            provider=provider,
            operation=verb,
        )


class SyncWebhookClientBase(_FacadeBase[NativeT, RawT], SyncClosing):
    """The synchronous verbs; :class:`hookhub.WebhookClient` adds the typed constructors."""

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
        **provider_options: Any,
    ) -> None:
        super().__init__(
            provider,
            state_strategy=state_strategy,
            settle_delay=settle_delay,
            provider_options=provider_options,
            client_arguments={
                "api_key": api_key,
                "base_url": base_url,
                "timeout": timeout,
                "max_retries": max_retries,
                "retry_policy": retry_policy,
                "http_client": http_client,
                "default_headers": default_headers,
            },
        )

    def list(self) -> builtins.list[Webhook[RawT]]:
        """Every webhook of the account, across all pages."""
        return run_sync(plans.list_all(self._mapping), self._native)

    def get(self, webhook_id: str) -> Webhook[RawT]:
        return run_sync(plans.get(self._mapping, webhook_id), self._native)

    def create(
        self,
        *,
        url: str,
        events: builtins.list[str] | None = None,
        name: str | Omit = omit,
        secret: str | Omit = omit,
    ) -> Webhook[RawT]:
        """Register a webhook. ``events=None`` means every event, where the provider has that.

        On a provider limited to one webhook per account (polytomic) this lists first and
        raises :class:`WebhookLimitError` (with ``.existing``) instead of creating a second.
        """
        plan = plans.create(self._mapping, url=url, events=events, name=name, secret=secret)
        return run_sync(plan, self._native)

    def update(
        self,
        webhook_id: str,
        *,
        url: str | Omit = omit,
        events: builtins.list[str] | Omit | None = omit,
        name: str | Omit = omit,
        secret: str | Omit = omit,
    ) -> Webhook[RawT]:
        """Change what is given; what is omitted stays as it is."""
        plan = plans.update(
            self._mapping, webhook_id, url=url, events=events, name=name, secret=secret
        )
        return run_sync(plan, self._native)

    def delete(self, webhook_id: str) -> None:
        run_sync(plans.delete(self._mapping, webhook_id), self._native)

    def set_enabled(self, webhook_id: str, enabled: bool) -> Webhook[RawT]:
        """Converge deliveries to ``enabled``; safe to repeat, never flips a webhook back."""
        plan = self._set_enabled_plan(webhook_id, enabled)
        with webhook_lock(self._lock_key(webhook_id)):
            return run_sync(plan, self._native)

    def enable(self, webhook_id: str) -> Webhook[RawT]:
        return self.set_enabled(webhook_id, True)

    def disable(self, webhook_id: str) -> Webhook[RawT]:
        """Stop deliveries; ``capabilities.disabled_events`` says what happens to events."""
        return self.set_enabled(webhook_id, False)

    def pause(self, webhook_id: str) -> Webhook[RawT]:
        """Stop deliveries while the provider keeps events; raises where it would lose them."""
        plan = self._pause_plan("pause", webhook_id)
        with webhook_lock(self._lock_key(webhook_id)):
            return run_sync(plan, self._native)

    def resume(self, webhook_id: str) -> Webhook[RawT]:
        """Restart deliveries of a paused webhook; the kept events follow."""
        plan = self._pause_plan("resume", webhook_id)
        with webhook_lock(self._lock_key(webhook_id)):
            return run_sync(plan, self._native)

    def close(self) -> None:
        cast(Any, self._native).close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.provider!r}, native={self._native!r})"


class AsyncWebhookClientBase(_FacadeBase[NativeT, RawT], AsyncClosing):
    """The asynchronous verbs; :class:`hookhub.AsyncWebhookClient` adds the typed constructors."""

    _asynchronous = True

    def __init__(
        self,
        provider: str,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
        state_strategy: StateStrategy = "set",
        settle_delay: float = DEFAULT_SETTLE_DELAY,
        **provider_options: Any,
    ) -> None:
        super().__init__(
            provider,
            state_strategy=state_strategy,
            settle_delay=settle_delay,
            provider_options=provider_options,
            client_arguments={
                "api_key": api_key,
                "base_url": base_url,
                "timeout": timeout,
                "max_retries": max_retries,
                "retry_policy": retry_policy,
                "http_client": http_client,
                "default_headers": default_headers,
            },
        )

    async def list(self) -> builtins.list[Webhook[RawT]]:
        """Every webhook of the account, across all pages."""
        return await run_async(plans.list_all(self._mapping), self._native)

    async def get(self, webhook_id: str) -> Webhook[RawT]:
        return await run_async(plans.get(self._mapping, webhook_id), self._native)

    async def create(
        self,
        *,
        url: str,
        events: builtins.list[str] | None = None,
        name: str | Omit = omit,
        secret: str | Omit = omit,
    ) -> Webhook[RawT]:
        """See :meth:`WebhookClient.create`."""
        plan = plans.create(self._mapping, url=url, events=events, name=name, secret=secret)
        return await run_async(plan, self._native)

    async def update(
        self,
        webhook_id: str,
        *,
        url: str | Omit = omit,
        events: builtins.list[str] | Omit | None = omit,
        name: str | Omit = omit,
        secret: str | Omit = omit,
    ) -> Webhook[RawT]:
        """Change what is given; what is omitted stays as it is."""
        plan = plans.update(
            self._mapping, webhook_id, url=url, events=events, name=name, secret=secret
        )
        return await run_async(plan, self._native)

    async def delete(self, webhook_id: str) -> None:
        await run_async(plans.delete(self._mapping, webhook_id), self._native)

    async def set_enabled(self, webhook_id: str, enabled: bool) -> Webhook[RawT]:
        """Converge deliveries to ``enabled``; safe to repeat, never flips a webhook back."""
        plan = self._set_enabled_plan(webhook_id, enabled)
        async with async_webhook_lock(self._lock_key(webhook_id)):
            return await run_async(plan, self._native)

    async def enable(self, webhook_id: str) -> Webhook[RawT]:
        return await self.set_enabled(webhook_id, True)

    async def disable(self, webhook_id: str) -> Webhook[RawT]:
        """Stop deliveries; ``capabilities.disabled_events`` says what happens to events."""
        return await self.set_enabled(webhook_id, False)

    async def pause(self, webhook_id: str) -> Webhook[RawT]:
        """Stop deliveries while the provider keeps events; raises where it would lose them."""
        plan = self._pause_plan("pause", webhook_id)
        async with async_webhook_lock(self._lock_key(webhook_id)):
            return await run_async(plan, self._native)

    async def resume(self, webhook_id: str) -> Webhook[RawT]:
        """Restart deliveries of a paused webhook; the kept events follow."""
        plan = self._pause_plan("resume", webhook_id)
        async with async_webhook_lock(self._lock_key(webhook_id)):
            return await run_async(plan, self._native)

    async def close(self) -> None:
        await cast(Any, self._native).close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.provider!r}, native={self._native!r})"
