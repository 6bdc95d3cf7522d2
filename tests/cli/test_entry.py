"""The entry points: ``python -m hookhub``, the console script, and a missing extra."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import hookhub
from tests.cli.conftest import CHILD_TIMEOUT, clean_env, error_line
from tests.cli.conftest import hookhub as run


def _python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=clean_env(),
        timeout=CHILD_TIMEOUT,
        check=False,
    )


def test_console_script_and_module_run_the_same_command() -> None:
    script = Path(sys.executable).parent / "hookhub"
    by_script = subprocess.run(
        [str(script), "--version"], capture_output=True, text=True, check=False
    )
    by_module = run("--version")

    assert by_script.returncode == by_module.returncode == 0
    assert by_script.stdout == by_module.stdout
    assert hookhub.__version__ in by_module.stdout


def test_without_the_cli_extra_one_line_names_it() -> None:
    # A None entry in sys.modules makes the import fail, as if click were not installed.
    result = _python(
        "import sys; sys.modules['click'] = None\nfrom hookhub.cli import main\nmain(['providers'])"
    )

    assert result.returncode == 3
    assert "pip install 'hookhub[cli]'" in error_line(result)
    assert result.stdout == ""


def test_import_hookhub_does_not_load_the_cli() -> None:
    # httpx itself imports click and rich when they are installed; measure past it.
    result = _python(
        "import sys, httpx\n"
        "before = set(sys.modules)\n"
        "import hookhub\n"
        "print(sorted(m for m in set(sys.modules) - before "
        "if m.split('.')[0] in ('click', 'rich') or m.startswith('hookhub.cli')))"
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_no_command_prints_usage_with_exit_2() -> None:
    result = run()

    assert result.returncode == 2
    assert "Usage: hookhub" in result.stdout + result.stderr
