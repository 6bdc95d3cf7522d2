"""Shared by the reliability suites: hypothesis profiles and the figures ``make stress`` prints.

``make test`` runs every suite with the ``ci`` profile (a few hundred cases in all);
``make stress`` sets ``HOOKHUB_STRESS=1`` and runs the ``stress`` profile. Each suite counts
what it tried and saw through the ``tally`` fixture; the counts are printed at the end of the
run, so the README's Reliability section can quote them.
"""

from __future__ import annotations

import os
from collections import Counter

import pytest
from hypothesis import HealthCheck, settings

STRESS = os.environ.get("HOOKHUB_STRESS") == "1"

settings.register_profile(
    "ci",
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.register_profile(
    "stress",
    max_examples=2500,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.load_profile("stress" if STRESS else "ci")

_TALLY: Counter[str] = Counter()


class Tally:
    """Named counters, summed over the whole run (``tally.add("sequences")``)."""

    def add(self, name: str, count: int = 1) -> None:
        _TALLY[name] += count


@pytest.fixture
def tally() -> Tally:
    return Tally()


def figures() -> dict[str, int]:
    """The counts gathered so far, by name."""
    return dict(sorted(_TALLY.items()))
