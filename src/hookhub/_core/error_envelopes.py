"""A non-2xx response into one exception of the hookhub hierarchy. Pure: no I/O."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from hookhub._core.errors import APIStatusError, RateLimitError, status_error_class
from hookhub._core.json_paths import first_at, json_body
from hookhub._core.provider_profile import ErrorEnvelope
from hookhub._core.records import call_record
from hookhub._core.redaction import Secret, scrub, scrub_value
from hookhub._core.retry_after import retry_after_from_body, retry_after_from_headers
from hookhub._core.transport_safety import REDIRECT_STATUSES

__all__ = [
    "ErrorFields",
    "build_status_error",
    "decode_body",
    "envelope_in_success",
    "read_error_fields",
]

_MAX_MESSAGE = 300


@call_record
class ErrorFields:
    """What the envelope (and headers) say about a failed response."""

    code: str | None
    message: str
    request_id: str | None
    doc_url: str | None
    details: Any
    retry_after: float | None
    body: Any


def decode_body(response: httpx.Response) -> Any:
    """The JSON body, or the text when it is not JSON, or ``None`` when empty.

    JSON nested too deeply for the parser (``RecursionError``) is kept as text.
    """
    raw = response.content
    if not raw.strip():
        return None
    try:
        return json_body(response)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return response.text


def read_error_fields(
    envelope: ErrorEnvelope,
    response: httpx.Response,
    *,
    secrets: Iterable[Secret | None] = (),
    now: datetime | None = None,
) -> ErrorFields:
    """Fill the unified error fields from the provider's envelope, leniently.

    A body that is not JSON, not an object, empty or truncated still gives a short message
    (the reason phrase), never the whole body. Every field (and the kept body) has each
    known secret masked; the body is the excerpt the shell kept (at most 64 KiB).
    """
    secrets = tuple(secrets)
    body = scrub_value(decode_body(response), secrets)
    # Decoded JSON: an object's keys are strings.
    structured = cast("dict[str, Any]", body) if isinstance(body, dict) else None

    code = _short_text(first_at(structured, envelope.code))
    message = _short_text(first_at(structured, envelope.message))
    if not message:
        message = _reason(response.status_code)
    if response.status_code in REDIRECT_STATUSES:
        message += (
            " (redirect not followed: hookhub follows only same-origin redirects, and only "
            "when your http_client has follow_redirects=True)"
        )
    request_id = _short_text(first_at(structured, envelope.request_id))
    if not request_id:
        for name in envelope.request_id_headers:
            if response.headers.get(name):
                request_id = _short_text(scrub(response.headers[name], secrets))
                break
    retry_after = retry_after_from_headers(response.headers, now=now)
    if retry_after is None:
        retry_after = retry_after_from_body(structured, envelope.retry_after)
    return ErrorFields(
        code=code,
        message=message,
        request_id=request_id,
        doc_url=_short_text(first_at(structured, envelope.doc_url)),
        details=first_at(structured, envelope.details),
        retry_after=retry_after,
        body=body,
    )


def envelope_in_success(
    envelope: ErrorEnvelope, response: httpx.Response, secrets: Iterable[Secret | None]
) -> str | None:
    """What a 2xx body says when it is the provider's error envelope, else ``None``.

    A 2xx whose body has a value at the envelope's ``code`` or ``message`` paths is not a
    success: a lenient model (every field optional) or an operation without content would
    otherwise accept ``{"error": {...}}``. The spec examples test guards that no success
    body of any provider has a value at those paths.
    """
    if not response.content.strip():
        return None
    body = decode_body(response)
    if not isinstance(body, dict):
        return None
    code = _short_text(first_at(body, envelope.code))
    message = _short_text(first_at(body, envelope.message))
    if code is None and message is None:
        return None
    return scrub(" ".join(part for part in (code, message) if part), tuple(secrets))


def build_status_error(
    provider: str,
    response: httpx.Response,
    fields: ErrorFields,
    *,
    retries_taken: int,
    wait_refused: bool = False,
    max_retry_after: float | None = None,
) -> APIStatusError:
    """The exception for a failed response, of the class its status calls for.

    ``wait_refused``: the server asked for a longer wait than hookhub sleeps, so the call
    stops with :class:`RateLimitError` (whatever the status) carrying ``retry_after``; the
    message says how long the server asked and the limit.
    """
    cls = RateLimitError if wait_refused else status_error_class(response.status_code)
    message = fields.message
    if wait_refused and fields.retry_after is not None:
        limit = f"{max_retry_after:g} s" if max_retry_after is not None else "less"
        message += (
            f" (server asked to wait {fields.retry_after:g} s; hookhub waits at most {limit}"
            " (RetryPolicy.max_retry_after))"
        )
    return cls(
        message,
        status_code=response.status_code,
        provider=provider,
        code=fields.code,
        request_id=fields.request_id,
        doc_url=fields.doc_url,
        details=fields.details,
        retry_after=fields.retry_after,
        body=fields.body,
        response=response,
        retries_taken=retries_taken,
    )


def _short_text(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    text = " ".join(str(value).split())
    if not text:
        return None
    if len(text) > _MAX_MESSAGE:
        text = text[: _MAX_MESSAGE - 1] + "…"
    return text


def _reason(status_code: int) -> str:
    try:
        return HTTPStatus(status_code).phrase
    except ValueError:
        return "HTTP error"
