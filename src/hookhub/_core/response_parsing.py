"""A successful response into the typed value the generated method returns. Pure."""

from __future__ import annotations

from typing import TypeVar

import httpx
from pydantic import TypeAdapter, ValidationError

from hookhub._core.errors import APIResponseValidationError
from hookhub._core.json_paths import MISSING, json_body, value_at
from hookhub._core.provider_profile import Operation
from hookhub._core.redaction import SecretRegistry, harvest_secrets

__all__ = ["NO_CONTENT", "parse_result", "parse_value"]

T = TypeVar("T")

NO_CONTENT: TypeAdapter[None] = TypeAdapter(type(None))
"""The result adapter of operations whose success response has no body."""


def parse_value(
    provider: str,
    operation: Operation,
    response: httpx.Response,
    adapter: TypeAdapter[T],
    *,
    secrets: SecretRegistry | None = None,
    secret_fields: tuple[str, ...] = (),
) -> T:
    """:func:`parse_result`, or ``None`` without reading the body for no-content operations."""
    if operation.no_content:
        return adapter.validate_python(None)
    return parse_result(
        provider, operation, response, adapter, secrets=secrets, secret_fields=secret_fields
    )


def parse_result(
    provider: str,
    operation: Operation,
    response: httpx.Response,
    adapter: TypeAdapter[T],
    *,
    secrets: SecretRegistry | None = None,
    secret_fields: tuple[str, ...] = (),
) -> T:
    """Decode, unwrap (``x-hookhub-unwrap``) and validate the body.

    Values of the spec's secret fields (``secret_fields``) are registered in ``secrets``,
    so later errors, log lines and reprs of this client mask them.
    """
    try:
        body = json_body(response)
    except (ValueError, UnicodeDecodeError, RecursionError):
        # RecursionError: JSON nested deeper than the parser can follow.
        raise APIResponseValidationError(
            f"{operation.name}: {response.status_code} response body is not JSON "
            "(or is nested too deeply)",
            provider=provider,
            response=response,
        ) from None
    if secrets is not None:
        harvest_secrets(body, secret_fields, secrets)
    value = value_at(body, operation.unwrap) if operation.unwrap else body
    if value is MISSING:
        raise APIResponseValidationError(
            f"{operation.name}: response has no {'.'.join(operation.unwrap)!r}",
            provider=provider,
            response=response,
        )
    try:
        return adapter.validate_python(value)
    except RecursionError:
        raise APIResponseValidationError(
            f"{operation.name}: response is nested too deeply",
            provider=provider,
            response=response,
        ) from None
    except ValidationError as exc:
        # Name the fields, never the values: a body may carry a signing secret.
        where = "; ".join(
            f"{'.'.join(str(part) for part in error['loc']) or '<root>'}: {error['type']}"
            for error in exc.errors()[:5]
        )
        raise APIResponseValidationError(
            f"{operation.name}: response does not match the spec ({where})",
            provider=provider,
            response=response,
        ) from None
