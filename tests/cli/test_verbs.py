"""Every webhook verb, through the real command, against ``hookhub sandbox serve``.

The sandboxes run in another process (the session's ``served`` fixture); the command finds
them through the provider environment variables that ``serve`` printed, as a user would.
"""

from __future__ import annotations

import json
import socket
from typing import Any

import httpx
import pytest

import hookhub
from hookhub.cli._profiles import provider_profile
from hookhub.sandbox import Sandbox
from tests.cli.conftest import Served, error_line
from tests.cli.conftest import hookhub as run

CAPABILITIES = {item.provider: item for item in hookhub.list_providers()}
WEBHOOK_KEYS = set(hookhub.Webhook.model_fields) - {"raw"}
URL = "https://receiver.example.com/cli"


def _json(result: Any) -> Any:
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return json.loads(result.stdout)


def _event_args(provider: str) -> list[str]:
    # The spec's example event types; none means the webhook takes every event.
    return [arg for event in Sandbox(provider).example_events or () for arg in ("-e", event)]


def _event_type(provider: str) -> str:
    return (Sandbox(provider).example_events or ["cli.test"])[0]


@pytest.mark.parametrize("provider", sorted(CAPABILITIES))
def test_every_verb_round_trip(served: Served, provider: str) -> None:
    env = served.env(provider)
    capabilities = CAPABILITIES[provider]
    p = ["-p", provider]

    created = _json(run("create", *p, "--url", URL, *_event_args(provider), "--json", env=env))
    assert set(created) == WEBHOOK_KEYS
    assert created["provider"] == provider
    assert created["url"] == URL
    assert created["enabled"] is True
    webhook_id = created["id"]
    try:
        assert _json(run("get", webhook_id, *p, "--json", env=env))["id"] == webhook_id
        listed = _json(run("list", *p, "--json", env=env))
        assert webhook_id in [item["id"] for item in listed]
        assert all(set(item) == WEBHOOK_KEYS for item in listed)

        table = run("list", *p, env=env)
        assert table.returncode == 0, table.stderr
        assert webhook_id in table.stdout

        update = run("update", webhook_id, *p, "--url", URL + "/v2", "--json", env=env)
        if "update" in capabilities.verbs:
            assert _json(update)["url"] == URL + "/v2"
        else:
            assert update.returncode == 9
            assert "update" in error_line(update)

        disabled = _json(run("disable", webhook_id, *p, "--json", env=env))
        assert disabled["enabled"] is False
        assert _json(run("disable", webhook_id, *p, "--json", env=env))["enabled"] is False
        assert _json(run("enable", webhook_id, *p, "--json", env=env))["enabled"] is True

        paused = run("pause", webhook_id, *p, "--json", env=env)
        if "pause" in capabilities.verbs:
            assert _json(paused)["paused"] is True
            resumed = _json(run("resume", webhook_id, *p, "--json", env=env))
            assert resumed["enabled"] is True and resumed["paused"] is False
        else:
            assert paused.returncode == 9
            assert paused.stdout == ""
            assert error_line(paused).startswith(f"Error: [{provider}] pause()")
    finally:
        deleted = run("delete", webhook_id, *p, "--json", env=env)
    assert _json(deleted) == {"provider": provider, "id": webhook_id, "deleted": True}

    gone = run("get", webhook_id, *p, env=env)
    assert gone.returncode == 5
    assert error_line(gone).startswith(f"Error: [{provider}] 404")


def test_toggle_strategy_from_the_command_line(served: Served) -> None:
    provider = next(item.provider for item in CAPABILITIES.values() if item.relative_toggle)
    env = served.env(provider)
    p = ["-p", provider]
    created = _json(run("create", *p, "--url", URL, *_event_args(provider), "--json", env=env))
    try:
        toggled = run("disable", created["id"], *p, "--state-strategy", "toggle", "--json", env=env)
        assert _json(toggled)["enabled"] is False
    finally:
        run("delete", created["id"], *p, env=env)


def test_missing_api_key_names_the_variable(served: Served) -> None:
    profile = provider_profile("sentdm")
    env = {profile.base_url_env: served.env("sentdm")[profile.base_url_env]}

    result = run("list", "-p", "sentdm", env=env)

    assert result.returncode == 3
    assert profile.api_key_env in error_line(result)
    assert "--api-key" in error_line(result)
    assert "api_key=" not in error_line(result)
    assert result.stdout == ""


def test_wrong_key_is_refused_and_never_printed(served: Served) -> None:
    profile = provider_profile("kallima")
    wrong = "sk_wrong_key_0123456789"
    env = {**served.env("kallima"), profile.api_key_env: wrong}

    plain = run("list", "-p", "kallima", env=env)
    debug = run("--debug", "list", "-p", "kallima", "--api-key", wrong, env=env)

    assert plain.returncode == debug.returncode == 4
    assert error_line(plain).startswith("Error: [kallima] 401")
    assert "Traceback (most recent call last)" in debug.stderr
    assert debug.stderr.splitlines()[-1].startswith("Error: [kallima] 401")
    for result in (plain, debug):
        assert wrong not in result.stdout + result.stderr


def test_no_server_is_a_connection_error() -> None:
    # Bound but not listening: the port is ours and refuses every connection.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
        result = run(
            "get", "abc", "-p", "kallima", "--api-key", "sk_test_0123456789",
            "--base-url", f"http://127.0.0.1:{port}", "--max-retries", "0",
        )  # fmt: skip

    assert result.returncode == 7
    assert error_line(result).startswith("Error: [kallima] GET /v1/webhooks/abc: ")


@pytest.mark.parametrize(
    "args",
    [
        ["list", "-p", "nope"],
        ["list"],
        ["update", "x", "-p", "kallima", "-e", "a", "--all-events"],
        ["create", "-p", "kallima", "--url", "https://x.example", "-o", "novalue"],
    ],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    result = run(*args, env={"KALLIMA_API_KEY": "sk_test_0123456789"})

    assert result.returncode == 2
    assert "Error: " in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_input_refused_before_sending_exits_2(served: Served) -> None:
    result = run("get", "..", "-p", "kallima", env=served.env("kallima"))

    assert result.returncode == 2
    error_line(result)


@pytest.mark.parametrize(
    "provider",
    sorted(name for name, item in CAPABILITIES.items() if item.disabled_events != "unspecified"),
)
def test_served_events_follow_what_the_command_did(served: Served, provider: str) -> None:
    env = served.env(provider)
    control = next(
        item["control_url"] for item in served.document["sandboxes"] if item["provider"] == provider
    )
    p = ["-p", provider]
    created = _json(run("create", *p, "--url", URL, *_event_args(provider), "--json", env=env))

    def emit() -> str:
        response = httpx.post(control + "emit", json={"event_type": _event_type(provider)})
        response.raise_for_status()
        mine = [item for item in response.json() if item["webhook_id"] == created["id"]]
        return str(mine[0]["outcome"])

    try:
        assert emit() == "delivered"
        _json(run("disable", created["id"], *p, "--json", env=env))
        assert emit() == CAPABILITIES[provider].disabled_events
    finally:
        run("delete", created["id"], *p, env=env)


def test_a_disable_that_never_converges_exits_8(served: Served) -> None:
    # The provider acknowledges every write with the old state and never applies it (faults
    # set through the served sandbox's control plane), so the webhook stays enabled.
    profile = provider_profile("kallima")
    env = served.env("kallima")
    with httpx.Client(base_url=f"{env[profile.base_url_env]}/_hookhub") as control:
        webhook_id = control.post("/seed", json={"url": URL}).json()["id"]
        webhooks = control.get("/webhooks").json()
        control.post("/faults", json={"fault": "apply_late", "n": 20, "after_reads": None})
        control.post(
            "/faults",
            json={
                "fault": "replace_response",
                "n": 20,
                "status": 200,
                "body": webhooks[webhook_id],
                "operation": "update",
            },
        )
        try:
            result = run("disable", webhook_id, "-p", "kallima", "--settle-delay", "0", env=env)
        finally:
            control.delete("/faults")
            control.post("/apply-pending", json={})
            run("delete", webhook_id, "-p", "kallima", env=env)

    assert result.returncode == 8, result.stderr
    assert "still not disabled" in error_line(result)
    assert result.stdout == ""
