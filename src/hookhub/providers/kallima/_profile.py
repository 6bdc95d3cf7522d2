# This file was written by scripts/codegen.py from openapi/kallima.yaml. Do not edit it:
# change the spec (or the generator) and run `make codegen`.

"""What the runtime core needs to know about the Kallima webhooks API, as its spec declares it."""

from __future__ import annotations

from typing import Any

from hookhub._core.provider_profile import (
    AuthScheme,
    ErrorEnvelope,
    Operation,
    ProviderProfile,
    RetryClass,
    RetryOverride,
)

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
    options=(),
    operations={
        "list": LIST,
        "create": CREATE,
        "get": GET,
        "update": UPDATE,
        "delete": DELETE,
        "test": TEST,
    },
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
    },
    "delivery": {
        "body": {"id": "$event_id", "type": "$event_type", "created_at": "$now", "data": "$payload"}
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
}
"""Per operation, from the spec: the success status and the body's required fields."""
