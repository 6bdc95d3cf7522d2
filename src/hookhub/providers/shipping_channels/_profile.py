# This file was written by scripts/codegen.py from openapi/shipping_channels.yaml. Do not edit it:
# change the spec (or the generator) and run `make codegen`.

"""What the runtime core needs to know about the Shipping Channels API (2LM) — webhook
subscriptions, as its spec declares it."""

from __future__ import annotations

from typing import Any

from hookhub._core.provider_profile import (
    AuthScheme,
    ErrorEnvelope,
    FieldConstraint,
    Operation,
    Pagination,
    ProviderProfile,
    RetryClass,
)

LIST = Operation(
    name="list",
    method="GET",
    path="/v1/webhook-subscriptions",
    retry_class=RetryClass.SAFE,
    path_params=(),
    query_params=(
        "page",
        "per_page",
    ),
    body_fields=(),
    has_body=False,
    takes_idempotency_key=False,
    unwrap=(),
    no_content=False,
    constraints={
        "per_page": FieldConstraint(
            maximum=100,
        ),
    },
    retry_overrides=(),
    pagination=Pagination(
        style="page",
        param="page",
        size_param="per_page",
        items=("data",),
        current_page=(
            "meta",
            "current_page",
        ),
        last_page=(
            "meta",
            "last_page",
        ),
    ),
)

CREATE = Operation(
    name="create",
    method="POST",
    path="/v1/webhook-subscriptions",
    retry_class=RetryClass.UNSAFE,
    path_params=(),
    query_params=(),
    body_fields=(
        "name",
        "url",
        "events",
        "secret",
        "active",
    ),
    has_body=True,
    takes_idempotency_key=False,
    unwrap=("data",),
    no_content=False,
    constraints={
        "secret": FieldConstraint(
            min_length=8,
        ),
    },
    retry_overrides=(),
)

GET = Operation(
    name="get",
    method="GET",
    path="/v1/webhook-subscriptions/{id}",
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
    path="/v1/webhook-subscriptions/{id}",
    retry_class=RetryClass.SET_STATE,
    path_params=("id",),
    query_params=(),
    body_fields=(
        "name",
        "url",
        "events",
        "secret",
        "active",
    ),
    has_body=True,
    takes_idempotency_key=False,
    unwrap=("data",),
    no_content=False,
    constraints={
        "secret": FieldConstraint(
            min_length=8,
        ),
    },
    retry_overrides=(),
)

DELETE = Operation(
    name="delete",
    method="DELETE",
    path="/v1/webhook-subscriptions/{id}",
    retry_class=RetryClass.SET_STATE,
    path_params=("id",),
    query_params=(),
    body_fields=(),
    has_body=False,
    takes_idempotency_key=False,
    unwrap=(),
    no_content=True,
    constraints={},
    retry_overrides=(),
)

TOGGLE_ACTIVE = Operation(
    name="toggle_active",
    method="PATCH",
    path="/v1/webhook-subscriptions/{id}/toggle-active",
    retry_class=RetryClass.TOGGLE,
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

PROFILE = ProviderProfile(
    id="shipping_channels",
    title="Shipping Channels API (2LM) — webhook subscriptions",
    default_base_url="https://api.shipping-channels.com",
    api_key_env="SHIPPING_CHANNELS_API_KEY",
    base_url_env="SHIPPING_CHANNELS_BASE_URL",
    auth=AuthScheme(header="Authorization", prefix="Bearer "),
    errors=ErrorEnvelope(
        code=("error.code",),
        message=("error.message",),
        request_id=(),
        request_id_headers=("x-request-id",),
        doc_url=(),
        details=(),
        retry_after=("error.retry_after",),
    ),
    signing=None,
    options=(),
    operations={
        "list": LIST,
        "create": CREATE,
        "get": GET,
        "update": UPDATE,
        "delete": DELETE,
        "toggle_active": TOGGLE_ACTIVE,
    },
    secret_fields=("secret",),
)

FACADE: dict[str, Any] = {
    "disabled_events": "unspecified",
    "max_webhooks": None,
    "webhook": {
        "id": {"path": "id"},
        "url": {"path": "url"},
        "enabled": {"first_of": [{"path": "active"}, {"path": "status", "equals": "active"}]},
        "paused": {"const": False},
        "events": {"path": "events"},
        "created_at": {"path": "created_at"},
        "updated_at": {"path": "updated_at"},
    },
    "events": "required",
    "update_semantics": "full",
    "verbs": {
        "list": {
            "operation": "list",
            "items": "data",
            "pagination": {
                "param": "page",
                "size_param": "per_page",
                "size": 100,
                "page": "meta.current_page",
                "last_page": "meta.last_page",
            },
        },
        "get": {"operation": "get"},
        "create": {
            "operation": "create",
            "arguments": {
                "name": "$name || $url",
                "url": "$url",
                "events": "$events",
                "secret": "$secret",
            },
        },
        "update": {
            "operation": "update",
            "read_first": True,
            "required": ["name", "url", "events"],
            "arguments": {
                "name": "$name || $current.name",
                "url": "$url || $current.url",
                "events": "$events || $current.events",
                "secret": "$secret",
            },
        },
        "delete": {"operation": "delete"},
        "enable": {
            "operation": "update",
            "read_first": True,
            "required": ["name", "url", "events"],
            "arguments": {
                "name": "$current.name",
                "url": "$current.url",
                "events": "$current.events",
                "active": "$enabled",
            },
        },
        "disable": {
            "operation": "update",
            "read_first": True,
            "required": ["name", "url", "events"],
            "arguments": {
                "name": "$current.name",
                "url": "$current.url",
                "events": "$current.events",
                "active": "$enabled",
            },
        },
        "toggle": {"operation": "toggle_active"},
    },
}
"""The spec's ``x-hookhub.facade`` block, verbatim: how the unified facade maps this provider."""

SANDBOX: dict[str, Any] = {
    "ids": "wh_{n:06d}",
    "state": {"field": "active", "enabled": True, "disabled": False},
    "secret": {"field": "secret", "shown": "never", "hidden": "••••••••••••••••"},
    "url": {"field": "url", "schemes": ["http", "https"]},
    "updated_field": "updated_at",
    "disabled_events": "dropped",
    "seed": {"name": "Sandbox webhook", "events": ["shipment.created"]},
    "example_events": ["shipping_channel.created"],
    "record": {
        "id": "$id",
        "name": "$body.name",
        "url": "$body.url",
        "events": "$body.events",
        "secret": "$body.secret || $secret",
        "active": "$body.active || true",
        "created_at": "$now",
        "updated_at": "$now",
    },
    "envelope": {"data": "$result"},
    "error": {
        "error": {
            "code": "$code",
            "message": "$message",
            "status": "$status",
            "retry_after": "$retry_after",
        }
    },
    "errors": {
        "unauthorized": {
            "status": 401,
            "code": "unauthorized",
            "message": "Invalid or missing API key",
        },
        "not_found": {
            "status": 404,
            "code": "not_found",
            "message": "The specified webhook subscription could not be found",
        },
        "validation": {
            "status": 400,
            "code": "invalid_request",
            "message": "Missing required parameter",
        },
        "invalid_url": {
            "status": 422,
            "code": "invalid_request",
            "message": "The url must be a valid URL.",
        },
        "rate_limited": {
            "status": 429,
            "code": "rate_limit_exceeded",
            "message": "Rate limit exceeded.",
        },
        "server_error": {
            "status": 500,
            "code": "server_error",
            "message": "Something went wrong on our end",
        },
    },
    "retry_after_replaces_status": True,
    "delivery": {
        "body": {
            "id": "$event_id",
            "event": "$event_type",
            "created_at": "$now",
            "data": "$payload",
        }
    },
    "operations": {
        "list": {
            "action": "list",
            "pagination": {"page": "page", "size": "per_page", "default_size": 15},
            "body": {
                "data": "$items",
                "meta": {
                    "current_page": "$page",
                    "from": "$from",
                    "last_page": "$total_pages",
                    "path": "$url",
                    "per_page": "$page_size",
                    "to": "$to",
                    "total": "$total",
                },
                "links": {
                    "first": "$first_url",
                    "last": "$last_url",
                    "prev": "$prev_url",
                    "next": "$next_url",
                },
            },
        },
        "create": {"action": "create"},
        "get": {"action": "get"},
        "update": {"action": "update", "fields": ["name", "url", "events", "secret", "active"]},
        "delete": {"action": "delete"},
        "toggle_active": {
            "action": "toggle",
            "body": {"data": "$result", "message": "Webhook subscription ${verb} successfully"},
        },
    },
}
"""The spec's ``x-hookhub.sandbox`` block, verbatim: how ``hookhub.sandbox`` fakes this provider."""

SANDBOX_SPEC: dict[str, dict[str, Any]] = {
    "list": {"status": 200, "required": []},
    "create": {"status": 201, "required": ["name", "url", "events"]},
    "get": {"status": 200, "required": []},
    "update": {"status": 200, "required": ["name"]},
    "delete": {"status": 204, "required": []},
    "toggle_active": {"status": 200, "required": []},
}
"""Per operation, from the spec: the success status and the body's required fields."""
