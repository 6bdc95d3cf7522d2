"""The pytest plugin's fixtures (registered through the pytest11 entry point)."""

from __future__ import annotations

from typing import Any

import pytest

import hookhub
from hookhub.providers import PROVIDER_IDS
from hookhub.sandbox import Sandbox


def test_one_fixture_per_provider(request: pytest.FixtureRequest) -> None:
    for provider in PROVIDER_IDS:
        sandbox = request.getfixturevalue(f"{provider}_sandbox")
        assert isinstance(sandbox, Sandbox) and sandbox.provider == provider


def test_sentdm_fixture_is_fresh(sentdm_sandbox: Sandbox) -> None:
    assert sentdm_sandbox.webhooks == {} and sentdm_sandbox.requests == []


@pytest.mark.parametrize("hookhub_sandbox", PROVIDER_IDS, indirect=True)
def test_facade_client_fixture(hookhub_sandbox: Sandbox, hookhub_client: Any) -> None:
    created = hookhub_client.create(url="https://app.test/x", events=hookhub_sandbox.example_events)
    assert isinstance(created, hookhub.Webhook)
    assert created.id in hookhub_sandbox.webhooks
    assert hookhub_client.disable(created.id).enabled is False
    assert not hookhub_sandbox.is_enabled(created.id)


@pytest.mark.parametrize("hookhub_sandbox", ["flip", "kallima"], indirect=True)
async def test_async_facade_client_fixture(
    hookhub_sandbox: Sandbox, hookhub_async_client: Any
) -> None:
    created = await hookhub_async_client.create(
        url="https://app.test/x", events=hookhub_sandbox.example_events
    )
    assert [hook.id for hook in await hookhub_async_client.list()] == [created.id]


@pytest.mark.parametrize("hookhub_sandbox", ["kallima"], indirect=True)
def test_native_client_fixtures(hookhub_sandbox: Sandbox, hookhub_native_client: Any) -> None:
    created = hookhub_native_client.webhooks.create(url="https://app.test/x")
    assert created.secret.startswith("whsec_")
    assert hookhub_native_client.webhooks.get(created.id).secret is None


@pytest.mark.parametrize("hookhub_sandbox", ["sentdm"], indirect=True)
async def test_async_native_client_fixture(
    hookhub_sandbox: Sandbox, hookhub_async_native_client: Any
) -> None:
    page = await hookhub_async_native_client.webhooks.list()
    assert page.items == []
    assert page.body.webhooks == []
    assert hookhub_sandbox.requests[0].path == "/v3/webhooks"


@pytest.mark.parametrize("hookhub_provider", ["polytomic"])
def test_provider_fixture_can_be_parametrized(hookhub_sandbox: Sandbox) -> None:
    assert hookhub_sandbox.provider == "polytomic"


def test_unparametrized_sandbox_says_what_to_do(request: pytest.FixtureRequest) -> None:
    with pytest.raises(pytest.UsageError, match="indirect=True"):
        request.getfixturevalue("hookhub_sandbox")


@pytest.mark.parametrize("hookhub_sandbox", ["kallima"], indirect=True)
def test_served_sandbox_fixture(hookhub_sandbox: Sandbox, hookhub_sandbox_url: str) -> None:
    with hookhub.WebhookClient(
        "kallima", api_key=hookhub_sandbox.api_key, base_url=hookhub_sandbox_url
    ) as hooks:
        created = hooks.create(url="https://app.test/x")
    assert created.id in hookhub_sandbox.webhooks
