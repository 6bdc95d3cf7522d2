"""The clients hookhub creates share one verifying TLS context."""

from __future__ import annotations

import asyncio
import inspect
import ssl
import subprocess
import sys
from typing import Any

import httpx
import pytest

from hookhub._core.tls import shared_ssl_context
from tests.conftest import ROOT, make_client


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
    assert passed == []  # made on first use, not by the constructor
    for client in clients:
        assert not client.http_client_created
        assert client._http is client._http  # made once
        assert client.http_client_created
    assert len(passed) == 2
    assert passed[0] is passed[1] is shared_ssl_context()
    for client in clients:
        closed = client.close()
        if inspect.isawaitable(closed):
            await closed


def test_no_tls_context_or_http_client_until_the_first_request() -> None:
    # A fresh interpreter: this process may have built the context already.
    code = (
        "import hookhub, httpx\n"
        "from hookhub._core import tls\n"
        "client = hookhub.WebhookClient('sentdm', api_key='sk_test_0123456789')\n"
        "print(tls.context_created())\n"
        "native = client.native\n"
        "print(native.http_client_created)\n"
        "native._http\n"
        "print(tls.context_created(), native.http_client_created)\n"
        "client.close()\n"
        "print(native._http.is_closed)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert done.stdout.split() == ["False", "False", "True", "True", "True"]


def test_a_lazily_made_client_is_closed_by_close(flavour: str) -> None:
    client = make_client("kallima", flavour)
    http = client._http
    closed = client.close()
    if inspect.isawaitable(closed):
        asyncio.run(closed)  # type: ignore[arg-type]
    assert http.is_closed


def test_closing_a_client_that_never_sent_makes_no_http_client() -> None:
    client = make_client("kallima", "sync")
    client.close()
    assert not client.http_client_created
    assert client._http.is_closed  # asked for after close: made closed, nothing can be sent


async def test_async_client_closed_before_any_request_refuses_to_send() -> None:
    client: Any = make_client("kallima", "async")
    await client.close()
    with pytest.raises(RuntimeError, match="closed"):
        await client.webhooks.list()
