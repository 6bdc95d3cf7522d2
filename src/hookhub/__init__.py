"""hookhub: manage webhooks at several providers through one typed interface."""

from hookhub._core.errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    ConvergenceError,
    HookhubError,
    InternalServerError,
    InvalidInputError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    UnsupportedOperationError,
)
from hookhub._core.omit import Omit, omit
from hookhub._core.retry_policy import RetryPolicy
from hookhub._version import __version__

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
    "NotFoundError",
    "Omit",
    "PermissionDeniedError",
    "RateLimitError",
    "RetryPolicy",
    "UnprocessableEntityError",
    "UnsupportedOperationError",
    "__version__",
    "omit",
]
