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
    options=(),
    operations={
        "list": LIST,
        "create": CREATE,
        "get": GET,
        "update": UPDATE,
        "delete": DELETE,
        "toggle_active": TOGGLE_ACTIVE,
    },
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
