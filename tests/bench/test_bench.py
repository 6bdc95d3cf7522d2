"""`make bench` keeps working: a tiny run prints every row; the PASS/MISS verdicts are right.

No timing is asserted: the numbers of a tiny run on a shared machine mean nothing.
"""

from __future__ import annotations

import asyncio
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from bench.run import SECTIONS, _record, compile_package, profile, table

from bench import run
from tests.conftest import ROOT


def test_a_quick_run_prints_every_row() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--quick"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    for section in SECTIONS:
        assert any(line.startswith(section.title) for line in lines)
        for row in section.rows:
            line = next(line for line in lines if line.startswith(row.label))
            official = row.key.startswith("official.")
            module = {"official.sentdm": "sent_dm", "official.polytomic": "polytomic"}.get(row.key)
            installed = module is None or importlib.util.find_spec(module) is not None
            assert ("not installed" in line) == (official and not installed), line


def _values(**ratios: float) -> dict[str, float]:
    """Every row at 100, except the given keys (dots as double underscores) at 100×ratio."""
    values = {row.key: 100.0 for section in SECTIONS for row in section.rows}
    values |= {key.replace("__", "."): 100.0 * ratio for key, ratio in ratios.items()}
    return values


def test_verdicts_follow_the_targets() -> None:
    report, missed = table(
        _values(gen__sentdm=0.9, official__sentdm=0.9 * 2.6, official__polytomic=1.6), False
    )
    line = {row.key: row.label for section in SECTIONS for row in section.rows}
    rows = {
        key: next(x for x in report.splitlines() if x.startswith(label))
        for key, label in line.items()
    }
    assert rows["gen.sentdm"].endswith("PASS")
    assert rows["official.sentdm"].endswith("PASS")  # 2.6× ours, at least 2.5× wanted
    assert rows["gen.kallima"].endswith("MISS")  # 1.00× raw, at most 0.95× wanted
    assert rows["facade.kallima"].endswith("PASS")
    assert rows["startup.ours"].endswith("PASS")
    assert missed == 2  # gen.kallima and gen.polytomic


def test_markdown_rows_are_table_rows() -> None:
    report, _ = table(_values(), True)
    rows = [line for line in report.splitlines() if line]
    assert all(line.startswith("| ") or line.startswith("|---") for line in rows)


def test_profile_names_the_generated_method(capsys: pytest.CaptureFixture[str]) -> None:
    profile("gen.sentdm", 2)
    assert "toggle_status" in capsys.readouterr().out


def test_profile_refuses_an_unknown_variant() -> None:
    with pytest.raises(SystemExit, match=r"unknown variant .no\.such."):
        profile("no.such", 1)


def test_startup_measures_with_hookhub_bytecode_compiled(tmp_path: Path) -> None:
    """As after ``pip install``: the children load hookhub's ``.pyc`` files, never compile."""
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "module.py").write_text("X = 1\n")
    compile_package(str(package))
    for source in ("__init__.py", "module.py"):
        assert Path(importlib.util.cache_from_source(str(package / source))).is_file()


def test_startup_compiles_hookhub_before_measuring(monkeypatch: pytest.MonkeyPatch) -> None:
    compiled: list[str] = []
    monkeypatch.setattr(run, "compile_package", compiled.append)
    assert run.measure_startup(0, warm_up=False) == dict.fromkeys(run.STARTUP, float("inf"))
    assert [Path(directory).resolve() for directory in compiled] == [
        Path(run.hookhub.__file__).parent.resolve()
    ]


def test_the_fan_out_records_each_disable_s_requests_and_pauses() -> None:
    # Raw httpx replays this schedule: the same requests with the same pauses between them,
    # so the pause a provider needs (a confirming read 1 s later) is not counted as overhead.
    recorded = asyncio.run(
        _record([("shipping_channels", "wh_1"), ("kallima", "aaaa0001-bbbb-0002-cccc-0003")])
    )
    shipping, kallima = (
        [step if isinstance(step, float) else step[0] for step in steps] for steps in recorded
    )
    assert shipping == ["GET", 1.0, "GET", "PUT"]  # the facade's defaults: verify, 1 s settle
    assert kallima == ["PATCH"]
    assert all(step[1].endswith("/wh_1") for step in recorded[0] if not isinstance(step, float))
