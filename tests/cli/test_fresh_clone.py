"""``make demo`` from a fresh clone: a new .venv from the package index, then the demo.

This is the newcomer's path (only python3 and make). It takes about a minute, most of it
pip; it is skipped when git, make or the package index are missing, or with
``HOOKHUB_SKIP_FRESH_CLONE=1``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import hookhub
from tests.cli.conftest import ROOT, clean_env

pytestmark = pytest.mark.fresh_clone

# Cloning, installing and the demo together; a guard against a hung pip, not a timing check.
LIMIT = 600


def _skip_reason(scratch: Path) -> str | None:
    if os.environ.get("HOOKHUB_SKIP_FRESH_CLONE") == "1":
        return "HOOKHUB_SKIP_FRESH_CLONE=1"
    for tool in ("git", "make"):
        if shutil.which(tool) is None:
            return f"no {tool} on PATH"
    if not (ROOT / ".git").exists():
        return "not a git checkout"
    pip = [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet"]
    probe = subprocess.run(
        [*pip, "--dest", str(scratch), "click"],
        capture_output=True,
        text=True,
        timeout=LIMIT,
        check=False,
    )
    if probe.returncode != 0:
        return "the package index is not reachable"
    return None


def test_make_demo_from_a_fresh_clone(tmp_path: Path) -> None:
    reason = _skip_reason(tmp_path / "probe")
    if reason:
        pytest.skip(reason)
    clone = tmp_path / "hookhub"
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True, timeout=LIMIT)

    result = subprocess.run(
        ["make", "demo", f"PYTHON={sys.executable}"],
        cwd=clone,
        capture_output=True,
        text=True,
        env=clean_env(),
        timeout=LIMIT,
        check=False,
    )

    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    for capabilities in hookhub.list_providers():
        assert capabilities.provider in result.stdout
    assert "FAIL" not in result.stdout
