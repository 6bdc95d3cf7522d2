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
from hookhub._core.log_config import configure_from_environment as _configure_logging
from hookhub._core.omit import Omit, omit
from hookhub._core.retry_policy import RetryPolicy
from hookhub._version import __version__
from hookhub.facade import (
    AsyncWebhookClient,
    Capabilities,
    Webhook,
    WebhookClient,
    WebhookLimitError,
    list_providers,
)
from hookhub.providers import ProviderId

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncWebhookClient",
    "AuthenticationError",
    "BadRequestError",
    "Capabilities",
    "ConfigurationError",
    "ConflictError",
    "ConvergenceError",
    "HookhubError",
    "InternalServerError",
    "InvalidInputError",
    "NotFoundError",
    "Omit",
    "PermissionDeniedError",
    "ProviderId",
    "RateLimitError",
    "RetryPolicy",
    "UnprocessableEntityError",
    "UnsupportedOperationError",
    "Webhook",
    "WebhookClient",
    "WebhookLimitError",
    "__version__",
    "list_providers",
    "omit",
]

_configure_logging()
