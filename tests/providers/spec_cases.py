"""Test cases built from the specs' own examples: what to send, what comes back."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

import yaml
from pydantic import TypeAdapter

from hookhub_codegen.spec_model import Operation, Provider, load_provider
from tests.conftest import ROOT

SPEC_DIR = ROOT / "openapi"


@dataclass(frozen=True)
class OperationCase:
    provider: Provider
    operation: Operation
    raw: dict[str, Any]
    """The operation's node in the YAML document."""
    document: dict[str, Any]

    @property
    def id(self) -> str:
        return f"{self.provider.id}.{self.operation.name}"

    def deref(self, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            target: Any = self.document
            for part in node["$ref"][2:].split("/"):
                target = target[part]
            node = target
        return node

    def path_args(self) -> dict[str, str]:
        return {
            param["name"]: str(param["example"])
            for param in map(self.deref, self.raw.get("parameters", []))
            if param["in"] == "path"
        }

    def query_args(self) -> dict[str, Any]:
        return {
            param["name"]: param["example"]
            for param in map(self.deref, self.raw.get("parameters", []))
            if param["in"] == "query" and "example" in param
        }

    def body_example(self) -> dict[str, Any] | None:
        body = self.raw.get("requestBody")
        if body is None:
            return None
        examples = self.deref(body)["content"]["application/json"]["examples"]
        first = self.deref(next(iter(examples.values())))
        value: dict[str, Any] = first["value"]
        return value

    def response_examples(self) -> list[Any]:
        status = self.success_status
        media = (self.deref(self.raw["responses"][str(status)]).get("content") or {}).get(
            "application/json"
        )
        if media is None:
            return []
        return [self.deref(example)["value"] for example in media.get("examples", {}).values()]

    @property
    def success_status(self) -> int:
        return self.operation.success_status

    def rendered_path(self) -> str:
        path = self.operation.path
        for name, value in self.path_args().items():
            path = path.replace("{" + name + "}", quote(value, safe=""))
        return path

    def call_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for the generated method, from the examples."""
        kwargs: dict[str, Any] = {}
        by_wire = {param.wire_name: param for param in self.operation.query_params}
        for name, value in self.query_args().items():
            kwargs[by_wire[name].py_name] = value
        body = self.body_example() or {}
        fields = {field.wire_name: field for field in self.operation.body_fields or []}
        models = importlib.import_module(f"hookhub.providers.{self.provider.id}.models")
        for name, value in body.items():
            field = fields[name]
            model = getattr(models, field.type_expr, None)
            kwargs[field.py_name] = (
                model.model_validate(value) if model is not None and value is not None else value
            )
        return kwargs

    def path_kwargs(self) -> dict[str, str]:
        by_wire = {param.wire_name: param for param in self.operation.path_params}
        return {by_wire[name].py_name: value for name, value in self.path_args().items()}


@cache
def all_cases() -> tuple[OperationCase, ...]:
    cases = []
    for path in sorted(SPEC_DIR.glob("*.yaml")):
        provider = load_provider(path)
        document = yaml.safe_load(path.read_text())
        nodes = {
            node["operationId"]: node
            for item in document["paths"].values()
            for method, node in item.items()
            if isinstance(node, dict) and "operationId" in node
        }
        for operation in provider.operations:
            cases.append(OperationCase(provider, operation, nodes[operation.name], document))
    return tuple(cases)


def unwrap(case: OperationCase, body: Any) -> Any:
    for part in case.operation.unwrap:
        body = body[part]
    return body


_DATETIME: TypeAdapter[datetime] = TypeAdapter(datetime)


def normalise(value: Any) -> Any:
    """JSON-ish value with timestamps parsed, so "…Z" and "…+00:00" compare equal."""
    if isinstance(value, dict):
        return {key: normalise(item) for key, item in value.items()}
    if isinstance(value, list):
        return [normalise(item) for item in value]
    if isinstance(value, str) and len(value) >= 19 and value[4] == "-" and value[10] == "T":
        try:
            return _DATETIME.validate_python(value)
        except ValueError:
            return value
    return value


def spec_path(provider: str) -> Path:
    return SPEC_DIR / f"{provider}.yaml"
