"""Leaks: a full DEBUG session over every provider and native operation, sync and async.

First every operation succeeds with bodies whose secret fields (``x-hookhub-secret``) hold a
webhook secret, and request bodies send another; then every operation fails against servers
that echo the API key and both webhook secrets in the error code, message, request id (body
and ``x-request-id`` header), details, doc URL and other headers, and transport errors that
quote the key. Every log record, ``repr``, ``str``, error field and formatted traceback is
scanned for the three secrets.
"""

from __future__ import annotations

import copy
import json
import logging
import traceback
from typing import Any

import httpx
import pytest

from hookhub._core.json_paths import value_at
from tests.reliability.conftest import Tally
from tests.reliability.core_support import (
    CASES,
    Outcome,
    Recorder,
    build_client,
    close,
    run_call,
    success_response,
)

API_KEY = "sk_live_leakcheck_7Q2wE9rT4yU1iO6p"
RECEIVED_SECRET = "whsec_received_Zx8Cv7Bn6Mm5Ll4K"
SENT_SECRET = "whsec_sent_Aa1Bb2Cc3Dd4"
SECRETS = (API_KEY, RECEIVED_SECRET, SENT_SECRET)
ECHO = f"key={API_KEY} secret={RECEIVED_SECRET} sent={SENT_SECRET}"
PROVIDERS = sorted({case.provider.id for case in CASES})


class Capture(logging.Handler):
    """Every record of the ``hookhub`` logger, formatted as a log pipeline would."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


def _secret_shape(case: Any, name: str) -> Any:
    for model in case.provider.models:
        for field in model.fields:
            if field.wire_name == name and field.secret and field.type_expr.startswith("dict"):
                return {"token": RECEIVED_SECRET}
    return RECEIVED_SECRET


def _with_secrets(case: Any, response: httpx.Response, names: tuple[str, ...]) -> httpx.Response:
    """The success example with every secret field holding
    :data:`RECEIVED_SECRET` where the example has that field."""
    if case.success_status == 204 or not response.content:
        return response
    body = copy.deepcopy(response.json())
    root = value_at(body, case.operation.unwrap) if case.operation.unwrap else body

    def plant(node: Any, top: bool) -> None:
        if isinstance(node, dict):
            for name in names:
                if name in node:
                    node[name] = _secret_shape(case, name)
            for item in node.values():
                plant(item, False)
        elif isinstance(node, list):
            for item in node:
                plant(item, False)

    plant(root, True)
    return httpx.Response(case.success_status, json=body)


def _richest_example(case: Any, names: tuple[str, ...]) -> httpx.Response:
    """The first success example that carries a secret field, else the first one."""
    for example in case.response_examples():
        if any(f'"{name}"' in json.dumps(example) for name in names):
            return httpx.Response(case.success_status, json=example)
    return success_response(case)


def _echoing_error(case: Any, status: int) -> httpx.Response:
    """An error body with every envelope field (and headers) echoing the secrets."""
    envelope = case.provider.errors
    body: dict[str, Any] = {}
    for key in ("code", "message", "request_id", "doc_url", "details"):
        for path in envelope[key][:1]:
            node = body
            *parents, last = path.split(".")
            for part in parents:
                node = node.setdefault(part, {})
            node[last] = {"echo": [ECHO]} if key == "details" else f"{key}:{ECHO}"
    body["extra"] = ECHO
    headers = {
        "x-request-id": API_KEY,
        "x-debug": ECHO,
        "retry-after": "3600" if status == 429 else "0",
    }
    return httpx.Response(status, json=body, headers=headers)


def _texts(outcome: Outcome) -> list[str]:
    texts = [repr(outcome.result), str(outcome.result)]
    error = outcome.error
    if error is not None:
        texts += [str(error), repr(error), "".join(traceback.format_exception(error))]
        for name in ("code", "message", "request_id", "doc_url", "details", "body", "path"):
            texts.append(repr(getattr(error, name, None)))
    return texts


def _arguments(case: Any) -> dict[str, Any]:
    args = {**case.path_kwargs(), **case.call_kwargs()}
    for field in case.operation.body_fields or []:
        if field.secret and field.type_expr == "str":
            args[field.py_name] = SENT_SECRET
    return args


@pytest.mark.parametrize("provider", PROVIDERS)
def test_debug_session_leaks_nothing(provider: str, flavour: str, tally: Tally) -> None:
    cases = [case for case in CASES if case.provider.id == provider]
    capture = Capture()
    logger = logging.getLogger("hookhub")
    logger.addHandler(capture)
    old_level = logger.level
    logger.setLevel(logging.DEBUG)
    texts: list[str] = []
    try:
        plan: list[Any] = []

        def serve(request: httpx.Request) -> httpx.Response:
            step = plan[0]
            if isinstance(step, Exception):
                raise step
            response: httpx.Response = step
            return response

        recorder = Recorder(serve)
        client = build_client(provider, flavour, recorder, api_key=API_KEY, max_retries=1)
        texts.append(repr(client))
        for case in cases:
            secret_fields = client.profile.secret_fields
            plan[:] = [_with_secrets(case, _richest_example(case, secret_fields), secret_fields)]
            outcome = run_call(client, case.operation.name, **_arguments(case))
            texts.extend(_texts(outcome))
        for case in cases:
            for failure in (
                *(_echoing_error(case, status) for status in (400, 401, 404, 409, 429, 500)),
                httpx.ConnectError(f"refused: {ECHO}"),
                httpx.ReadTimeout(f"timed out: {ECHO}"),
            ):
                plan[:] = [failure]
                outcome = run_call(client, case.operation.name, **_arguments(case))
                assert outcome.typed, f"untyped {outcome.error!r}"
                assert outcome.error is not None
                texts.extend(_texts(outcome))
        close(client)
    finally:
        logger.removeHandler(capture)
        logger.setLevel(old_level)
    texts.extend(capture.lines)
    assert capture.lines, "DEBUG lines were written"
    # A secret the session sent is "seen" only where some operation sends one.
    sends = any(f.secret for case in cases for f in case.operation.body_fields or [])
    watched = SECRETS if sends else (API_KEY, RECEIVED_SECRET)
    leaks = [(secret, text) for text in texts for secret in watched if secret in text]
    tally.add("leak scans", len(texts))
    tally.add("leaked secrets", len(leaks))
    assert not leaks, leaks[:3]
