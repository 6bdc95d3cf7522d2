"""Exit codes and the one-line error messages of the ``hookhub`` command.

Kept free of click and rich so the entry point can use it before checking the extra.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

from hookhub._core.errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    ConfigurationError,
    ConvergenceError,
    HookhubError,
    InvalidInputError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnsupportedOperationError,
)
from hookhub.facade import WebhookLimitError

__all__ = ["ExitCode", "error_line", "exit_code_for", "scrub"]


class ExitCode(enum.IntEnum):
    """What ``hookhub`` exits with; documented in the README's CLI section."""

    OK = 0
    UNEXPECTED = 1
    """A bug or an unforeseen failure; ``--debug`` shows the traceback."""
    USAGE = 2
    """Bad command line (click's code), or input hookhub refused before sending anything."""
    CONFIGURATION = 3
    """No API key or base URL, an unknown provider option, or a missing extra."""
    AUTHENTICATION = 4
    """The provider refused the credentials (401, 403)."""
    NOT_FOUND = 5
    """The provider has no such webhook (404)."""
    API_ERROR = 6
    """Any other error response, an unreadable response, or the provider's webhook limit."""
    CONNECTION = 7
    """No response at all: connection refused or reset, or a timeout."""
    CONVERGENCE = 8
    """enable/disable could not reach the wanted state."""
    UNSUPPORTED = 9
    """The provider has no verb that keeps the operation's promise (e.g. ``pause``)."""
    INTERRUPTED = 130
    """Ctrl-C."""


# First match wins: subclasses before their bases.
_CODES: tuple[tuple[type[BaseException], ExitCode], ...] = (
    (InvalidInputError, ExitCode.USAGE),
    (ConfigurationError, ExitCode.CONFIGURATION),
    (AuthenticationError, ExitCode.AUTHENTICATION),
    (PermissionDeniedError, ExitCode.AUTHENTICATION),
    (NotFoundError, ExitCode.NOT_FOUND),
    (APIStatusError, ExitCode.API_ERROR),
    (APIResponseValidationError, ExitCode.API_ERROR),
    (WebhookLimitError, ExitCode.API_ERROR),
    (APIConnectionError, ExitCode.CONNECTION),
    (ConvergenceError, ExitCode.CONVERGENCE),
    (UnsupportedOperationError, ExitCode.UNSUPPORTED),
)


def exit_code_for(error: BaseException) -> ExitCode:
    """The documented exit code for an error ``hookhub`` let through."""
    for cls, code in _CODES:
        if isinstance(error, cls):
            return code
    return ExitCode.UNEXPECTED


_MIN_SECRET_LENGTH = 6


def scrub(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every secret replaced, however the message was built."""
    for secret in secrets:
        # A very short "key" cannot be masked without mangling ordinary words.
        if len(secret) >= _MIN_SECRET_LENGTH:
            text = text.replace(secret, "***")
    return text


def error_line(error: BaseException, secrets: Iterable[str] = ()) -> str:
    """One line for stderr: what went wrong, without a secret and without a traceback."""
    if isinstance(error, HookhubError):
        text = str(error) or type(error).__name__
        if isinstance(error, RateLimitError) and error.retry_after is not None:
            text += f" (retry after {error.retry_after:g}s)"
    else:
        text = f"unexpected {type(error).__name__}: {error} (run with --debug for the traceback)"
    # Messages never hold newlines on purpose; a provider's text might.
    return "Error: " + " ".join(scrub(text, secrets).split())
