"""Per-call options on every generated method: timeout, max_retries and extra_* (sync and async)."""

from __future__ import annotations

import importlib
import inspect
import json

import httpx
import pytest
import respx

import hookhub
from hookhub.providers import CLIENT_CLASSES
from tests.conftest import API_KEY, invoke, make_client
from tests.providers.spec_cases import OperationCase, all_cases

KALLIMA = "https://api.kallima.bio"
SENT = "https://api.sent.dm"
WEBHOOK = {
    "id": "4b0bb4b5-1a4c-4d55-8b9e-5f2a3c2c9b11",
    "url": "https://example.test/hook",
    "enabled": True,
    "created_at": "2026-01-01T00:00:00Z",
    "updated_at": "2026-01-01T00:00:00Z",
}
OPTIONS = ("extra_headers", "extra_query", "extra_body", "timeout", "max_retries")


@pytest.mark.parametrize("case", all_cases(), ids=lambda case: case.id)
def test_every_generated_method_takes_the_per_call_options(case: OperationCase) -> None:
    provider, operation = case.provider, case.operation
    module = importlib.import_module(f"hookhub.providers.{provider.id}")
    for class_name in CLIENT_CLASSES[provider.id]:
        resource = getattr(module, ("Async" if class_name.startswith("Async") else "") + "Webhooks")
        parameters = inspect.signature(getattr(resource, operation.name)).parameters
        for name in OPTIONS:
            assert parameters[name].kind is inspect.Parameter.KEYWORD_ONLY
            assert parameters[name].default is hookhub.omit


async def test_extra_headers_query_and_body_are_sent(flavour: str) -> None:
    client = make_client("kallima", flavour)
    with respx.mock() as router:
        route = router.patch(f"{KALLIMA}/v1/webhooks/w1").mock(
            return_value=httpx.Response(200, json=WEBHOOK)
        )
        await invoke(
            client,
            "update",
            "w1",
            enabled=False,
            extra_headers={"X-Trace": "t-1"},
            extra_query={"dry_run": "1"},
            extra_body={"description": "beta field", "enabled": True},
        )
    request = route.calls.last.request
    assert request.headers["x-trace"] == "t-1"
    assert request.url.params["dry_run"] == "1"
    # extra_body is merged last: it wins over a field of the same name.
    assert json.loads(request.content) == {"enabled": True, "description": "beta field"}


async def test_per_call_timeout_reaches_every_attempt(flavour: str) -> None:
    client = make_client("kallima", flavour, timeout=30.0)
    with respx.mock() as router:
        route = router.get(f"{KALLIMA}/v1/webhooks/w1").mock(
            side_effect=[httpx.Response(503), httpx.Response(200, json=WEBHOOK)]
        )
        await invoke(client, "get", "w1", timeout=2.5)
    assert route.call_count == 2
    for call in route.calls:
        assert call.request.extensions["timeout"] == httpx.Timeout(2.5).as_dict()


async def test_timeout_none_means_no_timeout_and_omitted_keeps_the_clients(flavour: str) -> None:
    client = make_client("kallima", flavour, timeout=7.0)
    with respx.mock() as router:
        route = router.get(f"{KALLIMA}/v1/webhooks/w1").mock(
            return_value=httpx.Response(200, json=WEBHOOK)
        )
        await invoke(client, "get", "w1", timeout=None)
        await invoke(client, "get", "w1")
    first, second = (call.request.extensions["timeout"] for call in route.calls)
    assert first == httpx.Timeout(None).as_dict()
    assert second == httpx.Timeout(7.0).as_dict()


async def test_per_call_max_retries(flavour: str) -> None:
    client = make_client("kallima", flavour, max_retries=5)
    with respx.mock() as router:
        route = router.get(f"{KALLIMA}/v1/webhooks/w1").mock(return_value=httpx.Response(503))
        with pytest.raises(hookhub.InternalServerError) as caught:
            await invoke(client, "get", "w1", max_retries=1)
    assert route.call_count == 2
    assert caught.value.retries_taken == 1


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"extra_headers": {"X-Evil": "a\r\nInjected: 1"}}, "CR, LF or NUL"),
        ({"extra_headers": {"X-Evil": "a\x00"}}, "CR, LF or NUL"),
        ({"extra_headers": {"Bad\nName": "v"}}, "not a valid HTTP token"),
        ({"extra_headers": {"X-Number": 1}}, "str to str"),
        ({"extra_headers": {"idempotency-key": "k"}}, "takes no idempotency key"),
        ({"extra_body": {"x": 1}}, "takes no request body"),
        ({"timeout": -1}, "timeout"),
        ({"timeout": "5"}, "timeout"),
        ({"max_retries": -1}, "max_retries"),
        ({"max_retries": True}, "max_retries"),
    ],
)
async def test_bad_per_call_options_are_refused_before_sending(
    kwargs: dict[str, object], message: str, flavour: str
) -> None:
    client = make_client("kallima", flavour)
    with respx.mock(assert_all_called=False) as router:
        route = router.route().mock(return_value=httpx.Response(200, json=WEBHOOK))
        with pytest.raises(hookhub.InvalidInputError, match=message):
            await invoke(client, "get", "w1", **kwargs)
    assert not route.called


async def test_idempotency_key_only_through_its_argument(flavour: str) -> None:
    client = make_client("sentdm", flavour)
    with respx.mock(assert_all_called=False) as router:
        route = router.route().mock(return_value=httpx.Response(204))
        with pytest.raises(hookhub.InvalidInputError, match="idempotency_key="):
            await invoke(client, "delete", "w1", extra_headers={"IDEMPOTENCY-KEY": "abcdefgh"})
    assert not route.called


async def test_extra_headers_replace_case_insensitively_never_duplicate(flavour: str) -> None:
    client = make_client("sentdm", flavour, profile_id="p-1")
    with respx.mock() as router:
        route = router.delete(f"{SENT}/v3/webhooks/w1").mock(return_value=httpx.Response(204))
        await invoke(
            client,
            "delete",
            "w1",
            extra_headers={"X-API-KEY": "other-key", "X-Profile-Id": "p-2"},
        )
    headers = route.calls.last.request.headers
    # One credential header, the caller's (as default_headers would do), never two.
    assert headers.get_list("x-api-key") == ["other-key"]
    assert headers.get_list("x-profile-id") == ["p-2"]
    assert API_KEY not in str(headers.raw)


def test_call_options_shares_one_empty_value_and_keeps_every_given_option() -> None:
    from hookhub._core.request_options import NO_OPTIONS, RequestOptions, call_options

    assert call_options() is NO_OPTIONS
    given = {
        "extra_headers": {"X-A": "1"},
        "extra_query": {"q": 1},
        "extra_body": {"b": 2},
        "timeout": None,  # None is an option (no timeout), not "omitted"
        "max_retries": 0,
    }
    for name, value in given.items():
        options = call_options(**{name: value})  # type: ignore[arg-type]
        assert options == RequestOptions(**{name: value})  # type: ignore[arg-type]
        assert getattr(options, name) == value
