"""The facade decides only on values it saw, and writes back only what it read (issue 6, 1-2)."""

from __future__ import annotations

import inspect
import json
from typing import Any

import httpx
import pytest
import respx

import hookhub
from tests.facade.fakes import PREFIX
from tests.reliability._backends import facade, new_backend

SHIPPING = "https://api.shipping-channels.com"


async def call(hooks: Any, verb: str, *args: Any, **kwargs: Any) -> Any:
    result = getattr(hooks, verb)(*args, **kwargs)
    return await result if inspect.isawaitable(result) else result


def writes(router: respx.MockRouter) -> list[httpx.Request]:
    return [c.request for c in router.calls if c.request.method != "GET"]


def answer_get_with(record: dict[str, Any]) -> httpx.Response:
    return httpx.Response(200, json={"data": record})


@pytest.mark.parametrize("strategy", ["set", "toggle"])
async def test_shipping_state_absent_from_the_read_is_an_error_not_disabled(
    strategy: str, flavour: str
) -> None:
    # Spec-valid: only `id` is always present. Before: absence read as False, so disable()
    # skipped the write and reported success while the subscription stayed active.
    hooks = facade("shipping_channels", flavour, state_strategy=strategy)
    record = {"id": "wh_1", "name": "n", "url": "https://a.test", "events": ["shipment.created"]}
    with respx.mock() as router:
        router.get(f"{SHIPPING}/v1/webhook-subscriptions/wh_1").mock(
            return_value=answer_get_with(record)
        )
        with pytest.raises(hookhub.IncompleteWebhookError) as caught:
            await call(hooks, "disable", "wh_1")
        assert writes(router) == []
    assert caught.value.missing == ("enabled",)
    assert caught.value.webhook_id == "wh_1"


async def test_get_and_list_never_invent_a_state_or_an_id(flavour: str) -> None:
    hooks = facade("shipping_channels", flavour)
    with respx.mock() as router:
        router.get(f"{SHIPPING}/v1/webhook-subscriptions/wh_1").mock(
            return_value=answer_get_with({"id": "wh_1", "url": "https://a.test"})
        )
        router.get(f"{SHIPPING}/v1/webhook-subscriptions").mock(
            return_value=httpx.Response(
                200,
                json={
                    "data": [{"id": "wh_2", "status": "active"}, {"id": "wh_3"}],
                    "meta": {"current_page": 1, "last_page": 1},
                    "links": {},
                },
            )
        )
        with pytest.raises(hookhub.IncompleteWebhookError, match="enabled"):
            await call(hooks, "get", "wh_1")
        with pytest.raises(hookhub.IncompleteWebhookError, match="enabled"):
            await call(hooks, "list")


@pytest.mark.parametrize("provider", ["polytomic", "sentdm"])
async def test_empty_2xx_answer_to_disable_is_settled_by_a_read(
    provider: str, flavour: str
) -> None:
    # Before: `{"data": {}}` was taken as a successful disable: Webhook(id='None', enabled=False).
    fake = new_backend(provider)
    webhook_id = fake.seed(enabled=True)
    hooks = facade(provider, flavour)
    base = fake.handle

    def empty_answer(request: httpx.Request) -> httpx.Response:
        base(request)
        return httpx.Response(200, json={"success": True, "data": {}})

    with respx.mock() as router:
        router.route(method__in=["POST", "PATCH"]).mock(side_effect=empty_answer)
        fake.mount(router)
        result = await call(hooks, "disable", webhook_id)
        assert router.calls.last.request.method == "GET"
    assert result.id == webhook_id and result.enabled is False
    assert not fake.enabled(webhook_id)


@pytest.mark.parametrize("provider", ["polytomic", "sentdm"])
async def test_empty_answers_everywhere_raise_instead_of_id_none(
    provider: str, flavour: str
) -> None:
    hooks = facade(provider, flavour)
    with respx.mock() as router:
        router.route().mock(return_value=httpx.Response(200, json={"success": True, "data": {}}))
        with pytest.raises(hookhub.IncompleteWebhookError) as caught:
            await call(hooks, "disable", "00000000-0000-4000-8000-000000000001")
    assert set(caught.value.missing) >= {"id", "enabled"}
    assert "None" not in str(caught.value).replace("(unknown id)", "")


@pytest.mark.parametrize(
    ("record", "missing"),
    [
        ({"id": "wh_1", "url": "https://a.test", "active": True}, ("name", "events")),
        # The documented list shape: `status` and no `name`.
        ({"id": "wh_1", "status": "active", "url": "https://a.test", "events": ["a"]}, ("name",)),
    ],
)
async def test_shipping_put_never_sends_null_for_what_it_did_not_read(
    record: dict[str, Any], missing: tuple[str, ...], flavour: str
) -> None:
    hooks = facade("shipping_channels", flavour)
    with respx.mock() as router:
        router.get(f"{SHIPPING}/v1/webhook-subscriptions/wh_1").mock(
            return_value=answer_get_with(record)
        )
        with pytest.raises(hookhub.IncompleteWebhookError) as caught:
            await call(hooks, "disable", "wh_1")
        with pytest.raises(hookhub.IncompleteWebhookError):
            await call(hooks, "update", "wh_1", url="https://b.test")
        assert writes(router) == [], "refused before sending"
    assert caught.value.missing == missing


async def test_shipping_disable_resends_exactly_what_it_read(flavour: str) -> None:
    fake = new_backend("shipping_channels")
    webhook_id = fake.seed(enabled=True, events=["shipment.created", "shipment.updated"])
    before = dict(fake.hooks[webhook_id])
    hooks = facade("shipping_channels", flavour)
    with respx.mock() as router:
        fake.mount(router)
        await call(hooks, "disable", webhook_id)
        (put,) = writes(router)
    assert json.loads(put.content) == {
        "name": before["name"],
        "url": before["url"],
        "events": before["events"],
        "active": False,
    }


async def test_polytomic_update_resends_the_secret_it_read(flavour: str) -> None:
    # Before: update(url=...) sent `"secret": null` on polytomic's full-replacement PUT.
    fake = new_backend("polytomic")
    webhook_id = fake.seed()
    hooks = facade("polytomic", flavour)
    with respx.mock() as router:
        fake.mount(router)
        updated = await call(hooks, "update", webhook_id, url="https://new.test/hook")
        (put,) = writes(router)
    assert json.loads(put.content) == {
        "endpoint": "https://new.test/hook",
        "secret": "s3cret-value",
    }
    assert updated.url == "https://new.test/hook"
    assert fake.hooks[webhook_id]["secret"] == "s3cret-value"


async def test_polytomic_update_without_a_readable_secret_is_refused(flavour: str) -> None:
    fake = new_backend("polytomic")
    webhook_id = fake.seed()
    del fake.hooks[webhook_id]["secret"]
    hooks = facade("polytomic", flavour)
    with respx.mock() as router:
        fake.mount(router)
        with pytest.raises(hookhub.IncompleteWebhookError, match="secret") as caught:
            await call(hooks, "update", webhook_id, url="https://new.test/hook")
        assert writes(router) == []
        # Given by the caller, the secret needs no read-back.
        await call(hooks, "update", webhook_id, url="https://new.test/hook", secret="chosen-1")
    assert caught.value.missing == ("secret",)
    assert fake.hooks[webhook_id]["secret"] == "chosen-1"


def test_update_semantics_are_published_per_provider() -> None:
    table = {caps.provider: caps.update_semantics for caps in hookhub.list_providers()}
    assert table == {
        "kallima": "partial",
        "polytomic": "full",
        "registry": None,
        "sentdm": "full",
        "shipping_channels": "full",
    }
    # Every full-replacement update reads first and names what it must resend.
    from hookhub.facade.provider_mapping import load_mapping

    for provider, semantics in table.items():
        verb = load_mapping(provider).verb("update")
        if semantics == "full":
            assert verb is not None and verb.read_first and verb.required, provider


async def test_sentdm_update_keeps_what_was_not_given(flavour: str) -> None:
    fake = new_backend("sentdm")
    webhook_id = fake.seed(events=["messages", "templates"])
    hooks = facade("sentdm", flavour)
    with respx.mock() as router:
        fake.mount(router)
        await call(hooks, "update", webhook_id, url="https://new.test/hook")
        (put,) = writes(router)
    assert put.url.path == f"{PREFIX['sentdm']}/{webhook_id}"
    body = json.loads(put.content)
    assert body["event_types"] == ["messages", "templates"]
    assert body["display_name"] == "hook"
    assert None not in body.values()


async def test_create_answered_without_a_state_reads_it_and_without_an_id_says_so(
    flavour: str,
) -> None:
    fake = new_backend("polytomic")
    hooks = facade("polytomic", flavour)
    base = fake.handle

    def stateless(request: httpx.Request) -> httpx.Response:
        created = json.loads(base(request).content)["data"]
        return httpx.Response(200, json={"data": {"id": created["id"]}})

    with respx.mock() as router:
        router.post(url__regex=r"/api/webhooks$").mock(side_effect=stateless)
        fake.mount(router)
        created = await call(hooks, "create", url="https://a.test/hook")
        assert router.calls.last.request.method == "GET"
    assert created.enabled is True and created.id in fake.hooks

    with respx.mock() as router:
        router.post(url__regex=r"/api/webhooks$").mock(
            return_value=httpx.Response(200, json={"data": {"endpoint": "https://a.test/hook"}})
        )
        router.get(url__regex=r"/api/webhooks$").mock(
            return_value=httpx.Response(200, json={"data": []})
        )
        with pytest.raises(hookhub.IncompleteWebhookError) as caught:
            await call(hooks, "create", url="https://a.test/hook")
    assert "id" in caught.value.missing
