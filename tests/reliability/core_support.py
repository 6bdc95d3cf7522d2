"""Shared by the runtime-core suites (``test_core_*``): a recording fake server per client,
and the operation table every suite walks (5 providers x every native operation)."""

from __future__ import annotations

import asyncio
import copy
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

import httpx

from hookhub import HookhubError
from tests.conftest import invoke, make_client
from tests.providers.spec_cases import OperationCase, all_cases

Handler = Callable[[httpx.Request], httpx.Response]

CASES: tuple[OperationCase, ...] = all_cases()
"""Every native operation of every provider, with its spec examples."""


@dataclass
class Recorder:
    """The requests one client sent, through an ``httpx.MockTransport``."""

    handler: Handler
    sent: list[httpx.Request] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        return self.handler(request)

    def http_client(self, flavour: str) -> httpx.Client | httpx.AsyncClient:
        transport = httpx.MockTransport(self)
        if flavour == "async":
            return httpx.AsyncClient(transport=transport)
        return httpx.Client(transport=transport)


@dataclass
class Outcome:
    """What one call did: its result, or the exception it raised."""

    result: Any = None
    error: BaseException | None = None

    @property
    def typed(self) -> bool:
        return self.error is None or isinstance(self.error, HookhubError)


def run_call(client: Any, method: str, *args: Any, **kwargs: Any) -> Outcome:
    """Call ``client.webhooks.<method>`` (awaited on a fresh loop for async clients)."""
    try:
        return Outcome(result=asyncio.run(invoke(client, method, *args, **kwargs)))
    except Exception as error:  # the suites count untyped exceptions, so catch them all
        return Outcome(error=error)


def close(client: Any) -> None:
    result = client.close()
    if asyncio.iscoroutine(result):
        asyncio.run(result)


def build_client(provider: str, flavour: str, recorder: Recorder, **kwargs: Any) -> Any:
    """A client whose every request goes to ``recorder`` (``max_retries=0`` unless given)."""
    kwargs.setdefault("max_retries", 0)
    return make_client(provider, flavour, http_client=recorder.http_client(flavour), **kwargs)


def success_response(case: OperationCase) -> httpx.Response:
    """The operation's first documented success example (or an empty object)."""
    examples = case.response_examples()
    if case.success_status == 204 or not examples:
        return httpx.Response(case.success_status, json={} if case.success_status != 204 else None)
    return httpx.Response(case.success_status, json=copy.deepcopy(examples[0]))


def template_regex(template: str) -> re.Pattern[str]:
    """``/v1/webhooks/{id}`` -> a regex for its raw path: one non-empty segment per param."""
    parts = re.split(r"(\{[^{}]+\})", template)
    pattern = "".join("([^/?#]+)" if part.startswith("{") else re.escape(part) for part in parts)
    return re.compile(pattern)


def path_values(case: OperationCase, base_path: str, request: httpx.Request) -> list[str] | None:
    """The decoded path parameters of ``request``, or ``None`` when it is off the template."""
    raw = request.url.raw_path.decode("ascii").split("?", 1)[0]
    if not raw.startswith(base_path):
        return None
    match = template_regex(case.operation.path).fullmatch(raw[len(base_path) :])
    if match is None:
        return None
    return [unquote(group) for group in match.groups()]
