"""``client.webhooks.with_raw_response.<op>(...)``: status, headers, request id, parse()."""

from __future__ import annotations

import inspect

import httpx
import pytest
import respx

import hookhub
from hookhub.providers.sentdm import SentDM, WebhookResponse
from tests.conftest import API_KEY, FAST, invoke, make_client

SENT = "https://api.sent.dm"
HOOK = {
    "id": "d4f5a6b7-c8d9-4e0f-a1b2-c3d4e5f6a7b8",
    "display_name": "Orders",
    "endpoint_url": "https://example.test/hook",
    "is_active": True,
    "event_types": ["message"],
}
ENVELOPE = {"success": True, "data": HOOK, "meta": {"request_id": "req_body"}}


async def call_raw(client: object, method: str, *args: object, **kwargs: object) -> object:
    result = getattr(client.webhooks.with_raw_response, method)(*args, **kwargs)  # type: ignore[attr-defined]
    if inspect.isawaitable(result):
        result = await result
    return result


async def test_raw_response_gives_status_headers_request_id_and_parse(flavour: str) -> None:
    client = make_client("sentdm", flavour)
    with respx.mock() as router:
        route = router.get(f"{SENT}/v3/webhooks/w1").mock(
            return_value=httpx.Response(
                200,
                json=ENVELOPE,
                headers={"x-request-id": "req_123", "X-RateLimit-Remaining": "9"},
            )
        )
        response = await call_raw(client, "retrieve", "w1")
    assert isinstance(response, hookhub.APIResponse)
    assert response.status_code == 200
    assert response.headers["x-ratelimit-remaining"] == "9"
    assert response.request_id == "req_123"
    assert response.retries_taken == 0
    assert isinstance(response.http_response, httpx.Response)
    parsed = response.parse()
    assert isinstance(parsed, WebhookResponse)
    assert parsed.id == HOOK["id"]
    assert response.parse() is parsed  # parsed once
    # The raw mode is not a header: nothing extra goes on the wire.
    sent = route.calls.last.request.headers
    assert not [name for name in sent if "raw" in name.lower()]


async def test_raw_response_counts_retries(flavour: str) -> None:
    client = make_client("sentdm", flavour)
    with respx.mock() as router:
        router.get(f"{SENT}/v3/webhooks/w1").mock(
            side_effect=[
                httpx.Response(503),
                httpx.Response(502),
                httpx.Response(200, json=ENVELOPE),
            ]
        )
        response = await call_raw(client, "retrieve", "w1")
    assert response.retries_taken == 2  # type: ignore[attr-defined]


async def test_raw_response_of_a_no_content_operation(flavour: str) -> None:
    client = make_client("kallima", flavour)
    with respx.mock() as router:
        router.delete("https://api.kallima.bio/v1/webhooks/w1").mock(
            return_value=httpx.Response(204)
        )
        response = await call_raw(client, "delete", "w1")
    assert response.status_code == 204  # type: ignore[attr-defined]
    assert response.parse() is None  # type: ignore[attr-defined]


async def test_errors_still_raise_and_the_next_call_is_not_raw(flavour: str) -> None:
    client = make_client("sentdm", flavour, max_retries=0)
    with respx.mock() as router:
        router.get(f"{SENT}/v3/webhooks/w1").mock(
            side_effect=[
                httpx.Response(404, json={"error": {"code": "RESOURCE_008"}}),
                httpx.Response(200, json=ENVELOPE),
            ]
        )
        with pytest.raises(hookhub.NotFoundError):
            await call_raw(client, "retrieve", "w1")
        plain = await invoke(client, "retrieve", "w1")
    assert isinstance(plain, WebhookResponse)


def test_raw_methods_keep_the_signature() -> None:
    client = SentDM(api_key=API_KEY, retry_policy=FAST)
    wrapped = inspect.signature(client.webhooks.with_raw_response.toggle_status)
    plain = inspect.signature(client.webhooks.toggle_status)
    assert wrapped.parameters == plain.parameters
    assert client.webhooks.with_raw_response is client.webhooks.with_raw_response
