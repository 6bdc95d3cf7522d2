# This file was written by scripts/codegen.py from openapi/sentdm.yaml. Do not edit it:
# change the spec (or the generator) and run `make codegen`.

"""What the runtime core needs to know about the Sent.dm API v3: webhooks, as its spec declares
it."""

from __future__ import annotations

from typing import Any

from hookhub._core.provider_profile import (
    AuthScheme,
    ClientOption,
    ErrorEnvelope,
    FieldConstraint,
    IdempotencyRule,
    Operation,
    Pagination,
    ProviderProfile,
    RetryClass,
)
from hookhub._core.signing import SigningScheme, ValueSource

SIGNING = SigningScheme(
    algorithm="hmac-sha256",
    encoding="base64",
    signature_header="x-webhook-signature",
    entry_separator=" ",
    key_separator=",",
    version="v1",
    signed_content="{id}.{timestamp}.{body}",
    tolerance=300.0,
    timestamp_key=None,
    timestamp_header="x-webhook-timestamp",
    id_header="x-webhook-id",
    secret_prefix="whsec_",
    secret_encoding="base64",
    event_id=(),
    event_type=(
        ValueSource(header="x-webhook-event-type", body_path=()),
        ValueSource(header=None, body_path=("field",)),
    ),
    payload_model_path="hookhub.providers.sentdm.models:DeliveryEvent",
)
"""How this provider signs its deliveries (the spec's ``x-hookhub.signing``)."""

LIST = Operation(
    name="list",
    method="GET",
    path="/v3/webhooks",
    retry_class=RetryClass.SAFE,
    path_params=(),
    query_params=(
        "is_active",
        "page",
        "page_size",
        "search",
    ),
    body_fields=(),
    has_body=False,
    takes_idempotency_key=False,
    unwrap=("data",),
    no_content=False,
    constraints={
        "page": FieldConstraint(
            minimum=1,
        ),
        "page_size": FieldConstraint(
            minimum=1,
            maximum=100,
        ),
    },
    retry_overrides=(),
    pagination=Pagination(
        style="page",
        param="page",
        size_param="page_size",
        items=("webhooks",),
        has_more=(
            "pagination",
            "has_more",
        ),
    ),
)

CREATE = Operation(
    name="create",
    method="POST",
    path="/v3/webhooks",
    retry_class=RetryClass.KEYED,
    path_params=(),
    query_params=(),
    body_fields=(
        "display_name",
        "endpoint_url",
        "event_types",
        "event_filters",
        "retry_count",
        "timeout_seconds",
        "sandbox",
        "sender_profile",
    ),
    has_body=True,
    takes_idempotency_key=True,
    unwrap=("data",),
    no_content=False,
    constraints={
        "retry_count": FieldConstraint(
            minimum=1,
            maximum=5,
        ),
        "timeout_seconds": FieldConstraint(
            minimum=5,
            maximum=120,
        ),
    },
    retry_overrides=(),
)

LIST_EVENT_TYPES = Operation(
    name="list_event_types",
    method="GET",
    path="/v3/webhooks/event-types",
    retry_class=RetryClass.SAFE,
    path_params=(),
    query_params=(),
    body_fields=(),
    has_body=False,
    takes_idempotency_key=False,
    unwrap=("data",),
    no_content=False,
    constraints={},
    retry_overrides=(),
)

RETRIEVE = Operation(
    name="retrieve",
    method="GET",
    path="/v3/webhooks/{id}",
    retry_class=RetryClass.SAFE,
    path_params=("id",),
    query_params=(),
    body_fields=(),
    has_body=False,
    takes_idempotency_key=False,
    unwrap=("data",),
    no_content=False,
    constraints={},
    retry_overrides=(),
)

UPDATE = Operation(
    name="update",
    method="PUT",
    path="/v3/webhooks/{id}",
    retry_class=RetryClass.KEYED,
    path_params=("id",),
    query_params=(),
    body_fields=(
        "display_name",
        "endpoint_url",
        "event_types",
        "event_filters",
        "retry_count",
        "timeout_seconds",
        "sandbox",
        "sender_profile",
    ),
    has_body=True,
    takes_idempotency_key=True,
    unwrap=("data",),
    no_content=False,
    constraints={
        "retry_count": FieldConstraint(
            minimum=1,
            maximum=5,
        ),
        "timeout_seconds": FieldConstraint(
            minimum=5,
            maximum=120,
        ),
    },
    retry_overrides=(),
)

DELETE = Operation(
    name="delete",
    method="DELETE",
    path="/v3/webhooks/{id}",
    retry_class=RetryClass.KEYED,
    path_params=("id",),
    query_params=(),
    body_fields=(),
    has_body=False,
    takes_idempotency_key=True,
    unwrap=(),
    no_content=True,
    constraints={},
    retry_overrides=(),
)

TOGGLE_STATUS = Operation(
    name="toggle_status",
    method="PATCH",
    path="/v3/webhooks/{id}/toggle-status",
    retry_class=RetryClass.KEYED,
    path_params=("id",),
    query_params=(),
    body_fields=(
        "is_active",
        "sandbox",
    ),
    has_body=True,
    takes_idempotency_key=True,
    unwrap=("data",),
    no_content=False,
    constraints={},
    retry_overrides=(),
)

ROTATE_SECRET = Operation(
    name="rotate_secret",
    method="POST",
    path="/v3/webhooks/{id}/rotate-secret",
    retry_class=RetryClass.KEYED,
    path_params=("id",),
    query_params=(),
    body_fields=("sandbox",),
    has_body=True,
    takes_idempotency_key=True,
    unwrap=("data",),
    no_content=False,
    constraints={},
    retry_overrides=(),
)

TEST = Operation(
    name="test",
    method="POST",
    path="/v3/webhooks/{id}/test",
    retry_class=RetryClass.KEYED,
    path_params=("id",),
    query_params=(),
    body_fields=(
        "event_type",
        "sandbox",
    ),
    has_body=True,
    takes_idempotency_key=True,
    unwrap=("data",),
    no_content=False,
    constraints={},
    retry_overrides=(),
)

LIST_EVENTS = Operation(
    name="list_events",
    method="GET",
    path="/v3/webhooks/{id}/events",
    retry_class=RetryClass.SAFE,
    path_params=("id",),
    query_params=(
        "page",
        "page_size",
        "search",
    ),
    body_fields=(),
    has_body=False,
    takes_idempotency_key=False,
    unwrap=("data",),
    no_content=False,
    constraints={
        "page": FieldConstraint(
            minimum=1,
        ),
        "page_size": FieldConstraint(
            minimum=1,
            maximum=100,
        ),
    },
    retry_overrides=(),
    pagination=Pagination(
        style="page",
        param="page",
        size_param="page_size",
        items=("events",),
        has_more=(
            "pagination",
            "has_more",
        ),
    ),
)

PROFILE = ProviderProfile(
    id="sentdm",
    title="Sent.dm API v3: webhooks",
    default_base_url="https://api.sent.dm",
    api_key_env="SENT_DM_API_KEY",
    base_url_env="SENT_BASE_URL",
    auth=AuthScheme(header="x-api-key", prefix=""),
    errors=ErrorEnvelope(
        code=("error.code",),
        message=("error.message",),
        request_id=("meta.request_id",),
        request_id_headers=("x-request-id",),
        doc_url=("error.doc_url",),
        details=("error.details",),
        retry_after=(),
    ),
    signing=SIGNING,
    options=(
        ClientOption("profile_id", header="x-profile-id", body_field=None),
        ClientOption("sandbox", header=None, body_field="sandbox"),
    ),
    idempotency=IdempotencyRule(
        header="Idempotency-Key",
        min_length=1,
        max_length=255,
        pattern="^[A-Za-z0-9_-]+$",
        in_flight_status=409,
        in_flight_codes=("CONFLICT_001",),
    ),
    operations={
        "list": LIST,
        "create": CREATE,
        "list_event_types": LIST_EVENT_TYPES,
        "retrieve": RETRIEVE,
        "update": UPDATE,
        "delete": DELETE,
        "toggle_status": TOGGLE_STATUS,
        "rotate_secret": ROTATE_SECRET,
        "test": TEST,
        "list_events": LIST_EVENTS,
    },
    secret_fields=("signing_secret",),
)

FACADE: dict[str, Any] = {
    "disabled_events": "unspecified",
    "max_webhooks": None,
    "webhook": {
        "id": {"path": "id"},
        "url": {"path": "endpoint_url"},
        "enabled": {"path": "is_active"},
        "paused": {"const": False},
        "events": {"path": "event_types"},
        "created_at": {"path": "created_at"},
        "updated_at": {"path": "updated_at"},
    },
    "events": "required",
    "update_semantics": "full",
    "verbs": {
        "list": {
            "operation": "list",
            "items": "webhooks",
            "pagination": {
                "param": "page",
                "size_param": "page_size",
                "size": 100,
                "has_more": "pagination.has_more",
            },
        },
        "get": {"operation": "retrieve"},
        "create": {
            "operation": "create",
            "arguments": {
                "display_name": "$name || $url",
                "endpoint_url": "$url",
                "event_types": "$events",
            },
        },
        "update": {
            "operation": "update",
            "read_first": True,
            "required": ["display_name", "endpoint_url", "event_types"],
            "arguments": {
                "display_name": "$name || $current.display_name",
                "endpoint_url": "$url || $current.endpoint_url",
                "event_types": "$events || $current.event_types",
            },
        },
        "delete": {"operation": "delete"},
        "enable": {"operation": "toggle_status", "arguments": {"is_active": True}},
        "disable": {"operation": "toggle_status", "arguments": {"is_active": False}},
    },
}
"""The spec's ``x-hookhub.facade`` block, verbatim: how the unified facade maps this provider."""

SANDBOX: dict[str, Any] = {
    "ids": "00000000-0000-4000-8000-{n:012d}",
    "id_pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
    "state": {"field": "is_active", "enabled": True, "disabled": False},
    "secret": {"field": "signing_secret", "prefix": "whsec_", "shown": "fresh", "hidden": None},
    "url": {"field": "endpoint_url", "schemes": ["http", "https"]},
    "updated_field": "updated_at",
    "disabled_events": "dropped",
    "dry_run_field": "sandbox",
    "seed": {"display_name": "Sandbox webhook", "event_types": ["messages"]},
    "idempotency": {"retention_seconds": 86400, "max_keys": 10000},
    "example_events": ["messages"],
    "record": {
        "id": "$id",
        "customer_id": "00000000-0000-4000-8000-00000000c0de",
        "display_name": "$body.display_name",
        "endpoint_url": "$body.endpoint_url",
        "event_types": "$body.event_types",
        "event_filters": "$body.event_filters || null",
        "is_active": True,
        "signing_secret": "$secret",
        "retry_count": "$body.retry_count || 3",
        "timeout_seconds": "$body.timeout_seconds || 30",
        "last_delivery_attempt_at": None,
        "last_successful_delivery_at": None,
        "consecutive_failures": 0,
        "created_at": "$now",
        "updated_at": "$now",
    },
    "envelope": {
        "success": True,
        "data": "$result",
        "error": None,
        "meta": {"request_id": "$request_id", "timestamp": "$now", "version": "v3"},
    },
    "error": {
        "success": False,
        "data": None,
        "error": {
            "code": "$code",
            "message": "$message",
            "details": None,
            "doc_url": "https://docs.sent.dm/errors/${code}",
        },
        "meta": {"request_id": "$request_id", "timestamp": "$now", "version": "v3"},
    },
    "errors": {
        "unauthorized": {
            "status": 401,
            "code": "AUTH_002",
            "message": "The API key is invalid, expired or revoked.",
        },
        "missing_key": {
            "status": 401,
            "code": "AUTH_001",
            "message": "The x-api-key header is missing.",
        },
        "not_found": {"status": 404, "code": "RESOURCE_008", "message": "Webhook not found"},
        "invalid_id": {
            "status": 400,
            "code": "VALIDATION_001",
            "message": "Invalid webhook ID format.",
        },
        "validation": {"status": 400, "code": "VALIDATION_001", "message": "Invalid request."},
        "invalid_url": {
            "status": 400,
            "code": "VALIDATION_001",
            "message": "Endpoint URL must be a valid HTTP or HTTPS URL",
        },
        "in_flight": {
            "status": 409,
            "code": "CONFLICT_001",
            "message": "A request with this key is already being processed.",
        },
        "rate_limited": {"status": 429, "code": "BUSINESS_002", "message": "Rate limit exceeded"},
        "server_error": {
            "status": 500,
            "code": "INTERNAL_001",
            "message": "An unexpected error occurred",
        },
        "bad_gateway": {"status": 502, "code": "INTERNAL_002", "message": "Bad gateway."},
        "unavailable": {
            "status": 503,
            "code": "INTERNAL_005",
            "message": "The service is temporarily unavailable.",
        },
        "gateway_timeout": {
            "status": 504,
            "code": "INTERNAL_004",
            "message": "The operation timed out.",
        },
    },
    "delivery": {
        "body": {"id": "$event_id", "type": "$event_type", "created_at": "$now", "data": "$payload"}
    },
    "delivery_log": {
        "x-hookhub-inferred": True,
        "ids": "00000000-0000-4000-9000-{n:012d}",
        "order": "newest_first",
        "logged": ["delivered"],
        "record": {
            "id": "$delivery_id",
            "event_type": "$event_type",
            "event_data": "$body",
            "delivery_status": "$status",
            "http_status_code": "$response_status || null",
            "response_body": None,
            "delivery_attempts": "$attempts",
            "error_message": None,
            "created_at": "$created_at",
            "processing_started_at": "$attempted_at",
            "processing_completed_at": "$attempted_at",
        },
    },
    "operations": {
        "list": {
            "action": "list",
            "pagination": {"page": "page", "size": "page_size", "default_size": 20},
            "filters": {"is_active": "is_active"},
            "result": {
                "webhooks": "$items",
                "pagination": {
                    "page": "$page",
                    "page_size": "$page_size",
                    "total_count": "$total",
                    "total_pages": "$total_pages",
                    "has_more": "$has_more",
                },
            },
        },
        "create": {"action": "create"},
        "retrieve": {"action": "get"},
        "update": {
            "action": "update",
            "fields": [
                "display_name",
                "endpoint_url",
                "event_types",
                "event_filters",
                "retry_count",
                "timeout_seconds",
            ],
        },
        "delete": {"action": "delete"},
        "toggle_status": {"action": "set_state", "from_body": "is_active"},
        "rotate_secret": {"action": "rotate_secret", "result": {"signing_secret": "$secret"}},
        "test": {
            "action": "respond",
            "result": {"success": True, "message": "Test event delivered successfully"},
        },
        "list_events": {
            "action": "list_deliveries",
            "search": {"param": "search", "paths": ["event_type", "delivery_status"]},
            "pagination": {"page": "page", "size": "page_size", "default_size": 20},
            "result": {
                "events": "$items",
                "pagination": {
                    "page": "$page",
                    "page_size": "$page_size",
                    "total_count": "$total",
                    "total_pages": "$total_pages",
                    "has_more": "$has_more",
                    "cursors": None,
                },
            },
        },
        "list_event_types": {
            "action": "respond",
            "result": {
                "event_types": [
                    {
                        "name": "messages",
                        "display_name": "Messages",
                        "description": "Message status events",
                        "event_type": "messages",
                        "is_active": True,
                        "sub_types": [],
                    },
                    {
                        "name": "templates",
                        "display_name": "Templates",
                        "description": "Template events",
                        "event_type": "templates",
                        "is_active": True,
                        "sub_types": [],
                    },
                ],
                "pagination": {
                    "page": 1,
                    "page_size": 20,
                    "total_count": 2,
                    "total_pages": 1,
                    "has_more": False,
                },
            },
        },
    },
}
"""The spec's ``x-hookhub.sandbox`` block, verbatim: how ``hookhub.sandbox`` fakes this provider."""

SANDBOX_SPEC: dict[str, dict[str, Any]] = {
    "list": {"status": 200, "required": []},
    "create": {"status": 200, "required": ["display_name", "endpoint_url", "event_types"]},
    "list_event_types": {"status": 200, "required": []},
    "retrieve": {"status": 200, "required": []},
    "update": {"status": 200, "required": ["display_name", "endpoint_url", "event_types"]},
    "delete": {"status": 204, "required": []},
    "toggle_status": {"status": 200, "required": []},
    "rotate_secret": {"status": 200, "required": []},
    "test": {"status": 200, "required": ["event_type"]},
    "list_events": {"status": 200, "required": []},
}
"""Per operation, from the spec: the success status and the body's required fields."""
