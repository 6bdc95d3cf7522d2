"""Malformed responses: HTML, empty, truncated JSON, wrong types, nesting 100,000 deep, bad
Content-Encoding, 50 MiB bodies, unknown statuses (418, 451, 599) and a 2xx carrying an
error envelope, on every provider's native operations, sync and async.

Invariant: the call returns a typed value or raises a typed hookhub error; never anything
else. A 50 MiB body costs a bounded fraction of itself (tracemalloc peak).
"""

from __future__ import annotations

import json
import tracemalloc
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

# hookhub imports tenacity with a call's first retry; imported here, its own allocations are
# not counted by the memory check below as if they were the body's.
import tenacity  # noqa: F401  # pyright: ignore[reportUnusedImport]
from hypothesis import given
from hypothesis import strategies as st

from hookhub import HookhubError
from tests.reliability.conftest import Tally
from tests.reliability.core_support import CASES, Recorder, build_client, close, run_call

BIG = 50 * 1024 * 1024
_CHUNK = 64 * 1024
DEEP = b"[" * 100_000 + b"]" * 100_000
KINDS = [
    "html",
    "empty",
    "truncated",
    "wrong-types",
    "deep",
    "bad-encoding",
    "big",
    "error-envelope",
]
STATUSES = st.sampled_from([None, 200, 201, 204, 400, 404, 418, 429, 451, 500, 503, 599])
"""``None``: the operation's own success status."""


def _example(case: Any) -> Any:
    examples = case.response_examples()
    return examples[0] if examples else {"id": "w1"}


def _error_example(case: Any) -> Any:
    for status, response in case.raw["responses"].items():
        if str(status).startswith("2"):
            continue
        media = (case.deref(response).get("content") or {}).get("application/json") or {}
        for example in (media.get("examples") or {}).values():
            return case.deref(example)["value"]
    return {"error": {"code": "oops", "message": "failed"}}


def _wrong_types(value: Any) -> Any:
    """Every leaf replaced by a value of another JSON type."""
    if isinstance(value, dict):
        return {key: _wrong_types(item) for key, item in value.items()}
    if isinstance(value, list):
        return {"not": "a list"}
    if isinstance(value, str):
        return 12345
    if isinstance(value, bool):
        return "yes"
    if isinstance(value, (int, float)):
        return ["n"]
    return {"was": None}


def _chunks(flavour: str) -> Iterator[bytes] | AsyncIterator[bytes]:
    def sync() -> Iterator[bytes]:
        for _ in range(BIG // _CHUNK):
            yield b"<p>" + b"x" * (_CHUNK - 7) + b"</p>"

    async def asynchronous() -> AsyncIterator[bytes]:
        for chunk in sync():
            yield chunk

    return asynchronous() if flavour == "async" else sync()


def malformed(case: Any, kind: str, status: int, flavour: str) -> httpx.Response:
    """A response of ``kind`` with ``status``, as a transport would hand it over (unread)."""
    json_type = {"content-type": "application/json"}
    if kind == "html":
        body = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
        return httpx.Response(status, content=body, headers={"content-type": "text/html"})
    if kind == "empty":
        return httpx.Response(status, content=b"")
    if kind == "truncated":
        text = json.dumps(_example(case)).encode()
        return httpx.Response(status, content=text[: max(1, len(text) // 2)], headers=json_type)
    if kind == "wrong-types":
        return httpx.Response(status, json=_wrong_types(_example(case)))
    if kind == "deep":
        return httpx.Response(status, content=DEEP, headers=json_type)
    if kind == "bad-encoding":
        return httpx.Response(
            status,
            stream=httpx.ByteStream(b"\x1f\x8b\x08garbage-not-gzip"),
            headers={"content-encoding": "gzip", **json_type},
        )
    if kind == "big":
        return httpx.Response(
            status, content=_chunks(flavour), headers={"content-type": "text/html"}
        )
    assert kind == "error-envelope"
    return httpx.Response(status, json=_error_example(case))


@given(
    case=st.sampled_from(CASES),
    kind=st.sampled_from([kind for kind in KINDS if kind != "big"]),
    status=STATUSES,
    flavour=st.sampled_from(["sync", "async"]),
)
def test_malformed_responses_give_typed_errors(
    case: Any, kind: str, status: int | None, flavour: str, tally: Tally
) -> None:
    code = status if status is not None else case.success_status
    recorder = Recorder(lambda request: malformed(case, kind, code, flavour))
    client = build_client(case.provider.id, flavour, recorder, max_retries=1)
    outcome = run_call(client, case.operation.name, **case.path_kwargs(), **case.call_kwargs())
    close(client)
    tally.add("malformed responses")
    tally.add("untyped exceptions", 0 if outcome.typed else 1)
    assert outcome.typed, f"untyped {type(outcome.error).__name__}: {outcome.error!r}"
    if outcome.error is not None:
        tally.add("malformed: typed errors")
    # An operation documented without content ignores a 2xx body, unless it cannot be
    # decoded or is the provider's error envelope; every other 2xx here must be refused.
    must_fail = (
        code >= 300
        or kind in ("bad-encoding", "error-envelope")
        or bool(case.operation.result_type)
    )
    if must_fail:
        assert isinstance(outcome.error, HookhubError), f"{kind} {code} passed as a success"


@pytest.mark.parametrize("provider", sorted({case.provider.id for case in CASES}))
@pytest.mark.parametrize("status", [200, 418, 502])
def test_50_mib_bodies_cost_a_bounded_fraction(
    provider: str, status: int, flavour: str, tally: Tally
) -> None:
    case = next(c for c in CASES if c.provider.id == provider and c.operation.method == "GET")
    recorder = Recorder(lambda request: malformed(case, "big", status, flavour))
    client = build_client(case.provider.id, flavour, recorder, max_retries=1)
    tracemalloc.start()
    try:
        outcome = run_call(client, case.operation.name, **case.path_kwargs(), **case.call_kwargs())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        close(client)
    tally.add("malformed responses")
    tally.add("untyped exceptions", 0 if outcome.typed else 1)
    assert isinstance(outcome.error, HookhubError)
    # An error body is read up to 64 KiB, a success body up to 16 MiB: never the body.
    bound = BIG / 20 if status >= 400 else BIG / 2
    tally.add("peak memory over bound", int(peak >= bound))
    assert peak < bound, f"peak {peak:,} bytes for a {BIG:,} byte body"
