# This file was written by scripts/codegen.py from openapi/polytomic.yaml. Do not edit it:
# change the spec (or the generator) and run `make codegen`.

"""What the runtime core needs to know about the Polytomic webhooks API, as its spec declares it."""

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

LIST = Operation(
    name="list",
    method="GET",
    path="/api/webhooks",
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

CREATE = Operation(
    name="create",
    method="POST",
    path="/api/webhooks",
    retry_class=RetryClass.KEYED,
    path_params=(),
    query_params=(),
    body_fields=(
        "endpoint",
        "secret",
        "organization_id",
    ),
    has_body=True,
    takes_idempotency_key=True,
    unwrap=("data",),
    no_content=False,
    constraints={
        "secret": FieldConstraint(
            min_length=6,
            max_length=32,
        ),
    },
    retry_overrides=(),
)

GET = Operation(
    name="get",
    method="GET",
    path="/api/webhooks/{id}",
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
    path="/api/webhooks/{id}",
    retry_class=RetryClass.KEYED,
    path_params=("id",),
    query_params=(),
    body_fields=(
        "endpoint",
        "secret",
        "organization_id",
    ),
    has_body=True,
    takes_idempotency_key=True,
    unwrap=("data",),
    no_content=False,
    constraints={
        "secret": FieldConstraint(
            min_length=6,
            max_length=32,
        ),
    },
    retry_overrides=(),
)

DELETE = Operation(
    name="delete",
    method="DELETE",
    path="/api/webhooks/{id}",
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

DISABLE = Operation(
    name="disable",
    method="POST",
    path="/api/webhooks/{id}/disable",
    retry_class=RetryClass.KEYED,
    path_params=("id",),
    query_params=(),
    body_fields=(),
    has_body=False,
    takes_idempotency_key=True,
    unwrap=("data",),
    no_content=False,
    constraints={},
    retry_overrides=(),
)

ENABLE = Operation(
    name="enable",
    method="POST",
    path="/api/webhooks/{id}/enable",
    retry_class=RetryClass.KEYED,
    path_params=("id",),
    query_params=(),
    body_fields=(),
    has_body=False,
    takes_idempotency_key=True,
    unwrap=("data",),
    no_content=False,
    constraints={},
    retry_overrides=(),
)

LIST_DELIVERIES = Operation(
    name="list_deliveries",
    method="GET",
    path="/api/webhooks/{id}/deliveries",
    retry_class=RetryClass.SAFE,
    path_params=("id",),
    query_params=(
        "success",
        "event_id",
        "start",
        "end",
        "page_token",
    ),
    body_fields=(),
    has_body=False,
    takes_idempotency_key=False,
    unwrap=(),
    no_content=False,
    constraints={},
    retry_overrides=(),
    pagination=Pagination(
        style="token",
        param="page_token",
        size_param=None,
        items=("data",),
        next_token=(
            "pagination",
            "next_page_token",
        ),
    ),
)

PROFILE = ProviderProfile(
    id="polytomic",
    title="Polytomic webhooks API",
    default_base_url="https://app.polytomic.com",
    api_key_env="POLYTOMIC_API_KEY",
    base_url_env="POLYTOMIC_BASE_URL",
    auth=AuthScheme(header="Authorization", prefix="Bearer "),
    errors=ErrorEnvelope(
        code=("key",),
        message=("message",),
        request_id=(),
        request_id_headers=("x-request-id",),
        doc_url=(),
        details=("metadata",),
        retry_after=(),
    ),
    signing=None,
    options=(ClientOption("api_version", header="X-Polytomic-Version", body_field=None),),
    idempotency=IdempotencyRule(
        header="Idempotency-Key",
        min_length=8,
        max_length=255,
        pattern="^[A-Za-z0-9_-]+$",
        in_flight_status=409,
        in_flight_codes=(),
    ),
    operations={
        "list": LIST,
        "create": CREATE,
        "get": GET,
        "update": UPDATE,
        "delete": DELETE,
        "disable": DISABLE,
        "enable": ENABLE,
        "list_deliveries": LIST_DELIVERIES,
    },
    secret_fields=("secret",),
    auth_schemes={
        "user": AuthScheme(header="Authorization", prefix="Bearer ", encoding="plain"),
        "organization": AuthScheme(
            header="Authorization", prefix="Basic ", encoding="basic-username"
        ),
    },
)

FACADE: dict[str, Any] = {
    "disabled_events": "dropped",
    "max_webhooks": 1,
    "webhook": {
        "id": {"path": "id"},
        "url": {"path": "endpoint"},
        "enabled": {"path": "disabled", "negate": True},
        "paused": {"const": False},
        "events": {"const": None},
        "created_at": {"path": "created_at"},
        "updated_at": {"const": None},
    },
    "events": "all-only",
    "update_semantics": "full",
    "verbs": {
        "list": {"operation": "list"},
        "get": {"operation": "get"},
        "create": {
            "operation": "create",
            "arguments": {"endpoint": "$url", "secret": "$secret || $generated_secret"},
        },
        "update": {
            "operation": "update",
            "read_first": True,
            "required": ["endpoint", "secret"],
            "arguments": {
                "endpoint": "$url || $current.endpoint",
                "secret": "$secret || $current.secret",
            },
        },
        "delete": {"operation": "delete"},
        "enable": {"operation": "enable"},
        "disable": {"operation": "disable"},
    },
}
"""The spec's ``x-hookhub.facade`` block, verbatim: how the unified facade maps this provider."""

SANDBOX: dict[str, Any] = {
    "ids": "00000000-0000-4000-8000-{n:012d}",
    "state": {"field": "disabled", "enabled": False, "disabled": True, "stamp": "disabled_at"},
    "secret": {"field": "secret", "shown": "always"},
    "url": {"field": "endpoint", "schemes": ["http", "https"]},
    "seed": {"secret": "sandbox-secret"},
    "idempotency": {"retention_seconds": 86400, "max_keys": 10000},
    "record": {
        "id": "$id",
        "organization_id": "$body.organization_id || 248df4b7-aa70-47b8-a036-33ac447e668d",
        "endpoint": "$body.endpoint",
        "secret": "$body.secret",
        "disabled": False,
        "disabled_at": None,
        "disabled_reason": None,
        "created_at": "$now",
    },
    "envelope": {"data": "$result"},
    "error": {"status": "$status", "key": "$code", "message": "$message", "metadata": {}},
    "errors": {
        "unauthorized": {"status": 401, "code": "unauthorized", "message": "invalid API key"},
        "not_found": {"status": 404, "code": "not_found", "message": "webhook not found"},
        "validation": {"status": 422, "code": "validation_error", "message": "invalid request"},
        "too_many": {
            "status": 422,
            "code": "validation_error",
            "message": "the organization already has a webhook",
        },
        "in_flight": {
            "status": 409,
            "code": "conflict",
            "message": "a request with this idempotency key is already in progress",
        },
        "rate_limited": {"status": 429, "code": "rate_limited", "message": "too many requests"},
        "server_error": {
            "status": 500,
            "code": "internal_error",
            "message": "internal server error",
        },
        "bad_request": {"status": 400, "code": "bad_request", "message": "bad request"},
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
            "event_id": "$event_id",
            "event_type": "$event_type",
            "attempted_at": "$attempted_at",
            "success": "$success",
            "status_code": "$response_status",
        },
    },
    "operations": {
        "list": {"action": "list"},
        "create": {"action": "create"},
        "get": {"action": "get"},
        "update": {"action": "update", "fields": ["endpoint", "secret", "organization_id"]},
        "delete": {"action": "delete"},
        "disable": {"action": "set_state", "value": False},
        "enable": {"action": "set_state", "value": True},
        "list_deliveries": {
            "action": "list_deliveries",
            "filters": {"success": "success", "event_id": "event_id"},
            "since": {"start": "attempted_at"},
            "until": {"end": "attempted_at"},
            "pagination": {"style": "token", "token": "page_token", "default_size": 50},
            "body": {"data": "$items", "pagination": {"next_page_token": '$next_token || ""'}},
        },
    },
}
"""The spec's ``x-hookhub.sandbox`` block, verbatim: how ``hookhub.sandbox`` fakes this provider."""

SANDBOX_SPEC: dict[str, dict[str, Any]] = {
    "list": {"status": 200, "required": []},
    "create": {"status": 200, "required": ["endpoint", "secret"]},
    "get": {"status": 200, "required": []},
    "update": {"status": 200, "required": ["endpoint", "secret"]},
    "delete": {"status": 204, "required": []},
    "disable": {"status": 200, "required": []},
    "enable": {"status": 200, "required": []},
    "list_deliveries": {"status": 200, "required": []},
}
"""Per operation, from the spec: the success status and the body's required fields."""
