"""Read one OpenAPI document into the small model the templates render.

Everything outside the subset documented in ``openapi/README.md`` is refused with a
:class:`SpecError` naming the place, so a spec change can never produce code silently wrong.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

__all__ = ["Field", "Model", "Operation", "Param", "Provider", "SpecError", "load_provider"]

RETRY_CLASSES = ("safe", "set-state", "keyed", "toggle", "unsafe")
HTTP_METHODS = ("get", "post", "put", "patch", "delete")
# Names a model field or keyword argument cannot take as they are.
_RESERVED = {"self", "idempotency_key", "model_config", "model_fields", "json", "dict", "copy"}


class SpecError(Exception):
    """The spec is outside the subset the generator understands."""


@dataclass
class Field:
    wire_name: str
    py_name: str
    type_expr: str
    required: bool
    nullable: bool
    description: str
    default: Any = None
    has_default: bool = False
    constraint: dict[str, Any] = field(default_factory=dict)


@dataclass
class Model:
    name: str
    description: str
    fields: list[Field]


@dataclass
class Param:
    wire_name: str
    py_name: str
    location: str
    type_expr: str
    required: bool
    nullable: bool
    description: str
    constraint: dict[str, Any] = field(default_factory=dict)


@dataclass
class Operation:
    name: str
    resource: str
    method: str
    path: str
    summary: str
    description: str
    retry_class: str
    retry_overrides: list[dict[str, Any]]
    path_params: list[Param]
    query_params: list[Param]
    body_fields: list[Field] | None
    takes_idempotency_key: bool
    unwrap: list[str]
    result_type: str | None
    """Python type of the returned value; ``None`` when the response has no content."""
    success_status: int

    @property
    def constant(self) -> str:
        return self.name.upper()

    @property
    def constraints(self) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        for param in self.query_params:
            if param.constraint:
                found[param.wire_name] = param.constraint
        for body_field in self.body_fields or []:
            if body_field.constraint:
                found[body_field.wire_name] = body_field.constraint
        return found


@dataclass
class Provider:
    id: str
    title: str
    description: str
    client_class: str
    base_url: str | None
    api_key_env: str
    base_url_env: str
    auth_header: str
    auth_prefix: str
    options: list[dict[str, Any]]
    errors: dict[str, list[str]]
    idempotency: dict[str, Any] | None
    operations: list[Operation]
    models: list[Model]
    facade: dict[str, Any] | None
    source: str
    sandbox: dict[str, Any] | None = None
    """The spec's ``x-hookhub.sandbox`` block, verbatim (what ``hookhub.sandbox`` needs)."""

    @property
    def sandbox_spec(self) -> dict[str, dict[str, Any]]:
        """Per operation, what the sandbox reads from the spec itself: success status and
        the request body's required fields."""
        return {
            operation.name: {
                "status": operation.success_status,
                "required": [f.wire_name for f in operation.body_fields or [] if f.required],
            }
            for operation in self.operations
        }

    @property
    def resources(self) -> list[str]:
        return sorted({operation.resource for operation in self.operations})

    @property
    def resources_classes(self) -> list[str]:
        names = [class_name(resource) for resource in self.resources]
        return names + ["Async" + name for name in names]

    @property
    def model_names(self) -> list[str]:
        return [model.name for model in self.models]


def python_name(name: str) -> str:
    """A valid, non-clashing Python identifier for a wire name."""
    candidate = re.sub(r"\W", "_", name)
    if candidate[:1].isdigit():
        candidate = "_" + candidate
    if keyword.iskeyword(candidate) or candidate in _RESERVED or candidate.startswith("model_"):
        candidate += "_"
    return candidate


def class_name(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", name) if part)


def load_provider(path: Path) -> Provider:
    document = yaml.safe_load(path.read_text())
    return _Reader(document, path.name).provider()


class _Reader:
    def __init__(self, document: dict[str, Any], filename: str) -> None:
        self.doc = document
        self.filename = filename
        self.schemas: dict[str, Any] = document.get("components", {}).get("schemas", {})
        self.models: dict[str, Model] = {}
        self.request_roots: set[str] = set()

    def fail(self, where: str, message: str) -> SpecError:
        return SpecError(f"{self.filename}: {where}: {message}")

    # --- references -------------------------------------------------------------------
    def deref(self, node: Any, where: str) -> Any:
        seen = 0
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if not isinstance(ref, str) or not ref.startswith("#/"):
                raise self.fail(where, f"only local $ref is supported, got {ref!r}")
            target: Any = self.doc
            for part in ref[2:].split("/"):
                if not isinstance(target, dict) or part not in target:
                    raise self.fail(where, f"unresolved $ref {ref!r}")
                target = target[part]
            node = target
            seen += 1
            if seen > 20:
                raise self.fail(where, f"$ref cycle at {ref!r}")
        return node

    # --- types ------------------------------------------------------------------------
    def type_of(self, schema: Any, where: str, name_hint: str) -> tuple[str, bool]:
        """(Python type expression without ``| None``, nullable)."""
        if not isinstance(schema, dict):
            raise self.fail(where, "schema must be a mapping")
        if "$ref" in schema:
            ref_name = schema["$ref"].rsplit("/", 1)[-1]
            target = self.deref(schema, where)
            if self._is_object_model(target):
                self.model(ref_name, target)
                return class_name(ref_name), False
            return self.type_of(target, where, ref_name)
        for combinator in ("oneOf", "anyOf"):
            if combinator in schema:
                options = schema[combinator]
                non_null = [option for option in options if option.get("type") != "null"]
                if len(non_null) != 1:
                    raise self.fail(where, f"{combinator} must be one schema plus null")
                inner, _ = self.type_of(non_null[0], where, name_hint)
                return inner, len(non_null) < len(options)
        if "allOf" in schema:
            raise self.fail(where, "allOf is not supported")
        declared = schema.get("type")
        types = declared if isinstance(declared, list) else [declared] if declared else []
        nullable = "null" in types
        types = [kind for kind in types if kind != "null"]
        if len(types) > 1:
            raise self.fail(where, f"only one non-null type is supported, got {types}")
        kind = types[0] if types else None
        if kind == "string":
            if "enum" in schema:
                values = ", ".join(_literal(value) for value in schema["enum"] if value is not None)
                return f"Literal[{values}] | str", nullable
            if schema.get("format") == "date-time":
                return "datetime", nullable
            return "str", nullable
        if kind == "integer":
            return "int", nullable
        if kind == "number":
            return "float", nullable
        if kind == "boolean":
            return "bool", nullable
        if kind == "array":
            if "items" not in schema:
                raise self.fail(where, "array without items")
            item, item_nullable = self.type_of(
                schema["items"], where + ".items", name_hint + "Item"
            )
            if item_nullable:
                item = f"{item} | None"
            return f"list[{item}]", nullable
        if kind == "object" or (kind is None and "properties" in schema):
            if "properties" in schema:
                self.model(name_hint, schema)
                return class_name(name_hint), nullable
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                value, value_nullable = self.type_of(extra, where + ".values", name_hint + "Value")
                if value_nullable:
                    value = f"{value} | None"
                return f"dict[str, {value}]", nullable
            return "dict[str, Any]", nullable
        if kind is None:
            return "Any", False
        raise self.fail(where, f"unsupported type {kind!r}")

    @staticmethod
    def _is_object_model(schema: Any) -> bool:
        return isinstance(schema, dict) and "properties" in schema

    def model(self, name: str, schema: dict[str, Any]) -> Model:
        cls = class_name(name)
        if cls in self.models:
            return self.models[cls]
        if schema.get("additionalProperties") is False:
            raise self.fail(
                name, "additionalProperties: false is not allowed (keep unknown fields)"
            )
        model = Model(cls, _text(schema.get("description") or schema.get("title") or ""), [])
        self.models[cls] = model  # before the fields: a schema may refer to itself
        model.fields = self.fields(cls, schema)
        return model

    def fields(self, owner: str, schema: dict[str, Any]) -> list[Field]:
        required = set(schema.get("required", []))
        result = []
        for wire_name, prop in (schema.get("properties") or {}).items():
            where = f"{owner}.{wire_name}"
            type_expr, nullable = self.type_of(prop, where, owner + class_name(wire_name))
            resolved = self.deref(prop, where)
            constraint = _constraint(resolved)
            result.append(
                Field(
                    wire_name=wire_name,
                    py_name=python_name(wire_name),
                    type_expr=type_expr,
                    required=wire_name in required,
                    nullable=nullable,
                    description=_text(prop.get("description") or resolved.get("description") or ""),
                    default=resolved.get("default"),
                    has_default="default" in resolved,
                    constraint=constraint,
                )
            )
        return result

    # --- provider ---------------------------------------------------------------------
    def provider(self) -> Provider:
        ext = self.doc.get("x-hookhub")
        if not isinstance(ext, dict):
            raise self.fail("root", "missing x-hookhub")
        for key in ("provider", "client_class", "env", "auth", "errors"):
            if key not in ext:
                raise self.fail("x-hookhub", f"missing {key}")
        options = list(ext.get("options") or [])
        for option in options:
            if bool(option.get("header")) == bool(option.get("body_field")):
                raise self.fail("x-hookhub.options", f"{option.get('name')}: header or body_field")
            if option.get("type") not in ("string", "boolean"):
                raise self.fail("x-hookhub.options", f"{option.get('name')}: type string|boolean")
        idempotency = ext.get("idempotency")
        skipped_headers = {option["header"].lower() for option in options if option.get("header")}
        if idempotency:
            skipped_headers.add(idempotency["header"].lower())
        operations = [
            self.operation(path, method, node, skipped_headers, idempotency)
            for path, item in (self.doc.get("paths") or {}).items()
            for method, node in item.items()
            if method in HTTP_METHODS
        ]
        names = [operation.name for operation in operations]
        if len(set(names)) != len(names):
            raise self.fail("paths", "operationIds must be unique")
        facade = ext.get("facade")
        for verb, spec in ((facade or {}).get("verbs") or {}).items():
            if spec.get("operation") not in names:
                raise self.fail("x-hookhub.facade", f"verb {verb}: unknown operation")
        sandbox = ext.get("sandbox")
        for name in (sandbox or {}).get("operations") or {}:
            if name not in names:
                raise self.fail("x-hookhub.sandbox", f"operation {name}: unknown operation")
        # Component schemas are all emitted, except request bodies (they become arguments).
        for name, schema in self.schemas.items():
            if name not in self.request_roots and self._is_object_model(schema):
                self.model(name, schema)
        errors = ext["errors"]
        info = self.doc.get("info", {})
        return Provider(
            id=ext["provider"],
            title=_text(info.get("title", ext["provider"])),
            description=_text(info.get("description", "")),
            client_class=ext["client_class"],
            base_url=ext.get("base_url"),
            api_key_env=ext["env"]["api_key"],
            base_url_env=ext["env"]["base_url"],
            auth_header=ext["auth"]["header"],
            auth_prefix=ext["auth"].get("prefix", ""),
            options=options,
            errors={key: list(errors.get(key) or []) for key in _ERROR_KEYS},
            idempotency=idempotency,
            operations=operations,
            models=sorted(self.models.values(), key=lambda model: model.name),
            facade=ext.get("facade"),
            source=self.filename,
            sandbox=sandbox,
        )

    def operation(
        self,
        path: str,
        method: str,
        node: dict[str, Any],
        skipped_headers: set[str],
        idempotency: dict[str, Any] | None,
    ) -> Operation:
        where = f"{method.upper()} {path}"
        name = node.get("operationId")
        if not name or not re.fullmatch(r"[a-z][a-z0-9_]*", name):
            raise self.fail(where, "operationId must be a snake_case method name")
        tags = node.get("tags") or []
        if len(tags) != 1:
            raise self.fail(where, "exactly one tag (the resource) is required")
        retry = node.get("x-hookhub-retry")
        if retry not in RETRY_CLASSES:
            raise self.fail(where, f"x-hookhub-retry must be one of {RETRY_CLASSES}")
        overrides = []
        for override in node.get("x-hookhub-retry-overrides") or []:
            ((arg, value),) = override["when"].items()
            if override["class"] not in RETRY_CLASSES:
                raise self.fail(where, "bad retry override class")
            overrides.append({"name": arg, "value": value, "class": override["class"]})

        path_params: list[Param] = []
        query_params: list[Param] = []
        takes_key = False
        for raw in node.get("parameters") or []:
            param = self.deref(raw, where)
            location = param.get("in")
            wire = param["name"]
            if location == "header":
                if idempotency and wire.lower() == idempotency["header"].lower():
                    takes_key = True
                elif wire.lower() not in skipped_headers:
                    raise self.fail(where, f"header {wire} is neither a client option nor the key")
                continue
            if location not in ("path", "query"):
                raise self.fail(where, f"parameter location {location!r} is not supported")
            type_expr, nullable = self.type_of(param.get("schema", {}), where, name + wire)
            schema = self.deref(param.get("schema", {}), where)
            constraint = _constraint(schema) if location == "query" else {}
            target = path_params if location == "path" else query_params
            target.append(
                Param(
                    wire_name=wire,
                    py_name=python_name(wire),
                    location=location,
                    type_expr=type_expr,
                    required=bool(param.get("required")) or location == "path",
                    nullable=nullable,
                    description=_text(param.get("description", "")),
                    constraint=constraint,
                )
            )
            if location == "path" and "example" not in param:
                raise self.fail(where, f"path parameter {wire} needs an example")
        for placeholder in re.findall(r"\{([^{}]+)\}", path):
            if placeholder not in {param.wire_name for param in path_params}:
                raise self.fail(where, f"path placeholder {placeholder} is not declared")
        if takes_key and retry != "keyed":
            raise self.fail(where, "an operation that takes the idempotency key must be keyed")

        body_fields: list[Field] | None = None
        body = node.get("requestBody")
        if body is not None:
            content = self.deref(body, where).get("content", {})
            media = content.get("application/json")
            if media is None or "$ref" not in media.get("schema", {}):
                raise self.fail(where, "requestBody must be application/json with a $ref schema")
            root = media["schema"]["$ref"].rsplit("/", 1)[-1]
            self.request_roots.add(root)
            body_fields = self.fields(class_name(root), self.deref(media["schema"], where))

        responses = node.get("responses") or {}
        success = [code for code in responses if str(code).startswith("2")]
        if len(success) != 1:
            raise self.fail(where, "exactly one 2xx response is required")
        status = int(success[0])
        response = self.deref(responses[success[0]], where)
        unwrap = [part for part in str(node.get("x-hookhub-unwrap") or "").split(".") if part]
        result_type: str | None = None
        json_media = (response.get("content") or {}).get("application/json")
        if status != 204 and json_media is not None:
            schema = json_media.get("schema") or {}
            for part in unwrap:
                resolved = self.deref(schema, where)
                properties = resolved.get("properties") or {}
                if part not in properties:
                    raise self.fail(where, f"x-hookhub-unwrap: no property {part!r}")
                schema = properties[part]
            result_type, nullable = self.type_of(schema, where, class_name(name) + "Result")
            # An envelope's ``data`` is null only on errors: a 2xx without it is refused
            # (APIResponseValidationError) rather than typed Optional for every caller.
            if nullable and not unwrap:
                result_type += " | None"
        elif unwrap:
            raise self.fail(where, "x-hookhub-unwrap on a response without content")

        return Operation(
            name=name,
            resource=tags[0],
            method=method.upper(),
            path=path,
            summary=_text(node.get("summary", "")),
            description=_text(node.get("description", "")),
            retry_class=retry,
            retry_overrides=overrides,
            path_params=path_params,
            query_params=query_params,
            body_fields=body_fields,
            takes_idempotency_key=takes_key,
            unwrap=unwrap,
            result_type=result_type,
            success_status=status,
        )


_ERROR_KEYS = (
    "code",
    "message",
    "request_id",
    "request_id_headers",
    "doc_url",
    "details",
    "retry_after",
)


_CONSTRAINT_KEYS = (
    ("min_length", "minLength"),
    ("max_length", "maxLength"),
    ("pattern", "pattern"),
    ("minimum", "minimum"),
    ("maximum", "maximum"),
)


def _constraint(schema: Any) -> dict[str, Any]:
    """The JSON Schema limits the core checks before sending, by ``FieldConstraint`` name."""
    if not isinstance(schema, dict):
        return {}
    return {key: schema[json_key] for key, json_key in _CONSTRAINT_KEYS if json_key in schema}


def _literal(value: Any) -> str:
    return repr(str(value)).replace("'", '"') if isinstance(value, str) else repr(value)


def _text(value: Any) -> str:
    """Normalise prose: paragraphs kept, other line breaks folded."""
    paragraphs = re.split(r"\n\s*\n", str(value).strip())
    return "\n\n".join(" ".join(paragraph.split()) for paragraph in paragraphs if paragraph.strip())
