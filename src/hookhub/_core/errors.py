"""The one exception hierarchy every hookhub client raises.

::

    HookhubError
    ├── ConfigurationError              client built without what it needs (api_key, base_url)
    ├── InvalidInputError               input refused before anything was sent
    ├── UnsupportedOperationError       verb the provider cannot honour (facade)
    ├── ConvergenceError                enable/disable could not reach the wanted state (facade)
    ├── APIResponseValidationError      2xx response whose body does not fit the spec
    ├── APIConnectionError              no response: connect error, reset, ...
    │   └── APITimeoutError
    └── APIStatusError                  the provider answered with a non-2xx status
        ├── BadRequestError 400         ├── ConflictError 409
        ├── AuthenticationError 401     ├── UnprocessableEntityError 422
        ├── PermissionDeniedError 403   ├── RateLimitError 429
        ├── NotFoundError 404           └── InternalServerError >= 500
"""

from __future__ import annotations

from typing import Any, TypeAlias

import httpx

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "ConvergenceError",
    "HookhubError",
    "InternalServerError",
    "InvalidInputError",
    "JSONValue",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "UnsupportedOperationError",
    "status_error_class",
]


JSONValue: TypeAlias = dict[str, "JSONValue"] | list["JSONValue"] | str | int | float | bool | None
"""A decoded JSON document (or, for a body that is not JSON, its text)."""


class HookhubError(Exception):
    """Base of every error hookhub raises."""


class ConfigurationError(HookhubError):
    """The client lacks something it needs, such as ``api_key`` or ``base_url``."""


class InvalidInputError(HookhubError, ValueError):
    """An argument was refused before any request was sent."""


class UnsupportedOperationError(HookhubError):
    """The provider has no verb that keeps this operation's promise."""

    def __init__(self, message: str, *, provider: str, operation: str) -> None:
        super().__init__(message)
        self.provider = provider
        self.operation = operation


class ConvergenceError(HookhubError):
    """A webhook did not reach the wanted state within the allowed number of changes."""

    def __init__(
        self, message: str, *, provider: str, webhook_id: str, wanted: bool, last_seen: Any
    ) -> None:
        super().__init__(message)
        self.provider = provider
        self.webhook_id = webhook_id
        self.wanted = wanted
        self.last_seen = last_seen


class APIResponseValidationError(HookhubError):
    """A successful response whose body could not be read as the spec describes."""

    def __init__(self, message: str, *, provider: str, response: httpx.Response) -> None:
        super().__init__(f"[{provider}] {message}")
        self.provider = provider
        self.response = response
        self.status_code: int = response.status_code


class APIConnectionError(HookhubError):
    """The request got no response (connection refused, reset, protocol error)."""

    def __init__(
        self,
        message: str,
        *,
        provider: str,
        method: str,
        path: str,
        retries_taken: int = 0,
    ) -> None:
        super().__init__(f"[{provider}] {method} {path}: {message}")
        self.provider = provider
        self.method = method
        self.path = path
        self.retries_taken = retries_taken


class APITimeoutError(APIConnectionError):
    """The request timed out; it may or may not have been applied."""


class APIStatusError(HookhubError):
    """The provider answered with a non-2xx status.

    Fields come from the provider's error envelope where it has them; ``body`` is the
    decoded JSON (or the text) and ``response`` the raw ``httpx.Response``.
    """

    status_code: int

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        provider: str,
        code: str | None = None,
        request_id: str | None = None,
        doc_url: str | None = None,
        details: JSONValue = None,
        retry_after: float | None = None,
        body: JSONValue = None,
        response: httpx.Response | None = None,
        retries_taken: int = 0,
    ) -> None:
        self.message = message
        self.status_code = status_code
        self.provider = provider
        self.code = code
        self.request_id = request_id
        self.doc_url = doc_url
        self.details: JSONValue = details
        """The envelope's details field, as decoded (``None`` when absent)."""
        self.retry_after = retry_after
        self.body: JSONValue = body
        """The decoded JSON body (or its text), at most a bounded excerpt; secrets masked."""
        self.response = response
        self.retries_taken = retries_taken
        super().__init__(self._summary())

    def _summary(self) -> str:
        head = f"[{self.provider}] {self.status_code}"
        if self.code:
            head += f" {self.code}"
        text = f"{head}: {self.message}"
        if self.request_id:
            text += f" (request_id={self.request_id})"
        return text


class BadRequestError(APIStatusError):
    """400."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, invalid or revoked."""


class PermissionDeniedError(APIStatusError):
    """403."""


class NotFoundError(APIStatusError):
    """404."""


class ConflictError(APIStatusError):
    """409."""


class UnprocessableEntityError(APIStatusError):
    """422."""


class RateLimitError(APIStatusError):
    """429, or a wait longer than hookhub will sleep; ``retry_after`` says how long to wait."""


class InternalServerError(APIStatusError):
    """Any status >= 500."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The exception class for an HTTP status."""
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIStatusError)


# Tracebacks and reprs name the public path (``hookhub.NotFoundError``), not this module.
for _name in __all__:
    _value = globals()[_name]
    if isinstance(_value, type):
        _value.__module__ = "hookhub"
