"""Every response a sandbox sends validates against its provider's spec: each operation's
success response and each error response the spec declares for it."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from openapi_schema_validator import OAS31Validator

from hookhub.providers import PROVIDER_IDS
from hookhub.sandbox import Sandbox

SPECS = Path(__file__).resolve().parents[2] / "openapi"
METHODS = ("get", "post", "put", "patch", "delete")


@cache
def spec(provider: str) -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load((SPECS / f"{provider}.yaml").read_text())
    return document


def operations() -> list[tuple[str, str, str, str]]:
    found = []
    for provider in PROVIDER_IDS:
        for path, item in spec(provider)["paths"].items():
            for method in METHODS:
                if method in item:
                    found.append((provider, item[method]["operationId"], method.upper(), path))
    return found


def deref(document: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def response_spec(provider: str, method: str, path: str, status: int) -> dict[str, Any]:
    document = spec(provider)
    responses = document["paths"][path][method.lower()]["responses"]
    for key in (str(status), f"{str(status)[0]}XX", "default"):
        if key in responses:
            found: dict[str, Any] = deref(document, responses[key])
            return found
    raise AssertionError(f"{provider} {method} {path}: {status} is not declared")


def assert_valid(provider: str, method: str, path: str, response: httpx.Response) -> None:
    declared = response_spec(provider, method, path, response.status_code)
    media = (declared.get("content") or {}).get("application/json")
    if media is None:
        assert response.content == b"", "a response without content in the spec has no body"
        return
    schema = {**media["schema"], "components": spec(provider)["components"]}
    OAS31Validator(schema).validate(response.json())


def request_body(provider: str, method: str, path: str) -> Any:
    node = spec(provider)["paths"][path][method.lower()].get("requestBody")
    if node is None:
        return None
    media = deref(spec(provider), node)["content"]["application/json"]
    example = next(iter(media["examples"].values()))
    return deref(spec(provider), example)["value"]


def send(
    sandbox: Sandbox, method: str, path: str, body: Any, *, api_key: str | None = None
) -> httpx.Response:
    auth = __import__(f"hookhub.providers.{sandbox.provider}._profile", fromlist=["PROFILE"])
    header = auth.PROFILE.auth
    headers = {header.header: header.prefix + (api_key or sandbox.api_key)}
    with sandbox.http_client() as client:
        return client.request(
            method, path, headers=headers, content=None if body is None else json.dumps(body)
        )


def prepared(provider: str, operation: str, method: str, template: str) -> tuple[Sandbox, str]:
    """A sandbox holding one webhook (none before a create) that got one delivery, and the
    path to call (a delivery-log operation's path names that delivery)."""
    sandbox = Sandbox(provider)
    webhook_id = "00000000-0000-4000-8000-000000000999"
    if not (method == "POST" and "{" not in template):
        webhook_id = sandbox.seed(events=["messages"], url="https://example.com/hook")
        sandbox.emit("messages", {"text": "hello"})
    path = template
    for name in spec(provider)["paths"][template].get("parameters", []):
        del name  # path-level parameters are not used by these specs
    if action(provider, operation) in ("get_delivery", "retry_delivery"):
        log_id = sandbox.deliveries[-1].log_id
        assert log_id is not None, "the spec logs delivered events"
        return sandbox, _fill(path, log_id)
    return sandbox, _fill(path, webhook_id)


def action(provider: str, operation: str) -> str:
    profile = __import__(f"hookhub.providers.{provider}._profile", fromlist=["SANDBOX"])
    configured = (profile.SANDBOX.get("operations") or {}).get(operation) or {}
    return str(configured.get("action", "respond"))


def _fill(template: str, webhook_id: str) -> str:
    import re

    return re.sub(r"\{[^{}]+\}", webhook_id, template)


@pytest.mark.parametrize(("provider", "operation", "method", "path"), operations())
def test_success_response_matches_the_spec(
    provider: str, operation: str, method: str, path: str
) -> None:
    sandbox, url = prepared(provider, operation, method, path)
    response = send(sandbox, method, url, request_body(provider, method, path))
    declared = [
        int(code)
        for code in spec(provider)["paths"][path][method.lower()]["responses"]
        if code.startswith("2")
    ]
    assert response.status_code == declared[0], response.text
    assert_valid(provider, method, path, response)
    if action(provider, operation) == "list_deliveries":
        assert "messages" in response.text, "the log shows the emitted delivery"


def error_cases() -> list[tuple[str, str, str, str, str]]:
    cases = []
    for provider, operation, method, path in operations():
        responses = spec(provider)["paths"][path][method.lower()]["responses"]
        for code in responses:
            if not code.startswith("2"):
                cases.append((provider, operation, method, path, code))
    return cases


@pytest.mark.parametrize(("provider", "operation", "method", "path", "code"), error_cases())
def test_error_response_matches_the_spec(
    provider: str, operation: str, method: str, path: str, code: str
) -> None:
    sandbox, url = prepared(provider, operation, method, path)
    body = request_body(provider, method, path)
    status = 503 if code == "5XX" else int(code)
    if status == 401:
        response = send(sandbox, method, url, body, api_key="wrong-key")
    elif status == 404 and "{" in path:
        missing = _fill(path, "00000000-0000-4000-8000-000000000404")
        response = send(sandbox, method, missing, body)
    elif status in (400, 422) and body:
        response = send(sandbox, method, url, {})  # required fields missing
        if response.status_code != status:
            sandbox.faults.fail_next(status=status)
            response = send(sandbox, method, url, body)
    else:
        sandbox.faults.fail_next(status=status, retry_after=3)
        response = send(sandbox, method, url, body)
    assert response.status_code == status, response.text
    assert_valid(provider, method, path, response)
