"""What each fake does, as its provider documents it (driven by the spec's sandbox block)."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

import hookhub
from hookhub.providers import PROVIDER_IDS
from hookhub.sandbox import Sandbox

UUID_404 = "00000000-0000-4000-8000-000000000404"


def facade(sandbox: Sandbox, **kwargs: Any) -> hookhub.WebhookClient:
    return hookhub.WebhookClient(
        sandbox.provider,
        api_key=sandbox.api_key,
        base_url=sandbox.base_url,
        http_client=sandbox.http_client(),
        retry_policy=hookhub.RetryPolicy(initial_delay=0.001, max_delay=0.002),
        settle_delay=0.0,
        **kwargs,
    )


def sentdm(sandbox: Sandbox, method: str, path: str, **kwargs: Any) -> httpx.Response:
    with sandbox.http_client(headers={"x-api-key": sandbox.api_key}) as client:
        return client.request(method, path, **kwargs)


def bearer(sandbox: Sandbox, method: str, path: str, **kwargs: Any) -> httpx.Response:
    headers = {"Authorization": f"Bearer {sandbox.api_key}"}
    with sandbox.http_client(headers=headers) as client:
        return client.request(method, path, **kwargs)


SENTDM_BODY = {
    "display_name": "hook",
    "endpoint_url": "https://app.test/hook",
    "event_types": ["messages"],
}


@pytest.mark.parametrize("provider", PROVIDER_IDS)
def test_wrong_or_missing_key_gets_the_providers_401(provider: str) -> None:
    sandbox = Sandbox(provider)
    with pytest.raises(hookhub.AuthenticationError):
        hookhub.WebhookClient(
            provider, api_key="wrong", base_url=sandbox.base_url, http_client=sandbox.http_client()
        ).list()
    with sandbox.http_client() as client:
        path = sandbox.requests[0].path
        assert client.get(path).status_code == 401
    assert [r.status for r in sandbox.requests] == [401, 401]


def test_base_url_and_api_key() -> None:
    sandbox = Sandbox("shipping_channels", api_key="k1")
    assert sandbox.base_url == "https://shipping-channels.sandbox.invalid"
    assert (sandbox.provider, sandbox.api_key) == ("shipping_channels", "k1")
    with pytest.raises(hookhub.ConfigurationError, match="known providers"):
        Sandbox("stripe")


# --- sentdm -------------------------------------------------------------------------------


def test_sentdm_idempotency_key_replays_the_first_response() -> None:
    sandbox = Sandbox("sentdm")
    first = sentdm(
        sandbox, "POST", "/v3/webhooks", json=SENTDM_BODY, headers={"Idempotency-Key": "k-1"}
    )
    other = {**SENTDM_BODY, "display_name": "different payload"}
    again = sentdm(sandbox, "POST", "/v3/webhooks", json=other, headers={"Idempotency-Key": "k-1"})
    assert again.status_code == first.status_code == 200
    assert again.json() == first.json()
    assert len(sandbox.webhooks) == 1
    assert [r.outcome for r in sandbox.requests] == ["ok", "replayed"]
    assert sandbox.requests[1].idempotency_key == "k-1"


async def test_sentdm_same_key_while_the_first_is_in_flight_conflicts() -> None:
    sandbox = Sandbox("sentdm")
    sandbox.faults.latency(0.2, n=1, operation="create")
    headers = {"x-api-key": sandbox.api_key, "Idempotency-Key": "k-2"}
    async with sandbox.async_http_client(headers=headers) as client:
        slow = asyncio.create_task(client.post("/v3/webhooks", json=SENTDM_BODY))
        while not sandbox.requests:
            await asyncio.sleep(0)
        second = await client.post("/v3/webhooks", json=SENTDM_BODY)
        first = await slow
    assert first.status_code == 200
    assert second.status_code == 409
    assert second.json()["error"]["code"] == "CONFLICT_001"
    assert len(sandbox.webhooks) == 1


def test_sentdm_malformed_id_is_validation_001() -> None:
    sandbox = Sandbox("sentdm")
    response = sentdm(sandbox, "GET", "/v3/webhooks/not-a-uuid")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "VALIDATION_001"
    missing = sentdm(sandbox, "GET", f"/v3/webhooks/{UUID_404}")
    assert (missing.status_code, missing.json()["error"]["code"]) == (404, "RESOURCE_008")


def test_sentdm_sandbox_flag_validates_without_side_effects() -> None:
    sandbox = Sandbox("sentdm")
    created = sentdm(sandbox, "POST", "/v3/webhooks", json={**SENTDM_BODY, "sandbox": True})
    assert created.status_code == 200 and created.json()["data"]["id"]
    assert sandbox.webhooks == {}
    invalid = sentdm(sandbox, "POST", "/v3/webhooks", json={"sandbox": True})
    assert invalid.status_code == 400
    webhook_id = sandbox.seed(events=["messages"])
    toggled = sentdm(
        sandbox,
        "PATCH",
        f"/v3/webhooks/{webhook_id}/toggle-status",
        json={"is_active": False, "sandbox": True},
    )
    assert toggled.json()["data"]["is_active"] is False
    assert sandbox.is_enabled(webhook_id)


def test_sentdm_signing_secret_from_create_and_rotate_only() -> None:
    sandbox = Sandbox("sentdm")
    created = sentdm(sandbox, "POST", "/v3/webhooks", json=SENTDM_BODY).json()["data"]
    assert created["signing_secret"].startswith("whsec_")
    webhook_id = created["id"]
    read = sentdm(sandbox, "GET", f"/v3/webhooks/{webhook_id}").json()["data"]
    assert read["signing_secret"] is None
    rotated = sentdm(sandbox, "POST", f"/v3/webhooks/{webhook_id}/rotate-secret", json={})
    secret = rotated.json()["data"]["signing_secret"]
    assert secret.startswith("whsec_") and secret != created["signing_secret"]
    assert sandbox.signing_secret(webhook_id) == secret


# --- polytomic ----------------------------------------------------------------------------


def test_polytomic_one_webhook_per_organization() -> None:
    sandbox = Sandbox("polytomic")
    body = {"endpoint": "https://app.test/hook", "secret": "s3cret-value"}
    assert bearer(sandbox, "POST", "/api/webhooks", json=body).status_code == 200
    second = bearer(sandbox, "POST", "/api/webhooks", json=body)
    assert second.status_code == 422
    assert len(sandbox.webhooks) == 1


def test_polytomic_idempotency_keys_are_honoured() -> None:
    sandbox = Sandbox("polytomic")
    webhook_id = sandbox.seed()
    headers = {"Idempotency-Key": "key-0001"}
    first = bearer(sandbox, "POST", f"/api/webhooks/{webhook_id}/disable", headers=headers)
    sandbox.set_enabled_externally(webhook_id, True)
    again = bearer(sandbox, "POST", f"/api/webhooks/{webhook_id}/disable", headers=headers)
    assert again.json() == first.json()
    assert sandbox.is_enabled(webhook_id), "a replayed key does not apply the request again"


# --- flip -----------------------------------------------------------------------------


def test_registry_url_rules_and_not_found() -> None:
    sandbox = Sandbox("flip")
    body = {"url": "http://app.test/hook", "subscription": {"event_types": ["a"]}}
    plain = bearer(sandbox, "POST", "/webhooks", json=body)
    assert (plain.status_code, plain.json()["code"]) == (400, "INVALID_URL_IS_NOT_USING_HTTPS")
    body["url"] = "https://app.test/hook"
    assert bearer(sandbox, "POST", "/webhooks", json=body).status_code == 201
    duplicate = bearer(sandbox, "POST", "/webhooks", json=body)
    assert (duplicate.status_code, duplicate.json()["code"]) == (409, "DUPLICATE_URL")
    missing = bearer(sandbox, "POST", "/webhooks/wh_nope/unpause")
    assert (missing.status_code, missing.json()["code"]) == (404, "WEBHOOK_NOT_FOUND")


def test_registry_too_many_webhooks() -> None:
    sandbox = Sandbox("flip")
    for number in range(25):
        sandbox.seed(url=f"https://app.test/{number}")
    body = {"url": "https://app.test/last", "subscription": {"event_types": ["a"]}}
    refused = bearer(sandbox, "POST", "/webhooks", json=body)
    assert (refused.status_code, refused.json()["code"]) == (400, "TOO_MANY_WEBHOOKS_REGISTERED")


# --- shipping_channels --------------------------------------------------------------------


def test_shipping_toggle_flips_and_counts() -> None:
    sandbox = Sandbox("shipping_channels")
    webhook_id = sandbox.seed(events=["shipment.created"])
    path = f"/v1/webhook-subscriptions/{webhook_id}/toggle-active"
    off = bearer(sandbox, "PATCH", path).json()
    assert off["data"]["active"] is False
    assert off["message"] == "Webhook subscription deactivated successfully"
    assert bearer(sandbox, "PATCH", path).json()["data"]["active"] is True
    assert sandbox.flips == 2
    assert off["data"]["secret"] == "••••••••••••••••"


def test_shipping_pages() -> None:
    sandbox = Sandbox("shipping_channels")
    ids = [sandbox.seed(events=["a"]) for _ in range(20)]
    page = bearer(sandbox, "GET", "/v1/webhook-subscriptions", params={"page": 2}).json()
    assert [item["id"] for item in page["data"]] == ids[15:]
    assert page["meta"]["current_page"] == 2 and page["meta"]["last_page"] == 2
    assert page["meta"]["from"] == 16 and page["meta"]["to"] == 20
    assert page["links"]["next"] is None and page["links"]["prev"].endswith("page=1")


def test_shipping_rate_limit_carries_retry_after_in_the_body() -> None:
    sandbox = Sandbox("shipping_channels")
    sandbox.faults.rate_limit(retry_after=47)
    limited = bearer(sandbox, "GET", "/v1/webhook-subscriptions")
    assert limited.status_code == 429
    assert limited.json() == {
        "error": {
            "code": "rate_limit_exceeded",
            "message": "Rate limit exceeded.",
            "retry_after": 47,
        }
    }
    assert "retry-after" not in limited.headers
    assert sandbox.requests[0].outcome == "fault:rate_limit"


# --- kallima ------------------------------------------------------------------------------


def test_kallima_secret_patch_and_delete() -> None:
    sandbox = Sandbox("kallima")
    created = bearer(sandbox, "POST", "/v1/webhooks", json={"url": "https://app.test/a"}).json()
    assert created["secret"].startswith("whsec_")
    webhook_id = created["id"]
    read = bearer(sandbox, "GET", f"/v1/webhooks/{webhook_id}").json()
    assert "secret" not in read
    patched = bearer(sandbox, "PATCH", f"/v1/webhooks/{webhook_id}", json={"enabled": False})
    assert patched.json()["url"] == "https://app.test/a", "PATCH touches only the given fields"
    assert patched.json()["enabled"] is False and "secret" not in patched.json()
    rotated = bearer(
        sandbox, "PATCH", f"/v1/webhooks/{webhook_id}", params={"rotate_secret": "true"}, json={}
    ).json()
    assert rotated["secret"].startswith("whsec_") and rotated["secret"] != created["secret"]
    deleted = bearer(sandbox, "DELETE", f"/v1/webhooks/{webhook_id}")
    assert (deleted.status_code, deleted.content) == (204, b"")


def test_kallima_lists_newest_first() -> None:
    sandbox = Sandbox("kallima")
    first, second = sandbox.seed(), sandbox.seed()
    assert [hook.id for hook in facade(sandbox).list()] == [second, first]


# --- determinism and inspection ----------------------------------------------------------


def test_injected_clock_and_ids_and_reset() -> None:
    from datetime import datetime, timezone

    numbers = iter(range(100))
    sandbox = Sandbox(
        "kallima",
        clock=lambda: datetime(2030, 1, 2, 3, 4, 5, tzinfo=timezone.utc),
        ids=lambda: f"hook-{next(numbers)}",
    )
    created = facade(sandbox).create(url="https://app.test/a")
    assert created.id == "hook-0"
    assert sandbox.webhooks["hook-0"]["created_at"] == "2030-01-02T03:04:05Z"
    sandbox.reset()
    assert (sandbox.webhooks, sandbox.requests, sandbox.deliveries) == ({}, [], [])


def test_webhooks_view_is_read_only() -> None:
    sandbox = Sandbox("kallima")
    webhook_id = sandbox.seed()
    with pytest.raises(TypeError):
        sandbox.webhooks[webhook_id]["url"] = "x"  # type: ignore[index]


def test_registry_shows_authentication_only_when_asked() -> None:
    sandbox = Sandbox("flip")
    webhook_id = sandbox.seed(events=["a"])
    plain = bearer(sandbox, "GET", f"/webhooks/{webhook_id}").json()
    assert "authentication" not in plain
    shown = bearer(
        sandbox, "GET", f"/webhooks/{webhook_id}", params={"show_authentication": "true"}
    )
    assert shown.json()["authentication"]["secret"] == sandbox.signing_secret(webhook_id)


def test_sentdm_list_filters_on_is_active() -> None:
    sandbox = Sandbox("sentdm")
    on, off = sandbox.seed(), sandbox.seed(enabled=False)
    page = sentdm(sandbox, "GET", "/v3/webhooks", params={"is_active": "false"}).json()
    assert [hook["id"] for hook in page["data"]["webhooks"]] == [off]
    assert on in sandbox.webhooks


def test_an_incomplete_sandbox_block_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from hookhub.providers.kallima import _profile

    broken = {key: value for key, value in _profile.SANDBOX.items() if key != "state"}
    monkeypatch.setattr(_profile, "SANDBOX", broken)
    with pytest.raises(hookhub.ConfigurationError, match="lacks state"):
        Sandbox("kallima")


def test_sentdm_tells_a_missing_key_from_a_wrong_one() -> None:
    sandbox = Sandbox("sentdm")
    with sandbox.http_client() as client:
        missing = client.get("/v3/webhooks").json()["error"]["code"]
        wrong = client.get("/v3/webhooks", headers={"x-api-key": "nope"}).json()["error"]["code"]
    assert (missing, wrong) == ("AUTH_001", "AUTH_002")


def test_query_limits_from_the_spec() -> None:
    sandbox = Sandbox("sentdm")
    too_big = sentdm(sandbox, "GET", "/v3/webhooks", params={"page_size": 101})
    assert (too_big.status_code, too_big.json()["error"]["code"]) == (400, "VALIDATION_001")
    assert sentdm(sandbox, "GET", "/v3/webhooks", params={"page_size": 100}).status_code == 200
