"""The loopback server: one uvicorn server per module, sharing state with the in-process mount."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import httpx
import pytest

import hookhub
from hookhub.sandbox import Sandbox

FAST = hookhub.RetryPolicy(initial_delay=0.001, max_delay=0.002)


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[Sandbox, str]]:
    sandbox = Sandbox("shipping_channels", stall_seconds=5)
    with sandbox.serve() as base_url:
        yield sandbox, base_url


@pytest.fixture
def sandbox(served: tuple[Sandbox, str]) -> Sandbox:
    served[0].reset()
    return served[0]


@pytest.fixture
def base_url(served: tuple[Sandbox, str]) -> str:
    return served[1]


def test_serves_on_loopback_and_shares_state(sandbox: Sandbox, base_url: str) -> None:
    assert base_url.startswith("http://127.0.0.1:")
    hooks = hookhub.WebhookClient(
        "shipping_channels", api_key=sandbox.api_key, base_url=base_url, retry_policy=FAST
    )
    with hooks:
        created = hooks.create(url="https://app.test/hook", events=["shipment.created"])
        assert created.id in sandbox.webhooks
        seeded = sandbox.seed(events=["a"])
        assert hooks.get(seeded).enabled is True
        assert hooks.disable(created.id).enabled is False
    assert not sandbox.is_enabled(created.id)
    with sandbox.http_client(headers={"Authorization": f"Bearer {sandbox.api_key}"}) as local:
        assert len(local.get("/v1/webhook-subscriptions").json()["data"]) == 2


async def test_async_facade_over_the_server(sandbox: Sandbox, base_url: str) -> None:
    async with hookhub.AsyncWebhookClient(
        "shipping_channels", api_key=sandbox.api_key, base_url=base_url, retry_policy=FAST
    ) as hooks:
        created = await hooks.create(url="https://app.test/a", events=["a"])
        assert [hook.id for hook in await hooks.list()] == [created.id]


def test_wrong_key_gets_the_401_envelope(sandbox: Sandbox, base_url: str) -> None:
    response = httpx.get(f"{base_url}/v1/webhook-subscriptions")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "unauthorized"


def test_lost_response_is_a_reset_on_the_wire(sandbox: Sandbox, base_url: str) -> None:
    webhook_id = sandbox.seed(events=["a"])
    sandbox.faults.lose_response(kind="reset", operation="toggle_active")
    headers = {"Authorization": f"Bearer {sandbox.api_key}"}
    with pytest.raises(httpx.RemoteProtocolError):
        httpx.patch(
            f"{base_url}/v1/webhook-subscriptions/{webhook_id}/toggle-active", headers=headers
        )
    assert not sandbox.is_enabled(webhook_id)


def test_lost_response_timeout_stalls_until_the_client_gives_up(
    sandbox: Sandbox, base_url: str
) -> None:
    webhook_id = sandbox.seed(events=["a"])
    sandbox.faults.lose_response(kind="timeout", operation="toggle_active")
    headers = {"Authorization": f"Bearer {sandbox.api_key}"}
    with pytest.raises(httpx.ReadTimeout):
        httpx.patch(
            f"{base_url}/v1/webhook-subscriptions/{webhook_id}/toggle-active",
            headers=headers,
            timeout=0.2,
        )
    assert not sandbox.is_enabled(webhook_id)


def test_serve_without_uvicorn_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "uvicorn", None)
    expected = r"pip install 'hookhub\[sandbox\]'"
    with pytest.raises(hookhub.ConfigurationError, match=expected), Sandbox("kallima").serve():
        pass


def test_control_plane_drives_a_served_sandbox(sandbox: Sandbox, base_url: str) -> None:
    with httpx.Client(base_url=f"{base_url}/_hookhub") as control:
        seeded = control.post("/seed", json={"events": ["shipment.created"], "name": "x"})
        webhook_id = seeded.json()["id"]
        assert seeded.status_code == 201 and webhook_id in sandbox.webhooks
        assert control.post("/set-enabled", json={"webhook_id": webhook_id, "enabled": False})
        emitted = control.post("/emit", json={"event_type": "shipment.created", "payload": {}})
        assert [r["outcome"] for r in emitted.json()] == ["dropped"]
        (dropped,) = control.get("/deliveries").json()
        assert (dropped["status"], dropped["log_id"]) == ("dropped", None)
        assert control.post("/faults", json={"fault": "fail_next", "status": 502}).is_success
        headers = {"Authorization": f"Bearer {sandbox.api_key}"}
        assert httpx.get(f"{base_url}/v1/webhook-subscriptions", headers=headers).status_code == 502
        log = control.get("/requests").json()
        assert [(r["path"], r["status"], r["outcome"]) for r in log] == [
            ("/v1/webhook-subscriptions", 502, "fault:fail")
        ]
        assert control.get("/webhooks").json()[webhook_id]["active"] is False
        assert control.post("/faults", json={"fault": "nope"}).status_code == 400
        assert (
            control.post("/set-enabled", json={"webhook_id": "x", "enabled": True}).status_code
            == 404
        )
        assert control.post("/reset").is_success
    assert sandbox.webhooks == {}
