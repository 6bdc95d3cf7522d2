"""Providers with several documented auth schemes: a typed client option picks one."""

from __future__ import annotations

import base64

import httpx
import pytest
import respx

import hookhub
from hookhub.providers.kallima import Kallima
from tests.conftest import API_KEY, invoke, make_client

POLY = "https://app.polytomic.com/api/webhooks"


async def sent_headers(flavour: str, **kwargs: object) -> httpx.Headers:
    client = make_client("polytomic", flavour, **kwargs)
    with respx.mock() as router:
        route = router.get(POLY).mock(return_value=httpx.Response(200, json={"data": []}))
        await invoke(client, "list")
    return route.calls.last.request.headers


async def test_user_key_is_bearer_by_default(flavour: str) -> None:
    headers = await sent_headers(flavour)
    assert headers.get_list("authorization") == [f"Bearer {API_KEY}"]


async def test_organization_key_is_http_basic_with_the_key_as_user_id(flavour: str) -> None:
    headers = await sent_headers(flavour, auth_scheme="organization")
    (value,) = headers.get_list("authorization")
    scheme, encoded = value.split(" ")
    assert scheme == "Basic"
    assert base64.b64decode(encoded).decode() == f"{API_KEY}:"


async def test_explicit_user_scheme(flavour: str) -> None:
    headers = await sent_headers(flavour, auth_scheme="user")
    assert headers["authorization"] == f"Bearer {API_KEY}"


def test_unknown_scheme_is_a_configuration_error() -> None:
    with pytest.raises(hookhub.ConfigurationError, match="auth_scheme 'org'") as caught:
        make_client("polytomic", "sync", auth_scheme="org")
    assert API_KEY not in str(caught.value)


def test_providers_with_one_scheme_take_no_auth_scheme_option() -> None:
    with pytest.raises(TypeError):
        Kallima(api_key=API_KEY, auth_scheme="user")  # type: ignore[call-arg]


async def test_credential_in_extra_headers_replaces_never_duplicates(flavour: str) -> None:
    client = make_client("polytomic", flavour, auth_scheme="organization")
    with respx.mock() as router:
        route = router.get(POLY).mock(return_value=httpx.Response(200, json={"data": []}))
        await invoke(client, "list", extra_headers={"authorization": "Basic custom"})
    assert route.calls.last.request.headers.get_list("authorization") == ["Basic custom"]


@pytest.mark.parametrize("name", ["Authorization", "authorization", "AUTHORIZATION"])
async def test_credential_in_default_headers_replaces_never_duplicates(
    name: str, flavour: str
) -> None:
    headers = await sent_headers(flavour, default_headers={name: "Basic from-caller"})
    assert headers.get_list("authorization") == ["Basic from-caller"]
    assert API_KEY not in str(headers.raw)
