"""Read a provider's generated profile (env var names, title) without building a client."""

from __future__ import annotations

import importlib
import os

from hookhub._core.provider_profile import ProviderProfile
from hookhub.providers import PROVIDER_IDS

__all__ = ["PROVIDER_IDS", "env_api_key", "provider_profile"]


def provider_profile(provider: str) -> ProviderProfile:
    """``hookhub.providers.<provider>._profile.PROFILE``, the data codegen wrote."""
    module = importlib.import_module(f"hookhub.providers.{provider}._profile")
    profile: ProviderProfile = module.PROFILE
    return profile


def env_api_key(provider: str) -> str | None:
    """The API key the provider's environment variable holds, if any (to keep it unprinted)."""
    return os.environ.get(provider_profile(provider).api_key_env)
