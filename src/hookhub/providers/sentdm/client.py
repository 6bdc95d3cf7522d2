# This file was written by scripts/codegen.py from openapi/sentdm.yaml. Do not edit it:
# change the spec (or the generator) and run `make codegen`.

"""Typed synchronous and asynchronous clients for the Sent.dm API v3: webhooks."""

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
from hookhub.providers.sentdm import _profile

# The models are imported when a result is first parsed (lazy_adapter), not with the client.
if TYPE_CHECKING:
    from hookhub.providers.sentdm.models import (
        WebhookEvent,
        WebhookEventList,
        WebhookEventTypeList,
        WebhookList,
        WebhookResponse,
        WebhookSenderProfile,
        WebhookSigningSecret,
        WebhookTestResult,
    )

__all__ = [
    "AsyncSentDM",
    "AsyncWebhooks",
    "AsyncWebhooksWithRawResponse",
    "SentDM",
    "Webhooks",
    "WebhooksWithRawResponse",
]
_MODELS = "hookhub.providers.sentdm.models"
_LIST_RESULT: LazyAdapter[WebhookList] = lazy_adapter(_MODELS, "WebhookList")
_CREATE_RESULT: LazyAdapter[WebhookResponse] = lazy_adapter(_MODELS, "WebhookResponse")
_LIST_EVENT_TYPES_RESULT: LazyAdapter[WebhookEventTypeList] = lazy_adapter(
    _MODELS, "WebhookEventTypeList"
)
_RETRIEVE_RESULT: LazyAdapter[WebhookResponse] = lazy_adapter(_MODELS, "WebhookResponse")
_UPDATE_RESULT: LazyAdapter[WebhookResponse] = lazy_adapter(_MODELS, "WebhookResponse")
_TOGGLE_STATUS_RESULT: LazyAdapter[WebhookResponse] = lazy_adapter(_MODELS, "WebhookResponse")
_ROTATE_SECRET_RESULT: LazyAdapter[WebhookSigningSecret] = lazy_adapter(
    _MODELS, "WebhookSigningSecret"
)
_TEST_RESULT: LazyAdapter[WebhookTestResult] = lazy_adapter(_MODELS, "WebhookTestResult")
_LIST_EVENTS_RESULT: LazyAdapter[WebhookEventList] = lazy_adapter(_MODELS, "WebhookEventList")


class Webhooks:
    """The ``webhooks`` operations of the Sent.dm API v3: webhooks."""

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
        is_active: bool | Omit | None = omit,
        page: int | Omit = omit,
        page_size: int | Omit = omit,
        search: str | Omit | None = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> SyncPage[WebhookResponse, WebhookList]:
        """Get webhooks list

        Retrieves a paginated list of webhooks for the authenticated customer.

        Page-number pagination: `data.pagination.has_more` says whether another page exists;
        the official SDK's auto-pager increments `page` until it is false.
        `pagination.cursors` is never populated. List items carry `signing_secret: null` (docs
        example).

        Documented responses: 200, 400 VALIDATION_001 ("Page size must be between 1 and 100"),
        two bodiless responses (probably 401 and 403 (inferred)), 500 INTERNAL_001. The 429,
        502, 503 and 504 responses come from the error catalog and rate-limit page and are
        inferred for this endpoint.

        ``GET /v3/webhooks`` (retry class: ``safe``).

        Args:
            is_active: Only webhooks in this state; omit for all. Nullable in the reference
                page and the SDK.
            page: Page number, 1-indexed. The reference page marks it required (`page*`,
                int32) while the official SDK sends it only when given; optional here, with no
                documented server default (the docs' examples send `page=1&page_size=20`).
                Send it explicitly.
            page_size: Items per page, 1-100 (the docs' 400 example: "Page size must be
                between 1 and 100"). The reference page marks it required (`page_size*`,
                int32) while the official SDK sends it only when given; optional here, with no
                documented server default (the docs' examples send `page=1&page_size=20`).
                Send it explicitly.
            search: Free-text search over the webhooks. Which fields it matches is not
                documented. Nullable in the reference page and the SDK.
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
            query={"is_active": is_active, "page": page, "page_size": page_size, "search": search},
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
        display_name: str,
        endpoint_url: str,
        event_types: builtins.list[str],
        event_filters: dict[str, builtins.list[str]] | Omit | None = omit,
        retry_count: int | Omit = omit,
        timeout_seconds: int | Omit = omit,
        sandbox: bool | Omit = omit,
        sender_profile: WebhookSenderProfile | Omit | None = omit,
        idempotency_key: str | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> WebhookResponse:
        """Create a webhook

        Creates a new webhook endpoint for the authenticated customer.

        The response is the only documented place, besides `rotate-secret`, that carries the
        `signing_secret` (e.g. `whsec_...`); reads return it as `null` (docs examples), so
        store it now (inferred). Every delivery is signed with this secret.

        `sender_profile` (request-only) makes an organization webhook clone itself onto the
        organization's sender profiles, one clone per existing and future profile; responses
        never return it (from the official SDK).

        `sandbox: true` makes the API validate the request and return a realistic fake
        response without side effects (response header `X-Sandbox: true`) (secondary source).

        Documented responses: 200, 400 VALIDATION_001 ("Endpoint URL must be a valid HTTP or
        HTTPS URL"), two bodiless responses (probably 401 and 403 (inferred)), 500. The 409,
        429, 502, 503 and 504 responses come from the error catalog, the rate-limit and the
        idempotency pages and are inferred for this endpoint.

        ``POST /v3/webhooks`` (retry class: ``keyed``).

        Args:
            display_name: Human-readable name.
            endpoint_url: URL the events are POSTed to. Must be a valid HTTP or HTTPS URL,
                else 400 VALIDATION_001.
            event_types: Parent event families to subscribe to, e.g. `templates` and
                `messages` (2026-03 docs examples) or `message` (2026-05 docs examples and the
                2ND snapshot): the sources disagree on the message family's name.
                `list_event_types` lists what the account can subscribe to.
            event_filters: Narrows a family to some sub-types: `{family: [sub_type, ...]}`,
                e.g. `{"message": ["delivered", "failed"]}`. Null or omitted: every sub-type
                of the subscribed families.
            retry_count: Delivery retries, 1-5; server default 3 (secondary source). Out of
                range gives 400 VALIDATION_005.
            timeout_seconds: Delivery timeout in seconds, 5-120; server default 30 (secondary
                source). Out of range gives 400 VALIDATION_005.
            sandbox: Sandbox flag - when true, the operation is simulated without side
                effects. Useful for testing integrations without actual execution. (from the
                official SDK)
            sender_profile: Request-only: the events an organization webhook's sender profile
                clones receive, one clone per existing and future profile. Responses never
                return it. (from the official SDK)
            idempotency_key: Sent as ``Idempotency-Key``. One is generated when omitted;
                either way the same key goes with every retry of this call.
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return self._client.request(
            _profile.CREATE,
            _CREATE_RESULT,
            body={
                "display_name": display_name,
                "endpoint_url": endpoint_url,
                "event_types": event_types,
                "event_filters": event_filters,
                "retry_count": retry_count,
                "timeout_seconds": timeout_seconds,
                "sandbox": sandbox,
                "sender_profile": sender_profile,
            },
            idempotency_key=idempotency_key,
            options=call_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def list_event_types(
        self,
        *,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> WebhookEventTypeList:
        """Get available webhook event types

        Retrieves all available webhook event types that can be subscribed to.

        The SDK models the result as `{event_types, pagination}`; the docs example has no
        `pagination`, and the endpoint takes no paging parameters.

        Documented responses: 200 and 500 INTERNAL_001. The 401, 403, 429, 502, 503 and 504
        responses come from the error catalog and rate-limit page and are inferred for this
        endpoint.

        ``GET /v3/webhooks/event-types`` (retry class: ``safe``).
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return self._client.request(
            _profile.LIST_EVENT_TYPES,
            _LIST_EVENT_TYPES_RESULT,
            options=call_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def retrieve(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> WebhookResponse:
        """Get a webhook

        Retrieves a single webhook by ID for the authenticated customer.

        `signing_secret` is `null` on reads (docs example).

        Documented responses: 200, 400 VALIDATION_001, two bodiless responses (probably 401
        and 403 (inferred)), 404 RESOURCE_008, 500 INTERNAL_001. The 429, 502, 503 and 504
        responses come from the error catalog and rate-limit page and are inferred for this
        endpoint.

        ``GET /v3/webhooks/{id}`` (retry class: ``safe``).

        Args:
            id: Webhook ID (UUID). A malformed ID gives 400 VALIDATION_001 "Invalid webhook ID
                format." (from the provider's reference page)
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return self._client.request(
            _profile.RETRIEVE,
            _RETRIEVE_RESULT,
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
        display_name: str,
        endpoint_url: str,
        event_types: builtins.list[str],
        event_filters: dict[str, builtins.list[str]] | Omit | None = omit,
        retry_count: int | Omit = omit,
        timeout_seconds: int | Omit = omit,
        sandbox: bool | Omit = omit,
        sender_profile: WebhookSenderProfile | Omit | None = omit,
        idempotency_key: str | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> WebhookResponse:
        """Update a webhook

        Updates an existing webhook for the authenticated customer.

        PUT takes the same body as create. Whether fields left out are kept or reset is not
        documented; send the full configuration (inferred). The signing secret is not changed
        (use `rotate_secret`).

        `sandbox: true` makes the API validate the request and return a realistic fake
        response without side effects (response header `X-Sandbox: true`) (secondary source).

        Documented responses (reference page): 200, 400 VALIDATION_001, two bodiless responses
        (probably 401 and 403 (inferred)), 404 RESOURCE_008, 500 INTERNAL_001. The 409, 429,
        502, 503 and 504 responses come from the error catalog, the rate-limit and the
        idempotency pages and are inferred for this endpoint.

        ``PUT /v3/webhooks/{id}`` (retry class: ``keyed``).

        Args:
            id: Webhook ID (UUID). A malformed ID gives 400 VALIDATION_001 "Invalid webhook ID
                format." (from the provider's reference page)
            display_name: Human-readable name.
            endpoint_url: URL the events are POSTed to. Must be a valid HTTP or HTTPS URL,
                else 400 VALIDATION_001.
            event_types: Parent event families to subscribe to, e.g. `templates` and
                `messages` (2026-03 docs examples) or `message` (2026-05 docs examples and the
                2ND snapshot): the sources disagree on the message family's name.
                `list_event_types` lists what the account can subscribe to.
            event_filters: Narrows a family to some sub-types: `{family: [sub_type, ...]}`,
                e.g. `{"message": ["delivered", "failed"]}`. Null or omitted: every sub-type
                of the subscribed families.
            retry_count: Delivery retries, 1-5; server default 3 (secondary source). Out of
                range gives 400 VALIDATION_005.
            timeout_seconds: Delivery timeout in seconds, 5-120; server default 30 (secondary
                source). Out of range gives 400 VALIDATION_005.
            sandbox: Sandbox flag - when true, the operation is simulated without side
                effects. Useful for testing integrations without actual execution. (from the
                official SDK)
            sender_profile: Request-only: the events an organization webhook's sender profile
                clones receive, one clone per existing and future profile. Responses never
                return it. (from the official SDK)
            idempotency_key: Sent as ``Idempotency-Key``. One is generated when omitted;
                either way the same key goes with every retry of this call.
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return self._client.request(
            _profile.UPDATE,
            _UPDATE_RESULT,
            path_params={"id": id},
            body={
                "display_name": display_name,
                "endpoint_url": endpoint_url,
                "event_types": event_types,
                "event_filters": event_filters,
                "retry_count": retry_count,
                "timeout_seconds": timeout_seconds,
                "sandbox": sandbox,
                "sender_profile": sender_profile,
            },
            idempotency_key=idempotency_key,
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
        idempotency_key: str | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> None:
        """Delete a webhook

        Deletes a webhook for the authenticated customer.

        The success response has no body (the reference page shows it as "Empty"; the official
        SDK sends `Accept: */*` and returns None).

        Documented responses: an empty success, 400 VALIDATION_001, two bodiless responses
        (probably 401 and 403 (inferred)), 404 RESOURCE_008, 500 INTERNAL_001. The 409, 429,
        502, 503 and 504 responses come from the error catalog, the rate-limit and the
        idempotency pages and are inferred for this endpoint.

        ``DELETE /v3/webhooks/{id}`` (retry class: ``keyed``).

        Args:
            id: Webhook ID (UUID). A malformed ID gives 400 VALIDATION_001 "Invalid webhook ID
                format." (from the provider's reference page)
            idempotency_key: Sent as ``Idempotency-Key``. One is generated when omitted;
                either way the same key goes with every retry of this call.
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return self._client.request(
            _profile.DELETE,
            NO_CONTENT,
            path_params={"id": id},
            idempotency_key=idempotency_key,
            options=call_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def toggle_status(
        self,
        id: str,
        *,
        is_active: bool | Omit = omit,
        sandbox: bool | Omit = omit,
        idempotency_key: str | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> WebhookResponse:
        """Toggle webhook status

        Activates or deactivates a webhook for the authenticated customer.

        Despite the name, this is not a flip: the body carries the target state in
        `is_active`, so repeating the call with the same body leaves the webhook in the same
        state [INF from the seed's request and the SDK's params]. Both body fields are
        optional in the official SDK; what the server does when `is_active` is omitted (flip,
        no-op or 400) is unknown, so always send it.

        While a webhook is inactive nothing is fanned out to it [2ND: Sent's agent-skills
        reference]: events are dropped, not buffered for later delivery (not stated in the
        primary docs). Automatic deactivation after failures is not documented;
        `consecutive_failures` is exposed.

        `sandbox: true` makes the API validate the request and return a realistic fake
        response without side effects (response header `X-Sandbox: true`) (secondary source).

        Documented responses (reference page): 200, 400 VALIDATION_001, two bodiless responses
        (probably 401 and 403 (inferred)), 404 RESOURCE_008, 500 INTERNAL_001. The 409, 429,
        502, 503 and 504 responses come from the error catalog, the rate-limit and the
        idempotency pages and are inferred for this endpoint.

        ``PATCH /v3/webhooks/{id}/toggle-status`` (retry class: ``keyed``).

        Args:
            id: Webhook ID (UUID). A malformed ID gives 400 VALIDATION_001 "Invalid webhook ID
                format." (from the provider's reference page)
            is_active: Target state: true activates, false deactivates. Optional in the SDK;
                the server's behaviour when it is omitted is unknown, so always send it.
            sandbox: Sandbox flag - when true, the operation is simulated without side
                effects. (from the official SDK)
            idempotency_key: Sent as ``Idempotency-Key``. One is generated when omitted;
                either way the same key goes with every retry of this call.
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return self._client.request(
            _profile.TOGGLE_STATUS,
            _TOGGLE_STATUS_RESULT,
            path_params={"id": id},
            body={"is_active": is_active, "sandbox": sandbox},
            idempotency_key=idempotency_key,
            options=call_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def rotate_secret(
        self,
        id: str,
        *,
        sandbox: bool | Omit = omit,
        idempotency_key: str | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> WebhookSigningSecret:
        """Rotate webhook signing secret

        Generates a new signing secret for the specified webhook. The old secret is
        immediately invalidated.

        There is no grace period: deliveries signed with the old secret stop verifying at
        once. This endpoint is in the sensitive rate-limit tier (10 requests/min, burst 5).

        `sandbox: true` makes the API validate the request and return a realistic fake
        response without side effects (response header `X-Sandbox: true`) (secondary source).

        Documented responses (reference page): 200, 400 VALIDATION_001, two bodiless responses
        (probably 401 and 403 (inferred)), 404 RESOURCE_008, 500 INTERNAL_001. The 409, 429,
        502, 503 and 504 responses come from the error catalog, the rate-limit and the
        idempotency pages and are inferred for this endpoint.

        ``POST /v3/webhooks/{id}/rotate-secret`` (retry class: ``keyed``).

        Args:
            id: Webhook ID (UUID). A malformed ID gives 400 VALIDATION_001 "Invalid webhook ID
                format." (from the provider's reference page)
            sandbox: Sandbox flag - when true, the operation is simulated without side
                effects. (from the official SDK)
            idempotency_key: Sent as ``Idempotency-Key``. One is generated when omitted;
                either way the same key goes with every retry of this call.
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return self._client.request(
            _profile.ROTATE_SECRET,
            _ROTATE_SECRET_RESULT,
            path_params={"id": id},
            body={"sandbox": sandbox},
            idempotency_key=idempotency_key,
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
        id: str,
        *,
        event_type: str,
        sandbox: bool | Omit = omit,
        idempotency_key: str | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> WebhookTestResult:
        """Test a webhook

        Sends a test event to the specified webhook endpoint to verify connectivity.

        The outcome of the delivery is reported in `data.success` and `data.message`. Rate
        limit 60 requests/min (secondary source). The reference page and the SDK send an
        Idempotency-Key, though the idempotency page's list of supported endpoints does not
        name `/test` [INF: keyed].

        `sandbox: true` makes the API validate the request and return a realistic fake
        response without side effects (response header `X-Sandbox: true`) (secondary source).

        Documented responses (reference page): 200, 400 VALIDATION_001, two bodiless responses
        (probably 401 and 403 (inferred)), 404 RESOURCE_008, 500 INTERNAL_001. The 409, 429,
        502, 503 and 504 responses come from the error catalog, the rate-limit and the
        idempotency pages and are inferred for this endpoint.

        ``POST /v3/webhooks/{id}/test`` (retry class: ``keyed``).

        Args:
            id: Webhook ID (UUID). A malformed ID gives 400 VALIDATION_001 "Invalid webhook ID
                format." (from the provider's reference page)
            event_type: Event type to send a specimen of, e.g. `message.sent`.
            sandbox: Sandbox flag - when true, the operation is simulated without side
                effects. (from the official SDK)
            idempotency_key: Sent as ``Idempotency-Key``. One is generated when omitted;
                either way the same key goes with every retry of this call.
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return self._client.request(
            _profile.TEST,
            _TEST_RESULT,
            path_params={"id": id},
            body={"event_type": event_type, "sandbox": sandbox},
            idempotency_key=idempotency_key,
            options=call_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def list_events(
        self,
        id: str,
        *,
        page: int | Omit = omit,
        page_size: int | Omit = omit,
        search: str | Omit | None = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> SyncPage[WebhookEvent, WebhookEventList]:
        """Get webhook events

        Retrieves a paginated list of delivery events for the specified webhook.

        If the webhook is cloned onto your sender profiles, the list includes what those
        clones received; read `payload.account_id` in `event_data` to tell whose event it is
        (from the official SDK). This delivery log is the first place to look when an event
        seems to be missing.

        Page-number pagination as on `list`.

        Documented responses: 200, 400 VALIDATION_001, two bodiless responses (probably 401
        and 403 (inferred)), 404 RESOURCE_008, 500 INTERNAL_001. The 429, 502, 503 and 504
        responses come from the error catalog and rate-limit page and are inferred for this
        endpoint.

        ``GET /v3/webhooks/{id}/events`` (retry class: ``safe``).

        Args:
            id: Webhook ID (UUID). A malformed ID gives 400 VALIDATION_001 "Invalid webhook ID
                format." (from the provider's reference page)
            page: Page number, 1-indexed. The reference page marks it required (`page*`,
                int32) while the official SDK sends it only when given; optional here, with no
                documented server default (the docs' examples send `page=1&page_size=20`).
                Send it explicitly.
            page_size: Items per page, 1-100 (the docs' 400 example: "Page size must be
                between 1 and 100"). The reference page marks it required (`page_size*`,
                int32) while the official SDK sends it only when given; optional here, with no
                documented server default (the docs' examples send `page=1&page_size=20`).
                Send it explicitly.
            search: Free-text search over the delivery events. Which fields it matches is not
                documented. Nullable in the reference page and the SDK.
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.

        Returns a page: ``for`` over it walks every item of every page,
        fetching each next page lazily with the same arguments and options
        (``page`` changes); ``.items`` is one page, ``.body`` its whole
        result.
        """
        return self._client.request_page(
            _profile.LIST_EVENTS,
            _LIST_EVENTS_RESULT,
            path_params={"id": id},
            query={"page": page, "page_size": page_size, "search": search},
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
        is_active: bool | Omit | None = omit,
        page: int | Omit = omit,
        page_size: int | Omit = omit,
        search: str | Omit | None = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[SyncPage[WebhookResponse, WebhookList]]:
        """``webhooks.list(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = to_raw_response_wrapper(self._webhooks.list)
        return wrapper(
            is_active=is_active,
            page=page,
            page_size=page_size,
            search=search,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create(
        self,
        *,
        display_name: str,
        endpoint_url: str,
        event_types: builtins.list[str],
        event_filters: dict[str, builtins.list[str]] | Omit | None = omit,
        retry_count: int | Omit = omit,
        timeout_seconds: int | Omit = omit,
        sandbox: bool | Omit = omit,
        sender_profile: WebhookSenderProfile | Omit | None = omit,
        idempotency_key: str | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[WebhookResponse]:
        """``webhooks.create(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = to_raw_response_wrapper(self._webhooks.create)
        return wrapper(
            display_name=display_name,
            endpoint_url=endpoint_url,
            event_types=event_types,
            event_filters=event_filters,
            retry_count=retry_count,
            timeout_seconds=timeout_seconds,
            sandbox=sandbox,
            sender_profile=sender_profile,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_event_types(
        self,
        *,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[WebhookEventTypeList]:
        """``webhooks.list_event_types(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = to_raw_response_wrapper(self._webhooks.list_event_types)
        return wrapper(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def retrieve(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[WebhookResponse]:
        """``webhooks.retrieve(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = to_raw_response_wrapper(self._webhooks.retrieve)
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
        display_name: str,
        endpoint_url: str,
        event_types: builtins.list[str],
        event_filters: dict[str, builtins.list[str]] | Omit | None = omit,
        retry_count: int | Omit = omit,
        timeout_seconds: int | Omit = omit,
        sandbox: bool | Omit = omit,
        sender_profile: WebhookSenderProfile | Omit | None = omit,
        idempotency_key: str | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[WebhookResponse]:
        """``webhooks.update(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = to_raw_response_wrapper(self._webhooks.update)
        return wrapper(
            id,
            display_name=display_name,
            endpoint_url=endpoint_url,
            event_types=event_types,
            event_filters=event_filters,
            retry_count=retry_count,
            timeout_seconds=timeout_seconds,
            sandbox=sandbox,
            sender_profile=sender_profile,
            idempotency_key=idempotency_key,
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
        idempotency_key: str | Omit = omit,
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
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def toggle_status(
        self,
        id: str,
        *,
        is_active: bool | Omit = omit,
        sandbox: bool | Omit = omit,
        idempotency_key: str | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[WebhookResponse]:
        """``webhooks.toggle_status(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = to_raw_response_wrapper(self._webhooks.toggle_status)
        return wrapper(
            id,
            is_active=is_active,
            sandbox=sandbox,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def rotate_secret(
        self,
        id: str,
        *,
        sandbox: bool | Omit = omit,
        idempotency_key: str | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[WebhookSigningSecret]:
        """``webhooks.rotate_secret(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = to_raw_response_wrapper(self._webhooks.rotate_secret)
        return wrapper(
            id,
            sandbox=sandbox,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def test(
        self,
        id: str,
        *,
        event_type: str,
        sandbox: bool | Omit = omit,
        idempotency_key: str | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[WebhookTestResult]:
        """``webhooks.test(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = to_raw_response_wrapper(self._webhooks.test)
        return wrapper(
            id,
            event_type=event_type,
            sandbox=sandbox,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_events(
        self,
        id: str,
        *,
        page: int | Omit = omit,
        page_size: int | Omit = omit,
        search: str | Omit | None = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[SyncPage[WebhookEvent, WebhookEventList]]:
        """``webhooks.list_events(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = to_raw_response_wrapper(self._webhooks.list_events)
        return wrapper(
            id,
            page=page,
            page_size=page_size,
            search=search,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class SentDM(SyncProviderClient):
    """Sent.dm API v3: webhooks: typed synchronous client.

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
        profile_id: str | None = None,
        sandbox: bool | None = None,
    ) -> None:
        """Create a client.

        Args:
            api_key: Defaults to the ``SENT_DM_API_KEY`` environment variable.
            base_url: Defaults to ``SENT_BASE_URL``, then
                ``https://api.sent.dm``.
            timeout: Seconds, or an ``httpx.Timeout`` (default 30 s, 5 s to connect).
            max_retries: Retries after the first attempt (default 2), within each operation's
                retry class.
            retry_policy: Backoff knobs (``hookhub.RetryPolicy``).
            http_client: Your own ``httpx.Client`` (proxies, mTLS, transports);
                you close it.
            default_headers: Extra headers sent with every request (names ignore case). A header
                named like the auth header (``x-api-key``) replaces the generated one;
                an idempotency key here is refused: pass ``idempotency_key=`` per call.
            allow_insecure_http: Allow a plain ``http://`` base URL on a non-loopback host
                (the API key then travels in clear text). Also ``HOOKHUB_ALLOW_INSECURE_HTTP=1``.
            profile_id: Profile UUID to scope every request to a child profile (header
                `x-profile-id`). Only organization API keys may use it (a profile key gets
                403); the profile must belong to the calling organization (else 404).
            sandbox: Filled into the `sandbox` body field of mutations when the caller omits
                it: the API validates and returns a realistic fake response without side
                effects.
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
            options={
                "profile_id": profile_id,
                "sandbox": sandbox,
            },
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
        profile_id: str | Omit | None = omit,
        sandbox: bool | Omit | None = omit,
    ) -> SentDM:
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
                options={
                    "profile_id": profile_id,
                    "sandbox": sandbox,
                },
            )
        )


class AsyncWebhooks:
    """The ``webhooks`` operations of the Sent.dm API v3: webhooks (async)."""

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
        is_active: bool | Omit | None = omit,
        page: int | Omit = omit,
        page_size: int | Omit = omit,
        search: str | Omit | None = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> AsyncPaginator[WebhookResponse, WebhookList]:
        """Get webhooks list

        Retrieves a paginated list of webhooks for the authenticated customer.

        Page-number pagination: `data.pagination.has_more` says whether another page exists;
        the official SDK's auto-pager increments `page` until it is false.
        `pagination.cursors` is never populated. List items carry `signing_secret: null` (docs
        example).

        Documented responses: 200, 400 VALIDATION_001 ("Page size must be between 1 and 100"),
        two bodiless responses (probably 401 and 403 (inferred)), 500 INTERNAL_001. The 429,
        502, 503 and 504 responses come from the error catalog and rate-limit page and are
        inferred for this endpoint.

        ``GET /v3/webhooks`` (retry class: ``safe``).

        Args:
            is_active: Only webhooks in this state; omit for all. Nullable in the reference
                page and the SDK.
            page: Page number, 1-indexed. The reference page marks it required (`page*`,
                int32) while the official SDK sends it only when given; optional here, with no
                documented server default (the docs' examples send `page=1&page_size=20`).
                Send it explicitly.
            page_size: Items per page, 1-100 (the docs' 400 example: "Page size must be
                between 1 and 100"). The reference page marks it required (`page_size*`,
                int32) while the official SDK sends it only when given; optional here, with no
                documented server default (the docs' examples send `page=1&page_size=20`).
                Send it explicitly.
            search: Free-text search over the webhooks. Which fields it matches is not
                documented. Nullable in the reference page and the SDK.
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
            query={"is_active": is_active, "page": page, "page_size": page_size, "search": search},
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
        display_name: str,
        endpoint_url: str,
        event_types: builtins.list[str],
        event_filters: dict[str, builtins.list[str]] | Omit | None = omit,
        retry_count: int | Omit = omit,
        timeout_seconds: int | Omit = omit,
        sandbox: bool | Omit = omit,
        sender_profile: WebhookSenderProfile | Omit | None = omit,
        idempotency_key: str | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> WebhookResponse:
        """Create a webhook

        Creates a new webhook endpoint for the authenticated customer.

        The response is the only documented place, besides `rotate-secret`, that carries the
        `signing_secret` (e.g. `whsec_...`); reads return it as `null` (docs examples), so
        store it now (inferred). Every delivery is signed with this secret.

        `sender_profile` (request-only) makes an organization webhook clone itself onto the
        organization's sender profiles, one clone per existing and future profile; responses
        never return it (from the official SDK).

        `sandbox: true` makes the API validate the request and return a realistic fake
        response without side effects (response header `X-Sandbox: true`) (secondary source).

        Documented responses: 200, 400 VALIDATION_001 ("Endpoint URL must be a valid HTTP or
        HTTPS URL"), two bodiless responses (probably 401 and 403 (inferred)), 500. The 409,
        429, 502, 503 and 504 responses come from the error catalog, the rate-limit and the
        idempotency pages and are inferred for this endpoint.

        ``POST /v3/webhooks`` (retry class: ``keyed``).

        Args:
            display_name: Human-readable name.
            endpoint_url: URL the events are POSTed to. Must be a valid HTTP or HTTPS URL,
                else 400 VALIDATION_001.
            event_types: Parent event families to subscribe to, e.g. `templates` and
                `messages` (2026-03 docs examples) or `message` (2026-05 docs examples and the
                2ND snapshot): the sources disagree on the message family's name.
                `list_event_types` lists what the account can subscribe to.
            event_filters: Narrows a family to some sub-types: `{family: [sub_type, ...]}`,
                e.g. `{"message": ["delivered", "failed"]}`. Null or omitted: every sub-type
                of the subscribed families.
            retry_count: Delivery retries, 1-5; server default 3 (secondary source). Out of
                range gives 400 VALIDATION_005.
            timeout_seconds: Delivery timeout in seconds, 5-120; server default 30 (secondary
                source). Out of range gives 400 VALIDATION_005.
            sandbox: Sandbox flag - when true, the operation is simulated without side
                effects. Useful for testing integrations without actual execution. (from the
                official SDK)
            sender_profile: Request-only: the events an organization webhook's sender profile
                clones receive, one clone per existing and future profile. Responses never
                return it. (from the official SDK)
            idempotency_key: Sent as ``Idempotency-Key``. One is generated when omitted;
                either way the same key goes with every retry of this call.
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return await self._client.request(
            _profile.CREATE,
            _CREATE_RESULT,
            body={
                "display_name": display_name,
                "endpoint_url": endpoint_url,
                "event_types": event_types,
                "event_filters": event_filters,
                "retry_count": retry_count,
                "timeout_seconds": timeout_seconds,
                "sandbox": sandbox,
                "sender_profile": sender_profile,
            },
            idempotency_key=idempotency_key,
            options=call_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def list_event_types(
        self,
        *,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> WebhookEventTypeList:
        """Get available webhook event types

        Retrieves all available webhook event types that can be subscribed to.

        The SDK models the result as `{event_types, pagination}`; the docs example has no
        `pagination`, and the endpoint takes no paging parameters.

        Documented responses: 200 and 500 INTERNAL_001. The 401, 403, 429, 502, 503 and 504
        responses come from the error catalog and rate-limit page and are inferred for this
        endpoint.

        ``GET /v3/webhooks/event-types`` (retry class: ``safe``).
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return await self._client.request(
            _profile.LIST_EVENT_TYPES,
            _LIST_EVENT_TYPES_RESULT,
            options=call_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def retrieve(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> WebhookResponse:
        """Get a webhook

        Retrieves a single webhook by ID for the authenticated customer.

        `signing_secret` is `null` on reads (docs example).

        Documented responses: 200, 400 VALIDATION_001, two bodiless responses (probably 401
        and 403 (inferred)), 404 RESOURCE_008, 500 INTERNAL_001. The 429, 502, 503 and 504
        responses come from the error catalog and rate-limit page and are inferred for this
        endpoint.

        ``GET /v3/webhooks/{id}`` (retry class: ``safe``).

        Args:
            id: Webhook ID (UUID). A malformed ID gives 400 VALIDATION_001 "Invalid webhook ID
                format." (from the provider's reference page)
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return await self._client.request(
            _profile.RETRIEVE,
            _RETRIEVE_RESULT,
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
        display_name: str,
        endpoint_url: str,
        event_types: builtins.list[str],
        event_filters: dict[str, builtins.list[str]] | Omit | None = omit,
        retry_count: int | Omit = omit,
        timeout_seconds: int | Omit = omit,
        sandbox: bool | Omit = omit,
        sender_profile: WebhookSenderProfile | Omit | None = omit,
        idempotency_key: str | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> WebhookResponse:
        """Update a webhook

        Updates an existing webhook for the authenticated customer.

        PUT takes the same body as create. Whether fields left out are kept or reset is not
        documented; send the full configuration (inferred). The signing secret is not changed
        (use `rotate_secret`).

        `sandbox: true` makes the API validate the request and return a realistic fake
        response without side effects (response header `X-Sandbox: true`) (secondary source).

        Documented responses (reference page): 200, 400 VALIDATION_001, two bodiless responses
        (probably 401 and 403 (inferred)), 404 RESOURCE_008, 500 INTERNAL_001. The 409, 429,
        502, 503 and 504 responses come from the error catalog, the rate-limit and the
        idempotency pages and are inferred for this endpoint.

        ``PUT /v3/webhooks/{id}`` (retry class: ``keyed``).

        Args:
            id: Webhook ID (UUID). A malformed ID gives 400 VALIDATION_001 "Invalid webhook ID
                format." (from the provider's reference page)
            display_name: Human-readable name.
            endpoint_url: URL the events are POSTed to. Must be a valid HTTP or HTTPS URL,
                else 400 VALIDATION_001.
            event_types: Parent event families to subscribe to, e.g. `templates` and
                `messages` (2026-03 docs examples) or `message` (2026-05 docs examples and the
                2ND snapshot): the sources disagree on the message family's name.
                `list_event_types` lists what the account can subscribe to.
            event_filters: Narrows a family to some sub-types: `{family: [sub_type, ...]}`,
                e.g. `{"message": ["delivered", "failed"]}`. Null or omitted: every sub-type
                of the subscribed families.
            retry_count: Delivery retries, 1-5; server default 3 (secondary source). Out of
                range gives 400 VALIDATION_005.
            timeout_seconds: Delivery timeout in seconds, 5-120; server default 30 (secondary
                source). Out of range gives 400 VALIDATION_005.
            sandbox: Sandbox flag - when true, the operation is simulated without side
                effects. Useful for testing integrations without actual execution. (from the
                official SDK)
            sender_profile: Request-only: the events an organization webhook's sender profile
                clones receive, one clone per existing and future profile. Responses never
                return it. (from the official SDK)
            idempotency_key: Sent as ``Idempotency-Key``. One is generated when omitted;
                either way the same key goes with every retry of this call.
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return await self._client.request(
            _profile.UPDATE,
            _UPDATE_RESULT,
            path_params={"id": id},
            body={
                "display_name": display_name,
                "endpoint_url": endpoint_url,
                "event_types": event_types,
                "event_filters": event_filters,
                "retry_count": retry_count,
                "timeout_seconds": timeout_seconds,
                "sandbox": sandbox,
                "sender_profile": sender_profile,
            },
            idempotency_key=idempotency_key,
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
        idempotency_key: str | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> None:
        """Delete a webhook

        Deletes a webhook for the authenticated customer.

        The success response has no body (the reference page shows it as "Empty"; the official
        SDK sends `Accept: */*` and returns None).

        Documented responses: an empty success, 400 VALIDATION_001, two bodiless responses
        (probably 401 and 403 (inferred)), 404 RESOURCE_008, 500 INTERNAL_001. The 409, 429,
        502, 503 and 504 responses come from the error catalog, the rate-limit and the
        idempotency pages and are inferred for this endpoint.

        ``DELETE /v3/webhooks/{id}`` (retry class: ``keyed``).

        Args:
            id: Webhook ID (UUID). A malformed ID gives 400 VALIDATION_001 "Invalid webhook ID
                format." (from the provider's reference page)
            idempotency_key: Sent as ``Idempotency-Key``. One is generated when omitted;
                either way the same key goes with every retry of this call.
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return await self._client.request(
            _profile.DELETE,
            NO_CONTENT,
            path_params={"id": id},
            idempotency_key=idempotency_key,
            options=call_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def toggle_status(
        self,
        id: str,
        *,
        is_active: bool | Omit = omit,
        sandbox: bool | Omit = omit,
        idempotency_key: str | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> WebhookResponse:
        """Toggle webhook status

        Activates or deactivates a webhook for the authenticated customer.

        Despite the name, this is not a flip: the body carries the target state in
        `is_active`, so repeating the call with the same body leaves the webhook in the same
        state [INF from the seed's request and the SDK's params]. Both body fields are
        optional in the official SDK; what the server does when `is_active` is omitted (flip,
        no-op or 400) is unknown, so always send it.

        While a webhook is inactive nothing is fanned out to it [2ND: Sent's agent-skills
        reference]: events are dropped, not buffered for later delivery (not stated in the
        primary docs). Automatic deactivation after failures is not documented;
        `consecutive_failures` is exposed.

        `sandbox: true` makes the API validate the request and return a realistic fake
        response without side effects (response header `X-Sandbox: true`) (secondary source).

        Documented responses (reference page): 200, 400 VALIDATION_001, two bodiless responses
        (probably 401 and 403 (inferred)), 404 RESOURCE_008, 500 INTERNAL_001. The 409, 429,
        502, 503 and 504 responses come from the error catalog, the rate-limit and the
        idempotency pages and are inferred for this endpoint.

        ``PATCH /v3/webhooks/{id}/toggle-status`` (retry class: ``keyed``).

        Args:
            id: Webhook ID (UUID). A malformed ID gives 400 VALIDATION_001 "Invalid webhook ID
                format." (from the provider's reference page)
            is_active: Target state: true activates, false deactivates. Optional in the SDK;
                the server's behaviour when it is omitted is unknown, so always send it.
            sandbox: Sandbox flag - when true, the operation is simulated without side
                effects. (from the official SDK)
            idempotency_key: Sent as ``Idempotency-Key``. One is generated when omitted;
                either way the same key goes with every retry of this call.
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return await self._client.request(
            _profile.TOGGLE_STATUS,
            _TOGGLE_STATUS_RESULT,
            path_params={"id": id},
            body={"is_active": is_active, "sandbox": sandbox},
            idempotency_key=idempotency_key,
            options=call_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def rotate_secret(
        self,
        id: str,
        *,
        sandbox: bool | Omit = omit,
        idempotency_key: str | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> WebhookSigningSecret:
        """Rotate webhook signing secret

        Generates a new signing secret for the specified webhook. The old secret is
        immediately invalidated.

        There is no grace period: deliveries signed with the old secret stop verifying at
        once. This endpoint is in the sensitive rate-limit tier (10 requests/min, burst 5).

        `sandbox: true` makes the API validate the request and return a realistic fake
        response without side effects (response header `X-Sandbox: true`) (secondary source).

        Documented responses (reference page): 200, 400 VALIDATION_001, two bodiless responses
        (probably 401 and 403 (inferred)), 404 RESOURCE_008, 500 INTERNAL_001. The 409, 429,
        502, 503 and 504 responses come from the error catalog, the rate-limit and the
        idempotency pages and are inferred for this endpoint.

        ``POST /v3/webhooks/{id}/rotate-secret`` (retry class: ``keyed``).

        Args:
            id: Webhook ID (UUID). A malformed ID gives 400 VALIDATION_001 "Invalid webhook ID
                format." (from the provider's reference page)
            sandbox: Sandbox flag - when true, the operation is simulated without side
                effects. (from the official SDK)
            idempotency_key: Sent as ``Idempotency-Key``. One is generated when omitted;
                either way the same key goes with every retry of this call.
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return await self._client.request(
            _profile.ROTATE_SECRET,
            _ROTATE_SECRET_RESULT,
            path_params={"id": id},
            body={"sandbox": sandbox},
            idempotency_key=idempotency_key,
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
        id: str,
        *,
        event_type: str,
        sandbox: bool | Omit = omit,
        idempotency_key: str | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> WebhookTestResult:
        """Test a webhook

        Sends a test event to the specified webhook endpoint to verify connectivity.

        The outcome of the delivery is reported in `data.success` and `data.message`. Rate
        limit 60 requests/min (secondary source). The reference page and the SDK send an
        Idempotency-Key, though the idempotency page's list of supported endpoints does not
        name `/test` [INF: keyed].

        `sandbox: true` makes the API validate the request and return a realistic fake
        response without side effects (response header `X-Sandbox: true`) (secondary source).

        Documented responses (reference page): 200, 400 VALIDATION_001, two bodiless responses
        (probably 401 and 403 (inferred)), 404 RESOURCE_008, 500 INTERNAL_001. The 409, 429,
        502, 503 and 504 responses come from the error catalog, the rate-limit and the
        idempotency pages and are inferred for this endpoint.

        ``POST /v3/webhooks/{id}/test`` (retry class: ``keyed``).

        Args:
            id: Webhook ID (UUID). A malformed ID gives 400 VALIDATION_001 "Invalid webhook ID
                format." (from the provider's reference page)
            event_type: Event type to send a specimen of, e.g. `message.sent`.
            sandbox: Sandbox flag - when true, the operation is simulated without side
                effects. (from the official SDK)
            idempotency_key: Sent as ``Idempotency-Key``. One is generated when omitted;
                either way the same key goes with every retry of this call.
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return await self._client.request(
            _profile.TEST,
            _TEST_RESULT,
            path_params={"id": id},
            body={"event_type": event_type, "sandbox": sandbox},
            idempotency_key=idempotency_key,
            options=call_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def list_events(
        self,
        id: str,
        *,
        page: int | Omit = omit,
        page_size: int | Omit = omit,
        search: str | Omit | None = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> AsyncPaginator[WebhookEvent, WebhookEventList]:
        """Get webhook events

        Retrieves a paginated list of delivery events for the specified webhook.

        If the webhook is cloned onto your sender profiles, the list includes what those
        clones received; read `payload.account_id` in `event_data` to tell whose event it is
        (from the official SDK). This delivery log is the first place to look when an event
        seems to be missing.

        Page-number pagination as on `list`.

        Documented responses: 200, 400 VALIDATION_001, two bodiless responses (probably 401
        and 403 (inferred)), 404 RESOURCE_008, 500 INTERNAL_001. The 429, 502, 503 and 504
        responses come from the error catalog and rate-limit page and are inferred for this
        endpoint.

        ``GET /v3/webhooks/{id}/events`` (retry class: ``safe``).

        Args:
            id: Webhook ID (UUID). A malformed ID gives 400 VALIDATION_001 "Invalid webhook ID
                format." (from the provider's reference page)
            page: Page number, 1-indexed. The reference page marks it required (`page*`,
                int32) while the official SDK sends it only when given; optional here, with no
                documented server default (the docs' examples send `page=1&page_size=20`).
                Send it explicitly.
            page_size: Items per page, 1-100 (the docs' 400 example: "Page size must be
                between 1 and 100"). The reference page marks it required (`page_size*`,
                int32) while the official SDK sends it only when given; optional here, with no
                documented server default (the docs' examples send `page=1&page_size=20`).
                Send it explicitly.
            search: Free-text search over the delivery events. Which fields it matches is not
                documented. Nullable in the reference page and the SDK.
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.

        Returns a page paginator: ``await`` it for the first page, or ``async for`` over every item,
        fetching each next page lazily with the same arguments and options
        (``page`` changes); ``.items`` is one page, ``.body`` its whole
        result.
        """
        return self._client.request_page(
            _profile.LIST_EVENTS,
            _LIST_EVENTS_RESULT,
            path_params={"id": id},
            query={"page": page, "page_size": page_size, "search": search},
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
        is_active: bool | Omit | None = omit,
        page: int | Omit = omit,
        page_size: int | Omit = omit,
        search: str | Omit | None = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[AsyncPage[WebhookResponse, WebhookList]]:
        """``webhooks.list(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = async_to_raw_response_wrapper(self._webhooks.list)
        return await wrapper(
            is_active=is_active,
            page=page,
            page_size=page_size,
            search=search,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create(
        self,
        *,
        display_name: str,
        endpoint_url: str,
        event_types: builtins.list[str],
        event_filters: dict[str, builtins.list[str]] | Omit | None = omit,
        retry_count: int | Omit = omit,
        timeout_seconds: int | Omit = omit,
        sandbox: bool | Omit = omit,
        sender_profile: WebhookSenderProfile | Omit | None = omit,
        idempotency_key: str | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[WebhookResponse]:
        """``webhooks.create(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = async_to_raw_response_wrapper(self._webhooks.create)
        return await wrapper(
            display_name=display_name,
            endpoint_url=endpoint_url,
            event_types=event_types,
            event_filters=event_filters,
            retry_count=retry_count,
            timeout_seconds=timeout_seconds,
            sandbox=sandbox,
            sender_profile=sender_profile,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def list_event_types(
        self,
        *,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[WebhookEventTypeList]:
        """``webhooks.list_event_types(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = async_to_raw_response_wrapper(self._webhooks.list_event_types)
        return await wrapper(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def retrieve(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[WebhookResponse]:
        """``webhooks.retrieve(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = async_to_raw_response_wrapper(self._webhooks.retrieve)
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
        display_name: str,
        endpoint_url: str,
        event_types: builtins.list[str],
        event_filters: dict[str, builtins.list[str]] | Omit | None = omit,
        retry_count: int | Omit = omit,
        timeout_seconds: int | Omit = omit,
        sandbox: bool | Omit = omit,
        sender_profile: WebhookSenderProfile | Omit | None = omit,
        idempotency_key: str | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[WebhookResponse]:
        """``webhooks.update(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = async_to_raw_response_wrapper(self._webhooks.update)
        return await wrapper(
            id,
            display_name=display_name,
            endpoint_url=endpoint_url,
            event_types=event_types,
            event_filters=event_filters,
            retry_count=retry_count,
            timeout_seconds=timeout_seconds,
            sandbox=sandbox,
            sender_profile=sender_profile,
            idempotency_key=idempotency_key,
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
        idempotency_key: str | Omit = omit,
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
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def toggle_status(
        self,
        id: str,
        *,
        is_active: bool | Omit = omit,
        sandbox: bool | Omit = omit,
        idempotency_key: str | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[WebhookResponse]:
        """``webhooks.toggle_status(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = async_to_raw_response_wrapper(self._webhooks.toggle_status)
        return await wrapper(
            id,
            is_active=is_active,
            sandbox=sandbox,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def rotate_secret(
        self,
        id: str,
        *,
        sandbox: bool | Omit = omit,
        idempotency_key: str | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[WebhookSigningSecret]:
        """``webhooks.rotate_secret(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = async_to_raw_response_wrapper(self._webhooks.rotate_secret)
        return await wrapper(
            id,
            sandbox=sandbox,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def test(
        self,
        id: str,
        *,
        event_type: str,
        sandbox: bool | Omit = omit,
        idempotency_key: str | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[WebhookTestResult]:
        """``webhooks.test(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = async_to_raw_response_wrapper(self._webhooks.test)
        return await wrapper(
            id,
            event_type=event_type,
            sandbox=sandbox,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def list_events(
        self,
        id: str,
        *,
        page: int | Omit = omit,
        page_size: int | Omit = omit,
        search: str | Omit | None = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[AsyncPage[WebhookEvent, WebhookEventList]]:
        """``webhooks.list_events(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = async_to_raw_response_wrapper(self._webhooks.list_events)
        return await wrapper(
            id,
            page=page,
            page_size=page_size,
            search=search,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncSentDM(AsyncProviderClient):
    """Sent.dm API v3: webhooks: typed asynchronous client.

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
        profile_id: str | None = None,
        sandbox: bool | None = None,
    ) -> None:
        """Create a client.

        Args:
            api_key: Defaults to the ``SENT_DM_API_KEY`` environment variable.
            base_url: Defaults to ``SENT_BASE_URL``, then
                ``https://api.sent.dm``.
            timeout: Seconds, or an ``httpx.Timeout`` (default 30 s, 5 s to connect).
            max_retries: Retries after the first attempt (default 2), within each operation's
                retry class.
            retry_policy: Backoff knobs (``hookhub.RetryPolicy``).
            http_client: Your own ``httpx.AsyncClient`` (proxies, mTLS, transports);
                you close it.
            default_headers: Extra headers sent with every request (names ignore case). A header
                named like the auth header (``x-api-key``) replaces the generated one;
                an idempotency key here is refused: pass ``idempotency_key=`` per call.
            allow_insecure_http: Allow a plain ``http://`` base URL on a non-loopback host
                (the API key then travels in clear text). Also ``HOOKHUB_ALLOW_INSECURE_HTTP=1``.
            profile_id: Profile UUID to scope every request to a child profile (header
                `x-profile-id`). Only organization API keys may use it (a profile key gets
                403); the profile must belong to the calling organization (else 404).
            sandbox: Filled into the `sandbox` body field of mutations when the caller omits
                it: the API validates and returns a realistic fake response without side
                effects.
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
            options={
                "profile_id": profile_id,
                "sandbox": sandbox,
            },
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
        profile_id: str | Omit | None = omit,
        sandbox: bool | Omit | None = omit,
    ) -> AsyncSentDM:
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
                options={
                    "profile_id": profile_id,
                    "sandbox": sandbox,
                },
            )
        )
