"""The official SDKs, unmodified, against the loopback sandbox (`make compat`).

Skipped unless the SDKs are installed (the `compat` extra): `make test` does not need them.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from hookhub.sandbox import Sandbox

pytestmark = pytest.mark.compat


@pytest.fixture(scope="module")
def served() -> Iterator[dict[str, tuple[Sandbox, str]]]:
    pytest.importorskip("uvicorn")
    sandboxes = {name: Sandbox(name) for name in ("sentdm", "polytomic", "kallima")}
    with (
        sandboxes["sentdm"].serve() as sentdm_url,
        sandboxes["polytomic"].serve() as polytomic_url,
        sandboxes["kallima"].serve() as kallima_url,
    ):
        yield {
            "sentdm": (sandboxes["sentdm"], sentdm_url),
            "polytomic": (sandboxes["polytomic"], polytomic_url),
            "kallima": (sandboxes["kallima"], kallima_url),
        }


def test_sentdm_sdk(served: dict[str, tuple[Sandbox, str]], request: pytest.FixtureRequest) -> None:
    sent_dm = pytest.importorskip("sent_dm")
    sandbox, base_url = served["sentdm"]
    sandbox.reset()
    client = sent_dm.Sent(api_key=sandbox.api_key, base_url=base_url, max_retries=0)
    request.addfinalizer(client.close)
    created = client.webhooks.create(
        display_name="orders",
        endpoint_url="https://app.test/hook",
        event_types=["messages"],
        idempotency_key="compat-create-1",
    )
    webhook = created.data
    assert webhook.signing_secret.startswith("whsec_")
    assert client.webhooks.retrieve(webhook.id).data.endpoint_url == "https://app.test/hook"
    assert [item.id for item in client.webhooks.list()] == [webhook.id]
    updated = client.webhooks.update(
        webhook.id,
        display_name="orders",
        endpoint_url="https://app.test/v2",
        event_types=["messages"],
    )
    assert updated.data.endpoint_url == "https://app.test/v2"
    assert client.webhooks.toggle_status(webhook.id, is_active=False).data.is_active is False
    assert not sandbox.is_enabled(webhook.id)
    assert client.webhooks.toggle_status(webhook.id, is_active=True).data.is_active is True
    client.webhooks.delete(webhook.id)
    assert sandbox.webhooks == {}
    with pytest.raises(sent_dm.NotFoundError):
        client.webhooks.retrieve(webhook.id)
    with (
        sent_dm.Sent(api_key="wrong", base_url=base_url, max_retries=0) as wrong,
        pytest.raises(sent_dm.AuthenticationError),
    ):
        wrong.webhooks.list()


def test_polytomic_sdk(
    served: dict[str, tuple[Sandbox, str]], request: pytest.FixtureRequest
) -> None:
    polytomic = pytest.importorskip("polytomic")
    sandbox, base_url = served["polytomic"]
    sandbox.reset()
    http = httpx.Client()
    request.addfinalizer(http.close)
    client = polytomic.Polytomic(
        token=sandbox.api_key, base_url=base_url, max_retries=0, httpx_client=http
    )
    created = client.webhooks.create(
        endpoint="https://app.test/hook", secret="s3cret-value", idempotency_key="compat-0001"
    ).data
    assert client.webhooks.get(created.id).data.endpoint == "https://app.test/hook"
    assert [hook.id for hook in client.webhooks.list().data] == [created.id]
    updated = client.webhooks.update(
        created.id, endpoint="https://app.test/v2", secret="s3cret-value"
    ).data
    assert updated.endpoint == "https://app.test/v2"
    assert client.webhooks.disable(created.id).data.disabled is True
    assert client.webhooks.disable(created.id).data.disabled is True
    assert client.webhooks.enable(created.id).data.disabled is False
    client.webhooks.delete(created.id)
    assert sandbox.webhooks == {}
    with pytest.raises(polytomic.NotFoundError):
        client.webhooks.get(created.id)


def test_kallima_sdk(
    served: dict[str, tuple[Sandbox, str]], request: pytest.FixtureRequest
) -> None:
    kallima = pytest.importorskip("kallima")
    sandbox, base_url = served["kallima"]
    sandbox.reset()
    client = kallima.KallimaClient(sandbox.api_key, base_url=base_url)
    request.addfinalizer(client.close)
    created = client.webhooks.create(url="https://app.test/hook", events=["job.completed"])
    assert created["secret"].startswith("whsec_")
    assert "secret" not in client.webhooks.get(created["id"])
    assert [hook["id"] for hook in client.webhooks.list()] == [created["id"]]
    assert client.webhooks.update(created["id"], url="https://app.test/v2")["enabled"] is True
    assert client.webhooks.update(created["id"], enabled=False)["url"] == "https://app.test/v2"
    assert not sandbox.is_enabled(created["id"])
    assert client.webhooks.update(created["id"], enabled=True)["enabled"] is True
    rotated = client.webhooks.update(created["id"], rotate_secret=True)
    assert rotated["secret"] != created["secret"]
    client.webhooks.delete(created["id"])
    with pytest.raises(kallima.NotFoundError):
        client.webhooks.get(created["id"])
