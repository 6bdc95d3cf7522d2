"""Checked by ``mypy --strict`` (``make typecheck``), not run: the sandbox as a user sees it."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any

import httpx
from typing_extensions import assert_type

import hookhub
from hookhub.sandbox import DeliveryRecord, EmitResult, Faults, RecordedRequest, Sandbox


def usage() -> None:
    sandbox = Sandbox(
        "sentdm", clock=lambda: datetime(2030, 1, 1, tzinfo=timezone.utc), ids=lambda: "id-1"
    )
    assert_type(sandbox.base_url, str)
    assert_type(sandbox.http_client(timeout=1.0), httpx.Client)
    assert_type(sandbox.async_http_client(), httpx.AsyncClient)
    assert_type(sandbox.transport(), httpx.BaseTransport)
    assert_type(sandbox.async_transport(), httpx.AsyncBaseTransport)
    assert_type(sandbox.emit("messages", {"id": 1}), list[EmitResult])
    assert_type(sandbox.emit("messages")[0].outcome == "dropped", bool)
    assert_type(sandbox.deliveries, list[DeliveryRecord])
    assert_type(sandbox.requests, list[RecordedRequest])
    assert_type(sandbox.webhooks, Mapping[str, Mapping[str, Any]])
    assert_type(sandbox.faults, Faults)
    assert_type(sandbox.seed(url="https://x.test", events=["messages"]), str)
    sandbox.faults.fail_next(2, status=503, retry_after=1, retry_after_format="http-date")
    sandbox.faults.lose_response(kind="reset", operation="toggle_status")
    sandbox.faults.stale_reads(seconds=1.5)
    sandbox.set_enabled_externally("id-1", False)
    with sandbox.serve() as base_url:
        assert_type(base_url, str)
    hooks = hookhub.WebhookClient(
        "sentdm", api_key=sandbox.api_key, http_client=sandbox.http_client()
    )
    hooks.close()
