"""Render a :class:`~hookhub_codegen.spec_model.Provider` into Python source files."""

from __future__ import annotations

import inspect
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import jinja2

from hookhub_codegen.spec_model import Field, Operation, Param, Provider, class_name

__all__ = ["FACADE_CLIENTS", "render_facade_clients", "render_package", "render_providers_index"]

TEMPLATES = Path(__file__).resolve().parent / "templates"
PACKAGE_ROOT = Path(__file__).resolve().parents[2] / "src" / "hookhub" / "providers"
FACADE_CLIENTS = PACKAGE_ROOT.parent / "facade" / "_typed_clients.py"
HEADER = (
    "# This file was written by scripts/codegen.py from openapi/{source}. Do not edit it:\n"
    "# change the spec (or the generator) and run `make codegen`.\n"
)

# Imports a generated module may need, and the pattern that shows it does.
_OPTIONAL_IMPORTS = {
    "from datetime import datetime": r"\bdatetime\b",
    "from typing import Any": r"\bAny\b",
    "from typing import Literal": r"\bLiteral\[",
    "from pydantic import Field": r"\bField\(",
}


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
    )
    env.filters["doc"] = _docstring
    env.filters["pyrepr"] = repr
    env.filters["in_class"] = _in_class
    env.filters["sorted_names"] = sorted
    env.globals.update(
        return_type=_return_type,
        field_line=_field_line,
        signature=_signature,
        call_arguments=_call_arguments,
        raw_signature=_raw_signature,
        forward_arguments=_forward_arguments,
        adapter_name=_adapter_name,
        class_name=class_name,
    )
    return env


def render_package(provider: Provider) -> dict[str, str]:
    """File name -> formatted source, for ``src/hookhub/providers/<id>/``."""
    env = _environment()
    context: dict[str, Any] = {"p": provider, "header": HEADER.format(source=provider.source)}
    files = {
        "__init__.py": env.get_template("package_init.py.jinja").render(context),
        "_profile.py": env.get_template("profile.py.jinja").render(context),
        "models.py": env.get_template("models.py.jinja").render(context),
        "client.py": env.get_template("client.py.jinja").render(context),
    }
    files["client.py"] = _import_used_models(files["client.py"], provider)
    return {
        name: _format(_add_imports(source), PACKAGE_ROOT / provider.id / name)
        for name, source in files.items()
    }


def _import_used_models(source: str, provider: Provider) -> str:
    star = f"from hookhub.providers.{provider.id}.models import *  # noqa: F403\n"
    head, body = source.split(star, 1)
    used = [model.name for model in provider.models if re.search(rf"\b{model.name}\b", body)]
    if not used:
        return head + "pass\n" + body
    return head + f"from hookhub.providers.{provider.id}.models import {', '.join(used)}\n" + body


def render_providers_index(providers: list[Provider]) -> str:
    env = _environment()
    source = env.get_template("providers_init.py.jinja").render(
        providers=providers, header=HEADER.format(source="*.yaml")
    )
    return _format(source, PACKAGE_ROOT / "__init__.py")


def render_facade_clients(providers: list[Provider]) -> str:
    """The facade classes with one typed ``__init__`` overload per provider."""
    env = _environment()
    env.globals["facade_model"] = _facade_model
    source = env.get_template("facade_clients.py.jinja").render(
        providers=providers, header=HEADER.format(source="*.yaml")
    )
    return _format(source, FACADE_CLIENTS)


def _facade_model(provider: Provider) -> str:
    """The model the facade's ``get`` verb returns: what ``Webhook.raw`` holds."""
    verbs = (provider.facade or {}).get("verbs") or {}
    name = (verbs.get("get") or {}).get("operation")
    operation = next((op for op in provider.operations if op.name == name), None)
    if operation is None or operation.result_type not in provider.model_names:
        raise ValueError(f"{provider.id}: the facade's get verb must return a model")
    return operation.result_type


def _add_imports(source: str) -> str:
    marker = "# <optional imports>\n"
    if marker not in source:
        return source
    head, body = source.split(marker, 1)
    needed = [line for line, pattern in _OPTIONAL_IMPORTS.items() if re.search(pattern, body)]
    return head + "".join(line + "\n" for line in needed) + body


def _format(source: str, path: Path) -> str:
    """ruff: sort imports, then format; the output is what gets committed.

    ``path`` (where the file will live) lets ruff apply the project's own settings.
    """
    for args in (["check", "--select", "I,F401", "--fix", "--quiet"], ["format", "--quiet"]):
        done = subprocess.run(
            [sys.executable, "-m", "ruff", *args, "--stdin-filename", str(path), "-"],
            input=source,
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode not in (0, 1) or not done.stdout:
            raise RuntimeError(f"ruff {args[0]} failed: {done.stderr}")
        source = done.stdout
    return source


# The specs' provenance tags, as words a reader of a docstring understands.
SOURCE_TAGS = {
    "[INF]": "(inferred)",
    "[SDK]": "(from the official SDK)",
    "[2ND]": "(secondary source)",
    "[DOC]": "(from the provider's docs)",
    "[SEED]": "(from the provider's reference page)",
    "[UNK]": "(not documented)",
}
_TAG = re.compile(r"\[(INF|SDK|2ND|DOC|SEED|UNK)\]")


def render_source_tags(text: str) -> str:
    """``[INF]`` -> ``(inferred)`` and so on, so generated docstrings carry no bare tags."""
    return _TAG.sub(lambda match: SOURCE_TAGS[match.group(0)], text)


def _docstring(text: str, indent: int = 4, hanging: int = 0, width: int = 94) -> str:
    """Wrapped docstring lines (no quotes), paragraphs kept; the first line is not indented.

    ``hanging`` indents continuation lines further (``Args:`` entries).
    """
    text = render_source_tags(text)
    prefix = " " * indent
    paragraphs = [part for part in text.split("\n\n") if part.strip()]
    lines: list[str] = []
    for paragraph in paragraphs:
        if lines:
            lines.append("")
        wrapped = textwrap.wrap(
            paragraph.replace("\\", "\\\\").replace('"""', "'''"),
            width=width,
            initial_indent=prefix if not lines or not hanging else prefix + " " * hanging,
            subsequent_indent=prefix + " " * hanging,
            break_long_words=False,
            break_on_hyphens=False,
        )
        lines.extend(wrapped)
    return "\n".join(lines).lstrip()


def _in_class(type_expr: str) -> str:
    # Inside a resource class, ``list`` is the method: annotations must name the builtin.
    return re.sub(r"(?<![\w.])list\[", "builtins.list[", type_expr)


def _field_line(field: Field) -> str:
    annotation = field.type_expr
    if field.nullable or not field.required:
        annotation += " | None"
    alias = f"alias={field.wire_name!r}" if field.py_name != field.wire_name else ""
    # x-hookhub-secret: the value stays a plain str, but never appears in a repr.
    secret = "repr=False" if field.secret else ""
    extra = ", ".join(part for part in (alias, secret, _description(field)) if part)
    if field.required:
        value = f" = Field({extra})" if extra else ""
    else:
        default = repr(field.default) if field.has_default else "None"
        value = f" = Field(default={default}, {extra})" if extra else f" = {default}"
    return f"{field.py_name}: {annotation}{value}"


def _description(field: Field) -> str:
    """``description=`` with the text pydantic's ``use_attribute_docstrings`` would read from
    the attribute docstring: given here, so no model reads its own source at import (that
    took most of the time of importing a provider's models)."""
    if not field.description:
        return ""
    docstring = _docstring(field.description, 4).replace("\\\\", "\\")
    text = inspect.cleandoc(docstring)
    pieces: list[str] = []
    for line in text.splitlines(keepends=True):
        while len(line) > 70:
            cut = line.rfind(" ", 0, 70) + 1 or 70
            pieces.append(line[:cut])
            line = line[cut:]
        pieces.append(line)
    return "description=(" + " ".join(repr(piece) for piece in pieces) + ")"


def _kw_annotation(type_expr: str, required: bool, nullable: bool) -> str:
    annotation = _in_class(type_expr)
    if not required:
        annotation += " | Omit"
    if nullable:
        annotation += " | None"
    return annotation


def _signature(operation: Operation, asynchronous: bool) -> str:
    parts = ["self"]
    for param in operation.path_params:
        parts.append(f"{param.py_name}: {_in_class(param.type_expr)}")
    keyword: list[str] = []
    optional: list[str] = []
    for item in _keyword_items(operation):
        annotation = _kw_annotation(item.type_expr, item.required, item.nullable)
        if item.required:
            keyword.append(f"{item.py_name}: {annotation}")
        else:
            optional.append(f"{item.py_name}: {annotation} = omit")
    if operation.takes_idempotency_key:
        optional.append("idempotency_key: str | Omit = omit")
    optional.extend(_PER_CALL_PARAMETERS)
    parts.append("*")
    parts.extend(keyword + optional)
    returns = _return_type(operation, asynchronous)
    # An async list that pages is a plain def: its paginator is both awaitable and
    # async-iterable, and sends nothing until used.
    is_coroutine = asynchronous and operation.pagination is None
    return (
        f"{'async ' if is_coroutine else ''}def {operation.name}({', '.join(parts)}) -> {returns}:"
    )


def _raw_signature(operation: Operation, asynchronous: bool) -> str:
    """The ``with_raw_response`` twin of :func:`_signature`: same parameters, returning the
    ``APIResponse`` (always a coroutine when async: the response is awaited)."""
    plain = _signature(operation, asynchronous).removeprefix("async ")
    head, _, _ = plain.rpartition(" -> ")
    result = _raw_result(operation, asynchronous)
    return f"{'async ' if asynchronous else ''}{head} -> APIResponse[{result}]:"


def _raw_result(operation: Operation, asynchronous: bool) -> str:
    if operation.result_type is None:
        return "None"
    if operation.pagination is not None:
        assert operation.page_item_type is not None
        page = "AsyncPage" if asynchronous else "SyncPage"
        return _in_class(f"{page}[{operation.page_item_type}, {operation.result_type}]")
    return _in_class(operation.result_type)


def _forward_arguments(operation: Operation) -> str:
    """The call that hands every parameter of :func:`_signature` on unchanged."""
    names = [param.py_name for param in operation.path_params]
    keywords = [item.py_name for item in _keyword_items(operation)]
    if operation.takes_idempotency_key:
        keywords.append("idempotency_key")
    keywords += ["extra_headers", "extra_query", "extra_body", "timeout", "max_retries"]
    return ", ".join(names + [f"{name}={name}" for name in keywords])


_PER_CALL_PARAMETERS = (
    "extra_headers: Mapping[str, str] | Omit = omit",
    "extra_query: Mapping[str, object] | Omit = omit",
    "extra_body: Mapping[str, object] | Omit = omit",
    "timeout: float | httpx.Timeout | Omit | None = omit",
    "max_retries: int | Omit = omit",
)


def _return_type(operation: Operation, asynchronous: bool) -> str:
    if operation.result_type is None:
        return "None"
    if operation.pagination is not None:
        assert operation.page_item_type is not None
        page = "AsyncPaginator" if asynchronous else "SyncPage"
        return _in_class(f"{page}[{operation.page_item_type}, {operation.result_type}]")
    return _in_class(operation.result_type)


def _keyword_items(operation: Operation) -> list[Param | Field]:
    items: list[Param | Field] = [*operation.query_params, *(operation.body_fields or [])]
    names = [item.py_name for item in items] + [param.py_name for param in operation.path_params]
    if len(set(names)) != len(names):
        raise ValueError(f"{operation.name}: two parameters share a Python name")
    return items


def _call_arguments(operation: Operation) -> str:
    lines = []
    if operation.path_params:
        pairs = ", ".join(f"{p.wire_name!r}: {p.py_name}" for p in operation.path_params)
        lines.append(f"path_params={{{pairs}}},")
    if operation.query_params:
        pairs = ", ".join(f"{p.wire_name!r}: {p.py_name}" for p in operation.query_params)
        lines.append(f"query={{{pairs}}},")
    if operation.body_fields is not None:
        pairs = ", ".join(f"{f.wire_name!r}: {f.py_name}" for f in operation.body_fields)
        lines.append(f"body={{{pairs}}},")
    if operation.takes_idempotency_key:
        lines.append("idempotency_key=idempotency_key,")
    lines.append(
        "options=call_options(extra_headers=extra_headers, extra_query=extra_query, "
        "extra_body=extra_body, timeout=timeout, max_retries=max_retries),"
    )
    return "\n".join(lines)


def _adapter_name(operation: Operation) -> str:
    return f"_{operation.constant}_RESULT"
