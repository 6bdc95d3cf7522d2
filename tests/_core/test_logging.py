"""Logger ``hookhub``: one DEBUG line per attempt, never a credential."""

from __future__ import annotations

import logging

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
