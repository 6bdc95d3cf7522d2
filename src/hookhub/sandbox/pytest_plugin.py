"""pytest fixtures for hookhub's sandboxes (registered through the ``pytest11`` entry point).

- ``<provider>_sandbox`` (``sentdm_sandbox``, ``kallima_sandbox``, ...): a fresh
  :class:`~hookhub.sandbox.Sandbox` of that provider.
- ``hookhub_sandbox``: a sandbox of the provider given by indirect parametrization
  (``@pytest.mark.parametrize("hookhub_sandbox", ["sentdm"], indirect=True)``) or by the
  ``hookhub_provider`` fixture, which you may override or parametrize.
- ``hookhub_sandbox_url``: ``hookhub_sandbox`` served on loopback; its base URL.
- ``hookhub_client`` / ``hookhub_async_client``: a ``hookhub.WebhookClient`` /
  ``AsyncWebhookClient`` connected to ``hookhub_sandbox`` in process (fast retries).
- ``hookhub_native_client`` / ``hookhub_async_native_client``: the provider's generated
  client, connected the same way.

The async fixtures need an async pytest plugin (pytest-asyncio in auto mode, or anyio).
Disable with ``-p no:hookhub``. Imports stay lazy so loading the plugin costs little.
"""

from __future__ import annotations

import importlib
from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any, cast

import pytest

from hookhub.providers import CLIENT_CLASSES, PROVIDER_IDS, ProviderId

if TYPE_CHECKING:
    from hookhub.sandbox import Sandbox

__all__ = ["client_arguments", "new_sandbox"]


def new_sandbox(provider: ProviderId) -> Sandbox:
    """A fresh sandbox of ``provider``."""
    from hookhub.sandbox import Sandbox

    return Sandbox(provider)


def client_arguments(sandbox: Sandbox, *, asynchronous: bool) -> dict[str, Any]:
    """Arguments that connect a facade or generated client to ``sandbox`` in process."""
    from hookhub import RetryPolicy

    http = sandbox.async_http_client() if asynchronous else sandbox.http_client()
    return {
        "api_key": sandbox.api_key,
        "base_url": sandbox.base_url,
        "http_client": http,
        # Injected faults should not make tests slow; server-given waits still apply.
        "retry_policy": RetryPolicy(initial_delay=0.001, max_delay=0.01),
    }


@pytest.fixture
def hookhub_provider(request: pytest.FixtureRequest) -> str | None:
    """The provider of ``hookhub_sandbox`` when that is not parametrized itself;
    parametrize or override it. ``None`` by default."""
    provider = getattr(request, "param", None)
    return None if provider is None else str(provider)


@pytest.fixture
def hookhub_sandbox(request: pytest.FixtureRequest, hookhub_provider: str | None) -> Sandbox:
    """A fresh sandbox; its provider comes from indirect parametrization."""
    provider = getattr(request, "param", None) or hookhub_provider
    if provider is None:
        raise pytest.UsageError(
            "hookhub_sandbox needs a provider: parametrize it indirectly "
            '(@pytest.mark.parametrize("hookhub_sandbox", ["sentdm"], indirect=True)) '
            "or parametrize/override the hookhub_provider fixture"
        )
    # An unknown id is refused by the sandbox itself (ConfigurationError).
    return new_sandbox(cast(ProviderId, str(provider)))


@pytest.fixture
def hookhub_sandbox_url(hookhub_sandbox: Sandbox) -> Iterator[str]:
    """``hookhub_sandbox`` served on 127.0.0.1 for the test (needs ``hookhub[sandbox]``);
    its base URL."""
    with hookhub_sandbox.serve() as base_url:
        yield base_url


@pytest.fixture
def hookhub_client(hookhub_sandbox: Sandbox) -> Iterator[Any]:
    """A ``hookhub.WebhookClient`` connected to ``hookhub_sandbox``."""
    import hookhub

    client = hookhub.WebhookClient(
        hookhub_sandbox.provider,
        settle_delay=0.0,
        **client_arguments(hookhub_sandbox, asynchronous=False),
    )
    with client:
        yield client


@pytest.fixture
async def hookhub_async_client(hookhub_sandbox: Sandbox) -> AsyncIterator[Any]:
    """A ``hookhub.AsyncWebhookClient`` connected to ``hookhub_sandbox``."""
    import hookhub

    client = hookhub.AsyncWebhookClient(
        hookhub_sandbox.provider,
        settle_delay=0.0,
        **client_arguments(hookhub_sandbox, asynchronous=True),
    )
    async with client:
        yield client


def _native(sandbox: Sandbox, *, asynchronous: bool) -> Any:
    sync_name, async_name = CLIENT_CLASSES[sandbox.provider]
    module = importlib.import_module(f"hookhub.providers.{sandbox.provider}")
    cls = getattr(module, async_name if asynchronous else sync_name)
    return cls(**client_arguments(sandbox, asynchronous=asynchronous))


@pytest.fixture
def hookhub_native_client(hookhub_sandbox: Sandbox) -> Iterator[Any]:
    """The provider's generated sync client, connected to ``hookhub_sandbox``."""
    client = _native(hookhub_sandbox, asynchronous=False)
    with client:
        yield client


@pytest.fixture
async def hookhub_async_native_client(hookhub_sandbox: Sandbox) -> AsyncIterator[Any]:
    """The provider's generated async client, connected to ``hookhub_sandbox``."""
    client = _native(hookhub_sandbox, asynchronous=True)
    async with client:
        yield client


def _provider_fixture(provider: ProviderId) -> Callable[[], Sandbox]:
    def fixture() -> Sandbox:
        return new_sandbox(provider)

    fixture.__doc__ = f"A fresh {provider} sandbox."
    return pytest.fixture(name=f"{provider}_sandbox")(fixture)


# One fixture per provider, generated from the provider list (no hand-written copies).
for _provider in PROVIDER_IDS:
    globals()[f"_fixture_{_provider}_sandbox"] = _provider_fixture(_provider)
