# This file was written by scripts/codegen.py from openapi/kallima.yaml. Do not edit it:
# change the spec (or the generator) and run `make codegen`.

"""What the runtime core needs to know about the Kallima webhooks API, as its spec declares it."""

from __future__ import annotations

from typing import Any

from hookhub._core.provider_profile import (
    AuthScheme,
    ErrorEnvelope,
    FieldConstraint,
    Operation,
    ProviderProfile,
    RetryClass,
    RetryOverride,
)
from hookhub._core.signing import SigningScheme, ValueSource

SIGNING = SigningScheme(
    algorithm="hmac-sha256",
    encoding="hex",
    signature_header="Kallima-Signature",
    entry_separator=",",
    key_separator="=",
    version="v1",
    signed_content="{timestamp}.{body}",
    tolerance=300.0,
    timestamp_key="t",
    timestamp_header=None,
    id_header=None,
    secret_prefix="whsec_",
    secret_encoding="utf-8",
    event_id=(ValueSource(header=None, body_path=("id",)),),
    event_type=(
        ValueSource(header=None, body_path=("type",)),
        ValueSource(header=None, body_path=("event_type",)),
    ),
    payload_model_path="hookhub.providers.kallima.models:DeliveryEvent",
)
"""How this provider signs its deliveries (the spec's ``x-hookhub.signing``)."""

LIST = Operation(
    name="list",
    method="GET",
    path="/v1/webhooks",
    retry_class=RetryClass.SAFE,
    path_params=(),
    query_params=(),
    body_fields=(),
    has_body=False,
    takes_idempotency_key=False,
    unwrap=(),
    no_content=False,
    constraints={},
    retry_overrides=(),
)

CREATE = Operation(
    name="create",
    method="POST",
    path="/v1/webhooks",
    retry_class=RetryClass.UNSAFE,
    path_params=(),
    query_params=(),
    body_fields=(
        "url",
        "events",
        "enabled",
    ),
    has_body=True,
    takes_idempotency_key=False,
    unwrap=(),
    no_content=False,
    constraints={},
    retry_overrides=(),
)

GET = Operation(
    name="get",
    method="GET",
    path="/v1/webhooks/{webhook_id}",
    retry_class=RetryClass.SAFE,
    path_params=("webhook_id",),
    query_params=(),
    body_fields=(),
    has_body=False,
    takes_idempotency_key=False,
    unwrap=(),
    no_content=False,
    constraints={},
    retry_overrides=(),
)

UPDATE = Operation(
    name="update",
    method="PATCH",
    path="/v1/webhooks/{webhook_id}",
    retry_class=RetryClass.SET_STATE,
    path_params=("webhook_id",),
    query_params=("rotate_secret",),
    body_fields=(
        "url",
        "events",
        "enabled",
    ),
    has_body=True,
    takes_idempotency_key=False,
    unwrap=(),
    no_content=False,
    constraints={},
    retry_overrides=(RetryOverride("rotate_secret", True, RetryClass.UNSAFE),),
)

DELETE = Operation(
    name="delete",
    method="DELETE",
    path="/v1/webhooks/{webhook_id}",
    retry_class=RetryClass.SET_STATE,
    path_params=("webhook_id",),
    query_params=(),
    body_fields=(),
    has_body=False,
    takes_idempotency_key=False,
    unwrap=(),
    no_content=True,
    constraints={},
    retry_overrides=(),
)

TEST = Operation(
    name="test",
    method="POST",
    path="/v1/webhooks/{webhook_id}/test",
    retry_class=RetryClass.UNSAFE,
    path_params=("webhook_id",),
    query_params=(),
    body_fields=(),
    has_body=True,
    takes_idempotency_key=False,
    unwrap=(),
    no_content=False,
    constraints={},
    retry_overrides=(),
)

LIST_DELIVERIES = Operation(
    name="list_deliveries",
    method="GET",
    path="/v1/webhook_deliveries",
    retry_class=RetryClass.SAFE,
    path_params=(),
    query_params=(
        "webhook_id",
        "limit",
    ),
    body_fields=(),
    has_body=False,
    takes_idempotency_key=False,
    unwrap=(),
    no_content=False,
    constraints={
        "limit": FieldConstraint(
            minimum=1,
            maximum=200,
        ),
    },
    retry_overrides=(),
)

GET_DELIVERY = Operation(
    name="get_delivery",
    method="GET",
    path="/v1/webhook_deliveries/{delivery_id}",
    retry_class=RetryClass.SAFE,
    path_params=("delivery_id",),
    query_params=(),
    body_fields=(),
    has_body=False,
    takes_idempotency_key=False,
    unwrap=(),
    no_content=False,
    constraints={},
    retry_overrides=(),
)

RETRY_DELIVERY = Operation(
    name="retry_delivery",
    method="POST",
    path="/v1/webhook_deliveries/{delivery_id}/retry",
    retry_class=RetryClass.UNSAFE,
    path_params=("delivery_id",),
    query_params=(),
    body_fields=(),
    has_body=True,
    takes_idempotency_key=False,
    unwrap=(),
    no_content=False,
    constraints={},
    retry_overrides=(),
)

PROFILE = ProviderProfile(
    id="kallima",
    title="Kallima webhooks API",
    default_base_url="https://api.kallima.bio",
    api_key_env="KALLIMA_API_KEY",
    base_url_env="KALLIMA_BASE_URL",
    auth=AuthScheme(header="Authorization", prefix="Bearer "),
    errors=ErrorEnvelope(
        code=("code",),
        message=(
            "detail",
            "title",
        ),
        request_id=(),
        request_id_headers=("x-request-id",),
        doc_url=(),
        details=(),
        retry_after=("retry_after_seconds",),
    ),
    signing=SIGNING,
    options=(),
    operations={
        "list": LIST,
        "create": CREATE,
        "get": GET,
        "update": UPDATE,
        "delete": DELETE,
        "test": TEST,
        "list_deliveries": LIST_DELIVERIES,
        "get_delivery": GET_DELIVERY,
        "retry_delivery": RETRY_DELIVERY,
    },
    secret_fields=("secret",),
)

FACADE: dict[str, Any] = {
    "disabled_events": "unspecified",
    "max_webhooks": None,
    "webhook": {
        "id": {"path": "id"},
        "url": {"path": "url"},
        "enabled": {"path": "enabled"},
        "paused": {"const": False},
        "events": {"path": "events"},
        "created_at": {"path": "created_at"},
        "updated_at": {"path": "updated_at"},
    },
    "events": "optional",
    "update_semantics": "partial",
    "verbs": {
        "list": {"operation": "list"},
        "get": {"operation": "get"},
        "create": {"operation": "create", "arguments": {"url": "$url", "events": "$events"}},
        "update": {"operation": "update", "arguments": {"url": "$url", "events": "$events"}},
        "delete": {"operation": "delete"},
        "enable": {"operation": "update", "arguments": {"enabled": True}},
        "disable": {"operation": "update", "arguments": {"enabled": False}},
    },
}
"""The spec's ``x-hookhub.facade`` block, verbatim: how the unified facade maps this provider."""

SANDBOX: dict[str, Any] = {
    "ids": "00000000-0000-4000-8000-{n:012d}",
    "state": {"field": "enabled", "enabled": True, "disabled": False},
    "secret": {"field": "secret", "prefix": "whsec_", "shown": "fresh", "hidden": "omit"},
    "url": {"field": "url", "schemes": ["http", "https"]},
    "updated_field": "updated_at",
    "disabled_events": "dropped",
    "list_order": "newest_first",
    "record": {
        "id": "$id",
        "object": "webhook",
        "url": "$body.url",
        "events": "$body.events || null",
        "enabled": "$body.enabled || true",
        "secret": "$secret",
        "created_at": "$now",
        "updated_at": "$now",
    },
    "envelope": "$result",
    "error": {
        "type": "about:blank",
        "title": "$title",
        "status": "$status",
        "code": "$code",
        "detail": "$message",
        "retry_after_seconds": "$retry_after",
    },
    "errors": {
        "unauthorized": {
            "status": 401,
            "title": "Unauthorized",
            "code": "unauthorized",
            "message": "Missing or invalid API token",
        },
        "not_found": {
            "status": 404,
            "title": "Not Found",
            "code": "not_found",
            "message": "Webhook not found",
        },
        "validation": {
            "status": 422,
            "title": "Unprocessable Entity",
            "code": "validation_error",
            "message": "Invalid request",
        },
        "rate_limited": {
            "status": 429,
            "title": "Too Many Requests",
            "code": "rate_limit_exceeded",
            "message": "Rate limit of 60 requests per minute exceeded",
        },
        "server_error": {
            "status": 500,
            "title": "Internal Server Error",
            "code": "internal_error",
            "message": "Something went wrong",
        },
        "delivery_not_found": {
            "status": 404,
            "title": "Not Found",
            "code": "not_found",
            "message": "Delivery not found",
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
            "webhook_id": "$webhook_id",
            "event_type": "$event_type",
            "response_status": "$response_status || null",
        },
    },
    "operations": {
        "list": {"action": "list"},
        "create": {"action": "create"},
        "get": {"action": "get"},
        "update": {
            "action": "update",
            "fields": ["url", "events", "enabled"],
            "rotate_query": "rotate_secret",
        },
        "delete": {"action": "delete"},
        "test": {
            "action": "respond",
            "result": {
                "id": "$event_id",
                "webhook_id": "$webhook_id",
                "event_type": "webhook.test",
                "response_status": 200,
            },
        },
        "list_deliveries": {
            "action": "list_deliveries",
            "filters": {"webhook_id": "webhook_id"},
            "limit": {"param": "limit", "default": 50},
        },
        "get_delivery": {"action": "get_delivery"},
        "retry_delivery": {"action": "retry_delivery"},
    },
}
"""The spec's ``x-hookhub.sandbox`` block, verbatim: how ``hookhub.sandbox`` fakes this provider."""

SANDBOX_SPEC: dict[str, dict[str, Any]] = {
    "list": {"status": 200, "required": []},
    "create": {"status": 201, "required": ["url"]},
    "get": {"status": 200, "required": []},
    "update": {"status": 200, "required": []},
    "delete": {"status": 204, "required": []},
    "test": {"status": 200, "required": []},
    "list_deliveries": {"status": 200, "required": []},
    "get_delivery": {"status": 200, "required": []},
    "retry_delivery": {"status": 200, "required": []},
}
"""Per operation, from the spec: the success status and the body's required fields."""
