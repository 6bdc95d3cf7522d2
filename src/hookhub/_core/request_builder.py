"""Build the ``httpx.Request`` for one call, refusing bad input before anything is sent. Pure."""

from __future__ import annotations

import functools
import json
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import field
from datetime import date, datetime
from typing import Any, cast
from urllib.parse import quote

import httpx

from hookhub._core.auth import credential_header
from hookhub._core.errors import InvalidInputError
from hookhub._core.httpx_compat import new_request, url_with_path
from hookhub._core.idempotency import new_idempotency_key, validate_idempotency_key
from hookhub._core.json_paths import is_model
from hookhub._core.omit import Omit
from hookhub._core.provider_profile import FieldConstraint, Operation, ProviderProfile, RetryClass
from hookhub._core.records import call_record, record
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


@record
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


@call_record
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
    given_query = _present(query) if query else {}
    given_body = _present(body) if body else {}
    for option in profile.options:
        value = settings.options.get(option.name)
        if (
            option.body_field
            and value is not None
            and option.body_field in operation.body_fields
            and option.body_field not in given_body
        ):
            given_body[option.body_field] = value
    arguments = {**given_query, **given_body} if given_query else given_body
    if operation.constraints:
        _check_constraints(where, operation.constraints, arguments)
    retry_class = (
        operation.retry_class_for(arguments)
        if operation.retry_overrides
        else (operation.retry_class)
    )
    if options is not NO_OPTIONS:
        merge_extra_query(where, given_query, options)
        merge_extra_body(where, given_body, options, has_body=operation.has_body)

    # The client's own headers were built and checked once (base_headers); a copy per call.
    headers = dict(base_headers(profile, settings, where))
    key: str | None = None
    if operation.takes_idempotency_key and profile.idempotency is not None:
        if isinstance(idempotency_key, str):
            key = validate_idempotency_key(profile.id, profile.idempotency, idempotency_key)
            _check_headers(where, {profile.idempotency.header: key})
        else:
            key = new_idempotency_key()  # a UUID: nothing to check
        headers[profile.idempotency.header] = key
    elif isinstance(idempotency_key, str):
        raise InvalidInputError(f"{where} does not take an idempotency key")

    content: bytes | None = None
    if operation.has_body:
        try:
            content = _JSON_ENCODER.encode(
                {name: _jsonable(value) for name, value in given_body.items()}
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

    if not isinstance(options.extra_headers, Omit):
        merge_extra_headers(
            where,
            headers,
            options,
            idempotency_header=profile.idempotency.header if profile.idempotency else None,
        )
        _check_headers(where, headers)
    url: httpx.URL | str
    if given_query:
        params = [(name, _query_value(value)) for name, value in _flatten_query(given_query)]
        for name, value in params:
            if not _is_utf8(value):
                raise InvalidInputError(f"{where}: {name} is not valid Unicode (a lone surrogate?)")
        # httpx's own encoding of the parameters; the URL is then parsed once (by the request).
        url = settings.base_url + path
        encoded = str(httpx.QueryParams(tuple(params)))
        if encoded:
            url += "?" + encoded
    else:
        url = url_with_path(_parsed_base(settings), path)
    request = new_request(operation.method, url, headers, content)
    return PreparedCall(operation, request, path, retry_class, key)


# What json.dumps(separators=(",", ":"), ensure_ascii=False, allow_nan=False) builds per call.
_JSON_ENCODER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def _present(values: Mapping[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in values.items() if not isinstance(value, Omit)}


@functools.lru_cache(maxsize=512)
def _path_parts(template: str) -> tuple[tuple[str, bool], ...]:
    """``template`` split once into literal text and ``{name}`` parts (``True``: a name)."""
    parts: list[tuple[str, bool]] = []
    for index, piece in enumerate(_PLACEHOLDER.split(template)):
        if piece or index % 2:
            parts.append((piece, bool(index % 2)))
    return tuple(parts)


_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")


def _render_path(where: str, template: str, params: Mapping[str, Any]) -> str:
    rendered: list[str] = []
    for piece, is_name in _path_parts(template):
        rendered.append(_path_value(where, piece, params) if is_name else piece)
    return "".join(rendered)


def _path_value(where: str, name: str, params: Mapping[str, Any]) -> str:
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


def base_headers(
    profile: ProviderProfile, settings: ClientSettings, where: str
) -> Mapping[str, str]:
    """The headers every call of a client sends, built and checked once per ``settings``.

    Raises :class:`InvalidInputError` when an option value cannot be sent as a header.
    """
    # Cached on the (frozen) settings object itself: they live and die together.
    cached: tuple[ProviderProfile, dict[str, str]] | None = settings.__dict__.get(_CACHE)
    if cached is not None and cached[0] is profile:
        return cached[1]
    headers = _headers(profile, settings)
    _check_headers(where, headers)
    object.__setattr__(settings, _CACHE, (profile, headers))
    return headers


_CACHE = "_hookhub_base_headers"
_BASE_URL = "_hookhub_base_url"


def _parsed_base(settings: ClientSettings) -> httpx.URL:
    """``settings.base_url`` parsed once, cached on the settings like :func:`base_headers`."""
    parsed: httpx.URL | None = settings.__dict__.get(_BASE_URL)
    if parsed is None:
        parsed = httpx.URL(settings.base_url)
        object.__setattr__(settings, _BASE_URL, parsed)
    return parsed


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
    if is_model(value):
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
