"""The verifier is generic: every provider fact comes from the generated profiles."""

from __future__ import annotations

import re

from hookhub.providers import PROVIDER_IDS
from tests.conftest import ROOT

SOURCES = sorted((ROOT / "src" / "hookhub" / "verification").glob("*.py"))


def test_the_verification_package_names_no_provider_and_no_header() -> None:
    assert SOURCES
    for path in SOURCES:
        text = path.read_text().lower()
        for needle in [*PROVIDER_IDS, "kallima", "sent.dm", "x-webhook", "whsec_"]:
            # Docstrings may show an example call; code may not branch on a provider.
            code = re.sub(r'"""[\s\S]*?"""', "", text)
            assert needle not in code, f"{path.name} mentions {needle!r}"


def test_the_verification_package_does_not_import_the_facade() -> None:
    for path in SOURCES:
        assert "hookhub.facade" not in path.read_text(), path.name
