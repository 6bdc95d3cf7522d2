"""hookhub.sandbox sits below the facade and is loaded only when asked for."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import hookhub.sandbox

PACKAGE = Path(hookhub.sandbox.__file__).parent
# The pytest plugin is a top layer (it builds facade clients); everything else is not.
TOP_LAYER = {"pytest_plugin.py"}


def imported_modules(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_sandbox_never_imports_the_facade() -> None:
    for path in PACKAGE.glob("*.py"):
        if path.name in TOP_LAYER:
            continue
        modules = imported_modules(path)
        assert not any(m == "hookhub" or m.startswith("hookhub.facade") for m in modules), path


def test_import_hookhub_does_not_load_the_sandbox() -> None:
    code = "import sys, hookhub; print('hookhub.sandbox' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def code_strings(path: Path) -> set[str]:
    """String constants in code, docstrings left out."""
    tree = ast.parse(path.read_text())
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    }


def test_no_provider_is_named_in_sandbox_code() -> None:
    from hookhub.providers import PROVIDER_IDS

    for path in PACKAGE.glob("*.py"):
        named = code_strings(path) & set(PROVIDER_IDS)
        assert not named, f"{path.name} names {named}: provider behaviour belongs in the spec"
