# This file was written by scripts/codegen.py from openapi/flip.yaml. Do not edit it:
# change the spec (or the generator) and run `make codegen`.

"""What the runtime core needs to know about the Flip Webhooks API (v4, "experimental"), as its
spec declares it."""

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
    path="/webhooks",
    retry_class=RetryClass.SAFE,
    path_params=(),
    query_params=("show_authentication",),
    body_fields=(),
    has_body=False,
    takes_idempotency_key=False,
    unwrap=(),
    no_content=False,
    constraints={},
    retry_overrides=(),
)

REGISTER = Operation(
    name="register",
    method="POST",
    path="/webhooks",
    retry_class=RetryClass.UNSAFE,
    path_params=(),
    query_params=(),
    body_fields=(
        "url",
        "subscription",
    ),
    has_body=True,
    takes_idempotency_key=False,
    unwrap=(),
    no_content=False,
    constraints={
        "url": FieldConstraint(
            pattern="^https://",
        ),
    },
    retry_overrides=(),
)

GET = Operation(
    name="get",
    method="GET",
    path="/webhooks/{webhook_id}",
    retry_class=RetryClass.SAFE,
    path_params=("webhook_id",),
    query_params=("show_authentication",),
    body_fields=(),
    has_body=False,
    takes_idempotency_key=False,
    unwrap=(),
    no_content=False,
    constraints={},
    retry_overrides=(),
)

DELETE = Operation(
    name="delete",
    method="DELETE",
    path="/webhooks/{webhook_id}",
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

PAUSE = Operation(
    name="pause",
    method="POST",
    path="/webhooks/{webhook_id}/pause",
    retry_class=RetryClass.SET_STATE,
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

UNPAUSE = Operation(
    name="unpause",
    method="POST",
    path="/webhooks/{webhook_id}/unpause",
    retry_class=RetryClass.SET_STATE,
    path_params=("webhook_id",),
    query_params=("show_authentication",),
    body_fields=(),
    has_body=False,
    takes_idempotency_key=False,
    unwrap=(),
    no_content=False,
    constraints={},
    retry_overrides=(),
)

PROFILE = ProviderProfile(
    id="flip",
    title='Flip Webhooks API (v4, "experimental")',
    default_base_url=None,
    api_key_env="FLIP_API_KEY",
    base_url_env="FLIP_BASE_URL",
    auth=AuthScheme(header="Authorization", prefix="Bearer "),
    errors=ErrorEnvelope(
        code=("code",),
        message=("message",),
        request_id=(),
        request_id_headers=("x-request-id",),
        doc_url=(),
        details=(),
        retry_after=(),
    ),
    signing=None,
    options=(),
    operations={
        "list": LIST,
        "register": REGISTER,
        "get": GET,
        "delete": DELETE,
        "pause": PAUSE,
        "unpause": UNPAUSE,
    },
    secret_fields=("authentication",),
)

FACADE: dict[str, Any] = {
    "disabled_events": "buffered",
    "max_webhooks": None,
    "webhook": {
        "id": {"path": "id"},
        "url": {"path": "url"},
        "enabled": {"path": "status", "equals": "ACTIVE"},
        "paused": {"path": "status", "equals": "PAUSED"},
        "events": {"path": "subscription.event_types"},
        "created_at": {"const": None},
        "updated_at": {"const": None},
    },
    "events": "required",
    "verbs": {
        "list": {"operation": "list"},
        "get": {"operation": "get"},
        "create": {
            "operation": "register",
            "arguments": {"url": "$url", "subscription": {"event_types": "$events"}},
        },
        "delete": {"operation": "delete"},
        "enable": {"operation": "unpause"},
        "disable": {"operation": "pause"},
        "pause": {"operation": "pause"},
        "resume": {"operation": "unpause"},
    },
}
"""The spec's ``x-hookhub.facade`` block, verbatim: how the unified facade maps this provider."""

SANDBOX: dict[str, Any] = {
    "ids": "wh_{n:010d}",
    "state": {"field": "status", "enabled": "ACTIVE", "disabled": "PAUSED"},
    "secret": {
        "field": "authentication",
        "signing": "authentication.secret",
        "prefix": "whsec_",
        "shown": "never",
        "hidden": "omit",
        "reveal_query": "show_authentication",
    },
    "url": {"field": "url", "schemes": ["https"], "error": "not_https"},
    "unique_url": True,
    "max_webhooks": 25,
    "example_events": ["USER_CREATED"],
    "record": {
        "id": "$id",
        "url": "$body.url",
        "status": "ACTIVE",
        "subscription": "$body.subscription",
        "authentication": {"type": "SHARED_SECRET", "secret": "$secret"},
    },
    "envelope": "$result",
    "error": {"code": "$code", "message": "$message"},
    "errors": {
        "unauthorized": {
            "status": 401,
            "code": "UNAUTHORIZED",
            "message": "Authentication via bearer is required.",
        },
        "not_found": {
            "status": 404,
            "code": "WEBHOOK_NOT_FOUND",
            "message": "The webhook does not exist.",
        },
        "validation": {
            "status": 400,
            "code": "INVALID_SUBSCRIPTION",
            "message": "The subscription is invalid.",
        },
        "invalid_url": {
            "status": 400,
            "code": "INVALID_URL",
            "message": "The url is not a valid URL.",
        },
        "not_https": {
            "status": 400,
            "code": "INVALID_URL_IS_NOT_USING_HTTPS",
            "message": "Only accepted protocol is HTTPS.",
        },
        "too_many": {
            "status": 400,
            "code": "TOO_MANY_WEBHOOKS_REGISTERED",
            "message": "Too many webhooks are registered.",
        },
        "duplicate_url": {
            "status": 409,
            "code": "DUPLICATE_URL",
            "message": "A webhook with this url is already registered.",
        },
        "rate_limited": {
            "status": 429,
            "code": "TOO_MANY_REQUESTS",
            "message": "Too many requests.",
        },
        "server_error": {
            "status": 500,
            "code": "INTERNAL_ERROR",
            "message": "Something went wrong.",
        },
    },
    "delivery": {
        "body": {"id": "$event_id", "type": "$event_type", "created_at": "$now", "data": "$payload"}
    },
    "operations": {
        "list": {"action": "list"},
        "register": {"action": "create"},
        "get": {"action": "get"},
        "delete": {"action": "delete"},
        "pause": {"action": "set_state", "value": False},
        "unpause": {"action": "set_state", "value": True},
    },
}
"""The spec's ``x-hookhub.sandbox`` block, verbatim: how ``hookhub.sandbox`` fakes this provider."""

SANDBOX_SPEC: dict[str, dict[str, Any]] = {
    "list": {"status": 200, "required": []},
    "register": {"status": 201, "required": ["url", "subscription"]},
    "get": {"status": 200, "required": []},
    "delete": {"status": 200, "required": []},
    "pause": {"status": 200, "required": []},
    "unpause": {"status": 200, "required": []},
}
"""Per operation, from the spec: the success status and the body's required fields."""
