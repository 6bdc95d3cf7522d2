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
    ProviderProfile,
    RetryClass,
)

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
