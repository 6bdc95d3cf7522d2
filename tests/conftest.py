"""Shared test helpers: every client test runs against the sync and the async client."""

from __future__ import annotations

import importlib
import inspect
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from hookhub import RetryPolicy
from hookhub._core.client_base import BaseProviderClient
from hookhub.providers import CLIENT_CLASSES

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

API_KEY = "sk_test_hookhub_0123456789"
FLIP_URL = "https://flip.test"
FAST = RetryPolicy(initial_delay=0.001, max_delay=0.002)
"""Backoff short enough for tests; server-given waits are still honoured as given."""


@pytest.fixture(params=["sync", "async"])
def flavour(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def make_client(provider: str, flavour: str, **kwargs: Any) -> BaseProviderClient[Any]:
    """A generated client of ``provider``, sync or async, with test defaults."""
    sync_name, async_name = CLIENT_CLASSES[provider]
    module = importlib.import_module(f"hookhub.providers.{provider}")
    cls = getattr(module, async_name if flavour == "async" else sync_name)
    kwargs.setdefault("api_key", API_KEY)
    kwargs.setdefault("retry_policy", FAST)
    if provider == "flip":
        kwargs.setdefault("base_url", FLIP_URL)
    client: BaseProviderClient[Any] = cls(**kwargs)
    return client


async def invoke(client: Any, method: str, *args: Any, **kwargs: Any) -> Any:
    """Call ``client.webhooks.<method>`` and await it when the client is async."""
    result = getattr(client.webhooks, method)(*args, **kwargs)
    if inspect.isawaitable(result):
        result = await result
    return result


@pytest.fixture
def no_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Clear every provider environment variable, so tests see only what they pass."""
    for name in list(__import__("os").environ):
        if name.endswith(("_API_KEY", "_BASE_URL")):
            monkeypatch.delenv(name, raising=False)
    yield


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Print the reliability suites' figures (cases tried, outcomes seen), if any ran."""
    try:
        from tests.reliability.conftest import figures
    except ImportError:  # pragma: no cover - the suites are part of the tree
        return
    counts = figures()
    if counts:
        terminalreporter.section("reliability figures")
        for name, count in counts.items():
            terminalreporter.write_line(f"{name}: {count:,}")
