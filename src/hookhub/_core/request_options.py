"""Per-call options (``timeout=``, ``max_retries=``, ``extra_*=``) and how they apply. Pure.

Every generated method takes the same keyword-only options and hands them over as one
:class:`RequestOptions`; the request builder and the client base apply them here, in one
place, so no template or shell repeats the rules.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, cast

import httpx

from hookhub._core.errors import InvalidInputError
from hookhub._core.omit import Omit, omit

__all__ = [
    "RequestOptions",
    "TimeoutOption",
    "call_options",
    "effective_max_retries",
    "effective_timeout",
    "merge_extra_body",
    "merge_extra_headers",
    "merge_extra_query",
    "merge_headers",
]

TimeoutOption = float | httpx.Timeout | None
"""Seconds, an ``httpx.Timeout``, or ``None`` for no timeout at all."""


@dataclass(frozen=True)
class RequestOptions:
    """What one call changes from the client's configuration; ``omit`` keeps the client's."""

    timeout: TimeoutOption | Omit = omit
    max_retries: int | Omit = omit
    extra_headers: Mapping[str, str] | Omit = omit
    """Sent after every other header; a name already set (any case) is replaced."""
    extra_query: Mapping[str, object] | Omit = omit
    """Added to the query string; a parameter of the same name is replaced."""
    extra_body: Mapping[str, object] | Omit = omit
    """Merged into the JSON body (top level); a field of the same name is replaced."""


NO_OPTIONS = RequestOptions()


def call_options(
    extra_headers: Mapping[str, str] | Omit = omit,
    extra_query: Mapping[str, object] | Omit = omit,
    extra_body: Mapping[str, object] | Omit = omit,
    timeout: TimeoutOption | Omit = omit,
    max_retries: int | Omit = omit,
) -> RequestOptions:
    """The options of one generated call: :data:`NO_OPTIONS` (shared, nothing to apply) when
    every one is omitted, the common case, so no per-call object is built."""
    if (
        extra_headers is omit
        and extra_query is omit
        and extra_body is omit
        and timeout is omit
        and max_retries is omit
    ):
        return NO_OPTIONS
    return RequestOptions(
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
    )


def effective_timeout(client_timeout: httpx.Timeout, options: RequestOptions) -> httpx.Timeout:
    """The timeout one call uses: the per-call one if given, else the client's."""
    return _timeout(client_timeout, options.timeout)


# The checks below take ``object``: callers may not type-check, so values are checked at
# run time whatever their annotation says.
def _timeout(client_timeout: httpx.Timeout, value: object) -> httpx.Timeout:
    if isinstance(value, Omit):
        return client_timeout
    if isinstance(value, httpx.Timeout):
        return value
    if value is None:
        return httpx.Timeout(None)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise InvalidInputError("timeout must be a positive number of seconds, a Timeout or None")
    return httpx.Timeout(float(value))


def effective_max_retries(client_max_retries: int, options: RequestOptions) -> int:
    """The retries one call may make: the per-call number if given, else the client's."""
    return _max_retries(client_max_retries, options.max_retries)


def _max_retries(client_max_retries: int, value: object) -> int:
    if isinstance(value, Omit):
        return client_max_retries
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidInputError("max_retries must be an integer >= 0")
    return value


def merge_headers(headers: dict[str, str], extra: Mapping[str, str]) -> None:
    """Set ``extra`` over ``headers`` in place; names compare case-insensitively, so a header
    is replaced, never sent twice under two spellings."""
    for name, value in extra.items():
        for existing in [key for key in headers if key.lower() == name.lower()]:
            del headers[existing]
        headers[name] = value


def merge_extra_headers(
    where: str,
    headers: dict[str, str],
    options: RequestOptions,
    *,
    idempotency_header: str | None,
) -> None:
    """Apply ``extra_headers``. The idempotency key has its own argument: refused here.

    A credential header (``Authorization``) given here replaces the client's, exactly as the
    same header in ``default_headers`` does; it is never sent twice.
    """
    extra = _mapping(where, "extra_headers", options.extra_headers)
    if extra is None:
        return
    checked: dict[str, str] = {}
    for name, value in extra.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise InvalidInputError(f"{where}: extra_headers must map str to str")
        checked[name] = value
        if idempotency_header is not None and name.lower() == idempotency_header.lower():
            raise InvalidInputError(
                f"{where}: pass the idempotency key as idempotency_key=, not in extra_headers"
            )
        if name.lower() == "idempotency-key":
            raise InvalidInputError(f"{where} takes no idempotency key")
    merge_headers(headers, checked)


def merge_extra_query(where: str, query: dict[str, Any], options: RequestOptions) -> None:
    """Apply ``extra_query`` over the operation's own query parameters."""
    extra = _mapping(where, "extra_query", options.extra_query)
    if extra is not None:
        query.update({str(name): value for name, value in extra.items()})


def merge_extra_body(
    where: str, body: dict[str, Any], options: RequestOptions, *, has_body: bool
) -> None:
    """Apply ``extra_body`` over the body's top-level fields (refused without a body)."""
    values = _mapping(where, "extra_body", options.extra_body)
    if values is None:
        return
    if not has_body and values:
        raise InvalidInputError(f"{where} takes no request body; extra_body cannot be sent")
    body.update({str(name): value for name, value in values.items()})


def _mapping(where: str, name: str, value: object) -> Mapping[object, Any] | None:
    """``None`` when omitted; the mapping otherwise; anything else is refused."""
    if isinstance(value, Omit):
        return None
    if not isinstance(value, Mapping):
        raise InvalidInputError(f"{where}: {name} must be a mapping")
    return cast(Mapping[object, Any], value)
