"""Generated field descriptions are the attribute docstrings, without reading source at import."""

from __future__ import annotations

import ast
import importlib
import inspect
from pathlib import Path

import pytest

from hookhub.providers import CLIENT_CLASSES


@pytest.mark.parametrize("provider", sorted(CLIENT_CLASSES))
def test_field_descriptions_equal_the_attribute_docstrings(provider: str) -> None:
    module = importlib.import_module(f"hookhub.providers.{provider}.models")
    tree = ast.parse(Path(inspect.getfile(module)).read_text())
    checked = 0
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        fields = getattr(module, node.name).model_fields
        for statement, following in zip(node.body, node.body[1:], strict=False):
            if (
                isinstance(statement, ast.AnnAssign)
                and isinstance(statement.target, ast.Name)
                and isinstance(following, ast.Expr)
                and isinstance(following.value, ast.Constant)
                and isinstance(following.value.value, str)
            ):
                name = statement.target.id
                assert fields[name].description == inspect.cleandoc(following.value.value)
                checked += 1
    assert checked > 0
