# This file was written by scripts/codegen.py from openapi/shipping_channels.yaml. Do not edit it:
# change the spec (or the generator) and run `make codegen`.

"""Typed synchronous and asynchronous clients for the Shipping Channels API (2LM) — webhook
subscriptions."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from hookhub._core.async_shell import AsyncProviderClient
from hookhub._core.client_base import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from hookhub._core.omit import Omit, omit
from hookhub._core.pagination import AsyncPage, AsyncPaginator, SyncPage
from hookhub._core.raw_response import (
    APIResponse,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from hookhub._core.request_options import call_options
from hookhub._core.response_parsing import NO_CONTENT, LazyAdapter, lazy_adapter
from hookhub._core.retry_policy import RetryPolicy
from hookhub._core.sync_shell import SyncProviderClient
from hookhub.providers.shipping_channels import _profile

# The models are imported when a result is first parsed (lazy_adapter), not with the client.
if TYPE_CHECKING:
    from hookhub.providers.shipping_channels.models import (
        WebhookSubscription,
        WebhookSubscriptionList,
    )

__all__ = [
    "AsyncShippingChannels",
    "AsyncWebhooks",
    "AsyncWebhooksWithRawResponse",
    "ShippingChannels",
    "Webhooks",
    "WebhooksWithRawResponse",
]
_MODELS = "hookhub.providers.shipping_channels.models"
_LIST_RESULT: LazyAdapter[WebhookSubscriptionList] = lazy_adapter(
    _MODELS, "WebhookSubscriptionList"
)
_CREATE_RESULT: LazyAdapter[WebhookSubscription] = lazy_adapter(_MODELS, "WebhookSubscription")
_GET_RESULT: LazyAdapter[WebhookSubscription] = lazy_adapter(_MODELS, "WebhookSubscription")
_UPDATE_RESULT: LazyAdapter[WebhookSubscription] = lazy_adapter(_MODELS, "WebhookSubscription")
_TOGGLE_ACTIVE_RESULT: LazyAdapter[WebhookSubscription] = lazy_adapter(
    _MODELS, "WebhookSubscription"
)


class Webhooks:
    """The ``webhooks`` operations of the Shipping Channels API (2LM) — webhook subscriptions."""

    def __init__(self, client: SyncProviderClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> WebhooksWithRawResponse:
        """The same operations, returning ``hookhub.APIResponse`` (status, headers, request id,
        ``.parse()``) instead of the parsed result."""
        return WebhooksWithRawResponse(self)

    def list(
        self,
        *,
        page: int | Omit = omit,
        per_page: int | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> SyncPage[WebhookSubscription, WebhookSubscriptionList]:
        """List webhook subscriptions.

        Retrieves a paginated list of webhook subscriptions for the authenticated user.

        Pagination is page-number based (`page`, `per_page`; Laravel-style `meta` and
        `links`), as the endpoint's parameters and example show. The API overview instead
        claims "cursor-based pagination"; that conflicts with this endpoint's documentation
        and is not followed.

        Docs inconsistency: the list example shows items with `"status": "active"` and no
        `name` or `active` field, while get, create, update and toggle show `active` (boolean)
        and `name`. Both shapes parse.

        The page's error table was not retrieved; the error responses below are the common set
        (401 and 429 are documented API-wide, 403 and 500 inferred from the other
        webhook-subscription pages).

        ``GET /v1/webhook-subscriptions`` (retry class: ``safe``).

        Args:
            page: Page number for pagination. Default is 1.
            per_page: Number of items per page. Default is 15. Maximum is 100.
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.

        Returns a page: ``for`` over it walks every item of every page,
        fetching each next page lazily with the same arguments and options
        (``page`` changes); ``.items`` is one page, ``.body`` its whole
        result.
        """
        return self._client.request_page(
            _profile.LIST,
            _LIST_RESULT,
            query={"page": page, "per_page": per_page},
            options=call_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def create(
        self,
        *,
        name: str,
        url: str,
        events: builtins.list[str],
        secret: str | Omit = omit,
        active: bool | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> WebhookSubscription:
        """Create a webhook subscription.

        Creates a new webhook subscription for receiving notifications about events in your
        account. `secret` signs the webhook payloads; if omitted, a random secret is generated
        (the docs say "if left empty"; an empty string would fail the 8-character minimum, so
        omit the field). `active` defaults to true. The secret is masked in the response.

        No idempotency key is supported: a create that may have reached the server is not
        retried (a repeat could create a second subscription).

        Validation errors: the overview documents 400 `invalid_request` ("Missing required
        parameter: name"); a 422 validation response is inferred. The page's error table was
        not retrieved; 401, 403, 429 and 500 are the common set.

        ``POST /v1/webhook-subscriptions`` (retry class: ``unsafe``).

        Args:
            name: A descriptive name for the webhook subscription.
            url: The URL that will receive webhook notifications.
            events: Array of event types to subscribe to (see `WebhookSubscription.events` for
                the documented values).
            secret: A secret key used to sign webhook payloads. Must be at least 8 characters.
                Omit it to have a random secret generated.
            active: Whether the webhook subscription is active. Default is true.
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return self._client.request(
            _profile.CREATE,
            _CREATE_RESULT,
            body={"name": name, "url": url, "events": events, "secret": secret, "active": active},
            options=call_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> WebhookSubscription:
        """Get a webhook subscription.

        Retrieves a specific webhook subscription by ID. For security reasons, the webhook
        secret is masked in the response.

        ``GET /v1/webhook-subscriptions/{id}`` (retry class: ``safe``).

        Args:
            id: The ID of the webhook subscription to retrieve (e.g. `wh_123456`; not a UUID).
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return self._client.request(
            _profile.GET,
            _GET_RESULT,
            path_params={"id": id},
            options=call_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def update(
        self,
        id: str,
        *,
        name: str,
        url: str | Omit = omit,
        events: builtins.list[str] | Omit = omit,
        secret: str | Omit = omit,
        active: bool | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> WebhookSubscription:
        """Update a webhook subscription.

        Updates an existing webhook subscription with new settings. `name` is required on
        every update. If you don't include `secret`, the existing secret is preserved; to
        change it, send a new value (at least 8 characters).

        Setting `active` here is the idempotent (set-state) way to enable or disable a
        subscription, unlike `toggle_active`, which flips it. Because `name` is required, send
        the current name back (get the subscription first) when only changing `active`.

        Not documented: whether an omitted `url` or `events` keeps the current value or clears
        it (PUT semantics are unclear; the docs only state that an omitted `secret` is kept).
        Send the current values to be safe.

        Validation errors: 400 `invalid_request` is documented API-wide; 422 is inferred. The
        page's error table was not retrieved; 401, 403, 404, 429 and 500 are the common set of
        the other webhook-subscription pages.

        ``PUT /v1/webhook-subscriptions/{id}`` (retry class: ``set-state``).

        Args:
            id: The ID of the webhook subscription to update (e.g. `wh_123456`; not a UUID).
            name: A descriptive name for the webhook subscription (required on every update).
            url: The URL that will receive webhook notifications.
            events: Array of event types to subscribe to (see `WebhookSubscription.events` for
                the documented values).
            secret: A new signing secret, at least 8 characters. Omit it to keep the current
                secret.
            active: Whether the webhook subscription is active. Setting it here is the
                idempotent alternative to `toggle_active`.
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return self._client.request(
            _profile.UPDATE,
            _UPDATE_RESULT,
            path_params={"id": id},
            body={"name": name, "url": url, "events": events, "secret": secret, "active": active},
            options=call_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> None:
        """Delete a webhook subscription.

        Deletes a webhook subscription, preventing any further webhook notifications from
        being sent to the associated URL. All event subscriptions associated with the webhook
        subscription are removed. A successful deletion returns 204 No Content with no body.

        Retried as set-state: deleting twice leaves the same state (a repeat may answer 404).

        ``DELETE /v1/webhook-subscriptions/{id}`` (retry class: ``set-state``).

        Args:
            id: The ID of the webhook subscription to delete (e.g. `wh_123456`; not a UUID).
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return self._client.request(
            _profile.DELETE,
            NO_CONTENT,
            path_params={"id": id},
            options=call_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def toggle_active(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> WebhookSubscription:
        """Toggle a webhook subscription's active status.

        Toggles the active status of a webhook subscription between active and inactive. The
        request has no body.

        This is a true flip, not a set: it is NOT idempotent. Two calls return the
        subscription to its original state, so a request that timed out or was duplicated can
        leave the subscription in the opposite state from the one intended. The client never
        retries it blindly (only errors proving the request never left are retried). To set a
        definite state, use `update` (PUT) with `active: true|false` (set-state; `name` is
        required, so send the current name), or get the subscription and toggle only if
        `active` differs from the target.

        The response's `message` says which way it went ("Webhook subscription deactivated
        successfully"; the activation wording is not documented). The method returns the
        subscription (`data`); the new state is `active`. Whether events are buffered or
        dropped while inactive is not documented.

        ``PATCH /v1/webhook-subscriptions/{id}/toggle-active`` (retry class: ``toggle``).

        Args:
            id: The ID of the webhook subscription to toggle (e.g. `wh_123456`; not a UUID).
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return self._client.request(
            _profile.TOGGLE_ACTIVE,
            _TOGGLE_ACTIVE_RESULT,
            path_params={"id": id},
            options=call_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )


class WebhooksWithRawResponse:
    """``webhooks`` operations returning ``hookhub.APIResponse``."""

    def __init__(self, webhooks: Webhooks) -> None:
        self._webhooks = webhooks

    def list(
        self,
        *,
        page: int | Omit = omit,
        per_page: int | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[SyncPage[WebhookSubscription, WebhookSubscriptionList]]:
        """``webhooks.list(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = to_raw_response_wrapper(self._webhooks.list)
        return wrapper(
            page=page,
            per_page=per_page,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create(
        self,
        *,
        name: str,
        url: str,
        events: builtins.list[str],
        secret: str | Omit = omit,
        active: bool | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[WebhookSubscription]:
        """``webhooks.create(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = to_raw_response_wrapper(self._webhooks.create)
        return wrapper(
            name=name,
            url=url,
            events=events,
            secret=secret,
            active=active,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[WebhookSubscription]:
        """``webhooks.get(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = to_raw_response_wrapper(self._webhooks.get)
        return wrapper(
            id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update(
        self,
        id: str,
        *,
        name: str,
        url: str | Omit = omit,
        events: builtins.list[str] | Omit = omit,
        secret: str | Omit = omit,
        active: bool | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[WebhookSubscription]:
        """``webhooks.update(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = to_raw_response_wrapper(self._webhooks.update)
        return wrapper(
            id,
            name=name,
            url=url,
            events=events,
            secret=secret,
            active=active,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[None]:
        """``webhooks.delete(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = to_raw_response_wrapper(self._webhooks.delete)
        return wrapper(
            id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def toggle_active(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[WebhookSubscription]:
        """``webhooks.toggle_active(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = to_raw_response_wrapper(self._webhooks.toggle_active)
        return wrapper(
            id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class ShippingChannels(SyncProviderClient):
    """Shipping Channels API (2LM) — webhook subscriptions: typed synchronous client.

    Retries, idempotency keys, error parsing and redaction happen in hookhub's runtime core;
    this class only names the operations.
    """

    webhooks: Webhooks

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
        allow_insecure_http: bool = False,
    ) -> None:
        """Create a client.

        Args:
            api_key: Defaults to the ``SHIPPING_CHANNELS_API_KEY`` environment variable.
            base_url: Defaults to ``SHIPPING_CHANNELS_BASE_URL``, then
                ``https://api.shipping-channels.com``.
            timeout: Seconds, or an ``httpx.Timeout`` (default 30 s, 5 s to connect).
            max_retries: Retries after the first attempt (default 2), within each operation's
                retry class.
            retry_policy: Backoff knobs (``hookhub.RetryPolicy``).
            http_client: Your own ``httpx.Client`` (proxies, mTLS, transports);
                you close it.
            default_headers: Extra headers sent with every request (names ignore case). A header
                named like the auth header (``Authorization``) replaces the generated one;
                an idempotency key here is refused: pass ``idempotency_key=`` per call.
            allow_insecure_http: Allow a plain ``http://`` base URL on a non-loopback host
                (the API key then travels in clear text). Also ``HOOKHUB_ALLOW_INSECURE_HTTP=1``.
        """
        super().__init__(
            _profile.PROFILE,
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
            http_client=http_client,
            default_headers=default_headers,
            allow_insecure_http=allow_insecure_http,
            options={},
        )
        self.webhooks = Webhooks(self)

    def with_options(
        self,
        *,
        api_key: str | Omit = omit,
        base_url: str | Omit = omit,
        timeout: float | httpx.Timeout | Omit = omit,
        max_retries: int | Omit = omit,
        retry_policy: RetryPolicy | Omit = omit,
        default_headers: Mapping[str, str] | Omit = omit,
    ) -> ShippingChannels:
        """A copy of this client with some settings changed (``omit``: keep this client's).

        The copy shares this client's connection pool and never closes it: closing the copy
        leaves this client working, and the pool is closed with this client.
        ``default_headers`` are merged over this client's.
        """
        return type(self)(
            **self._copy_arguments(
                api_key=api_key,
                base_url=base_url,
                timeout=timeout,
                max_retries=max_retries,
                retry_policy=retry_policy,
                default_headers=default_headers,
                options={},
            )
        )


class AsyncWebhooks:
    """The ``webhooks`` operations of the Shipping Channels API (2LM) — webhook subscriptions
    (async)."""

    def __init__(self, client: AsyncProviderClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncWebhooksWithRawResponse:
        """The same operations, returning ``hookhub.APIResponse`` (status, headers, request id,
        ``.parse()``) instead of the parsed result."""
        return AsyncWebhooksWithRawResponse(self)

    def list(
        self,
        *,
        page: int | Omit = omit,
        per_page: int | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> AsyncPaginator[WebhookSubscription, WebhookSubscriptionList]:
        """List webhook subscriptions.

        Retrieves a paginated list of webhook subscriptions for the authenticated user.

        Pagination is page-number based (`page`, `per_page`; Laravel-style `meta` and
        `links`), as the endpoint's parameters and example show. The API overview instead
        claims "cursor-based pagination"; that conflicts with this endpoint's documentation
        and is not followed.

        Docs inconsistency: the list example shows items with `"status": "active"` and no
        `name` or `active` field, while get, create, update and toggle show `active` (boolean)
        and `name`. Both shapes parse.

        The page's error table was not retrieved; the error responses below are the common set
        (401 and 429 are documented API-wide, 403 and 500 inferred from the other
        webhook-subscription pages).

        ``GET /v1/webhook-subscriptions`` (retry class: ``safe``).

        Args:
            page: Page number for pagination. Default is 1.
            per_page: Number of items per page. Default is 15. Maximum is 100.
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.

        Returns a page paginator: ``await`` it for the first page, or ``async for`` over every item,
        fetching each next page lazily with the same arguments and options
        (``page`` changes); ``.items`` is one page, ``.body`` its whole
        result.
        """
        return self._client.request_page(
            _profile.LIST,
            _LIST_RESULT,
            query={"page": page, "per_page": per_page},
            options=call_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def create(
        self,
        *,
        name: str,
        url: str,
        events: builtins.list[str],
        secret: str | Omit = omit,
        active: bool | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> WebhookSubscription:
        """Create a webhook subscription.

        Creates a new webhook subscription for receiving notifications about events in your
        account. `secret` signs the webhook payloads; if omitted, a random secret is generated
        (the docs say "if left empty"; an empty string would fail the 8-character minimum, so
        omit the field). `active` defaults to true. The secret is masked in the response.

        No idempotency key is supported: a create that may have reached the server is not
        retried (a repeat could create a second subscription).

        Validation errors: the overview documents 400 `invalid_request` ("Missing required
        parameter: name"); a 422 validation response is inferred. The page's error table was
        not retrieved; 401, 403, 429 and 500 are the common set.

        ``POST /v1/webhook-subscriptions`` (retry class: ``unsafe``).

        Args:
            name: A descriptive name for the webhook subscription.
            url: The URL that will receive webhook notifications.
            events: Array of event types to subscribe to (see `WebhookSubscription.events` for
                the documented values).
            secret: A secret key used to sign webhook payloads. Must be at least 8 characters.
                Omit it to have a random secret generated.
            active: Whether the webhook subscription is active. Default is true.
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return await self._client.request(
            _profile.CREATE,
            _CREATE_RESULT,
            body={"name": name, "url": url, "events": events, "secret": secret, "active": active},
            options=call_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> WebhookSubscription:
        """Get a webhook subscription.

        Retrieves a specific webhook subscription by ID. For security reasons, the webhook
        secret is masked in the response.

        ``GET /v1/webhook-subscriptions/{id}`` (retry class: ``safe``).

        Args:
            id: The ID of the webhook subscription to retrieve (e.g. `wh_123456`; not a UUID).
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return await self._client.request(
            _profile.GET,
            _GET_RESULT,
            path_params={"id": id},
            options=call_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def update(
        self,
        id: str,
        *,
        name: str,
        url: str | Omit = omit,
        events: builtins.list[str] | Omit = omit,
        secret: str | Omit = omit,
        active: bool | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> WebhookSubscription:
        """Update a webhook subscription.

        Updates an existing webhook subscription with new settings. `name` is required on
        every update. If you don't include `secret`, the existing secret is preserved; to
        change it, send a new value (at least 8 characters).

        Setting `active` here is the idempotent (set-state) way to enable or disable a
        subscription, unlike `toggle_active`, which flips it. Because `name` is required, send
        the current name back (get the subscription first) when only changing `active`.

        Not documented: whether an omitted `url` or `events` keeps the current value or clears
        it (PUT semantics are unclear; the docs only state that an omitted `secret` is kept).
        Send the current values to be safe.

        Validation errors: 400 `invalid_request` is documented API-wide; 422 is inferred. The
        page's error table was not retrieved; 401, 403, 404, 429 and 500 are the common set of
        the other webhook-subscription pages.

        ``PUT /v1/webhook-subscriptions/{id}`` (retry class: ``set-state``).

        Args:
            id: The ID of the webhook subscription to update (e.g. `wh_123456`; not a UUID).
            name: A descriptive name for the webhook subscription (required on every update).
            url: The URL that will receive webhook notifications.
            events: Array of event types to subscribe to (see `WebhookSubscription.events` for
                the documented values).
            secret: A new signing secret, at least 8 characters. Omit it to keep the current
                secret.
            active: Whether the webhook subscription is active. Setting it here is the
                idempotent alternative to `toggle_active`.
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return await self._client.request(
            _profile.UPDATE,
            _UPDATE_RESULT,
            path_params={"id": id},
            body={"name": name, "url": url, "events": events, "secret": secret, "active": active},
            options=call_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> None:
        """Delete a webhook subscription.

        Deletes a webhook subscription, preventing any further webhook notifications from
        being sent to the associated URL. All event subscriptions associated with the webhook
        subscription are removed. A successful deletion returns 204 No Content with no body.

        Retried as set-state: deleting twice leaves the same state (a repeat may answer 404).

        ``DELETE /v1/webhook-subscriptions/{id}`` (retry class: ``set-state``).

        Args:
            id: The ID of the webhook subscription to delete (e.g. `wh_123456`; not a UUID).
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return await self._client.request(
            _profile.DELETE,
            NO_CONTENT,
            path_params={"id": id},
            options=call_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def toggle_active(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> WebhookSubscription:
        """Toggle a webhook subscription's active status.

        Toggles the active status of a webhook subscription between active and inactive. The
        request has no body.

        This is a true flip, not a set: it is NOT idempotent. Two calls return the
        subscription to its original state, so a request that timed out or was duplicated can
        leave the subscription in the opposite state from the one intended. The client never
        retries it blindly (only errors proving the request never left are retried). To set a
        definite state, use `update` (PUT) with `active: true|false` (set-state; `name` is
        required, so send the current name), or get the subscription and toggle only if
        `active` differs from the target.

        The response's `message` says which way it went ("Webhook subscription deactivated
        successfully"; the activation wording is not documented). The method returns the
        subscription (`data`); the new state is `active`. Whether events are buffered or
        dropped while inactive is not documented.

        ``PATCH /v1/webhook-subscriptions/{id}/toggle-active`` (retry class: ``toggle``).

        Args:
            id: The ID of the webhook subscription to toggle (e.g. `wh_123456`; not a UUID).
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return await self._client.request(
            _profile.TOGGLE_ACTIVE,
            _TOGGLE_ACTIVE_RESULT,
            path_params={"id": id},
            options=call_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )


class AsyncWebhooksWithRawResponse:
    """``webhooks`` operations returning ``hookhub.APIResponse`` (async)."""

    def __init__(self, webhooks: AsyncWebhooks) -> None:
        self._webhooks = webhooks

    async def list(
        self,
        *,
        page: int | Omit = omit,
        per_page: int | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[AsyncPage[WebhookSubscription, WebhookSubscriptionList]]:
        """``webhooks.list(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = async_to_raw_response_wrapper(self._webhooks.list)
        return await wrapper(
            page=page,
            per_page=per_page,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create(
        self,
        *,
        name: str,
        url: str,
        events: builtins.list[str],
        secret: str | Omit = omit,
        active: bool | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[WebhookSubscription]:
        """``webhooks.create(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = async_to_raw_response_wrapper(self._webhooks.create)
        return await wrapper(
            name=name,
            url=url,
            events=events,
            secret=secret,
            active=active,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[WebhookSubscription]:
        """``webhooks.get(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = async_to_raw_response_wrapper(self._webhooks.get)
        return await wrapper(
            id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def update(
        self,
        id: str,
        *,
        name: str,
        url: str | Omit = omit,
        events: builtins.list[str] | Omit = omit,
        secret: str | Omit = omit,
        active: bool | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[WebhookSubscription]:
        """``webhooks.update(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = async_to_raw_response_wrapper(self._webhooks.update)
        return await wrapper(
            id,
            name=name,
            url=url,
            events=events,
            secret=secret,
            active=active,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[None]:
        """``webhooks.delete(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = async_to_raw_response_wrapper(self._webhooks.delete)
        return await wrapper(
            id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def toggle_active(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[WebhookSubscription]:
        """``webhooks.toggle_active(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = async_to_raw_response_wrapper(self._webhooks.toggle_active)
        return await wrapper(
            id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncShippingChannels(AsyncProviderClient):
    """Shipping Channels API (2LM) — webhook subscriptions: typed asynchronous client.

    Retries, idempotency keys, error parsing and redaction happen in hookhub's runtime core;
    this class only names the operations.
    """

    webhooks: AsyncWebhooks

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
        allow_insecure_http: bool = False,
    ) -> None:
        """Create a client.

        Args:
            api_key: Defaults to the ``SHIPPING_CHANNELS_API_KEY`` environment variable.
            base_url: Defaults to ``SHIPPING_CHANNELS_BASE_URL``, then
                ``https://api.shipping-channels.com``.
            timeout: Seconds, or an ``httpx.Timeout`` (default 30 s, 5 s to connect).
            max_retries: Retries after the first attempt (default 2), within each operation's
                retry class.
            retry_policy: Backoff knobs (``hookhub.RetryPolicy``).
            http_client: Your own ``httpx.AsyncClient`` (proxies, mTLS, transports);
                you close it.
            default_headers: Extra headers sent with every request (names ignore case). A header
                named like the auth header (``Authorization``) replaces the generated one;
                an idempotency key here is refused: pass ``idempotency_key=`` per call.
            allow_insecure_http: Allow a plain ``http://`` base URL on a non-loopback host
                (the API key then travels in clear text). Also ``HOOKHUB_ALLOW_INSECURE_HTTP=1``.
        """
        super().__init__(
            _profile.PROFILE,
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
            http_client=http_client,
            default_headers=default_headers,
            allow_insecure_http=allow_insecure_http,
            options={},
        )
        self.webhooks = AsyncWebhooks(self)

    def with_options(
        self,
        *,
        api_key: str | Omit = omit,
        base_url: str | Omit = omit,
        timeout: float | httpx.Timeout | Omit = omit,
        max_retries: int | Omit = omit,
        retry_policy: RetryPolicy | Omit = omit,
        default_headers: Mapping[str, str] | Omit = omit,
    ) -> AsyncShippingChannels:
        """A copy of this client with some settings changed (``omit``: keep this client's).

        The copy shares this client's connection pool and never closes it: closing the copy
        leaves this client working, and the pool is closed with this client.
        ``default_headers`` are merged over this client's.
        """
        return type(self)(
            **self._copy_arguments(
                api_key=api_key,
                base_url=base_url,
                timeout=timeout,
                max_retries=max_retries,
                retry_policy=retry_policy,
                default_headers=default_headers,
                options={},
            )
        )
