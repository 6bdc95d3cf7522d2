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
from hookhub._core.pagination import AsyncPage, AsyncPaginator, SyncPage
from hookhub._core.raw_response import APIResponse
from hookhub._core.request_options import RequestOptions
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

__all__ = [
    "APIConnectionError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPage",
    "AsyncPaginator",
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
    "RateLimitError",
    "RequestOptions",
    "RetryPolicy",
    "SyncPage",
    "UnprocessableEntityError",
    "UnsupportedOperationError",
    "Webhook",
    "WebhookClient",
    "WebhookLimitError",
    "__version__",
    "list_providers",
    "omit",
]
