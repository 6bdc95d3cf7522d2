"""No credential leaves through any field: the API key and every webhook secret the client
has seen are masked in every error field, log line, repr and formatted traceback."""

from __future__ import annotations

import logging
import traceback

import httpx
import pytest
import respx

import hookhub
from tests.conftest import API_KEY, FLIP_URL, invoke, make_client

KALLIMA = "https://api.kallima.bio"
SENTDM = "https://api.sent.dm"
SENTDM_ID = "d4f5a6b7-c8d9-4e0f-a1b2-c3d4e5f6a7b8"
WHSEC = "whsec_ZyXwVuTsRqPoNmLkJiHgFeDc0987654321"
NOW = "2026-04-23T10:00:00+00:00"


def everything_shown(error: BaseException, caplog: pytest.LogCaptureFixture) -> str:
    """All the text a user or a log pipeline could see about ``error``."""
    parts = [str(error), repr(error), "".join(traceback.format_exception(error))]
    for name in ("code", "message", "request_id", "doc_url", "details", "body"):
        parts.append(repr(getattr(error, name, None)))
    parts.extend(record.getMessage() for record in caplog.records)
    return "\n".join(parts)


async def test_api_key_echoed_in_every_field_is_masked(
    flavour: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="hookhub")
    client = make_client("sentdm", flavour, max_retries=1)
    body = {
        "success": False,
        "error": {
            "code": f"BAD_KEY_{API_KEY}",
            "message": f"key {API_KEY} revoked",
            "doc_url": f"https://docs.test/?k={API_KEY}",
            "details": {"header": {"x-api-key": API_KEY}, "list": [API_KEY]},
        },
        "meta": {"request_id": f"req_{API_KEY}"},
    }
    with respx.mock() as router:
        router.get(f"{SENTDM}/v3/webhooks/{SENTDM_ID}").mock(
            return_value=httpx.Response(500, json=body, headers={"x-request-id": API_KEY})
        )
        with pytest.raises(hookhub.InternalServerError) as caught:
            await invoke(client, "retrieve", SENTDM_ID)
    shown = everything_shown(caught.value, caplog)
    assert API_KEY not in shown
    assert caught.value.code == "BAD_KEY_***"
    assert caught.value.request_id == "req_***"
    assert len([r for r in caplog.records if r.name == "hookhub"]) == 2


async def test_request_id_header_is_masked_in_the_log_line(
    flavour: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="hookhub")
    client = make_client("sentdm", flavour)
    with respx.mock() as router:
        router.get(f"{SENTDM}/v3/webhooks/{SENTDM_ID}").mock(
            return_value=httpx.Response(
                200, json={"data": {"id": SENTDM_ID}}, headers={"x-request-id": API_KEY}
            )
        )
        await invoke(client, "retrieve", SENTDM_ID)
    assert caplog.records
    assert all(API_KEY not in record.getMessage() for record in caplog.records)


async def test_a_secret_seen_in_a_response_is_masked_later(
    flavour: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="hookhub")
    client = make_client("kallima", flavour, max_retries=0)
    created = {"id": "w1", "url": "https://x.test", "enabled": True, "secret": WHSEC}
    created |= {"created_at": NOW, "updated_at": NOW}
    with respx.mock() as router:
        router.post(f"{KALLIMA}/v1/webhooks").mock(return_value=httpx.Response(201, json=created))
        router.get(f"{KALLIMA}/v1/webhooks/w1").mock(
            return_value=httpx.Response(
                409,
                json={"code": WHSEC, "detail": f"secret {WHSEC} in use", "errors": [WHSEC]},
                headers={"x-request-id": WHSEC},
            )
        )
        webhook = await invoke(client, "create", url="https://x.test")
        with pytest.raises(hookhub.ConflictError) as caught:
            await invoke(client, "get", "w1")
    assert webhook.secret == WHSEC, "the value stays a plain str for the caller"
    assert WHSEC not in repr(webhook)
    assert WHSEC not in str(webhook)
    assert WHSEC not in everything_shown(caught.value, caplog)


async def test_a_secret_sent_in_a_request_is_masked(flavour: str) -> None:
    client = make_client("polytomic", flavour, max_retries=0)
    secret = "my-signing-secret-42"
    with respx.mock() as router:
        router.post("https://app.polytomic.com/api/webhooks").mock(
            return_value=httpx.Response(422, json={"message": f"secret {secret} rejected"})
        )
        with pytest.raises(hookhub.APIStatusError) as caught:
            await invoke(client, "create", endpoint="https://x.test/h", secret=secret)
    assert secret not in str(caught.value)
    assert secret not in repr(caught.value.body)


async def test_registry_authentication_values_are_masked(flavour: str) -> None:
    client = make_client("flip", flavour, max_retries=0)
    auth = {"type": "basic", "password": "pa55word-xyz", "nested": {"token": "tok-abcdef"}}
    webhook = {"id": "w1", "url": "https://x.test", "authentication": auth}
    with respx.mock() as router:
        router.get(f"{FLIP_URL}/webhooks/w1").mock(
            side_effect=[
                httpx.Response(200, json=webhook),
                httpx.Response(400, json={"message": "bad tok-abcdef / pa55word-xyz"}),
            ]
        )
        model = await invoke(client, "get", "w1", show_authentication=True)
        with pytest.raises(hookhub.BadRequestError) as caught:
            await invoke(client, "get", "w1")
    assert model.authentication == auth
    assert "pa55word" not in repr(model)
    assert "pa55word" not in str(caught.value) and "tok-abcdef" not in str(caught.value)


async def test_own_authorization_header_is_a_secret_too(flavour: str) -> None:
    client = make_client(
        "flip", flavour, max_retries=0, default_headers={"Authorization": "Bearer own-tok-1"}
    )
    with respx.mock() as router:
        router.get(f"{FLIP_URL}/webhooks").mock(
            return_value=httpx.Response(401, json={"message": "Bearer own-tok-1 is not valid"})
        )
        with pytest.raises(hookhub.AuthenticationError) as caught:
            await invoke(client, "list")
    assert "own-tok-1" not in str(caught.value)


def test_spec_marks_every_known_secret_field() -> None:
    import importlib

    def fields(provider: str) -> tuple[str, ...]:
        # The module itself: a provider package loads its profile only on first use.
        module = importlib.import_module(f"hookhub.providers.{provider}._profile")
        return tuple(module.PROFILE.secret_fields)

    assert fields("kallima") == ("secret",)
    assert fields("polytomic") == ("secret",)
    assert fields("flip") == ("authentication",)
    assert fields("sentdm") == ("signing_secret",)
    assert fields("shipping_channels") == ("secret",)


def test_own_auth_header_never_in_a_repr(flavour: str) -> None:
    client = make_client("sentdm", flavour, default_headers={"x-api-key": "own-key-123456"})
    assert "own-key-123456" not in repr(client)
    assert "own-key-123456" not in repr(vars(client))
