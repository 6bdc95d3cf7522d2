"""The specs validate, and the committed generated code matches them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from openapi_spec_validator import validate

from tests.conftest import ROOT

SPECS = sorted((ROOT / "openapi").glob("*.yaml"))


def test_one_spec_per_provider() -> None:
    assert [path.stem for path in SPECS] == [
        "flip",
        "kallima",
        "polytomic",
        "sentdm",
        "shipping_channels",
    ]


@pytest.mark.parametrize("path", SPECS, ids=lambda path: path.stem)
def test_spec_is_valid_openapi_3_1(path: Path) -> None:
    document = yaml.safe_load(path.read_text())
    assert document["openapi"].startswith("3.1")
    validate(document)


@pytest.mark.parametrize("path", SPECS, ids=lambda path: path.stem)
def test_every_operation_declares_a_retry_class(path: Path) -> None:
    document = yaml.safe_load(path.read_text())
    for item in document["paths"].values():
        for method, operation in item.items():
            if method in ("get", "post", "put", "patch", "delete"):
                assert operation["x-hookhub-retry"] in (
                    "safe",
                    "set-state",
                    "keyed",
                    "toggle",
                    "unsafe",
                ), operation["operationId"]


def test_generated_code_is_up_to_date() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "codegen.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
