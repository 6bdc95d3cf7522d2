"""Retry matrix: retry class x failure kind, through the real generated clients."""

from __future__ import annotations

import inspect
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from typing import Any

import httpx
import pytest
import respx

import hookhub
from tests.conftest import invoke, make_client
from tests.providers.spec_cases import OperationCase, all_cases


def case(case_id: str) -> OperationCase:
    return next(item for item in all_cases() if item.id == case_id)


@dataclass(frozen=True)
class Target:
    retry_class: str
    case: OperationCase

    def url(self) -> str:
        assert self.case.provider.base_url
        return self.case.provider.base_url + self.case.rendered_path()

    def success(self) -> httpx.Response:
        return httpx.Response(self.case.success_status, json=self.case.response_examples()[0])

    async def call(self, client: Any) -> Any:
        return await invoke(
            client, self.case.operation.name, **self.case.path_kwargs(), **self.case.call_kwargs()
        )


TARGETS = {
    "safe": Target("safe", case("kallima.get")),
    "set-state": Target("set-state", case("kallima.update")),
    "keyed": Target("keyed", case("sentdm.toggle_status")),
    "toggle": Target("toggle", case("shipping_channels.toggle_active")),
    "unsafe": Target("unsafe", case("kallima.create")),
}


def test_targets_have_the_retry_class_they_stand_for() -> None:
    for name, target in TARGETS.items():
        assert target.case.operation.retry_class == name


def sentdm_error(status: int, code: str) -> httpx.Response:
    return httpx.Response(
        status,
        json={
            "success": False,
            "data": None,
            "error": {"code": code, "message": "m", "details": None, "doc_url": None},
            "meta": {"request_id": "req_1", "timestamp": "2026-01-01T00:00:00Z", "version": "v3"},
        },
    )


# failure kind -> (what the server does, exception raised when not retried)
FAILURES: dict[str, tuple[Any, type[Exception]]] = {
    "connect-error": (httpx.ConnectError("refused"), hookhub.APIConnectionError),
    "connect-timeout": (httpx.ConnectTimeout("slow"), hookhub.APITimeoutError),
    "read-timeout": (httpx.ReadTimeout("slow"), hookhub.APITimeoutError),
    "reset": (httpx.RemoteProtocolError("peer closed"), hookhub.APIConnectionError),
    "408": (httpx.Response(408), hookhub.APIStatusError),
    "429": (httpx.Response(429), hookhub.RateLimitError),
    "500": (httpx.Response(500), hookhub.InternalServerError),
    "503": (httpx.Response(503), hookhub.InternalServerError),
    "400": (httpx.Response(400), hookhub.BadRequestError),
    "404": (httpx.Response(404), hookhub.NotFoundError),
    "409-key-in-flight": (sentdm_error(409, "CONFLICT_001"), hookhub.ConflictError),
    "409-other": (sentdm_error(409, "RESOURCE_007"), hookhub.ConflictError),
}

NEVER_SENT = {"connect-error", "connect-timeout"}
TRANSIENT = {"read-timeout", "reset", "408", "429", "500", "503"}


def expected_to_retry(retry_class: str, failure: str) -> bool:
    if failure in NEVER_SENT:
        return True  # provably not applied: safe for every class
    if retry_class in ("toggle", "unsafe"):
        return False  # may have been applied: never repeated blindly
    if failure in TRANSIENT:
        return True
    return retry_class == "keyed" and failure == "409-key-in-flight"


MATRIX = [
    (retry_class, failure)
    for retry_class in TARGETS
    for failure in FAILURES
    if not failure.startswith("409") or retry_class == "keyed"
]


@pytest.mark.parametrize(("retry_class", "failure"), MATRIX)
async def test_retry_matrix(retry_class: str, failure: str, flavour: str) -> None:
    target = TARGETS[retry_class]
    fault, error_class = FAILURES[failure]
    client = make_client(target.case.provider.id, flavour)
    with respx.mock() as router:
        route = router.request(target.case.operation.method, target.url()).mock(
            side_effect=[fault, target.success()]
        )
        if expected_to_retry(retry_class, failure):
            result = await target.call(client)
            assert result is not None
            assert route.call_count == 2
        else:
            with pytest.raises(error_class) as caught:
                await target.call(client)
            assert route.call_count == 1
            assert getattr(caught.value, "retries_taken", 0) == 0


async def test_gives_up_after_max_retries(flavour: str) -> None:
    target = TARGETS["safe"]
    client = make_client("kallima", flavour, max_retries=2)
    with respx.mock() as router:
        route = router.get(target.url()).mock(return_value=httpx.Response(503))
        with pytest.raises(hookhub.InternalServerError) as caught:
            await target.call(client)
    assert route.call_count == 3
    assert caught.value.retries_taken == 2
    assert caught.value.status_code == 503


async def test_max_retries_zero_sends_once(flavour: str) -> None:
    target = TARGETS["safe"]
    client = make_client("kallima", flavour, max_retries=0)
    with respx.mock() as router:
        route = router.get(target.url()).mock(return_value=httpx.Response(500))
        with pytest.raises(hookhub.InternalServerError):
            await target.call(client)
    assert route.call_count == 1


async def test_idempotency_key_is_the_same_on_every_retry(flavour: str) -> None:
    target = TARGETS["keyed"]
    client = make_client("sentdm", flavour)
    with respx.mock() as router:
        route = router.patch(target.url()).mock(
            side_effect=[
                httpx.ReadTimeout("lost"),
                httpx.Response(502),
                target.success(),
                target.success(),
            ]
        )
        await target.call(client)
        await target.call(client)
    keys = [call.request.headers["Idempotency-Key"] for call in route.calls]
    assert len(keys) == 4
    assert keys[0] == keys[1] == keys[2], "one logical call keeps one key"
    assert keys[3] != keys[0], "the next call gets a new key"
    bodies = {call.request.content for call in route.calls}
    assert len(bodies) == 1, "every attempt sends the same body"


async def test_caller_idempotency_key_is_sent_unchanged(flavour: str) -> None:
    target = TARGETS["keyed"]
    client = make_client("sentdm", flavour)
    with respx.mock() as router:
        route = router.patch(target.url()).mock(side_effect=[httpx.Response(500), target.success()])
        await invoke(
            client,
            "toggle_status",
            **target.case.path_kwargs(),
            is_active=False,
            idempotency_key="req_abc123_retry1",
        )
    assert [call.request.headers["Idempotency-Key"] for call in route.calls] == [
        "req_abc123_retry1",
        "req_abc123_retry1",
    ]


@pytest.mark.parametrize(
    ("provider", "method", "args", "key"),
    [
        ("sentdm", "toggle_status", ("d4f5a6b7-c8d9-4e0f-a1b2-c3d4e5f6a7b8",), ""),
        ("sentdm", "toggle_status", ("d4f5a6b7-c8d9-4e0f-a1b2-c3d4e5f6a7b8",), "x" * 256),
        ("sentdm", "toggle_status", ("d4f5a6b7-c8d9-4e0f-a1b2-c3d4e5f6a7b8",), "has space"),
        ("sentdm", "toggle_status", ("d4f5a6b7-c8d9-4e0f-a1b2-c3d4e5f6a7b8",), "a\r\nX-Evil: 1"),
        ("polytomic", "disable", ("248df4b7-aa70-47b8-a036-33ac447e668d",), "short7_"),
        ("polytomic", "disable", ("248df4b7-aa70-47b8-a036-33ac447e668d",), "é" * 10),
    ],
)
async def test_bad_idempotency_key_is_refused_before_sending(
    provider: str, method: str, args: tuple[str, ...], key: str, flavour: str
) -> None:
    client = make_client(provider, flavour)
    with respx.mock(assert_all_called=False) as router:
        route = router.route().mock(return_value=httpx.Response(200))
        with pytest.raises(hookhub.InvalidInputError, match="idempotency_key"):
            await invoke(client, method, *args, idempotency_key=key)
    assert not route.called


# --- Retry-After ----------------------------------------------------------------------


def waits(caplog: pytest.LogCaptureFixture) -> list[float]:
    found = []
    for record in caplog.records:
        if record.name == "hookhub" and "retry=True" in record.getMessage():
            found.append(float(record.getMessage().split("wait=")[1].split("s")[0]))
    return found


@pytest.mark.parametrize(
    ("headers", "body", "expected_wait"),
    [
        ({"retry-after-ms": "30"}, None, 0.03),
        ({"Retry-After": "0"}, None, 0.0),
        ({"Retry-After": "0.05"}, None, 0.05),
        ({"retry-after-ms": "20", "Retry-After": "50"}, None, 0.02),
        (
            {"Retry-After": format_datetime(datetime.now(timezone.utc) - timedelta(seconds=5))},
            None,
            0.0,
        ),
        ({}, {"error": {"code": "rate_limit_exceeded", "message": "m", "retry_after": 0}}, 0.0),
    ],
    ids=["retry-after-ms", "seconds-zero", "seconds-float", "ms-wins", "http-date", "body-field"],
)
async def test_server_wait_is_honoured(
    headers: dict[str, str],
    body: Any,
    expected_wait: float,
    flavour: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="hookhub")
    target = Target("safe", case("shipping_channels.get"))
    client = make_client("shipping_channels", flavour)
    with respx.mock() as router:
        route = router.get(target.url()).mock(
            side_effect=[httpx.Response(429, headers=headers, json=body), target.success()]
        )
        await target.call(client)
    assert route.call_count == 2
    assert waits(caplog) == [pytest.approx(expected_wait, abs=0.01)]


async def test_long_wait_on_a_non_retryable_call_keeps_its_status_class(flavour: str) -> None:
    target = TARGETS["unsafe"]
    client = make_client("kallima", flavour)
    with respx.mock() as router:
        router.post(target.url()).mock(
            return_value=httpx.Response(503, headers={"Retry-After": "120"})
        )
        with pytest.raises(hookhub.InternalServerError) as caught:
            await target.call(client)
    assert caught.value.retry_after == 120


async def test_http_date_in_the_future_is_converted_to_seconds(flavour: str) -> None:
    target = TARGETS["safe"]
    client = make_client("kallima", flavour)
    later = format_datetime(datetime.now(timezone.utc) + timedelta(seconds=300), usegmt=True)
    with respx.mock() as router:
        route = router.get(target.url()).mock(
            return_value=httpx.Response(429, headers={"Retry-After": later})
        )
        with pytest.raises(hookhub.RateLimitError) as caught:
            await target.call(client)
    assert route.call_count == 1, "a wait over 60 s is not slept"
    assert caught.value.retry_after == pytest.approx(300, abs=2)


@pytest.mark.parametrize(
    ("provider", "case_id", "response"),
    [
        ("kallima", "kallima.get", httpx.Response(429, headers={"Retry-After": "61"})),
        (
            "kallima",
            "kallima.get",
            httpx.Response(429, json={"code": "rate_limit_exceeded", "retry_after_seconds": 120}),
        ),
        (
            "shipping_channels",
            "shipping_channels.get",
            httpx.Response(
                429,
                json={"error": {"code": "rate_limit_exceeded", "message": "m", "retry_after": 90}},
            ),
        ),
        ("sentdm", "sentdm.retrieve", httpx.Response(503, headers={"retry-after-ms": "75000"})),
    ],
    ids=["header-seconds", "kallima-body", "shipping-body", "503-ms"],
)
async def test_long_wait_raises_with_retry_after(
    provider: str, case_id: str, response: httpx.Response, flavour: str
) -> None:
    target = Target("safe", case(case_id))
    client = make_client(provider, flavour)
    with respx.mock() as router:
        route = router.get(target.url()).mock(return_value=response)
        with pytest.raises(hookhub.APIStatusError) as caught:
            await target.call(client)
    assert route.call_count == 1, "a wait over 60 s is not slept"
    assert caught.value.retry_after is not None and caught.value.retry_after > 60
    assert isinstance(caught.value, hookhub.RateLimitError)
    assert caught.value.status_code == response.status_code


# The shells make the first attempt themselves and hand tenacity only the retries (a call
# that needs none never runs tenacity): the attempts, their numbers and the retries counted
# must be exactly those of one tenacity loop over every attempt.
@pytest.mark.parametrize("max_retries", [0, 1, 2, 3])
@pytest.mark.parametrize("failures", [0, 1, 2, 3, 4])
async def test_first_attempt_outside_tenacity_retries_as_before(
    max_retries: int, failures: int, flavour: str, caplog: pytest.LogCaptureFixture
) -> None:
    target = TARGETS["safe"]
    client = make_client("kallima", flavour, max_retries=max_retries)
    answers = [httpx.Response(503)] * failures + [target.success()]
    caplog.set_level(logging.DEBUG, logger="hookhub")
    with respx.mock() as router:
        route = router.get(target.url()).mock(side_effect=answers)
        if failures <= max_retries:
            raw = client.webhooks.with_raw_response.get(**target.case.path_kwargs())
            if inspect.isawaitable(raw):
                raw = await raw
            assert raw.retries_taken == failures
            assert raw.parse() is not None
            assert route.call_count == failures + 1
        else:
            with pytest.raises(hookhub.InternalServerError) as caught:
                await target.call(client)
            assert route.call_count == max_retries + 1
            assert caught.value.retries_taken == max_retries
    attempts = [
        int(record.getMessage().split("attempt=")[1].split()[0]) for record in caplog.records
    ]
    assert attempts == list(range(1, route.call_count + 1))
