"""Build the ``httpx.Request`` for one call, refusing bad input before anything is sent. Pure."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, cast
from urllib.parse import quote

import httpx
from pydantic import BaseModel

from hookhub._core.auth import credential_header
from hookhub._core.errors import InvalidInputError
from hookhub._core.idempotency import new_idempotency_key, validate_idempotency_key
from hookhub._core.omit import Omit
from hookhub._core.provider_profile import FieldConstraint, Operation, ProviderProfile, RetryClass
from hookhub._core.redaction import Secret
from hookhub._core.request_options import (
    NO_OPTIONS,
    RequestOptions,
    merge_extra_body,
    merge_extra_headers,
    merge_extra_query,
    merge_headers,
)
from hookhub._core.transport_safety import header_problem
from hookhub._version import __version__

__all__ = ["ClientSettings", "PreparedCall", "prepare_call"]

USER_AGENT = f"hookhub/{__version__}"


@dataclass(frozen=True)
class ClientSettings:
    """What a client was configured with; shared by every call it makes."""

    base_url: str
    api_key: Secret
    default_headers: Mapping[str, str] = field(repr=False)
    """May hold the caller's own auth header: never in a repr."""
    options: Mapping[str, Any] = field(default_factory=dict[str, Any])
    """Values of the provider's ``x-hookhub.options``, by option name (``None``: not set)."""
    auth_scheme: str | None = None
    """Name of the provider's ``x-hookhub.auth.schemes`` entry to use (``None``: the default)."""


@dataclass(frozen=True)
class PreparedCall:
    """One logical call: the request sent, unchanged, on every attempt."""

    operation: Operation
    request: httpx.Request
    path: str
    """The path actually requested (ids encoded), for logs and errors."""
    retry_class: RetryClass
    idempotency_key: str | None


def prepare_call(
    profile: ProviderProfile,
    settings: ClientSettings,
    operation: Operation,
    *,
    path_params: Mapping[str, Any] | None = None,
    query: Mapping[str, Any] | None = None,
    body: Mapping[str, Any] | None = None,
    idempotency_key: str | Omit | None = None,
    options: RequestOptions = NO_OPTIONS,
) -> PreparedCall:
    """Validate the arguments and build the request. Raises :class:`InvalidInputError`.

    ``options`` (per-call ``extra_headers``/``extra_query``/``extra_body``) are applied last.
    """
    where = f"[{profile.id}] {operation.name}"
    path = _render_path(where, operation.path, path_params or {})
    given_query = _present(query or {})
    given_body = _present(body or {})
    for option in profile.options:
        value = settings.options.get(option.name)
        if (
            option.body_field
            and value is not None
            and option.body_field in operation.body_fields
            and option.body_field not in given_body
        ):
            given_body[option.body_field] = value
    _check_constraints(where, operation.constraints, {**given_query, **given_body})
    retry_class = operation.retry_class_for({**given_query, **given_body})
    merge_extra_query(where, given_query, options)
    merge_extra_body(where, given_body, options, has_body=operation.has_body)

    headers = _headers(profile, settings)
    key: str | None = None
    if operation.takes_idempotency_key and profile.idempotency is not None:
        if isinstance(idempotency_key, str):
            key = validate_idempotency_key(profile.id, profile.idempotency, idempotency_key)
        else:
            key = new_idempotency_key()
        headers[profile.idempotency.header] = key
    elif isinstance(idempotency_key, str):
        raise InvalidInputError(f"{where} does not take an idempotency key")

    content: bytes | None = None
    if operation.has_body:
        try:
            content = json.dumps(
                {name: _jsonable(value) for name, value in given_body.items()},
                separators=(",", ":"),
                ensure_ascii=False,
                allow_nan=False,
            ).encode()
        except UnicodeEncodeError:
            raise InvalidInputError(
                f"{where}: the body holds text that is not valid Unicode (a lone surrogate?)"
            ) from None
        except (TypeError, ValueError, RecursionError) as exc:
            raise InvalidInputError(f"{where}: the body cannot be sent as JSON ({exc})") from None
        headers["Content-Type"] = "application/json"
    elif given_body:
        raise InvalidInputError(f"{where} takes no request body")

    merge_extra_headers(
        where,
        headers,
        options,
        idempotency_header=profile.idempotency.header if profile.idempotency else None,
    )
    _check_headers(where, headers)
    params = [(name, _query_value(value)) for name, value in _flatten_query(given_query)]
    for name, value in params:
        if not _is_utf8(value):
            raise InvalidInputError(f"{where}: {name} is not valid Unicode (a lone surrogate?)")
    url = httpx.URL(settings.base_url + path, params=params)
    request = httpx.Request(operation.method, url, headers=headers, content=content)
    return PreparedCall(operation, request, path, retry_class, key)


def _present(values: Mapping[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in values.items() if not isinstance(value, Omit)}


def _render_path(where: str, template: str, params: Mapping[str, Any]) -> str:
    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in params:
            raise InvalidInputError(f"{where}: missing path parameter {name!r}")
        value = params[name]
        if isinstance(value, uuid.UUID):
            value = str(value)
        if not isinstance(value, str):
            raise InvalidInputError(f"{where}: {name} must be a string, got {type(value).__name__}")
        if value.strip() in ("", ".", ".."):
            raise InvalidInputError(f"{where}: {name} must not be empty, '.' or '..'")
        if not _is_utf8(value):
            raise InvalidInputError(f"{where}: {name} is not valid Unicode (a lone surrogate?)")
        # safe="" also encodes "/", so an id can never reach another path.
        return quote(value, safe="")

    return re.sub(r"\{([^{}]+)\}", substitute, template)


def _check_constraints(
    where: str, constraints: Mapping[str, FieldConstraint], values: Mapping[str, Any]
) -> None:
    # Messages name the field, never its value: it may be a secret.
    for name, rule in constraints.items():
        value = values.get(name)
        if value is None or isinstance(value, bool):
            continue
        if isinstance(value, str):
            if rule.min_length is not None and len(value) < rule.min_length:
                raise InvalidInputError(
                    f"{where}: {name} must be at least {rule.min_length} characters"
                )
            if rule.max_length is not None and len(value) > rule.max_length:
                raise InvalidInputError(
                    f"{where}: {name} must be at most {rule.max_length} characters"
                )
            if rule.pattern is not None and re.search(rule.pattern, value) is None:
                raise InvalidInputError(f"{where}: {name} must match {rule.pattern}")
        elif isinstance(value, (int, float)):
            if rule.minimum is not None and value < rule.minimum:
                raise InvalidInputError(f"{where}: {name} must be >= {rule.minimum:g}")
            if rule.maximum is not None and value > rule.maximum:
                raise InvalidInputError(f"{where}: {name} must be <= {rule.maximum:g}")


def _headers(profile: ProviderProfile, settings: ClientSettings) -> dict[str, str]:
    # Names compare case-insensitively (merge_headers): a header is replaced, never doubled.
    headers = {"Accept": "application/json", "User-Agent": USER_AGENT}
    merge_headers(headers, settings.default_headers)
    for option in profile.options:
        value = settings.options.get(option.name)
        if option.header and value is not None:
            merge_headers(headers, {option.header: _query_value(value)})
    name, value = credential_header(profile, settings.auth_scheme, settings.api_key)
    if not any(key.lower() == name.lower() for key in settings.default_headers):
        # A credential the caller put in default_headers replaces the generated one.
        headers[name] = value
    return headers


def _check_headers(where: str, headers: Mapping[str, str]) -> None:
    # Before httpx sees them: it would raise UnicodeEncodeError on a non-ASCII value.
    for name, value in headers.items():
        problem = header_problem(name, value)
        if problem is not None:
            # Header splitting would let a value smuggle extra headers or requests; a
            # non-ASCII value would fail inside httpx.
            raise InvalidInputError(f"{where}: {problem}")


def _is_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _flatten_query(query: Mapping[str, Any]) -> list[tuple[str, Any]]:
    pairs: list[tuple[str, Any]] = []
    for name, value in query.items():
        if value is None:
            continue
        if isinstance(value, (list, tuple)):
            pairs.extend((name, item) for item in cast("Sequence[Any]", value))
        else:
            pairs.append((name, value))
    return pairs


def _query_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return str(value)


def _jsonable(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    # Caller-given JSON values: any keys and items.
    if isinstance(value, Mapping):
        return {
            str(key): _jsonable(item) for key, item in cast("Mapping[object, Any]", value).items()
        }
    if isinstance(value, (list, tuple)):
        return [_jsonable(item) for item in cast("Sequence[Any]", value)]
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value
