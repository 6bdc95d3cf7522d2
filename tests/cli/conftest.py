"""Run the real ``hookhub`` command in a subprocess, against sandboxes in another process.

Every test here goes through ``sys.executable -m hookhub``: the entry point, argument
parsing, stdout/stderr separation and exit codes as a user's shell sees them.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Generous: a safety net against a hung child, not a timing assertion.
CHILD_TIMEOUT = 120


def clean_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The parent's environment without any provider credentials or hookhub settings."""
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.endswith(("_API_KEY", "_BASE_URL")) and not name.startswith("HOOKHUB_")
    }
    env.update(extra or {})
    return env


def hookhub(*args: str, env: Mapping[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m hookhub ARGS`` with a clean environment plus ``env``."""
    return subprocess.run(
        [sys.executable, "-m", "hookhub", *args],
        capture_output=True,
        text=True,
        env=clean_env(env),
        timeout=CHILD_TIMEOUT,
        check=False,
    )


def error_line(result: subprocess.CompletedProcess[str]) -> str:
    """The one stderr line an expected error prints (fails if there are more)."""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: "), lines[0]
    return lines[0]


@dataclass
class Served:
    """A running ``hookhub sandbox serve --json`` and what it printed."""

    process: subprocess.Popen[str]
    document: dict[str, Any]
    stderr_path: Path

    def env(self, provider: str) -> dict[str, str]:
        """The environment lines it printed for ``provider``."""
        for item in self.document["sandboxes"]:
            if item["provider"] == provider:
                return dict(item["env"])
        raise KeyError(provider)

    def stop(self, signum: int = signal.SIGTERM) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signum)
        code = self.process.wait(timeout=CHILD_TIMEOUT)
        if self.process.stdout is not None:
            self.process.stdout.close()
        return code


def start_serve(*args: str) -> Served:
    """Start ``hookhub sandbox serve --json ARGS``; return once it printed its endpoints."""
    stderr = Path(tempfile.mkstemp(prefix="hookhub-serve-", suffix=".log")[1])
    with stderr.open("w") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "hookhub", "sandbox", "serve", "--json", *args],
            stdout=subprocess.PIPE,
            stderr=sink,
            text=True,
            env=clean_env(),
        )
    assert process.stdout is not None
    line = process.stdout.readline()
    if not line:
        process.wait(timeout=CHILD_TIMEOUT)
        process.stdout.close()
        raise AssertionError(f"serve printed nothing: {stderr.read_text()}")
    return Served(process, json.loads(line), stderr)


@pytest.fixture(scope="session")
def served() -> Iterator[Served]:
    """All five sandboxes in one ``hookhub sandbox serve`` process, shared by the suite."""
    server = start_serve()
    try:
        yield server
    finally:
        server.stop()
        server.stderr_path.unlink(missing_ok=True)
