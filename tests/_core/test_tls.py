"""The clients hookhub creates share one verifying TLS context."""

from __future__ import annotations

import inspect
import ssl
from typing import Any

import httpx
import pytest

from hookhub._core.tls import shared_ssl_context
from tests.conftest import make_client


def test_shared_context_verifies_certificates_and_hostnames() -> None:
    context = shared_ssl_context()
    assert context is shared_ssl_context()
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname is True


@pytest.mark.parametrize("flavour", ["sync", "async"])
async def test_clients_of_two_providers_get_the_same_context(
    flavour: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Spy on httpx's public constructor: which `verify=` each client was built with.
    passed: list[Any] = []
    base = httpx.AsyncClient if flavour == "async" else httpx.Client

    class Recording(base):  # type: ignore[valid-type, misc]
        def __init__(self, **kwargs: Any) -> None:
            passed.append(kwargs.get("verify"))
            super().__init__(**kwargs)

    monkeypatch.setattr(httpx, base.__name__, Recording)
    clients = [make_client("sentdm", flavour), make_client("kallima", flavour)]
    assert len(passed) == 2
    assert passed[0] is passed[1] is shared_ssl_context()
    for client in clients:
        closed = client.close()
        if inspect.isawaitable(closed):
            await closed
