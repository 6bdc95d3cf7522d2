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
# The per-call options every generated method takes (keyword-only, after the spec's own).
PER_CALL_OPTIONS = ("extra_headers", "extra_query", "extra_body", "timeout", "max_retries")
_RESERVED |= set(PER_CALL_OPTIONS)
PAGINATION_STYLES = ("page", "token")


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
    secret: bool = False
    """``x-hookhub-secret: true``: hidden from reprs, masked by the client's scrubber."""


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
    pagination: dict[str, Any] | None = None
    """``x-hookhub-pagination`` (paths split into lists), or ``None`` for one-shot results."""
    page_item_type: str | None = None
    """Python type of one item of a page, when the operation pages."""

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
    signing: dict[str, Any] | None
    """The validated ``x-hookhub.signing`` block; ``None`` when no scheme is documented."""
    operations: list[Operation]
    models: list[Model]
    facade: dict[str, Any] | None
    source: str
    sandbox: dict[str, Any] | None = None
    """The spec's ``x-hookhub.sandbox`` block, verbatim (what ``hookhub.sandbox`` needs)."""
    auth_schemes: dict[str, dict[str, Any]] = field(default_factory=dict)
    """``x-hookhub.auth.schemes``: named ways to send the key; empty when there is one."""
    default_auth_scheme: str | None = None

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
    def raw_resources_classes(self) -> list[str]:
        return [name + "WithRawResponse" for name in self.resources_classes]

    @property
    def auth_scheme_type(self) -> str:
        """The annotation of the ``auth_scheme=`` client option (only with several schemes)."""
        return "Literal[" + ", ".join(repr(name) for name in self.auth_schemes) + "]"

    @property
    def model_names(self) -> list[str]:
        return [model.name for model in self.models]

    @property
    def secret_fields(self) -> list[str]:
        """Wire names marked ``x-hookhub-secret`` in any model or request body, sorted."""
        names = {f.wire_name for model in self.models for f in model.fields if f.secret}
        for operation in self.operations:
            names.update(f.wire_name for f in operation.body_fields or [] if f.secret)
        return sorted(names)


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
            secret = prop.get("x-hookhub-secret", resolved.get("x-hookhub-secret", False))
            if not isinstance(secret, bool):
                raise self.fail(where, "x-hookhub-secret must be true or false")
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
                    secret=secret,
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
        signing = self.signing(ext.get("signing"))
        errors = ext["errors"]
        info = self.doc.get("info", {})
        auth = ext["auth"]
        schemes: dict[str, dict[str, Any]] = {}
        default_scheme: str | None = None
        for scheme_name, scheme in (auth.get("schemes") or {}).items():
            if not re.fullmatch(r"[a-z][a-z0-9_]*", scheme_name):
                raise self.fail("x-hookhub.auth.schemes", f"{scheme_name!r}: snake_case name")
            if scheme.get("encoding", "plain") not in ("plain", "basic-username"):
                raise self.fail("x-hookhub.auth.schemes", f"{scheme_name}: bad encoding")
            schemes[scheme_name] = {
                "header": scheme.get("header", auth["header"]),
                "prefix": scheme.get("prefix", ""),
                "encoding": scheme.get("encoding", "plain"),
                "description": _text(scheme.get("description", "")),
            }
            if scheme.get("default"):
                default_scheme = scheme_name
        if schemes:
            if default_scheme is None:
                raise self.fail("x-hookhub.auth.schemes", "one scheme needs default: true")
            chosen = schemes[default_scheme]
            if (chosen["header"], chosen["prefix"], chosen["encoding"]) != (
                auth["header"],
                auth.get("prefix", ""),
                "plain",
            ):
                raise self.fail("x-hookhub.auth", "header/prefix must match the default scheme")
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
            signing=signing,
            operations=operations,
            models=sorted(self.models.values(), key=lambda model: model.name),
            facade=ext.get("facade"),
            source=self.filename,
            sandbox=sandbox,
            auth_schemes=schemes,
            default_auth_scheme=default_scheme,
        )

    # --- delivery signing -------------------------------------------------------------
    def signing(self, block: Any) -> dict[str, Any] | None:
        """The ``x-hookhub.signing`` block, checked; ``None`` for ``documented: false``."""
        where = "x-hookhub.signing"
        if not isinstance(block, dict):
            raise self.fail(where, "required: a scheme, or {documented: false, description}")
        if not _text(block.get("description", "")):
            raise self.fail(where, "needs a description (sources, conflicts, what is inferred)")
        if block.get("documented") is False:
            return None
        known = set(_SIGNING_KEYS) | {"description", "documented"}
        unknown = sorted(key for key in block if key not in known and not key.startswith("x-"))
        if unknown:
            raise self.fail(where, f"unknown keys {unknown}")
        for key, rule in _SIGNING_KEYS.items():
            value = block.get(key)
            if rule == "required" and not isinstance(value, str | int | float):
                raise self.fail(where, f"missing {key}")
            if isinstance(rule, tuple) and value not in rule:
                raise self.fail(where, f"{key} must be one of {rule}, got {value!r}")
        content = block["signed_content"]
        placeholders = re.findall(r"\{([^{}]*)\}", content)
        if placeholders.count("body") != 1 or not set(placeholders) <= {"body", "id", "timestamp"}:
            raise self.fail(where, "signed_content: {body} once, plus {timestamp} / {id} only")
        if "timestamp" not in placeholders:
            raise self.fail(where, "signed_content must include {timestamp}")
        if bool(block.get("timestamp_key")) == bool(block.get("timestamp_header")):
            raise self.fail(where, "exactly one of timestamp_key / timestamp_header")
        if ("id" in placeholders) != bool(block.get("id_header")):
            raise self.fail(where, "{id} in signed_content goes with id_header")
        tolerance = block["tolerance"]
        if isinstance(tolerance, bool) or not isinstance(tolerance, int | float) or tolerance <= 0:
            raise self.fail(where, "tolerance must be a positive number of seconds")
        secret = block.get("secret") or {}
        if secret.get("encoding", "utf-8") not in ("utf-8", "base64"):
            raise self.fail(where, "secret.encoding must be utf-8 or base64")
        payload_schema = block.get("payload_schema")
        if payload_schema is not None:
            if not self._is_object_model(self.schemas.get(payload_schema)):
                raise self.fail(where, f"payload_schema {payload_schema!r}: no object schema")
            self.model(payload_schema, self.schemas[payload_schema])
        return {
            **{key: block.get(key) for key in _SIGNING_KEYS},
            "tolerance": float(tolerance),
            "secret_prefix": str(secret.get("prefix") or ""),
            "secret_encoding": secret.get("encoding", "utf-8"),
            "event_id": self.value_sources(block.get("event_id"), where + ".event_id"),
            "event_type": self.value_sources(block.get("event_type"), where + ".event_type"),
            "payload_model": class_name(payload_schema) if payload_schema else None,
        }

    def value_sources(self, items: Any, where: str) -> list[dict[str, Any]]:
        """``[{header: X} | {body: a.b}, ...]`` as ``{header, body_path}`` dicts."""
        result: list[dict[str, Any]] = []
        for item in items or []:
            keys = {key for key in item if key in ("header", "body")}
            if len(keys) != 1:
                raise self.fail(where, "each source is {header: NAME} or {body: dotted.path}")
            if "header" in item:
                result.append({"header": str(item["header"]), "body_path": []})
            else:
                result.append({"header": None, "body_path": str(item["body"]).split(".")})
        return result

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

        pagination, item_type = self.pagination(
            where, node.get("x-hookhub-pagination"), json_media, unwrap, query_params, name
        )

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
            pagination=pagination,
            page_item_type=item_type,
        )

    def pagination(
        self,
        where: str,
        spec: Any,
        json_media: Any,
        unwrap: list[str],
        query_params: list[Param],
        name: str,
    ) -> tuple[dict[str, Any] | None, str | None]:
        """Check ``x-hookhub-pagination`` against the operation; return it and the item type."""
        if spec is None:
            return None, None
        where = where + " x-hookhub-pagination"
        if not isinstance(spec, dict) or spec.get("style") not in PAGINATION_STYLES:
            raise self.fail(where, f"style must be one of {PAGINATION_STYLES}")
        if json_media is None:
            raise self.fail(where, "a paged operation must return JSON")
        params = {param.wire_name for param in query_params}
        for key in ("param", "size_param"):
            if key in spec and spec[key] not in params:
                raise self.fail(where, f"{key} {spec[key]!r} is not a query parameter")
        if "param" not in spec or "items" not in spec:
            raise self.fail(where, "param and items are required")
        if spec["style"] == "token" and "next_token" not in spec:
            raise self.fail(where, "token style needs next_token")
        if spec["style"] == "page" and "has_more" not in spec and "last_page" not in spec:
            raise self.fail(where, "page style needs has_more or last_page")
        # The item type: follow unwrap, then the items path, to an array.
        schema = json_media.get("schema") or {}
        for part in [*unwrap, *str(spec["items"]).split(".")]:
            resolved = self.deref(schema, where)
            for combinator in ("oneOf", "anyOf"):  # a nullable envelope field: its object
                for option in resolved.get(combinator) or []:
                    if option.get("type") != "null":
                        resolved = self.deref(option, where)
            properties = resolved.get("properties") or {}
            if part not in properties:
                raise self.fail(where, f"items: no property {part!r}")
            schema = properties[part]
        resolved = self.deref(schema, where)
        if "items" not in resolved:
            raise self.fail(where, "items must lead to an array")
        item_type, nullable = self.type_of(resolved["items"], where, class_name(name) + "Item")
        if nullable:
            item_type += " | None"
        paths = ("items", "has_more", "current_page", "last_page", "next_token")
        data: dict[str, Any] = {
            key: [part for part in str(spec[key]).split(".") if part]
            for key in paths
            if key in spec
        }
        data.update(style=spec["style"], param=spec["param"], size_param=spec.get("size_param"))
        return data, item_type


# x-hookhub.signing keys: "required", "optional", or the allowed values.
_SIGNING_KEYS: dict[str, Any] = {
    "algorithm": ("hmac-sha256",),
    "encoding": ("hex", "base64"),
    "signature_header": "required",
    "entry_separator": "required",
    "key_separator": "required",
    "version": "required",
    "signed_content": "required",
    "tolerance": "required",
    "timestamp_key": "optional",
    "timestamp_header": "optional",
    "id_header": "optional",
    "secret": "optional",
    "event_id": "optional",
    "event_type": "optional",
    "payload_schema": "optional",
}

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
