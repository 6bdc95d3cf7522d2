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
