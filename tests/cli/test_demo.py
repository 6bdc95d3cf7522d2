"""``hookhub demo``: every provider works on its in-process sandbox, and says so truthfully."""

from __future__ import annotations

import json
from typing import Any

import pytest

import hookhub
from tests.cli.conftest import hookhub as run

CAPABILITIES = {item.provider: item for item in hookhub.list_providers()}


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    result = run("demo", "--json")
    assert result.returncode == 0, result.stderr
    document: dict[str, Any] = json.loads(result.stdout)
    return document


def test_every_provider_runs_and_every_check_passes(report: dict[str, Any]) -> None:
    assert [item["provider"] for item in report["providers"]] == sorted(CAPABILITIES)
    assert report["ok"] is True
    assert report["checks"] and all(check["ok"] for check in report["checks"])


def test_events_follow_each_providers_documented_fate(report: dict[str, Any]) -> None:
    for item in report["providers"]:
        capabilities = CAPABILITIES[item["provider"]]
        outcomes = {event["emitted_while"]: event for event in item["events"]}
        assert outcomes["enabled"]["outcome"] == "delivered"
        if capabilities.disabled_events == "buffered":
            assert outcomes["disabled"]["outcome"] == "buffered"
            assert outcomes["disabled"]["delivered_by_end"] is True
        elif capabilities.disabled_events == "dropped":
            assert outcomes["disabled"]["outcome"] == "dropped"
            assert outcomes["disabled"]["delivered_by_end"] is False
        if "pause" in capabilities.verbs:
            assert item["pause"] == "paused and resumed"
            assert outcomes["paused"]["delivered_by_end"] is True
        else:
            assert item["pause"] == "refused"
            refusal = next(row for row in item["timeline"] if row["action"] == "pause")
            assert refusal["outcome"].startswith("refused: ")
            assert refusal["calls"] == []


def test_lost_toggle_response_means_one_flip(report: dict[str, Any]) -> None:
    toggling = [name for name, item in CAPABILITIES.items() if item.relative_toggle]
    assert [item["provider"] for item in report["toggles"]] == toggling
    for toggle in report["toggles"]:
        assert toggle["toggle_requests"] == 1
        assert toggle["final_state"] == "disabled (read back: disabled)"
        assert any("no response" in call for call in toggle["calls"])


def test_readable_report_names_every_provider() -> None:
    result = run("demo")

    assert result.returncode == 0, result.stderr
    for provider in CAPABILITIES:
        assert provider in result.stdout
    assert "FAIL" not in result.stdout
    assert "pause() promises" in result.stdout
