# This file was written by scripts/codegen.py from openapi/registry.yaml. Do not edit it:
# change the spec (or the generator) and run `make codegen`.

"""Webhook registry API (unidentified "experimental" product): typed clients (``Registry``,
``AsyncRegistry``) and models."""

from hookhub.providers.registry.client import (
    AsyncRegistry,
    AsyncWebhooks,
    Registry,
    Webhooks,
)
from hookhub.providers.registry.models import (
    Error,
    Subscription,
    Webhook,
)

__all__ = [
    "AsyncRegistry",
    "AsyncWebhooks",
    "Error",
    "Registry",
    "Subscription",
    "Webhook",
    "Webhooks",
]
