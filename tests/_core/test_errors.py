"""Failed responses become the right exception, with the envelope's fields, whatever the body."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx

import hookhub
from hookhub._core.errors import status_error_class
from hookhub._core.json_paths import first_at
from hookhub._core.redaction import Secret, scrub_value
from tests.conftest import FLIP_URL, invoke, make_client
from tests.providers.spec_cases import OperationCase, all_cases


def documented_error_cases() -> list[tuple[OperationCase, int, str, Any]]:
    """(operation, status, example name, body) for every documented error example."""
    found: dict[tuple[str, int, str], tuple[OperationCase, int, str, Any]] = {}
    for case in all_cases():
        for status, response in case.raw["responses"].items():
            if not str(status).isdigit() or str(status).startswith("2"):
                continue
            media = (case.deref(response).get("content") or {}).get("application/json") or {}
            for name, example in (media.get("examples") or {}).items():
                key = (case.provider.id, int(status), name)
                found.setdefault(key, (case, int(status), name, case.deref(example)["value"]))
    return list(found.values())


ERROR_CASES = documented_error_cases()


def test_every_provider_documents_error_examples() -> None:
    assert {case.provider.id for case, *_ in ERROR_CASES} == {
        "kallima",
        "polytomic",
        "flip",
        "sentdm",
        "shipping_channels",
    }


@pytest.mark.parametrize(
    ("case", "status", "name", "body"),
    ERROR_CASES,
    ids=[f"{case.provider.id}-{status}-{name}" for case, status, name, _ in ERROR_CASES],
)
async def test_documented_error_example(
    case: OperationCase, status: int, name: str, body: Any, flavour: str
) -> None:
    client = make_client(case.provider.id, flavour, max_retries=0)
    url = (case.provider.base_url or FLIP_URL) + case.rendered_path()
    with respx.mock() as router:
        router.request(case.operation.method, url).mock(
            return_value=httpx.Response(status, json=body)
        )
        with pytest.raises(hookhub.APIStatusError) as caught:
            await invoke(client, case.operation.name, **case.path_kwargs(), **case.call_kwargs())
    error = caught.value
    assert type(error) is status_error_class(status)
    assert error.status_code == status
    assert error.provider == case.provider.id
    # A webhook secret the call sent (polytomic's example secret is "secret") is masked
    # wherever the error repeats it.
    sent = [
        Secret(value)
        for name, value in case.call_kwargs().items()
        if name in client.profile.secret_fields and isinstance(value, str)
    ]
    body = scrub_value(body, sent)
    assert error.body == body
    errors = case.provider.errors
    assert error.code == first_at(body, errors["code"])
    message = first_at(body, errors["message"])
    if isinstance(message, str) and message:
        assert error.message == " ".join(message.split())[:300]
    assert error.request_id == first_at(body, errors["request_id"])
    assert str(error).startswith(f"[{case.provider.id}] {status}")


async def test_sentdm_seed_404_reads_as_documented(flavour: str) -> None:
    client = make_client("sentdm", flavour)
    body = {
        "success": False,
        "data": None,
        "error": {
            "code": "RESOURCE_008",
            "message": "Webhook not found",
            "details": None,
            "doc_url": "https://docs.sent.dm/errors/RESOURCE_008",
        },
        "meta": {"request_id": "req_7X9zKp2jDw", "timestamp": "2026-03-11T21:50:49Z"},
    }
    with respx.mock() as router:
        router.patch(
            "https://api.sent.dm/v3/webhooks/d4f5a6b7-c8d9-4e0f-a1b2-c3d4e5f6a7b8/toggle-status"
        ).mock(return_value=httpx.Response(404, json=body))
        with pytest.raises(hookhub.NotFoundError) as caught:
            await invoke(
                client, "toggle_status", "d4f5a6b7-c8d9-4e0f-a1b2-c3d4e5f6a7b8", is_active=False
            )
    error = caught.value
    assert str(error) == "[sentdm] 404 RESOURCE_008: Webhook not found (request_id=req_7X9zKp2jDw)"
    assert error.doc_url == "https://docs.sent.dm/errors/RESOURCE_008"
    assert error.retries_taken == 0


async def test_kallima_problem_detail_falls_back_to_title(flavour: str) -> None:
    client = make_client("kallima", flavour)
    with respx.mock() as router:
        router.get("https://api.kallima.bio/v1/webhooks/abc").mock(
            return_value=httpx.Response(
                404, json={"title": "Not Found", "code": "not_found", "detail": [{"loc": "x"}]}
            )
        )
        with pytest.raises(hookhub.NotFoundError) as caught:
            await invoke(client, "get", "abc")
    assert str(caught.value) == "[kallima] 404 not_found: Not Found"


GARBAGE = {
    "empty": b"",
    "html": b"<html><body><h1>502 Bad Gateway</h1>nginx</body></html>",
    "truncated-json": b'{"error": {"code": "invalid_request", "mess',
    "json-array": b"[1, 2, 3]",
    "json-null": b"null",
    "not-utf8": b"\xff\xfe\x00garbage",
    "huge-message": b'{"error": {"code": "x", "message": "' + b"A" * 20000 + b'"}}',
}


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 429, 500, 502])
@pytest.mark.parametrize("kind", list(GARBAGE))
async def test_garbage_bodies_still_give_the_right_class(
    status: int, kind: str, flavour: str
) -> None:
    client = make_client("shipping_channels", flavour, max_retries=0)
    with respx.mock() as router:
        router.get("https://api.shipping-channels.com/v1/webhook-subscriptions/wh_1").mock(
            return_value=httpx.Response(status, content=GARBAGE[kind])
        )
        with pytest.raises(hookhub.APIStatusError) as caught:
            await invoke(client, "get", "wh_1")
    error = caught.value
    assert type(error) is status_error_class(status)
    assert len(str(error)) < 400, "the message is short, never the whole body"
    assert "<html>" not in str(error)
    assert "\n" not in str(error)


async def test_non_json_success_body_is_a_validation_error(flavour: str) -> None:
    client = make_client("kallima", flavour)
    with respx.mock() as router:
        router.get("https://api.kallima.bio/v1/webhooks/abc").mock(
            return_value=httpx.Response(200, content=b"<html>oops</html>")
        )
        with pytest.raises(hookhub.APIResponseValidationError, match="not JSON"):
            await invoke(client, "get", "abc")


async def test_wrong_shape_names_fields_not_values(flavour: str) -> None:
    client = make_client("kallima", flavour)
    with respx.mock() as router:
        router.get("https://api.kallima.bio/v1/webhooks/abc").mock(
            return_value=httpx.Response(
                200, json={"id": "abc", "url": "https://x", "secret": "whsec_TOPSECRET"}
            )
        )
        with pytest.raises(hookhub.APIResponseValidationError) as caught:
            await invoke(client, "get", "abc")
    assert "enabled" in str(caught.value)
    assert "TOPSECRET" not in str(caught.value)


async def test_missing_envelope_data_is_a_validation_error(flavour: str) -> None:
    client = make_client("polytomic", flavour)
    with respx.mock() as router:
        router.get("https://app.polytomic.com/api/webhooks/abc").mock(
            return_value=httpx.Response(200, json={"items": []})
        )
        with pytest.raises(hookhub.APIResponseValidationError, match="'data'"):
            await invoke(client, "get", "abc")


def test_hierarchy() -> None:
    assert issubclass(hookhub.APITimeoutError, hookhub.APIConnectionError)
    assert issubclass(hookhub.APIConnectionError, hookhub.HookhubError)
    for cls in (
        hookhub.BadRequestError,
        hookhub.AuthenticationError,
        hookhub.PermissionDeniedError,
        hookhub.NotFoundError,
        hookhub.ConflictError,
        hookhub.UnprocessableEntityError,
        hookhub.RateLimitError,
        hookhub.InternalServerError,
    ):
        assert issubclass(cls, hookhub.APIStatusError)
    assert issubclass(hookhub.InvalidInputError, hookhub.HookhubError)
    assert status_error_class(504) is hookhub.InternalServerError
    assert status_error_class(418) is hookhub.APIStatusError
