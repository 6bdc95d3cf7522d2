# This file was written by scripts/codegen.py from openapi/*.yaml. Do not edit it:
# change the spec (or the generator) and run `make codegen`.

"""``WebhookClient`` / ``AsyncWebhookClient``, typed per provider.

One ``__init__`` overload per spec: the provider id is a literal, its options are keyword
arguments of their own types, and the client is parametrised with the provider's generated
client (``.native``) and webhook model (``Webhook.raw``). The verbs live in
:mod:`hookhub.facade.client`; only the signatures are generated.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, overload

import httpx

from hookhub._core.client_base import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from hookhub._core.retry_policy import RetryPolicy
from hookhub.facade.client import (
    DEFAULT_DEADLINE,
    DEFAULT_SETTLE_DELAY,
    AsyncWebhookClientBase,
    NativeT,
    RawT,
    StateStrategy,
    SyncWebhookClientBase,
)
from hookhub.providers import ProviderId

if TYPE_CHECKING:
    from hookhub.providers.flip import AsyncFlip, Flip
    from hookhub.providers.flip.models import Webhook as FlipWebhook
    from hookhub.providers.kallima import AsyncKallima, Kallima
    from hookhub.providers.kallima.models import Webhook as KallimaWebhook
    from hookhub.providers.polytomic import AsyncPolytomic, Polytomic
    from hookhub.providers.polytomic.models import Webhook as PolytomicWebhook
    from hookhub.providers.sentdm import AsyncSentDM, SentDM
    from hookhub.providers.sentdm.models import WebhookResponse as SentDMWebhookResponse
    from hookhub.providers.shipping_channels import AsyncShippingChannels, ShippingChannels
    from hookhub.providers.shipping_channels.models import (
        WebhookSubscription as ShippingChannelsWebhookSubscription,
    )

__all__ = ["AsyncWebhookClient", "WebhookClient"]


class WebhookClient(SyncWebhookClientBase[NativeT, RawT]):
    """Manage webhooks at any provider through one synchronous interface.

    ``provider`` is one of :func:`hookhub.list_providers` (a :data:`hookhub.ProviderId`);
    the remaining arguments configure the provider's generated client (``native``), including
    its own options. ``state_strategy="toggle"`` drives a relative-toggle provider
    (shipping_channels) through its toggle verb instead of its set-state route;
    ``settle_delay`` is the wait between the reads that confirm a state; ``verify`` and
    ``deadline`` are described on :class:`~hookhub.facade.client.SyncWebhookClientBase`.
    """

    @overload
    def __init__(
        self: WebhookClient[Flip, FlipWebhook],
        provider: Literal["flip"],
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
    ) -> None: ...

    @overload
    def __init__(
        self: WebhookClient[Kallima, KallimaWebhook],
        provider: Literal["kallima"],
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
    ) -> None: ...

    @overload
    def __init__(
        self: WebhookClient[Polytomic, PolytomicWebhook],
        provider: Literal["polytomic"],
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
        api_version: str | None = "2025-09-18",
        auth_scheme: Literal["user", "organization"] = "user",
    ) -> None: ...

    @overload
    def __init__(
        self: WebhookClient[SentDM, SentDMWebhookResponse],
        provider: Literal["sentdm"],
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
        profile_id: str | None = None,
        sandbox: bool | None = None,
    ) -> None: ...

    @overload
    def __init__(
        self: WebhookClient[ShippingChannels, ShippingChannelsWebhookSubscription],
        provider: Literal["shipping_channels"],
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
    ) -> None: ...

    def __init__(self, provider: ProviderId, **arguments: Any) -> None:
        super().__init__(provider, **arguments)


class AsyncWebhookClient(AsyncWebhookClientBase[NativeT, RawT]):
    """The asynchronous twin of :class:`WebhookClient`; same arguments, awaitable verbs."""

    @overload
    def __init__(
        self: AsyncWebhookClient[AsyncFlip, FlipWebhook],
        provider: Literal["flip"],
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
        verify: bool = True,
        deadline: float | None = DEFAULT_DEADLINE,
        allow_insecure_http: bool = False,
    ) -> None: ...

    @overload
    def __init__(
        self: AsyncWebhookClient[AsyncKallima, KallimaWebhook],
        provider: Literal["kallima"],
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
        verify: bool = True,
        deadline: float | None = DEFAULT_DEADLINE,
        allow_insecure_http: bool = False,
    ) -> None: ...

    @overload
    def __init__(
        self: AsyncWebhookClient[AsyncPolytomic, PolytomicWebhook],
        provider: Literal["polytomic"],
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
        verify: bool = True,
        deadline: float | None = DEFAULT_DEADLINE,
        allow_insecure_http: bool = False,
        api_version: str | None = "2025-09-18",
        auth_scheme: Literal["user", "organization"] = "user",
    ) -> None: ...

    @overload
    def __init__(
        self: AsyncWebhookClient[AsyncSentDM, SentDMWebhookResponse],
        provider: Literal["sentdm"],
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
        verify: bool = True,
        deadline: float | None = DEFAULT_DEADLINE,
        allow_insecure_http: bool = False,
        profile_id: str | None = None,
        sandbox: bool | None = None,
    ) -> None: ...

    @overload
    def __init__(
        self: AsyncWebhookClient[AsyncShippingChannels, ShippingChannelsWebhookSubscription],
        provider: Literal["shipping_channels"],
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
        verify: bool = True,
        deadline: float | None = DEFAULT_DEADLINE,
        allow_insecure_http: bool = False,
    ) -> None: ...

    def __init__(self, provider: ProviderId, **arguments: Any) -> None:
        super().__init__(provider, **arguments)
