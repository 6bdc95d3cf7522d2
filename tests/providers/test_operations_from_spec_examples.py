"""Every generated operation of every provider, sync and async, against its spec examples.

The request must go to the documented method and path with the documented auth, idempotency
and option headers and the example body; the example response must come back typed.
"""

from __future__ import annotations

import importlib
import json
import re
from typing import Any

import httpx
import pytest
import respx
from pydantic import BaseModel, TypeAdapter

from hookhub._core.pagination import AsyncPage, SyncPage, page_items
from hookhub._core.provider_profile import Pagination
from tests.conftest import API_KEY, FLIP_URL, invoke, make_client
from tests.providers.spec_cases import OperationCase, all_cases, normalise, unwrap

CASES = all_cases()


def _pagination(case: OperationCase) -> Pagination:
    module = importlib.import_module(f"hookhub.providers.{case.provider.id}._profile")
    pagination = module.PROFILE.operations[case.operation.name].pagination
    assert pagination is not None
    return pagination


PROFILES = {case.id: _pagination(case) for case in CASES if case.operation.pagination}


def base_url(case: OperationCase) -> str:
    return case.provider.base_url or FLIP_URL


def dump(result: Any) -> Any:
    if isinstance(result, BaseModel) or (
        isinstance(result, list) and all(isinstance(item, BaseModel) for item in result)
    ):
        return TypeAdapter(type(result) if not isinstance(result, list) else list[Any]).dump_python(
            result, by_alias=True, exclude_unset=True
        )
    return result


def test_every_provider_has_cases() -> None:
    assert {case.provider.id for case in CASES} == {
        "kallima",
        "polytomic",
        "flip",
        "sentdm",
        "shipping_channels",
    }


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
async def test_operation_sends_the_documented_request_and_parses_the_example(
    case: OperationCase, flavour: str
) -> None:
    examples = case.response_examples() or [None]
    for example in examples:
        with respx.mock(assert_all_called=True) as router:
            route = router.request(
                case.operation.method, base_url(case) + case.rendered_path()
            ).mock(
                return_value=httpx.Response(case.success_status, json=example)
                if example is not None
                else httpx.Response(case.success_status)
            )
            client = make_client(case.provider.id, flavour)
            result = await invoke(
                client, case.operation.name, **case.path_kwargs(), **case.call_kwargs()
            )

        assert route.call_count == 1
        request = route.calls.last.request
        assert request.method == case.operation.method
        assert request.url.raw_path.split(b"?")[0].decode() == case.rendered_path()
        assert request.headers[case.provider.auth_header] == case.provider.auth_prefix + API_KEY
        assert request.headers["user-agent"].startswith("hookhub/")
        for option in case.provider.options:
            if option.get("header") and option.get("default") is not None:
                assert request.headers[option["header"]] == str(option["default"])

        key_header = (case.provider.idempotency or {}).get("header")
        if case.operation.takes_idempotency_key:
            assert re.fullmatch(case.provider.idempotency["pattern"], request.headers[key_header])
        elif key_header:
            assert key_header not in request.headers

        sent_query = dict(request.url.params)
        for name, value in case.query_args().items():
            expected = json.dumps(value) if isinstance(value, bool) else str(value)
            assert sent_query[name] == expected

        body = case.body_example()
        if body is None:
            assert request.content == b""
        else:
            assert json.loads(request.content) == body

        if case.operation.pagination is not None:
            # A list that pages returns a page: its body is the operation's whole result.
            assert isinstance(result, (SyncPage, AsyncPage))
            assert len(result.items) == len(page_items(PROFILES[case.id], result.body))
            result = result.body
        if example is None or case.operation.result_type is None:
            assert result is None
        else:
            assert normalise(dump(result)) == normalise(unwrap(case, example))
