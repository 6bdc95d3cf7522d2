# This file was written by scripts/codegen.py from openapi/flip.yaml. Do not edit it:
# change the spec (or the generator) and run `make codegen`.

"""Typed synchronous and asynchronous clients for the Flip Webhooks API (v4, "experimental")."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from hookhub._core.async_shell import AsyncProviderClient
from hookhub._core.client_base import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from hookhub._core.omit import Omit, omit
from hookhub._core.raw_response import (
    APIResponse,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from hookhub._core.request_options import call_options
from hookhub._core.response_parsing import NO_CONTENT, LazyAdapter, lazy_adapter
from hookhub._core.retry_policy import RetryPolicy
from hookhub._core.sync_shell import SyncProviderClient
from hookhub.providers.flip import _profile

# The models are imported when a result is first parsed (lazy_adapter), not with the client.
if TYPE_CHECKING:
    from hookhub.providers.flip.models import Subscription, Webhook

__all__ = [
    "AsyncFlip",
    "AsyncWebhooks",
    "AsyncWebhooksWithRawResponse",
    "Flip",
    "Webhooks",
    "WebhooksWithRawResponse",
]
_MODELS = "hookhub.providers.flip.models"
_LIST_RESULT: LazyAdapter[builtins.list[Webhook]] = lazy_adapter(_MODELS, "builtins.list[Webhook]")
_REGISTER_RESULT: LazyAdapter[Webhook] = lazy_adapter(_MODELS, "Webhook")
_GET_RESULT: LazyAdapter[Webhook] = lazy_adapter(_MODELS, "Webhook")
_PAUSE_RESULT: LazyAdapter[Webhook] = lazy_adapter(_MODELS, "Webhook")
_UNPAUSE_RESULT: LazyAdapter[Webhook] = lazy_adapter(_MODELS, "Webhook")


class Webhooks:
    """The ``webhooks`` operations of the Flip Webhooks API (v4, "experimental")."""

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
        show_authentication: bool | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> builtins.list[Webhook]:
        """List webhooks of the user (experimental).

        Lists all webhooks that were registered for the current user and their status. The
        current actor needs the legacy permission WEBHOOK_MANAGEMENT. Requires bearer
        authentication. Experimental.

        Inferred: the method and path (`GET /webhooks`) and the response body (a bare JSON
        array of `Webhook`); the seed documents only "200 OK". No pagination is documented.

        ``GET /webhooks`` (retry class: ``safe``).

        Args:
            show_authentication: Toggle showing webhook authentication info on response (from
                the provider's reference page). When true, the webhook's `authentication`
                object is included (its shape is not documented). No default is documented;
                omitted, it presumably hides the info (inferred).
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return self._client.request(
            _profile.LIST,
            _LIST_RESULT,
            query={"show_authentication": show_authentication},
            options=call_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def register(
        self,
        *,
        url: str,
        subscription: Subscription,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> Webhook:
        """Register a new webhook (experimental).

        Adds a new webhook to the tenant's webhook registry. The webhook will immediately
        start to receive user-visible events of the specified type as they occur. The callback
        URL must use HTTPS (the only accepted protocol). The current actor needs the legacy
        permission WEBHOOK_MANAGEMENT. Requires bearer authentication. Experimental.

        Documented error codes (from the provider's reference page): INVALID_SUBSCRIPTION,
        INVALID_URL, INVALID_URL_IS_NOT_USING_HTTPS, TOO_MANY_WEBHOOKS_REGISTERED,
        DUPLICATE_URL. Their HTTP statuses are inferred (400 for the validation codes and
        TOO_MANY_WEBHOOKS_REGISTERED, 409 for DUPLICATE_URL).

        Inferred: the method and path (`POST /webhooks`), the request schema name, the fields
        of `subscription`, and the response body (the created `Webhook`). No idempotency key
        is documented, so a retried register may create a duplicate (or fail with
        DUPLICATE_URL): not retried after the request may have left.

        ``POST /webhooks`` (retry class: ``unsafe``).

        Args:
            url: The callback URL of this webhook. Events this webhook is subscribed to will
                be delivered to this URL. Only accepted protocol is HTTPS (from the provider's
                reference page) (otherwise INVALID_URL_IS_NOT_USING_HTTPS). Each URL may be
                registered once (DUPLICATE_URL).
            subscription: "Describes the types of events the webhook is subscribed to" (from
                the provider's reference page). Its fields are not documented; `event_types`
                is inferred. Unknown fields are kept. The seed rejects a bad subscription with
                INVALID_SUBSCRIPTION.
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return self._client.request(
            _profile.REGISTER,
            _REGISTER_RESULT,
            body={"url": url, "subscription": subscription},
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
        webhook_id: str,
        *,
        show_authentication: bool | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> Webhook:
        """Get the specified webhook (experimental).

        Returns the webhook with the specified id, provided that it exists and the user is
        allowed to see it. The current actor needs the legacy permission WEBHOOK_MANAGEMENT.
        Requires bearer authentication. Experimental.

        Inferred: the method and path (`GET /webhooks/{webhook_id}`), the response body (a
        `Webhook`), and the 404 / WEBHOOK_NOT_FOUND error (the seed lists that code only under
        unpause).

        ``GET /webhooks/{webhook_id}`` (retry class: ``safe``).

        Args:
            webhook_id: The unique identifier of a Webhook (from the provider's reference
                page). Its format is not documented; the example id is made up.
            show_authentication: Toggle showing webhook authentication info on response (from
                the provider's reference page). When true, the webhook's `authentication`
                object is included (its shape is not documented). No default is documented;
                omitted, it presumably hides the info (inferred).
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return self._client.request(
            _profile.GET,
            _GET_RESULT,
            path_params={"webhook_id": webhook_id},
            query={"show_authentication": show_authentication},
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
        webhook_id: str,
        *,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> None:
        """Delete the specified webhook (experimental).

        Removes the specified webhook from the webhook registry. No more events will be
        delivered to this webhook and any queued events will be lost (to stop delivery without
        losing events, pause instead: a paused webhook buffers events). The current actor
        needs the legacy permission WEBHOOK_MANAGEMENT. Requires bearer authentication.
        Experimental.

        The seed documents "200 OK" (not 204); whether the 200 carries a body is unknown, so
        the method returns nothing. Inferred: the method and path (`DELETE
        /webhooks/{webhook_id}`), and the 404 / WEBHOOK_NOT_FOUND error. Retried as set-state:
        deleting twice leaves the same state (a repeat may answer 404).

        ``DELETE /webhooks/{webhook_id}`` (retry class: ``set-state``).

        Args:
            webhook_id: The unique identifier of a Webhook (from the provider's reference
                page). Its format is not documented; the example id is made up.
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return self._client.request(
            _profile.DELETE,
            NO_CONTENT,
            path_params={"webhook_id": webhook_id},
            options=call_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def pause(
        self,
        webhook_id: str,
        *,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> Webhook:
        """Pause the specified webhook (experimental).

        Pauses the specified webhook. A PAUSED webhook is not delivering events until
        reactivated, but events are buffered (buffer retention limits and delivery order after
        unpause are not documented). The current actor needs the legacy permission
        WEBHOOK_MANAGEMENT. Requires bearer authentication. Experimental.

        Pause and unpause are separate verbs that set an absolute state, so the call is
        retried as set-state. What pausing an already paused webhook answers is unknown.
        Inferred: the method and path (`POST /webhooks/{webhook_id}/pause`), the response body
        (the `Webhook`), and the 404 / WEBHOOK_NOT_FOUND error.

        ``POST /webhooks/{webhook_id}/pause`` (retry class: ``set-state``).

        Args:
            webhook_id: The unique identifier of a Webhook (from the provider's reference
                page). Its format is not documented; the example id is made up.
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return self._client.request(
            _profile.PAUSE,
            _PAUSE_RESULT,
            path_params={"webhook_id": webhook_id},
            options=call_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def unpause(
        self,
        webhook_id: str,
        *,
        show_authentication: bool | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> Webhook:
        """Unpause the specified paused webhook (experimental).

        The webhook is reactivated and will resume delivery of events (presumably including
        the events buffered while it was paused; not documented). The current actor needs the
        legacy permission WEBHOOK_MANAGEMENT. Requires bearer authentication. Experimental.

        Documented (from the provider's reference page): responses 200 and 429 Too Many
        Requests, and the error code WEBHOOK_NOT_FOUND (its 404 status is inferred). Retried
        as set-state. Inferred: the method and path (`POST /webhooks/{webhook_id}/unpause`)
        and the response body (the `Webhook`).

        ``POST /webhooks/{webhook_id}/unpause`` (retry class: ``set-state``).

        Args:
            webhook_id: The unique identifier of a Webhook (from the provider's reference
                page). Its format is not documented; the example id is made up.
            show_authentication: Toggle showing webhook authentication info on response (from
                the provider's reference page). When true, the webhook's `authentication`
                object is included (its shape is not documented). No default is documented;
                omitted, it presumably hides the info (inferred).
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return self._client.request(
            _profile.UNPAUSE,
            _UNPAUSE_RESULT,
            path_params={"webhook_id": webhook_id},
            query={"show_authentication": show_authentication},
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
        show_authentication: bool | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[builtins.list[Webhook]]:
        """``webhooks.list(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = to_raw_response_wrapper(self._webhooks.list)
        return wrapper(
            show_authentication=show_authentication,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def register(
        self,
        *,
        url: str,
        subscription: Subscription,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[Webhook]:
        """``webhooks.register(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = to_raw_response_wrapper(self._webhooks.register)
        return wrapper(
            url=url,
            subscription=subscription,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get(
        self,
        webhook_id: str,
        *,
        show_authentication: bool | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[Webhook]:
        """``webhooks.get(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = to_raw_response_wrapper(self._webhooks.get)
        return wrapper(
            webhook_id,
            show_authentication=show_authentication,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete(
        self,
        webhook_id: str,
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
            webhook_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def pause(
        self,
        webhook_id: str,
        *,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[Webhook]:
        """``webhooks.pause(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = to_raw_response_wrapper(self._webhooks.pause)
        return wrapper(
            webhook_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def unpause(
        self,
        webhook_id: str,
        *,
        show_authentication: bool | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[Webhook]:
        """``webhooks.unpause(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = to_raw_response_wrapper(self._webhooks.unpause)
        return wrapper(
            webhook_id,
            show_authentication=show_authentication,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class Flip(SyncProviderClient):
    """Flip Webhooks API (v4, "experimental"): typed synchronous client.

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
            api_key: Defaults to the ``FLIP_API_KEY`` environment variable.
            base_url: Defaults to ``FLIP_BASE_URL``, then
                nothing: required, no public URL is known.
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
    ) -> Flip:
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
    """The ``webhooks`` operations of the Flip Webhooks API (v4, "experimental") (async)."""

    def __init__(self, client: AsyncProviderClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncWebhooksWithRawResponse:
        """The same operations, returning ``hookhub.APIResponse`` (status, headers, request id,
        ``.parse()``) instead of the parsed result."""
        return AsyncWebhooksWithRawResponse(self)

    async def list(
        self,
        *,
        show_authentication: bool | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> builtins.list[Webhook]:
        """List webhooks of the user (experimental).

        Lists all webhooks that were registered for the current user and their status. The
        current actor needs the legacy permission WEBHOOK_MANAGEMENT. Requires bearer
        authentication. Experimental.

        Inferred: the method and path (`GET /webhooks`) and the response body (a bare JSON
        array of `Webhook`); the seed documents only "200 OK". No pagination is documented.

        ``GET /webhooks`` (retry class: ``safe``).

        Args:
            show_authentication: Toggle showing webhook authentication info on response (from
                the provider's reference page). When true, the webhook's `authentication`
                object is included (its shape is not documented). No default is documented;
                omitted, it presumably hides the info (inferred).
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return await self._client.request(
            _profile.LIST,
            _LIST_RESULT,
            query={"show_authentication": show_authentication},
            options=call_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def register(
        self,
        *,
        url: str,
        subscription: Subscription,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> Webhook:
        """Register a new webhook (experimental).

        Adds a new webhook to the tenant's webhook registry. The webhook will immediately
        start to receive user-visible events of the specified type as they occur. The callback
        URL must use HTTPS (the only accepted protocol). The current actor needs the legacy
        permission WEBHOOK_MANAGEMENT. Requires bearer authentication. Experimental.

        Documented error codes (from the provider's reference page): INVALID_SUBSCRIPTION,
        INVALID_URL, INVALID_URL_IS_NOT_USING_HTTPS, TOO_MANY_WEBHOOKS_REGISTERED,
        DUPLICATE_URL. Their HTTP statuses are inferred (400 for the validation codes and
        TOO_MANY_WEBHOOKS_REGISTERED, 409 for DUPLICATE_URL).

        Inferred: the method and path (`POST /webhooks`), the request schema name, the fields
        of `subscription`, and the response body (the created `Webhook`). No idempotency key
        is documented, so a retried register may create a duplicate (or fail with
        DUPLICATE_URL): not retried after the request may have left.

        ``POST /webhooks`` (retry class: ``unsafe``).

        Args:
            url: The callback URL of this webhook. Events this webhook is subscribed to will
                be delivered to this URL. Only accepted protocol is HTTPS (from the provider's
                reference page) (otherwise INVALID_URL_IS_NOT_USING_HTTPS). Each URL may be
                registered once (DUPLICATE_URL).
            subscription: "Describes the types of events the webhook is subscribed to" (from
                the provider's reference page). Its fields are not documented; `event_types`
                is inferred. Unknown fields are kept. The seed rejects a bad subscription with
                INVALID_SUBSCRIPTION.
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return await self._client.request(
            _profile.REGISTER,
            _REGISTER_RESULT,
            body={"url": url, "subscription": subscription},
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
        webhook_id: str,
        *,
        show_authentication: bool | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> Webhook:
        """Get the specified webhook (experimental).

        Returns the webhook with the specified id, provided that it exists and the user is
        allowed to see it. The current actor needs the legacy permission WEBHOOK_MANAGEMENT.
        Requires bearer authentication. Experimental.

        Inferred: the method and path (`GET /webhooks/{webhook_id}`), the response body (a
        `Webhook`), and the 404 / WEBHOOK_NOT_FOUND error (the seed lists that code only under
        unpause).

        ``GET /webhooks/{webhook_id}`` (retry class: ``safe``).

        Args:
            webhook_id: The unique identifier of a Webhook (from the provider's reference
                page). Its format is not documented; the example id is made up.
            show_authentication: Toggle showing webhook authentication info on response (from
                the provider's reference page). When true, the webhook's `authentication`
                object is included (its shape is not documented). No default is documented;
                omitted, it presumably hides the info (inferred).
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return await self._client.request(
            _profile.GET,
            _GET_RESULT,
            path_params={"webhook_id": webhook_id},
            query={"show_authentication": show_authentication},
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
        webhook_id: str,
        *,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> None:
        """Delete the specified webhook (experimental).

        Removes the specified webhook from the webhook registry. No more events will be
        delivered to this webhook and any queued events will be lost (to stop delivery without
        losing events, pause instead: a paused webhook buffers events). The current actor
        needs the legacy permission WEBHOOK_MANAGEMENT. Requires bearer authentication.
        Experimental.

        The seed documents "200 OK" (not 204); whether the 200 carries a body is unknown, so
        the method returns nothing. Inferred: the method and path (`DELETE
        /webhooks/{webhook_id}`), and the 404 / WEBHOOK_NOT_FOUND error. Retried as set-state:
        deleting twice leaves the same state (a repeat may answer 404).

        ``DELETE /webhooks/{webhook_id}`` (retry class: ``set-state``).

        Args:
            webhook_id: The unique identifier of a Webhook (from the provider's reference
                page). Its format is not documented; the example id is made up.
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return await self._client.request(
            _profile.DELETE,
            NO_CONTENT,
            path_params={"webhook_id": webhook_id},
            options=call_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def pause(
        self,
        webhook_id: str,
        *,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> Webhook:
        """Pause the specified webhook (experimental).

        Pauses the specified webhook. A PAUSED webhook is not delivering events until
        reactivated, but events are buffered (buffer retention limits and delivery order after
        unpause are not documented). The current actor needs the legacy permission
        WEBHOOK_MANAGEMENT. Requires bearer authentication. Experimental.

        Pause and unpause are separate verbs that set an absolute state, so the call is
        retried as set-state. What pausing an already paused webhook answers is unknown.
        Inferred: the method and path (`POST /webhooks/{webhook_id}/pause`), the response body
        (the `Webhook`), and the 404 / WEBHOOK_NOT_FOUND error.

        ``POST /webhooks/{webhook_id}/pause`` (retry class: ``set-state``).

        Args:
            webhook_id: The unique identifier of a Webhook (from the provider's reference
                page). Its format is not documented; the example id is made up.
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return await self._client.request(
            _profile.PAUSE,
            _PAUSE_RESULT,
            path_params={"webhook_id": webhook_id},
            options=call_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def unpause(
        self,
        webhook_id: str,
        *,
        show_authentication: bool | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> Webhook:
        """Unpause the specified paused webhook (experimental).

        The webhook is reactivated and will resume delivery of events (presumably including
        the events buffered while it was paused; not documented). The current actor needs the
        legacy permission WEBHOOK_MANAGEMENT. Requires bearer authentication. Experimental.

        Documented (from the provider's reference page): responses 200 and 429 Too Many
        Requests, and the error code WEBHOOK_NOT_FOUND (its 404 status is inferred). Retried
        as set-state. Inferred: the method and path (`POST /webhooks/{webhook_id}/unpause`)
        and the response body (the `Webhook`).

        ``POST /webhooks/{webhook_id}/unpause`` (retry class: ``set-state``).

        Args:
            webhook_id: The unique identifier of a Webhook (from the provider's reference
                page). Its format is not documented; the example id is made up.
            show_authentication: Toggle showing webhook authentication info on response (from
                the provider's reference page). When true, the webhook's `authentication`
                object is included (its shape is not documented). No default is documented;
                omitted, it presumably hides the info (inferred).
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return await self._client.request(
            _profile.UNPAUSE,
            _UNPAUSE_RESULT,
            path_params={"webhook_id": webhook_id},
            query={"show_authentication": show_authentication},
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
        show_authentication: bool | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[builtins.list[Webhook]]:
        """``webhooks.list(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = async_to_raw_response_wrapper(self._webhooks.list)
        return await wrapper(
            show_authentication=show_authentication,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def register(
        self,
        *,
        url: str,
        subscription: Subscription,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[Webhook]:
        """``webhooks.register(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = async_to_raw_response_wrapper(self._webhooks.register)
        return await wrapper(
            url=url,
            subscription=subscription,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get(
        self,
        webhook_id: str,
        *,
        show_authentication: bool | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[Webhook]:
        """``webhooks.get(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = async_to_raw_response_wrapper(self._webhooks.get)
        return await wrapper(
            webhook_id,
            show_authentication=show_authentication,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def delete(
        self,
        webhook_id: str,
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
            webhook_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def pause(
        self,
        webhook_id: str,
        *,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[Webhook]:
        """``webhooks.pause(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = async_to_raw_response_wrapper(self._webhooks.pause)
        return await wrapper(
            webhook_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def unpause(
        self,
        webhook_id: str,
        *,
        show_authentication: bool | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[Webhook]:
        """``webhooks.unpause(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = async_to_raw_response_wrapper(self._webhooks.unpause)
        return await wrapper(
            webhook_id,
            show_authentication=show_authentication,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncFlip(AsyncProviderClient):
    """Flip Webhooks API (v4, "experimental"): typed asynchronous client.

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
            api_key: Defaults to the ``FLIP_API_KEY`` environment variable.
            base_url: Defaults to ``FLIP_BASE_URL``, then
                nothing: required, no public URL is known.
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
    ) -> AsyncFlip:
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
