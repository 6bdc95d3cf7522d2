"""Facade per-call options, ``with_options`` and the lazy ``iter()``, through the sandbox."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import hookhub
from hookhub.sandbox import Sandbox
from tests.facade.test_webhook_client import call, facade


def _since(sandbox: Sandbox, before: int) -> list[Any]:
    return sandbox.requests[before:]


async def test_extra_headers_and_query_reach_every_request_of_a_converging_verb(
    flavour: str,
) -> None:
    sandbox = Sandbox("shipping_channels")  # disable reads, then PUTs what it read
    webhook_id = sandbox.seed(events=sandbox.example_events)
    hooks = facade("shipping_channels", flavour, sandbox)
    disabled = await call(
        hooks, "disable", webhook_id, extra_headers={"X-Trace": "t-1"}, extra_query={"trace": "1"}
    )
    assert disabled.enabled is False
    sent = sandbox.requests
    assert {request.method for request in sent} >= {"GET", "PUT"}, "reads, then the write"
    assert all(request.headers.get("x-trace") == "t-1" for request in sent)
    assert all(request.query.get("trace") == "1" for request in sent)
    # Only the verb's own call carries them: the next one sends none.
    await call(hooks, "get", webhook_id)
    assert "x-trace" not in sandbox.requests[-1].headers


async def test_extra_body_goes_into_the_write_only(flavour: str) -> None:
    sandbox = Sandbox("kallima")
    webhook_id = sandbox.seed()
    hooks = facade("kallima", flavour, sandbox)
    await call(hooks, "update", webhook_id, url="https://app.test/v2", extra_body={"note": "x"})
    writes = [request for request in sandbox.requests if request.method != "GET"]
    assert writes and all(b'"note":"x"' in request.body.replace(b" ", b"") for request in writes)
    assert all(request.body == b"" for request in sandbox.requests if request.method == "GET")


async def test_max_retries_per_call(flavour: str) -> None:
    sandbox = Sandbox("sentdm")
    webhook_id = sandbox.seed()
    hooks = facade("sentdm", flavour, sandbox)
    sandbox.faults.fail_next(1, status=503)
    with pytest.raises(hookhub.APIStatusError) as caught:
        await call(hooks, "get", webhook_id, max_retries=0)
    assert caught.value.status_code == 503
    assert len(sandbox.requests) == 1, "no retry with max_retries=0"
    sandbox.faults.fail_next(1, status=503)
    assert (await call(hooks, "get", webhook_id)).id == webhook_id, "the client's retries apply"


def test_timeout_per_call_reaches_every_request() -> None:
    sandbox = Sandbox("shipping_channels")
    webhook_id = sandbox.seed(events=sandbox.example_events)
    timeouts: list[Any] = []

    def record(request: httpx.Request) -> None:
        timeouts.append(request.extensions["timeout"]["read"])

    http = sandbox.http_client(event_hooks={"request": [record]})
    hooks = facade("shipping_channels", "sync", sandbox, http_client=http, timeout=30.0)
    hooks.disable(webhook_id, timeout=7.5)
    assert len(timeouts) >= 2 and set(timeouts) == {7.5}
    hooks.get(webhook_id)
    assert timeouts[-1] == 30.0, "the client's timeout again"


def test_unknown_per_call_option_is_refused() -> None:
    hooks = facade("sentdm", "sync", Sandbox("sentdm"))
    with pytest.raises(TypeError):
        hooks.get("wh", timout=1)


async def test_with_options_copy_shares_the_pool_and_keeps_the_original(flavour: str) -> None:
    sandbox = Sandbox("sentdm")
    webhook_id = sandbox.seed()
    hooks = facade("sentdm", flavour, sandbox)
    tagged = hooks.with_options(default_headers={"X-Env": "staging"}, max_retries=0)
    assert type(tagged) is type(hooks) and tagged.provider == "sentdm"
    await call(tagged, "get", webhook_id)
    assert sandbox.requests[-1].headers.get("x-env") == "staging"
    sandbox.faults.fail_next(1, status=503)
    with pytest.raises(hookhub.APIStatusError):
        await call(tagged, "get", webhook_id)
    await call(hooks, "get", webhook_id)
    assert "x-env" not in sandbox.requests[-1].headers, "the original is unchanged"
    await call(tagged, "close")
    assert (await call(hooks, "get", webhook_id)).id == webhook_id, "closing the copy keeps it"


def test_iter_reads_pages_lazily() -> None:
    sandbox = Sandbox("sentdm")
    ids = [sandbox.seed(url=f"https://app.test/{n}") for n in range(101)]
    hooks = facade("sentdm", "sync", sandbox)
    first = next(iter(hooks.iter()))
    assert first.id in ids
    assert len(sandbox.requests) == 1, "one page read for the first webhook"
    assert sorted(hook.id for hook in hooks.iter()) == sorted(ids)
    assert len(sandbox.requests) == 3, "then both pages"
    assert sorted(hook.id for hook in hooks.list()) == sorted(ids)


async def test_async_iter_reads_pages_lazily() -> None:
    sandbox = Sandbox("sentdm")
    ids = [sandbox.seed(url=f"https://app.test/{n}") for n in range(101)]
    hooks = facade("sentdm", "async", sandbox)
    pages = hooks.iter(extra_headers={"X-Trace": "it"})
    first = await anext(pages)
    assert first.id in ids and len(sandbox.requests) == 1
    rest = [hook.id async for hook in pages]
    assert sorted([first.id, *rest]) == sorted(ids)
    assert len(sandbox.requests) == 2
    assert all(request.headers.get("x-trace") == "it" for request in sandbox.requests)
