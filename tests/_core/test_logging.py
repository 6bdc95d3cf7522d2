"""Logger ``hookhub``: one DEBUG line per attempt, never a credential."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import traceback

import httpx
import pytest
import respx

from tests.conftest import API_KEY, invoke, make_client

URL = "https://api.sent.dm/v3/webhooks/d4f5a6b7-c8d9-4e0f-a1b2-c3d4e5f6a7b8"


async def test_one_line_per_attempt(flavour: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="hookhub")
    client = make_client("sentdm", flavour)
    with respx.mock() as router:
        router.get(URL).mock(
            side_effect=[
                httpx.Response(503, headers={"retry-after-ms": "1", "X-Request-Id": "req_a"}),
                httpx.Response(
                    200,
                    json={"success": True, "data": {"id": "x"}},
                    headers={"X-Request-Id": "req_b"},
                ),
            ]
        )
        await invoke(client, "retrieve", "d4f5a6b7-c8d9-4e0f-a1b2-c3d4e5f6a7b8")
    lines = [record.getMessage() for record in caplog.records if record.name == "hookhub"]
    path = "/v3/webhooks/d4f5a6b7-c8d9-4e0f-a1b2-c3d4e5f6a7b8"
    assert lines == [
        f"[sentdm] GET {path} -> 503 attempt=1 retry=True wait=0.001s request_id=req_a",
        f"[sentdm] GET {path} -> 200 attempt=2 retry=False wait=0.000s request_id=req_b",
    ]
    assert all(record.levelno == logging.DEBUG for record in caplog.records)
    assert not any(API_KEY in line for line in lines)


async def test_silent_unless_enabled(flavour: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="hookhub")
    client = make_client("kallima", flavour)
    with respx.mock() as router:
        router.get("https://api.kallima.bio/v1/webhooks").mock(
            return_value=httpx.Response(200, json=[])
        )
        await invoke(client, "list")
    assert not [record for record in caplog.records if record.name == "hookhub"]


def _run(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("HOOKHUB_")}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=environment, check=True
    )


_ONE_CALL = f"""
import httpx
from hookhub.providers.kallima import Kallima
transport = httpx.MockTransport(lambda request: httpx.Response(200, json=[]))
with Kallima(api_key={API_KEY!r}, http_client=httpx.Client(transport=transport)) as client:
    client.webhooks.list()
"""


def test_hookhub_log_env_switch_prints_the_debug_line_to_stderr() -> None:
    result = _run(_ONE_CALL, HOOKHUB_LOG="debug")
    assert "hookhub DEBUG [kallima] GET /v1/webhooks -> 200 attempt=1" in result.stderr
    assert API_KEY not in result.stderr


def test_no_output_without_the_switch_or_with_an_unknown_level() -> None:
    assert _run(_ONE_CALL).stderr == ""
    assert _run(_ONE_CALL, HOOKHUB_LOG="loud").stderr == ""


def test_public_errors_are_named_by_their_exported_path() -> None:
    import hookhub

    for name in ("NotFoundError", "RateLimitError", "HookhubError", "WebhookLimitError"):
        error_class = getattr(hookhub, name)
        assert f"{error_class.__module__}.{error_class.__qualname__}" == f"hookhub.{name}"
    formatted = "".join(
        traceback.format_exception(hookhub.NotFoundError("gone", status_code=404, provider="x"))
    )
    assert "hookhub.NotFoundError: [x] 404: gone" in formatted
