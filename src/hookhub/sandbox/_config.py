"""A provider's data as the sandbox reads it: the generated ``PROFILE``, ``FACADE``,
``SANDBOX`` and ``SANDBOX_SPEC``, and the check that refuses an incomplete
``x-hookhub.sandbox`` block before anything is served."""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any

from hookhub._core.errors import ConfigurationError
from hookhub._core.provider_profile import ProviderProfile
from hookhub.providers import PROVIDER_IDS

__all__ = ["check_config", "load_provider"]

_REQUIRED_KEYS = ("state", "record", "error", "errors")
_REQUIRED_ERRORS = ("unauthorized", "not_found", "validation", "server_error")


def load_provider(provider: str) -> tuple[ProviderProfile, dict[str, Any], dict[str, Any], Any]:
    """``PROFILE``, ``FACADE``, ``SANDBOX`` and ``SANDBOX_SPEC`` of ``provider``."""
    if provider not in PROVIDER_IDS:
        raise ConfigurationError(
            f"unknown provider {provider!r}; known providers: {', '.join(PROVIDER_IDS)}"
        )
    module = importlib.import_module(f"hookhub.providers.{provider}._profile")
    sandbox = getattr(module, "SANDBOX", None)
    if sandbox is None:
        raise ConfigurationError(f"[{provider}] its spec declares no x-hookhub.sandbox block")
    return module.PROFILE, module.FACADE, sandbox, module.SANDBOX_SPEC


def check_config(provider: str, config: Mapping[str, Any]) -> None:
    """Refuse an incomplete ``x-hookhub.sandbox`` block with a message naming what is missing."""
    missing = [key for key in _REQUIRED_KEYS if key not in config]
    missing += [
        f"errors.{kind}" for kind in _REQUIRED_ERRORS if kind not in config.get("errors", {})
    ]
    missing += [
        f"state.{key}"
        for key in ("field", "enabled", "disabled")
        if key not in config.get("state", {})
    ]
    if missing:
        raise ConfigurationError(
            f"[{provider}] x-hookhub.sandbox lacks {', '.join(missing)} (see openapi/README.md)"
        )
