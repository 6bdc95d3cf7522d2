"""hookhub: manage webhooks at several providers through one typed interface.

``import hookhub`` is cheap: each public name below is imported from its module on first
use (PEP 562), so no provider client, generated model or event-loop machinery is loaded until
something needs it.
"""

from __future__ import annotations

import importlib
import os as _os
from typing import TYPE_CHECKING, Any

from hookhub._version import __version__

# Public name -> the module that defines it. To export a name, add its line here and the
# matching import in the TYPE_CHECKING block below (a test keeps the two in step).
_EXPORTS: dict[str, str] = {
    "APIConnectionError": "hookhub._core.errors",
    "APIResponse": "hookhub._core.raw_response",
    "APIResponseValidationError": "hookhub._core.errors",
    "APIStatusError": "hookhub._core.errors",
    "APITimeoutError": "hookhub._core.errors",
    "AsyncPage": "hookhub._core.pagination",
    "AsyncPaginator": "hookhub._core.pagination",
    "AsyncWebhookClient": "hookhub.facade",
    "AuthenticationError": "hookhub._core.errors",
    "BadRequestError": "hookhub._core.errors",
    "Capabilities": "hookhub.facade",
    "ConfigurationError": "hookhub._core.errors",
    "ConflictError": "hookhub._core.errors",
    "ConvergenceError": "hookhub._core.errors",
    "DeadlineExceededError": "hookhub.facade",
    "Delivery": "hookhub.verification",
    "HookhubError": "hookhub._core.errors",
    "IncompleteWebhookError": "hookhub.facade",
    "InternalServerError": "hookhub._core.errors",
    "InvalidInputError": "hookhub._core.errors",
    "NotFoundError": "hookhub._core.errors",
    "Omit": "hookhub._core.omit",
    "PermissionDeniedError": "hookhub._core.errors",
    "ProviderId": "hookhub.providers",
    "RateLimitError": "hookhub._core.errors",
    "RequestOptions": "hookhub._core.request_options",
    "RetryPolicy": "hookhub._core.retry_policy",
    "SignatureVerificationError": "hookhub.verification",
    "SyncPage": "hookhub._core.pagination",
    "UnprocessableEntityError": "hookhub._core.errors",
    "UnsupportedOperationError": "hookhub._core.errors",
    "Webhook": "hookhub.facade",
    "WebhookClient": "hookhub.facade",
    "WebhookLimitError": "hookhub.facade",
    "list_providers": "hookhub.facade",
    "omit": "hookhub._core.omit",
    "verify_delivery": "hookhub.verification",
}

if TYPE_CHECKING:
    from hookhub._core.errors import APIConnectionError as APIConnectionError
    from hookhub._core.errors import APIResponseValidationError as APIResponseValidationError
    from hookhub._core.errors import APIStatusError as APIStatusError
    from hookhub._core.errors import APITimeoutError as APITimeoutError
    from hookhub._core.errors import AuthenticationError as AuthenticationError
    from hookhub._core.errors import BadRequestError as BadRequestError
    from hookhub._core.errors import ConfigurationError as ConfigurationError
    from hookhub._core.errors import ConflictError as ConflictError
    from hookhub._core.errors import ConvergenceError as ConvergenceError
    from hookhub._core.errors import HookhubError as HookhubError
    from hookhub._core.errors import InternalServerError as InternalServerError
    from hookhub._core.errors import InvalidInputError as InvalidInputError
    from hookhub._core.errors import NotFoundError as NotFoundError
    from hookhub._core.errors import PermissionDeniedError as PermissionDeniedError
    from hookhub._core.errors import RateLimitError as RateLimitError
    from hookhub._core.errors import UnprocessableEntityError as UnprocessableEntityError
    from hookhub._core.errors import UnsupportedOperationError as UnsupportedOperationError
    from hookhub._core.omit import Omit as Omit
    from hookhub._core.omit import omit as omit
    from hookhub._core.pagination import AsyncPage as AsyncPage
    from hookhub._core.pagination import AsyncPaginator as AsyncPaginator
    from hookhub._core.pagination import SyncPage as SyncPage
    from hookhub._core.raw_response import APIResponse as APIResponse
    from hookhub._core.request_options import RequestOptions as RequestOptions
    from hookhub._core.retry_policy import RetryPolicy as RetryPolicy
    from hookhub.facade import AsyncWebhookClient as AsyncWebhookClient
    from hookhub.facade import Capabilities as Capabilities
    from hookhub.facade import DeadlineExceededError as DeadlineExceededError
    from hookhub.facade import IncompleteWebhookError as IncompleteWebhookError
    from hookhub.facade import Webhook as Webhook
    from hookhub.facade import WebhookClient as WebhookClient
    from hookhub.facade import WebhookLimitError as WebhookLimitError
    from hookhub.facade import list_providers as list_providers
    from hookhub.providers import ProviderId as ProviderId
    from hookhub.verification import Delivery as Delivery
    from hookhub.verification import SignatureVerificationError as SignatureVerificationError
    from hookhub.verification import verify_delivery as verify_delivery

__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'hookhub' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


if _os.environ.get("HOOKHUB_LOG"):
    # HOOKHUB_LOG=debug turns the ``hookhub`` logger on at import; unset, nothing is loaded.
    from hookhub._core.log_config import configure_from_environment

    configure_from_environment()
