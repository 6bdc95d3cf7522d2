"""The small template language of the spec's ``x-hookhub.sandbox`` block.

A template is plain JSON data in which strings may refer to variables:

- ``"$name"`` or ``"$name.a.b"``: the variable's value (a dotted path walks into dicts);
- ``"$a || $b || 3"``: the first alternative that is given; a non-``$`` alternative is a
  literal, read as JSON when it parses (``3``, ``true``, ``null``) and as text otherwise;
- ``"text ${name} text"``: the variable's value interpolated into a longer string.

A mapping key whose value is not given (an unknown variable, a missing path) is left out,
so one template serves bodies with and without optional fields.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any, cast

from hookhub._core.json_paths import MISSING, value_at

__all__ = ["MISSING", "render"]

_INTERPOLATION = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_.]*)\}")


def render(template: Any, variables: Mapping[str, Any]) -> Any:
    """``template`` with every variable reference replaced; :data:`MISSING` if not given."""
    if isinstance(template, dict):
        # Templates are parsed YAML: string keys.
        rendered = {
            str(key): render(value, variables)
            for key, value in cast("dict[object, Any]", template).items()
        }
        return {key: value for key, value in rendered.items() if value is not MISSING}
    if isinstance(template, list):
        items = [render(value, variables) for value in cast("list[object]", template)]
        return [item for item in items if item is not MISSING]
    if isinstance(template, str):
        if template.startswith("$") and not template.startswith("${"):
            return _expression(template, variables)
        if "${" in template:
            return _INTERPOLATION.sub(lambda m: _text(_variable(m.group(1), variables)), template)
    return template


def _expression(expression: str, variables: Mapping[str, Any]) -> Any:
    for alternative in (part.strip() for part in expression.split("||")):
        if alternative.startswith("$"):
            value = _variable(alternative[1:], variables)
            if value is not MISSING:
                return value
            continue
        try:
            return json.loads(alternative)
        except ValueError:
            return alternative
    return MISSING


def _variable(reference: str, variables: Mapping[str, Any]) -> Any:
    name, _, rest = reference.partition(".")
    if name not in variables:
        return MISSING
    value = variables[name]
    if value is MISSING:
        return MISSING
    return value_at(value, rest) if rest else value


def _text(value: Any) -> str:
    return "" if value is MISSING or value is None else str(value)
