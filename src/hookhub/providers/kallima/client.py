# This file was written by scripts/codegen.py from openapi/kallima.yaml. Do not edit it:
# change the spec (or the generator) and run `make codegen`.

"""Typed synchronous and asynchronous clients for the Kallima webhooks API."""

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
from hookhub.providers.kallima import _profile

# The models are imported when a result is first parsed (lazy_adapter), not with the client.
if TYPE_CHECKING:
    from hookhub.providers.kallima.models import Webhook, WebhookDelivery

__all__ = [
    "AsyncKallima",
    "AsyncWebhooks",
    "AsyncWebhooksWithRawResponse",
    "Kallima",
    "Webhooks",
    "WebhooksWithRawResponse",
]
_MODELS = "hookhub.providers.kallima.models"
_LIST_RESULT: LazyAdapter[builtins.list[Webhook]] = lazy_adapter(_MODELS, "builtins.list[Webhook]")
_CREATE_RESULT: LazyAdapter[Webhook] = lazy_adapter(_MODELS, "Webhook")
_GET_RESULT: LazyAdapter[Webhook] = lazy_adapter(_MODELS, "Webhook")
_UPDATE_RESULT: LazyAdapter[Webhook] = lazy_adapter(_MODELS, "Webhook")
_TEST_RESULT: LazyAdapter[WebhookDelivery] = lazy_adapter(_MODELS, "WebhookDelivery")
_LIST_DELIVERIES_RESULT: LazyAdapter[builtins.list[WebhookDelivery]] = lazy_adapter(
    _MODELS, "builtins.list[WebhookDelivery]"
)
_GET_DELIVERY_RESULT: LazyAdapter[WebhookDelivery] = lazy_adapter(_MODELS, "WebhookDelivery")
_RETRY_DELIVERY_RESULT: LazyAdapter[WebhookDelivery] = lazy_adapter(_MODELS, "WebhookDelivery")


class Webhooks:
    """The ``webhooks`` operations of the Kallima webhooks API."""

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
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> builtins.list[Webhook]:
        """List webhook endpoints.

        Lists all registered webhook endpoints for the caller's organization, newest first.
        Secrets are omitted from list responses; rotate the secret via the update operation
        (`rotate_secret=true`) to get a new one. Not paginated.

        Cost: read (rate bucket only).

        ``GET /v1/webhooks`` (retry class: ``safe``).
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return self._client.request(
            _profile.LIST,
            _LIST_RESULT,
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
        url: str,
        events: builtins.list[str] | Omit | None = omit,
        enabled: bool | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> Webhook:
        """Register a webhook endpoint.

        Registers a new HTTPS endpoint to receive Kallima events. Returns the full webhook
        including the `secret` field: the only time the raw signing secret is exposed (besides
        a rotation). Store it immediately; it cannot be recovered. To issue a new secret, call
        the update operation with `rotate_secret=true`.

        `events` null or an empty list means all events. `enabled` (default true) says whether
        deliveries are attempted immediately.

        Not idempotent and no idempotency key exists: a retried create can register a
        duplicate endpoint. Cost: write (rate bucket and monthly quota).

        ``POST /v1/webhooks`` (retry class: ``unsafe``).

        Args:
            url: HTTPS endpoint Kallima will POST events to.
            events: Event types to subscribe to; null or an empty list means all events.
                Optional in the API reference; the SDK's `create` requires it (conflict; the
                API reference is followed).
            enabled: Whether deliveries are attempted immediately. Default true.
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return self._client.request(
            _profile.CREATE,
            _CREATE_RESULT,
            body={"url": url, "events": events, "enabled": enabled},
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
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> Webhook:
        """Fetch a webhook endpoint.

        Fetches a single webhook endpoint by ID. The secret is omitted.

        Cost: read (rate bucket only).

        ``GET /v1/webhooks/{webhook_id}`` (retry class: ``safe``).

        Args:
            webhook_id: The webhook's ID (UUID).
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return self._client.request(
            _profile.GET,
            _GET_RESULT,
            path_params={"webhook_id": webhook_id},
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
        webhook_id: str,
        *,
        rotate_secret: bool | Omit = omit,
        url: str | Omit | None = omit,
        events: builtins.list[str] | Omit | None = omit,
        enabled: bool | Omit | None = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> Webhook:
        """Update a webhook endpoint.

        Updates the URL, the event filter or the enabled state. Enabling and disabling a
        webhook is done here with `enabled: true|false`; there is no dedicated verb. Whether
        events are dropped or queued while a webhook is disabled is not documented.

        Body semantics: a field left out is not changed. `events: []` means "receive all
        events" (documented). That `null` also means "leave unchanged" is inferred, and it is
        ambiguous for `events`, where `null` in the webhook object means "all events"; send
        `[]` to subscribe to all events.

        Pass `rotate_secret=true` to issue a new signing secret: the old one is invalidated
        immediately and the response includes the new `secret`. A rotation is not idempotent
        (a repeat issues yet another secret), so with `rotate_secret=true` this operation is
        retried only when the request provably never left.

        Cost: write (rate bucket and monthly quota).

        ``PATCH /v1/webhooks/{webhook_id}`` (retry class: ``set-state``).

        Args:
            webhook_id: The webhook's ID (UUID).
            rotate_secret: Issue a new signing secret. The old one is invalidated immediately
                and the response includes the new `secret`.
            url: New endpoint URL.
            events: Replace the event filter list. Pass [] to receive all events (documented).
                What `null` does is not documented: it probably leaves the filter unchanged,
                but in the webhook object `null` means "all events". Send [] for all events.
            enabled: Enable or disable delivery.
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return self._client.request(
            _profile.UPDATE,
            _UPDATE_RESULT,
            path_params={"webhook_id": webhook_id},
            query={"rotate_secret": rotate_secret},
            body={"url": url, "events": events, "enabled": enabled},
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
        """Delete a webhook endpoint.

        Deletes a webhook endpoint. Returns no content (204). Documented by the SDK docstring
        only; the crawled API reference pages cover register, list, fetch and update.

        Cost: write (rate bucket and monthly quota).

        ``DELETE /v1/webhooks/{webhook_id}`` (retry class: ``set-state``).

        Args:
            webhook_id: The webhook's ID (UUID).
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

    def test(
        self,
        webhook_id: str,
        *,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> WebhookDelivery:
        """Send a test event to a webhook endpoint.

        Fires a `webhook.test` event at the endpoint immediately to verify that its URL is
        reachable, and returns the delivery record so you can inspect the response status
        (`response_status` should be 200). The request body is an empty JSON object.

        Sends a real delivery, so it is not retried automatically. Documented by the SDK
        (`Webhooks.test`) and the webhooks guide; the API reference page was not found. Cost:
        write (rate bucket and monthly quota), inferred from "writes (POST/PATCH/DELETE)".

        ``POST /v1/webhooks/{webhook_id}/test`` (retry class: ``unsafe``).

        Args:
            webhook_id: The webhook's ID (UUID).
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return self._client.request(
            _profile.TEST,
            _TEST_RESULT,
            path_params={"webhook_id": webhook_id},
            body={},
            options=call_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def list_deliveries(
        self,
        *,
        webhook_id: str | Omit = omit,
        limit: int | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> builtins.list[WebhookDelivery]:
        """List webhook deliveries.

        Lists delivery records, newest first, optionally only those of one webhook. Not
        paginated: `limit` caps how many come back (1-200, default 50); there is no cursor or
        page number to fetch older records.

        Documented by the official SDK only (`kallima` 0.1.0, `resources.py`); no API
        reference page was found. The response shape (a bare JSON array, like the webhook
        list) and the record's fields are inferred. Cost: read (rate bucket only).

        ``GET /v1/webhook_deliveries`` (retry class: ``safe``).

        Args:
            webhook_id: Only the deliveries of this webhook (UUID). Whether the server
                requires it is not documented; the SDK passes it as a query parameter
                (inferred optional).
            limit: How many records to return, 1-200; server default 50 (SDK).
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return self._client.request(
            _profile.LIST_DELIVERIES,
            _LIST_DELIVERIES_RESULT,
            query={"webhook_id": webhook_id, "limit": limit},
            options=call_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def get_delivery(
        self,
        delivery_id: str,
        *,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> WebhookDelivery:
        """Fetch one webhook delivery.

        Returns one delivery record. Documented by the official SDK only; the record's fields
        are inferred. Cost: read (rate bucket only).

        ``GET /v1/webhook_deliveries/{delivery_id}`` (retry class: ``safe``).

        Args:
            delivery_id: The delivery's ID.
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return self._client.request(
            _profile.GET_DELIVERY,
            _GET_DELIVERY_RESULT,
            path_params={"delivery_id": delivery_id},
            options=call_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def retry_delivery(
        self,
        delivery_id: str,
        *,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> WebhookDelivery:
        """Retry a webhook delivery.

        Sends the delivery's event to the endpoint again now and returns the updated delivery
        record. The request body is an empty JSON object (what the SDK sends).

        Sends a real delivery and no idempotency key exists, so a lost response cannot be told
        from a lost request: the call is not retried automatically (retry class `unsafe`).
        Documented by the official SDK only; the success status (200) and the record's fields
        are inferred. Cost: write (rate bucket and monthly quota), inferred from "writes
        (POST/PATCH/DELETE)".

        ``POST /v1/webhook_deliveries/{delivery_id}/retry`` (retry class: ``unsafe``).

        Args:
            delivery_id: The delivery's ID.
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return self._client.request(
            _profile.RETRY_DELIVERY,
            _RETRY_DELIVERY_RESULT,
            path_params={"delivery_id": delivery_id},
            body={},
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
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[builtins.list[Webhook]]:
        """``webhooks.list(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = to_raw_response_wrapper(self._webhooks.list)
        return wrapper(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create(
        self,
        *,
        url: str,
        events: builtins.list[str] | Omit | None = omit,
        enabled: bool | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[Webhook]:
        """``webhooks.create(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = to_raw_response_wrapper(self._webhooks.create)
        return wrapper(
            url=url,
            events=events,
            enabled=enabled,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update(
        self,
        webhook_id: str,
        *,
        rotate_secret: bool | Omit = omit,
        url: str | Omit | None = omit,
        events: builtins.list[str] | Omit | None = omit,
        enabled: bool | Omit | None = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[Webhook]:
        """``webhooks.update(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = to_raw_response_wrapper(self._webhooks.update)
        return wrapper(
            webhook_id,
            rotate_secret=rotate_secret,
            url=url,
            events=events,
            enabled=enabled,
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

    def test(
        self,
        webhook_id: str,
        *,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[WebhookDelivery]:
        """``webhooks.test(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = to_raw_response_wrapper(self._webhooks.test)
        return wrapper(
            webhook_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_deliveries(
        self,
        *,
        webhook_id: str | Omit = omit,
        limit: int | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[builtins.list[WebhookDelivery]]:
        """``webhooks.list_deliveries(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = to_raw_response_wrapper(self._webhooks.list_deliveries)
        return wrapper(
            webhook_id=webhook_id,
            limit=limit,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_delivery(
        self,
        delivery_id: str,
        *,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[WebhookDelivery]:
        """``webhooks.get_delivery(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = to_raw_response_wrapper(self._webhooks.get_delivery)
        return wrapper(
            delivery_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def retry_delivery(
        self,
        delivery_id: str,
        *,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[WebhookDelivery]:
        """``webhooks.retry_delivery(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = to_raw_response_wrapper(self._webhooks.retry_delivery)
        return wrapper(
            delivery_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class Kallima(SyncProviderClient):
    """Kallima webhooks API: typed synchronous client.

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
            api_key: Defaults to the ``KALLIMA_API_KEY`` environment variable.
            base_url: Defaults to ``KALLIMA_BASE_URL``, then
                ``https://api.kallima.bio``.
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
    ) -> Kallima:
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
    """The ``webhooks`` operations of the Kallima webhooks API (async)."""

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
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> builtins.list[Webhook]:
        """List webhook endpoints.

        Lists all registered webhook endpoints for the caller's organization, newest first.
        Secrets are omitted from list responses; rotate the secret via the update operation
        (`rotate_secret=true`) to get a new one. Not paginated.

        Cost: read (rate bucket only).

        ``GET /v1/webhooks`` (retry class: ``safe``).
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return await self._client.request(
            _profile.LIST,
            _LIST_RESULT,
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
        url: str,
        events: builtins.list[str] | Omit | None = omit,
        enabled: bool | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> Webhook:
        """Register a webhook endpoint.

        Registers a new HTTPS endpoint to receive Kallima events. Returns the full webhook
        including the `secret` field: the only time the raw signing secret is exposed (besides
        a rotation). Store it immediately; it cannot be recovered. To issue a new secret, call
        the update operation with `rotate_secret=true`.

        `events` null or an empty list means all events. `enabled` (default true) says whether
        deliveries are attempted immediately.

        Not idempotent and no idempotency key exists: a retried create can register a
        duplicate endpoint. Cost: write (rate bucket and monthly quota).

        ``POST /v1/webhooks`` (retry class: ``unsafe``).

        Args:
            url: HTTPS endpoint Kallima will POST events to.
            events: Event types to subscribe to; null or an empty list means all events.
                Optional in the API reference; the SDK's `create` requires it (conflict; the
                API reference is followed).
            enabled: Whether deliveries are attempted immediately. Default true.
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return await self._client.request(
            _profile.CREATE,
            _CREATE_RESULT,
            body={"url": url, "events": events, "enabled": enabled},
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
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> Webhook:
        """Fetch a webhook endpoint.

        Fetches a single webhook endpoint by ID. The secret is omitted.

        Cost: read (rate bucket only).

        ``GET /v1/webhooks/{webhook_id}`` (retry class: ``safe``).

        Args:
            webhook_id: The webhook's ID (UUID).
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return await self._client.request(
            _profile.GET,
            _GET_RESULT,
            path_params={"webhook_id": webhook_id},
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
        webhook_id: str,
        *,
        rotate_secret: bool | Omit = omit,
        url: str | Omit | None = omit,
        events: builtins.list[str] | Omit | None = omit,
        enabled: bool | Omit | None = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> Webhook:
        """Update a webhook endpoint.

        Updates the URL, the event filter or the enabled state. Enabling and disabling a
        webhook is done here with `enabled: true|false`; there is no dedicated verb. Whether
        events are dropped or queued while a webhook is disabled is not documented.

        Body semantics: a field left out is not changed. `events: []` means "receive all
        events" (documented). That `null` also means "leave unchanged" is inferred, and it is
        ambiguous for `events`, where `null` in the webhook object means "all events"; send
        `[]` to subscribe to all events.

        Pass `rotate_secret=true` to issue a new signing secret: the old one is invalidated
        immediately and the response includes the new `secret`. A rotation is not idempotent
        (a repeat issues yet another secret), so with `rotate_secret=true` this operation is
        retried only when the request provably never left.

        Cost: write (rate bucket and monthly quota).

        ``PATCH /v1/webhooks/{webhook_id}`` (retry class: ``set-state``).

        Args:
            webhook_id: The webhook's ID (UUID).
            rotate_secret: Issue a new signing secret. The old one is invalidated immediately
                and the response includes the new `secret`.
            url: New endpoint URL.
            events: Replace the event filter list. Pass [] to receive all events (documented).
                What `null` does is not documented: it probably leaves the filter unchanged,
                but in the webhook object `null` means "all events". Send [] for all events.
            enabled: Enable or disable delivery.
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return await self._client.request(
            _profile.UPDATE,
            _UPDATE_RESULT,
            path_params={"webhook_id": webhook_id},
            query={"rotate_secret": rotate_secret},
            body={"url": url, "events": events, "enabled": enabled},
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
        """Delete a webhook endpoint.

        Deletes a webhook endpoint. Returns no content (204). Documented by the SDK docstring
        only; the crawled API reference pages cover register, list, fetch and update.

        Cost: write (rate bucket and monthly quota).

        ``DELETE /v1/webhooks/{webhook_id}`` (retry class: ``set-state``).

        Args:
            webhook_id: The webhook's ID (UUID).
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

    async def test(
        self,
        webhook_id: str,
        *,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> WebhookDelivery:
        """Send a test event to a webhook endpoint.

        Fires a `webhook.test` event at the endpoint immediately to verify that its URL is
        reachable, and returns the delivery record so you can inspect the response status
        (`response_status` should be 200). The request body is an empty JSON object.

        Sends a real delivery, so it is not retried automatically. Documented by the SDK
        (`Webhooks.test`) and the webhooks guide; the API reference page was not found. Cost:
        write (rate bucket and monthly quota), inferred from "writes (POST/PATCH/DELETE)".

        ``POST /v1/webhooks/{webhook_id}/test`` (retry class: ``unsafe``).

        Args:
            webhook_id: The webhook's ID (UUID).
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return await self._client.request(
            _profile.TEST,
            _TEST_RESULT,
            path_params={"webhook_id": webhook_id},
            body={},
            options=call_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def list_deliveries(
        self,
        *,
        webhook_id: str | Omit = omit,
        limit: int | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> builtins.list[WebhookDelivery]:
        """List webhook deliveries.

        Lists delivery records, newest first, optionally only those of one webhook. Not
        paginated: `limit` caps how many come back (1-200, default 50); there is no cursor or
        page number to fetch older records.

        Documented by the official SDK only (`kallima` 0.1.0, `resources.py`); no API
        reference page was found. The response shape (a bare JSON array, like the webhook
        list) and the record's fields are inferred. Cost: read (rate bucket only).

        ``GET /v1/webhook_deliveries`` (retry class: ``safe``).

        Args:
            webhook_id: Only the deliveries of this webhook (UUID). Whether the server
                requires it is not documented; the SDK passes it as a query parameter
                (inferred optional).
            limit: How many records to return, 1-200; server default 50 (SDK).
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return await self._client.request(
            _profile.LIST_DELIVERIES,
            _LIST_DELIVERIES_RESULT,
            query={"webhook_id": webhook_id, "limit": limit},
            options=call_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_delivery(
        self,
        delivery_id: str,
        *,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> WebhookDelivery:
        """Fetch one webhook delivery.

        Returns one delivery record. Documented by the official SDK only; the record's fields
        are inferred. Cost: read (rate bucket only).

        ``GET /v1/webhook_deliveries/{delivery_id}`` (retry class: ``safe``).

        Args:
            delivery_id: The delivery's ID.
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return await self._client.request(
            _profile.GET_DELIVERY,
            _GET_DELIVERY_RESULT,
            path_params={"delivery_id": delivery_id},
            options=call_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def retry_delivery(
        self,
        delivery_id: str,
        *,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> WebhookDelivery:
        """Retry a webhook delivery.

        Sends the delivery's event to the endpoint again now and returns the updated delivery
        record. The request body is an empty JSON object (what the SDK sends).

        Sends a real delivery and no idempotency key exists, so a lost response cannot be told
        from a lost request: the call is not retried automatically (retry class `unsafe`).
        Documented by the official SDK only; the success status (200) and the record's fields
        are inferred. Cost: write (rate bucket and monthly quota), inferred from "writes
        (POST/PATCH/DELETE)".

        ``POST /v1/webhook_deliveries/{delivery_id}/retry`` (retry class: ``unsafe``).

        Args:
            delivery_id: The delivery's ID.
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return await self._client.request(
            _profile.RETRY_DELIVERY,
            _RETRY_DELIVERY_RESULT,
            path_params={"delivery_id": delivery_id},
            body={},
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
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[builtins.list[Webhook]]:
        """``webhooks.list(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = async_to_raw_response_wrapper(self._webhooks.list)
        return await wrapper(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create(
        self,
        *,
        url: str,
        events: builtins.list[str] | Omit | None = omit,
        enabled: bool | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[Webhook]:
        """``webhooks.create(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = async_to_raw_response_wrapper(self._webhooks.create)
        return await wrapper(
            url=url,
            events=events,
            enabled=enabled,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def update(
        self,
        webhook_id: str,
        *,
        rotate_secret: bool | Omit = omit,
        url: str | Omit | None = omit,
        events: builtins.list[str] | Omit | None = omit,
        enabled: bool | Omit | None = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[Webhook]:
        """``webhooks.update(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = async_to_raw_response_wrapper(self._webhooks.update)
        return await wrapper(
            webhook_id,
            rotate_secret=rotate_secret,
            url=url,
            events=events,
            enabled=enabled,
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

    async def test(
        self,
        webhook_id: str,
        *,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[WebhookDelivery]:
        """``webhooks.test(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = async_to_raw_response_wrapper(self._webhooks.test)
        return await wrapper(
            webhook_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def list_deliveries(
        self,
        *,
        webhook_id: str | Omit = omit,
        limit: int | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[builtins.list[WebhookDelivery]]:
        """``webhooks.list_deliveries(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = async_to_raw_response_wrapper(self._webhooks.list_deliveries)
        return await wrapper(
            webhook_id=webhook_id,
            limit=limit,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_delivery(
        self,
        delivery_id: str,
        *,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[WebhookDelivery]:
        """``webhooks.get_delivery(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = async_to_raw_response_wrapper(self._webhooks.get_delivery)
        return await wrapper(
            delivery_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def retry_delivery(
        self,
        delivery_id: str,
        *,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[WebhookDelivery]:
        """``webhooks.retry_delivery(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = async_to_raw_response_wrapper(self._webhooks.retry_delivery)
        return await wrapper(
            delivery_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncKallima(AsyncProviderClient):
    """Kallima webhooks API: typed asynchronous client.

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
            api_key: Defaults to the ``KALLIMA_API_KEY`` environment variable.
            base_url: Defaults to ``KALLIMA_BASE_URL``, then
                ``https://api.kallima.bio``.
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
    ) -> AsyncKallima:
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
