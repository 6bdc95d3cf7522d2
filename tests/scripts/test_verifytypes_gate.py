"""The verifytypes gate: passes at or above the minimum, fails below it or without a figure."""

from __future__ import annotations

import io

import pytest

import verifytypes_gate

REPORT = 'Symbols exported by "hookhub": 10\n\nType completeness score: {}%\n\nCompleted\n'


@pytest.mark.parametrize(("figure", "code"), [("100", 0), ("95", 0), ("94.9", 1), ("70.3", 1)])
def test_gate_compares_the_figure_with_the_minimum(
    figure: str, code: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(REPORT.format(figure)))
    assert verifytypes_gate.main(["--minimum", "95"]) == code
    assert f"type completeness {float(figure):g}%" in capsys.readouterr().out


def test_gate_fails_when_pyright_printed_no_figure(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("error: package not found\n"))
    assert verifytypes_gate.main([]) == 1
    assert "no completeness score" in capsys.readouterr().err
