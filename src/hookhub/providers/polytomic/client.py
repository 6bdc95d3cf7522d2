# This file was written by scripts/codegen.py from openapi/polytomic.yaml. Do not edit it:
# change the spec (or the generator) and run `make codegen`.

"""Typed synchronous and asynchronous clients for the Polytomic webhooks API."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Literal

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
from hookhub.providers.polytomic import _profile

# The models are imported when a result is first parsed (lazy_adapter), not with the client.
if TYPE_CHECKING:
    from hookhub.providers.polytomic.models import Webhook, WebhookDelivery, WebhookDeliveryList

__all__ = [
    "AsyncPolytomic",
    "AsyncWebhooks",
    "AsyncWebhooksWithRawResponse",
    "Polytomic",
    "Webhooks",
    "WebhooksWithRawResponse",
]
_MODELS = "hookhub.providers.polytomic.models"
_LIST_RESULT: LazyAdapter[builtins.list[Webhook]] = lazy_adapter(_MODELS, "builtins.list[Webhook]")
_CREATE_RESULT: LazyAdapter[Webhook] = lazy_adapter(_MODELS, "Webhook")
_GET_RESULT: LazyAdapter[Webhook] = lazy_adapter(_MODELS, "Webhook")
_UPDATE_RESULT: LazyAdapter[Webhook] = lazy_adapter(_MODELS, "Webhook")
_DISABLE_RESULT: LazyAdapter[Webhook] = lazy_adapter(_MODELS, "Webhook")
_ENABLE_RESULT: LazyAdapter[Webhook] = lazy_adapter(_MODELS, "Webhook")
_LIST_DELIVERIES_RESULT: LazyAdapter[WebhookDeliveryList] = lazy_adapter(
    _MODELS, "WebhookDeliveryList"
)


class Webhooks:
    """The ``webhooks`` operations of the Polytomic webhooks API."""

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
        """List the organization's webhooks.

        Lists the webhooks for the caller's organization. An organization can register a
        single webhook, so the list holds at most one item. Not paginated. The signing
        `secret` is echoed in the response.

        ``GET /api/webhooks`` (retry class: ``safe``).
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
        endpoint: str,
        secret: str,
        organization_id: str | Omit | None = omit,
        idempotency_key: str | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> Webhook:
        """Create the organization's webhook.

        Creates the organization's webhook. One webhook per organization: an organization can
        register a single webhook, which receives every event produced in that organization
        (there is no event filter). What the API returns when the organization already has a
        webhook is not documented.

        `secret` (6-32 characters) is the signing secret for deliveries; it is echoed in
        responses. Send an `Idempotency-Key` so that a retried request cannot create twice:
        the first request made with a key fixes its outcome (including errors such as 500),
        later requests with the same key replay it, and keys are kept for at least 24 hours.

        ``POST /api/webhooks`` (retry class: ``keyed``).

        Args:
            endpoint: URL that will receive every event produced in the organization.
            secret: Signing secret, 6-32 characters.
            organization_id: Organization to register the webhook for; defaults to the
                caller's organization.
            idempotency_key: Sent as ``Idempotency-Key``. One is generated when omitted;
                either way the same key goes with every retry of this call.
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return self._client.request(
            _profile.CREATE,
            _CREATE_RESULT,
            body={"endpoint": endpoint, "secret": secret, "organization_id": organization_id},
            idempotency_key=idempotency_key,
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
    ) -> Webhook:
        """Get a webhook by ID.

        Returns a single webhook by ID. The signing `secret` is echoed in the response.

        ``GET /api/webhooks/{id}`` (retry class: ``safe``).

        Args:
            id: The webhook's ID.
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
        endpoint: str,
        secret: str,
        organization_id: str | Omit | None = omit,
        idempotency_key: str | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> Webhook:
        """Update a webhook (full replacement).

        Updates an existing webhook. This is a full replacement: `endpoint` and `secret` are
        required. It cannot change `disabled`; use the disable and enable operations for that.
        Send an `Idempotency-Key` (the idempotent-requests guide does not mention PUT; the
        official SDK exposes the key on update).

        ``PUT /api/webhooks/{id}`` (retry class: ``keyed``).

        Args:
            id: The webhook's ID.
            endpoint: URL that will receive every event produced in the organization.
            secret: Signing secret. The 6-32 character limit is documented for create only;
                that update has the same limit is inferred.
            organization_id: Organization the webhook belongs to. Documented as uuid-or-null
                for create only; the same constraint on update is inferred.
            idempotency_key: Sent as ``Idempotency-Key``. One is generated when omitted;
                either way the same key goes with every retry of this call.
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return self._client.request(
            _profile.UPDATE,
            _UPDATE_RESULT,
            path_params={"id": id},
            body={"endpoint": endpoint, "secret": secret, "organization_id": organization_id},
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
        """Delete a webhook permanently.

        Deletes a webhook. Deletion is permanent. To stop delivery without losing the webhook
        configuration, disable it instead.

        Sources conflict on the idempotency key here: the idempotent-requests guide says not
        to set `Idempotency-Key` on DELETE (it is already idempotent), while the official SDK
        exposes `idempotency_key` on delete and sends it as the header. This spec declares the
        header, following the SDK.

        ``DELETE /api/webhooks/{id}`` (retry class: ``keyed``).

        Args:
            id: The webhook's ID.
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

    def disable(
        self,
        id: str,
        *,
        idempotency_key: str | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> Webhook:
        """Disable a webhook without deleting it.

        Disables a webhook without deleting it. Events are not queued while the webhook is
        disabled: any activity that occurs during the disabled period is not delivered
        retroactively. To resume delivery, re-enable the webhook with `POST
        /api/webhooks/{id}/enable`.

        The target state is part of the path, so repeating the call converges to the same
        state (set-state in effect, inferred); the response to disabling an already disabled
        webhook is not documented. No request body.

        ``POST /api/webhooks/{id}/disable`` (retry class: ``keyed``).

        Args:
            id: The webhook's ID.
            idempotency_key: Sent as ``Idempotency-Key``. One is generated when omitted;
                either way the same key goes with every retry of this call.
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return self._client.request(
            _profile.DISABLE,
            _DISABLE_RESULT,
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

    def enable(
        self,
        id: str,
        *,
        idempotency_key: str | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> Webhook:
        """Re-enable a disabled webhook.

        Re-enables a previously disabled webhook. Delivery resumes from the next event
        generated after this call. Events that occurred while the webhook was disabled are not
        replayed.

        The target state is part of the path, so repeating the call converges to the same
        state (set-state in effect, inferred). No request body.

        ``POST /api/webhooks/{id}/enable`` (retry class: ``keyed``).

        Args:
            id: The webhook's ID.
            idempotency_key: Sent as ``Idempotency-Key``. One is generated when omitted;
                either way the same key goes with every retry of this call.
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return self._client.request(
            _profile.ENABLE,
            _ENABLE_RESULT,
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

    def list_deliveries(
        self,
        id: str,
        *,
        success: bool | Omit = omit,
        event_id: str | Omit = omit,
        start: datetime | Omit = omit,
        end: datetime | Omit = omit,
        page_token: str | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> SyncPage[WebhookDelivery, WebhookDeliveryList]:
        """List delivery attempts for a webhook, newest first.

        Lists delivery attempts for a webhook, ordered by attempt time, newest first. Use
        `success`, `event_id`, `start` and `end` to narrow the results. Pass the returned
        `pagination.next_page_token` as `page_token` to fetch the next page; an empty token
        means there are no more results. `response_body` holds the content your endpoint
        returned. Attempts are listed only while their event is retained.

        Documented in the official SDK only; the seed page's sidebar does not show it.

        ``GET /api/webhooks/{id}/deliveries`` (retry class: ``safe``).

        Args:
            id: The webhook's ID.
            success: Filter by delivery result (true = successful attempts only).
            event_id: Only attempts for this event.
            start: Include attempts at or after this time (inclusive).
            end: Include attempts before this time (exclusive).
            page_token: The `pagination.next_page_token` from the previous page.
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.

        Returns a page: ``for`` over it walks every item of every page,
        fetching each next page lazily with the same arguments and options
        (``page_token`` changes); ``.items`` is one page, ``.body`` its whole
        result.
        """
        return self._client.request_page(
            _profile.LIST_DELIVERIES,
            _LIST_DELIVERIES_RESULT,
            path_params={"id": id},
            query={
                "success": success,
                "event_id": event_id,
                "start": start,
                "end": end,
                "page_token": page_token,
            },
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
        endpoint: str,
        secret: str,
        organization_id: str | Omit | None = omit,
        idempotency_key: str | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[Webhook]:
        """``webhooks.create(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = to_raw_response_wrapper(self._webhooks.create)
        return wrapper(
            endpoint=endpoint,
            secret=secret,
            organization_id=organization_id,
            idempotency_key=idempotency_key,
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
    ) -> APIResponse[Webhook]:
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
        endpoint: str,
        secret: str,
        organization_id: str | Omit | None = omit,
        idempotency_key: str | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[Webhook]:
        """``webhooks.update(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = to_raw_response_wrapper(self._webhooks.update)
        return wrapper(
            id,
            endpoint=endpoint,
            secret=secret,
            organization_id=organization_id,
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

    def disable(
        self,
        id: str,
        *,
        idempotency_key: str | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[Webhook]:
        """``webhooks.disable(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = to_raw_response_wrapper(self._webhooks.disable)
        return wrapper(
            id,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def enable(
        self,
        id: str,
        *,
        idempotency_key: str | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[Webhook]:
        """``webhooks.enable(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = to_raw_response_wrapper(self._webhooks.enable)
        return wrapper(
            id,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_deliveries(
        self,
        id: str,
        *,
        success: bool | Omit = omit,
        event_id: str | Omit = omit,
        start: datetime | Omit = omit,
        end: datetime | Omit = omit,
        page_token: str | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[SyncPage[WebhookDelivery, WebhookDeliveryList]]:
        """``webhooks.list_deliveries(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = to_raw_response_wrapper(self._webhooks.list_deliveries)
        return wrapper(
            id,
            success=success,
            event_id=event_id,
            start=start,
            end=end,
            page_token=page_token,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class Polytomic(SyncProviderClient):
    """Polytomic webhooks API: typed synchronous client.

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
        api_version: str | None = "2025-09-18",
        auth_scheme: Literal["user", "organization"] = "user",
    ) -> None:
        """Create a client.

        Args:
            api_key: Defaults to the ``POLYTOMIC_API_KEY`` environment variable.
            base_url: Defaults to ``POLYTOMIC_BASE_URL``, then
                ``https://app.polytomic.com``.
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
            api_version: API version sent as the X-Polytomic-Version header (YYYY-MM-DD;
                supported: 2025-09-18, 2024-02-08, 2023-04-25, 2022-12-12, 2021-05-23). The
                client always sends it because the docs conflict on the server default when
                the header is omitted: older versioning pages say 2021-05-23, the newest page
                says 2025-09-18. The official SDK also always sends 2025-09-18.
            auth_scheme: How ``api_key`` is sent (default ``user``).
                ``user``: A user API key, sent as `Authorization: Bearer <key>` (the only
                    scheme the official SDK sends).
                ``organization``: An organization-scoped API key, sent as HTTP Basic:
                    `Authorization: Basic base64("<key>:")`, the key as user-id and an empty
                    password (RFC 7617). The seed page only says "Basic organization-scoped
                    API key"; the official SDK has no Basic support (its workaround is a
                    caller-set `Authorization` header), so the encoding is inferred.
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
                "api_version": api_version,
            },
            auth_scheme=auth_scheme,
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
        api_version: str | Omit | None = omit,
        auth_scheme: Literal["user", "organization"] | Omit = omit,
    ) -> Polytomic:
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
                    "api_version": api_version,
                },
                auth_scheme=auth_scheme,
            )
        )


class AsyncWebhooks:
    """The ``webhooks`` operations of the Polytomic webhooks API (async)."""

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
        """List the organization's webhooks.

        Lists the webhooks for the caller's organization. An organization can register a
        single webhook, so the list holds at most one item. Not paginated. The signing
        `secret` is echoed in the response.

        ``GET /api/webhooks`` (retry class: ``safe``).
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
        endpoint: str,
        secret: str,
        organization_id: str | Omit | None = omit,
        idempotency_key: str | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> Webhook:
        """Create the organization's webhook.

        Creates the organization's webhook. One webhook per organization: an organization can
        register a single webhook, which receives every event produced in that organization
        (there is no event filter). What the API returns when the organization already has a
        webhook is not documented.

        `secret` (6-32 characters) is the signing secret for deliveries; it is echoed in
        responses. Send an `Idempotency-Key` so that a retried request cannot create twice:
        the first request made with a key fixes its outcome (including errors such as 500),
        later requests with the same key replay it, and keys are kept for at least 24 hours.

        ``POST /api/webhooks`` (retry class: ``keyed``).

        Args:
            endpoint: URL that will receive every event produced in the organization.
            secret: Signing secret, 6-32 characters.
            organization_id: Organization to register the webhook for; defaults to the
                caller's organization.
            idempotency_key: Sent as ``Idempotency-Key``. One is generated when omitted;
                either way the same key goes with every retry of this call.
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return await self._client.request(
            _profile.CREATE,
            _CREATE_RESULT,
            body={"endpoint": endpoint, "secret": secret, "organization_id": organization_id},
            idempotency_key=idempotency_key,
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
    ) -> Webhook:
        """Get a webhook by ID.

        Returns a single webhook by ID. The signing `secret` is echoed in the response.

        ``GET /api/webhooks/{id}`` (retry class: ``safe``).

        Args:
            id: The webhook's ID.
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
        endpoint: str,
        secret: str,
        organization_id: str | Omit | None = omit,
        idempotency_key: str | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> Webhook:
        """Update a webhook (full replacement).

        Updates an existing webhook. This is a full replacement: `endpoint` and `secret` are
        required. It cannot change `disabled`; use the disable and enable operations for that.
        Send an `Idempotency-Key` (the idempotent-requests guide does not mention PUT; the
        official SDK exposes the key on update).

        ``PUT /api/webhooks/{id}`` (retry class: ``keyed``).

        Args:
            id: The webhook's ID.
            endpoint: URL that will receive every event produced in the organization.
            secret: Signing secret. The 6-32 character limit is documented for create only;
                that update has the same limit is inferred.
            organization_id: Organization the webhook belongs to. Documented as uuid-or-null
                for create only; the same constraint on update is inferred.
            idempotency_key: Sent as ``Idempotency-Key``. One is generated when omitted;
                either way the same key goes with every retry of this call.
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return await self._client.request(
            _profile.UPDATE,
            _UPDATE_RESULT,
            path_params={"id": id},
            body={"endpoint": endpoint, "secret": secret, "organization_id": organization_id},
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
        """Delete a webhook permanently.

        Deletes a webhook. Deletion is permanent. To stop delivery without losing the webhook
        configuration, disable it instead.

        Sources conflict on the idempotency key here: the idempotent-requests guide says not
        to set `Idempotency-Key` on DELETE (it is already idempotent), while the official SDK
        exposes `idempotency_key` on delete and sends it as the header. This spec declares the
        header, following the SDK.

        ``DELETE /api/webhooks/{id}`` (retry class: ``keyed``).

        Args:
            id: The webhook's ID.
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

    async def disable(
        self,
        id: str,
        *,
        idempotency_key: str | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> Webhook:
        """Disable a webhook without deleting it.

        Disables a webhook without deleting it. Events are not queued while the webhook is
        disabled: any activity that occurs during the disabled period is not delivered
        retroactively. To resume delivery, re-enable the webhook with `POST
        /api/webhooks/{id}/enable`.

        The target state is part of the path, so repeating the call converges to the same
        state (set-state in effect, inferred); the response to disabling an already disabled
        webhook is not documented. No request body.

        ``POST /api/webhooks/{id}/disable`` (retry class: ``keyed``).

        Args:
            id: The webhook's ID.
            idempotency_key: Sent as ``Idempotency-Key``. One is generated when omitted;
                either way the same key goes with every retry of this call.
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return await self._client.request(
            _profile.DISABLE,
            _DISABLE_RESULT,
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

    async def enable(
        self,
        id: str,
        *,
        idempotency_key: str | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> Webhook:
        """Re-enable a disabled webhook.

        Re-enables a previously disabled webhook. Delivery resumes from the next event
        generated after this call. Events that occurred while the webhook was disabled are not
        replayed.

        The target state is part of the path, so repeating the call converges to the same
        state (set-state in effect, inferred). No request body.

        ``POST /api/webhooks/{id}/enable`` (retry class: ``keyed``).

        Args:
            id: The webhook's ID.
            idempotency_key: Sent as ``Idempotency-Key``. One is generated when omitted;
                either way the same key goes with every retry of this call.
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.
        """
        return await self._client.request(
            _profile.ENABLE,
            _ENABLE_RESULT,
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

    def list_deliveries(
        self,
        id: str,
        *,
        success: bool | Omit = omit,
        event_id: str | Omit = omit,
        start: datetime | Omit = omit,
        end: datetime | Omit = omit,
        page_token: str | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> AsyncPaginator[WebhookDelivery, WebhookDeliveryList]:
        """List delivery attempts for a webhook, newest first.

        Lists delivery attempts for a webhook, ordered by attempt time, newest first. Use
        `success`, `event_id`, `start` and `end` to narrow the results. Pass the returned
        `pagination.next_page_token` as `page_token` to fetch the next page; an empty token
        means there are no more results. `response_body` holds the content your endpoint
        returned. Attempts are listed only while their event is retained.

        Documented in the official SDK only; the seed page's sidebar does not show it.

        ``GET /api/webhooks/{id}/deliveries`` (retry class: ``safe``).

        Args:
            id: The webhook's ID.
            success: Filter by delivery result (true = successful attempts only).
            event_id: Only attempts for this event.
            start: Include attempts at or after this time (inclusive).
            end: Include attempts before this time (exclusive).
            page_token: The `pagination.next_page_token` from the previous page.
            extra_headers, extra_query, extra_body, timeout, max_retries: Per-call options
                (see ``hookhub.RequestOptions``); omitted, the client's settings apply.

        Returns a page paginator: ``await`` it for the first page, or ``async for`` over every item,
        fetching each next page lazily with the same arguments and options
        (``page_token`` changes); ``.items`` is one page, ``.body`` its whole
        result.
        """
        return self._client.request_page(
            _profile.LIST_DELIVERIES,
            _LIST_DELIVERIES_RESULT,
            path_params={"id": id},
            query={
                "success": success,
                "event_id": event_id,
                "start": start,
                "end": end,
                "page_token": page_token,
            },
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
        endpoint: str,
        secret: str,
        organization_id: str | Omit | None = omit,
        idempotency_key: str | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[Webhook]:
        """``webhooks.create(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = async_to_raw_response_wrapper(self._webhooks.create)
        return await wrapper(
            endpoint=endpoint,
            secret=secret,
            organization_id=organization_id,
            idempotency_key=idempotency_key,
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
    ) -> APIResponse[Webhook]:
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
        endpoint: str,
        secret: str,
        organization_id: str | Omit | None = omit,
        idempotency_key: str | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[Webhook]:
        """``webhooks.update(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = async_to_raw_response_wrapper(self._webhooks.update)
        return await wrapper(
            id,
            endpoint=endpoint,
            secret=secret,
            organization_id=organization_id,
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

    async def disable(
        self,
        id: str,
        *,
        idempotency_key: str | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[Webhook]:
        """``webhooks.disable(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = async_to_raw_response_wrapper(self._webhooks.disable)
        return await wrapper(
            id,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def enable(
        self,
        id: str,
        *,
        idempotency_key: str | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[Webhook]:
        """``webhooks.enable(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = async_to_raw_response_wrapper(self._webhooks.enable)
        return await wrapper(
            id,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def list_deliveries(
        self,
        id: str,
        *,
        success: bool | Omit = omit,
        event_id: str | Omit = omit,
        start: datetime | Omit = omit,
        end: datetime | Omit = omit,
        page_token: str | Omit = omit,
        extra_headers: Mapping[str, str] | Omit = omit,
        extra_query: Mapping[str, object] | Omit = omit,
        extra_body: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        max_retries: int | Omit = omit,
    ) -> APIResponse[AsyncPage[WebhookDelivery, WebhookDeliveryList]]:
        """``webhooks.list_deliveries(...)``, returning the ``hookhub.APIResponse``."""
        wrapper = async_to_raw_response_wrapper(self._webhooks.list_deliveries)
        return await wrapper(
            id,
            success=success,
            event_id=event_id,
            start=start,
            end=end,
            page_token=page_token,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncPolytomic(AsyncProviderClient):
    """Polytomic webhooks API: typed asynchronous client.

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
        api_version: str | None = "2025-09-18",
        auth_scheme: Literal["user", "organization"] = "user",
    ) -> None:
        """Create a client.

        Args:
            api_key: Defaults to the ``POLYTOMIC_API_KEY`` environment variable.
            base_url: Defaults to ``POLYTOMIC_BASE_URL``, then
                ``https://app.polytomic.com``.
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
            api_version: API version sent as the X-Polytomic-Version header (YYYY-MM-DD;
                supported: 2025-09-18, 2024-02-08, 2023-04-25, 2022-12-12, 2021-05-23). The
                client always sends it because the docs conflict on the server default when
                the header is omitted: older versioning pages say 2021-05-23, the newest page
                says 2025-09-18. The official SDK also always sends 2025-09-18.
            auth_scheme: How ``api_key`` is sent (default ``user``).
                ``user``: A user API key, sent as `Authorization: Bearer <key>` (the only
                    scheme the official SDK sends).
                ``organization``: An organization-scoped API key, sent as HTTP Basic:
                    `Authorization: Basic base64("<key>:")`, the key as user-id and an empty
                    password (RFC 7617). The seed page only says "Basic organization-scoped
                    API key"; the official SDK has no Basic support (its workaround is a
                    caller-set `Authorization` header), so the encoding is inferred.
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
                "api_version": api_version,
            },
            auth_scheme=auth_scheme,
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
        api_version: str | Omit | None = omit,
        auth_scheme: Literal["user", "organization"] | Omit = omit,
    ) -> AsyncPolytomic:
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
                    "api_version": api_version,
                },
                auth_scheme=auth_scheme,
            )
        )
