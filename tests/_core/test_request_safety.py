"""Bad input is refused before anything is sent; what is sent is exactly what was asked."""

from __future__ import annotations

import json
import logging

import httpx
import pytest
import respx

import hookhub
from tests.conftest import API_KEY, invoke, make_client

KALLIMA = "https://api.kallima.bio"


@pytest.mark.parametrize("bad_id", ["", " ", ".", "..", " .. "])
async def test_empty_and_dot_ids_are_refused(bad_id: str, flavour: str) -> None:
    client = make_client("kallima", flavour)
    with respx.mock(assert_all_called=False) as router:
        route = router.route().mock(return_value=httpx.Response(204))
        with pytest.raises(hookhub.InvalidInputError, match="webhook_id"):
            await invoke(client, "delete", bad_id)
    assert not route.called


@pytest.mark.parametrize(
    ("webhook_id", "raw_path"),
    [
        ("../../admin", "/v1/webhooks/..%2F..%2Fadmin"),
        ("a/b", "/v1/webhooks/a%2Fb"),
        ("x?rotate_secret=true", "/v1/webhooks/x%3Frotate_secret%3Dtrue"),
        ("x#frag", "/v1/webhooks/x%23frag"),
        ("%2e%2e", "/v1/webhooks/%252e%252e"),
        ("id with space", "/v1/webhooks/id%20with%20space"),
    ],
)
async def test_ids_cannot_reach_another_path(webhook_id: str, raw_path: str, flavour: str) -> None:
    client = make_client("kallima", flavour)
    with respx.mock() as router:
        route = router.route(method="DELETE").mock(return_value=httpx.Response(204))
        await invoke(client, "delete", webhook_id)
    request = route.calls.last.request
    assert request.url.raw_path == raw_path.encode()
    assert request.url.query == b""


async def test_non_string_id_is_refused(flavour: str) -> None:
    client = make_client("kallima", flavour)
    with pytest.raises(hookhub.InvalidInputError, match="must be a string"):
        await invoke(client, "delete", 123)


@pytest.mark.parametrize("value", ["abc\r\nX-Evil: 1", "abc\nx", "abc\x00"])
async def test_header_option_with_crlf_is_refused(value: str, flavour: str) -> None:
    client = make_client("sentdm", flavour, profile_id=value)
    with respx.mock(assert_all_called=False) as router:
        route = router.route().mock(return_value=httpx.Response(200))
        with pytest.raises(hookhub.InvalidInputError, match="x-profile-id"):
            await invoke(client, "retrieve", "d4f5a6b7-c8d9-4e0f-a1b2-c3d4e5f6a7b8")
    assert not route.called


def test_default_header_with_crlf_is_refused_at_construction(flavour: str) -> None:
    with pytest.raises(hookhub.ConfigurationError, match="X-Trace"):
        make_client("kallima", flavour, default_headers={"X-Trace": "a\r\nHost: evil"})


async def test_spec_constraints_are_checked_without_echoing_the_value(flavour: str) -> None:
    client = make_client("polytomic", flavour)
    with respx.mock(assert_all_called=False) as router:
        route = router.route().mock(return_value=httpx.Response(200))
        with pytest.raises(hookhub.InvalidInputError, match="secret must be at least 6") as caught:
            await invoke(client, "create", endpoint="https://example.com/hook", secret="hush")
    assert "hush" not in str(caught.value)
    assert not route.called


async def test_patch_sends_only_given_fields_and_null_only_for_none(flavour: str) -> None:
    client = make_client("kallima", flavour)
    url = f"{KALLIMA}/v1/webhooks/w1"
    webhook = {
        "id": "w1",
        "url": "https://x.test",
        "enabled": False,
        "created_at": "2026-04-23T10:00:00+00:00",
        "updated_at": "2026-04-23T10:00:00+00:00",
    }
    with respx.mock() as router:
        route = router.patch(url).mock(return_value=httpx.Response(200, json=webhook))
        await invoke(client, "update", "w1", enabled=False)
        await invoke(client, "update", "w1", events=None)
        await invoke(client, "update", "w1", events=[], rotate_secret=True)
    sent = [json.loads(call.request.content) for call in route.calls]
    assert sent == [{"enabled": False}, {"events": None}, {"events": []}]
    assert route.calls[2].request.url.params["rotate_secret"] == "true"
    assert "rotate_secret" not in route.calls[0].request.url.params


async def test_option_fills_body_field_only_when_omitted(flavour: str) -> None:
    client = make_client("sentdm", flavour, sandbox=True)
    url = "https://api.sent.dm/v3/webhooks/d4f5a6b7-c8d9-4e0f-a1b2-c3d4e5f6a7b8/toggle-status"
    with respx.mock() as router:
        route = router.patch(url).mock(
            return_value=httpx.Response(200, json={"success": True, "data": {}})
        )
        await invoke(
            client, "toggle_status", "d4f5a6b7-c8d9-4e0f-a1b2-c3d4e5f6a7b8", is_active=True
        )
        await invoke(
            client,
            "toggle_status",
            "d4f5a6b7-c8d9-4e0f-a1b2-c3d4e5f6a7b8",
            is_active=True,
            sandbox=False,
        )
    assert [json.loads(call.request.content) for call in route.calls] == [
        {"is_active": True, "sandbox": True},
        {"is_active": True, "sandbox": False},
    ]


async def test_toggle_unsafe_retry_class_override(flavour: str) -> None:
    """PATCH ?rotate_secret=true issues a new secret: a timeout is not retried."""
    client = make_client("kallima", flavour)
    with respx.mock() as router:
        route = router.patch(f"{KALLIMA}/v1/webhooks/w1").mock(
            side_effect=httpx.ReadTimeout("lost")
        )
        with pytest.raises(hookhub.APITimeoutError):
            await invoke(client, "update", "w1", rotate_secret=True)
        assert route.call_count == 1
        with pytest.raises(hookhub.APITimeoutError):
            await invoke(client, "update", "w1", enabled=True)
        assert route.call_count == 1 + 3


# --- credentials ------------------------------------------------------------------------


def test_repr_never_shows_the_key(flavour: str) -> None:
    client = make_client("sentdm", flavour)
    assert API_KEY not in repr(client)
    assert API_KEY not in repr(vars(client))


async def test_echoed_key_is_scrubbed_from_errors_and_logs(
    flavour: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="hookhub")
    client = make_client("kallima", flavour, max_retries=1)
    with respx.mock() as router:
        router.get(f"{KALLIMA}/v1/webhooks").mock(
            side_effect=[
                httpx.ConnectError(f"refused for Bearer {API_KEY}"),
                httpx.Response(401, json={"code": "unauthorized", "detail": f"bad key {API_KEY}"}),
            ]
        )
        with pytest.raises(hookhub.AuthenticationError) as caught:
            await invoke(client, "list")
    assert API_KEY not in str(caught.value)
    assert "bad key ***" in str(caught.value)
    assert caplog.records, "one DEBUG line per attempt"
    assert len([r for r in caplog.records if r.name == "hookhub"]) == 2
    for record in caplog.records:
        assert API_KEY not in record.getMessage()


async def test_connection_error_message_is_scrubbed(flavour: str) -> None:
    client = make_client("kallima", flavour, max_retries=0)
    with respx.mock() as router:
        router.get(f"{KALLIMA}/v1/webhooks").mock(
            side_effect=httpx.ConnectError(f"refused {API_KEY}")
        )
        with pytest.raises(hookhub.APIConnectionError) as caught:
            await invoke(client, "list")
    assert API_KEY not in str(caught.value)
    assert str(caught.value).startswith("[kallima] GET /v1/webhooks")
