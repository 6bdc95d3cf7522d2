"""Constructor arguments, environment variables, http_client injection, timeouts."""

from __future__ import annotations

import httpx
import pytest
import respx

import hookhub
from hookhub.providers.flip import Flip
from hookhub.providers.kallima import AsyncKallima, Kallima
from hookhub.providers.sentdm import SentDM
from tests.conftest import invoke, make_client


@pytest.mark.usefixtures("no_env")
def test_missing_api_key_names_the_env_var() -> None:
    with pytest.raises(hookhub.ConfigurationError, match="SENT_DM_API_KEY"):
        SentDM()


@pytest.mark.usefixtures("no_env")
def test_registry_requires_a_base_url() -> None:
    with pytest.raises(hookhub.ConfigurationError, match="base_url") as caught:
        Flip(api_key="k")
    message = str(caught.value)
    assert message.startswith("[flip] ") and "FLIP_BASE_URL" in message
    # The spec's internal title is not a user-facing name.
    assert "experimental" not in message and "unidentified" not in message


@pytest.mark.usefixtures("no_env")
def test_base_url_must_be_http() -> None:
    with pytest.raises(hookhub.ConfigurationError, match="base_url"):
        Kallima(api_key="k", base_url="ftp://x")


@pytest.mark.usefixtures("no_env")
def test_env_vars_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FLIP_API_KEY", "env-key-123")
    monkeypatch.setenv("FLIP_BASE_URL", "https://flip.internal/api")
    client = Flip()
    with respx.mock() as router:
        route = router.get("https://flip.internal/api/webhooks").mock(
            return_value=httpx.Response(200, json=[])
        )
        assert client.webhooks.list() == []
    assert route.calls.last.request.headers["Authorization"] == "Bearer env-key-123"


def test_injected_http_client_is_used_and_left_open() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=[])

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with Kallima(api_key="k", http_client=http) as client:
        assert client.webhooks.list() == []
    assert len(seen) == 1
    assert not http.is_closed, "a client you pass in is yours to close"
    http.close()


async def test_injected_async_http_client_is_used() -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=[])

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
        async with AsyncKallima(api_key="k", http_client=http) as client:
            assert await client.webhooks.list() == []
        assert not http.is_closed


def test_own_http_client_is_closed() -> None:
    client = Kallima(api_key="k")
    client.close()
    assert client._http.is_closed


async def test_default_timeout_is_30s_with_5s_connect(flavour: str) -> None:
    client = make_client("kallima", flavour)
    with respx.mock() as router:
        route = router.get("https://api.kallima.bio/v1/webhooks").mock(
            return_value=httpx.Response(200, json=[])
        )
        await invoke(client, "list")
    timeout = route.calls.last.request.extensions["timeout"]
    assert timeout == {"connect": 5.0, "read": 30.0, "write": 30.0, "pool": 30.0}


async def test_custom_timeout_and_base_url(flavour: str) -> None:
    client = make_client("kallima", flavour, timeout=3.0, base_url="http://localhost:9999/k/")
    with respx.mock() as router:
        route = router.get("http://localhost:9999/k/v1/webhooks").mock(
            return_value=httpx.Response(200, json=[])
        )
        await invoke(client, "list")
    assert route.calls.last.request.extensions["timeout"]["read"] == 3.0


async def test_polytomic_version_header_and_override(flavour: str) -> None:
    client = make_client("polytomic", flavour, api_version="2024-02-08")
    with respx.mock() as router:
        route = router.get("https://app.polytomic.com/api/webhooks").mock(
            return_value=httpx.Response(200, json={"data": []})
        )
        assert await invoke(client, "list") == []
    assert route.calls.last.request.headers["X-Polytomic-Version"] == "2024-02-08"
