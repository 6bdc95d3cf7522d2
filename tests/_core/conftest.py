"""Core tests that also run on the public-httpx path (see ``hookhub._core.httpx_compat``)."""

from __future__ import annotations

import pytest

from hookhub._core import httpx_compat

# Modules whose behaviour must not depend on the private httpx fast paths: each of their
# tests runs twice, once with the fast paths ("private") and once without ("public").
_BOTH_PATHS = {
    "test_hostile_responses",
    "test_request_safety",
    "test_raw_response",
    "test_httpx_compat",
    "test_retries",
    "test_transport_safety",
    "test_logging",
    "test_secrets",
    "test_errors",
    "test_pagination",
    "test_with_options",
    "test_request_options",
    "test_auth_schemes",
    "test_tls",
}


@pytest.fixture(autouse=True)
def httpx_path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """``"private"`` (the default on a tested httpx) or ``"public"`` (fast paths off)."""
    mode = str(getattr(request, "param", "private"))
    if mode == "public":
        monkeypatch.setattr(httpx_compat, "PRIVATE_OK", False)
    return mode


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if metafunc.module.__name__.rsplit(".", 1)[-1] in _BOTH_PATHS:
        # The private paths exist only on an httpx they were tested with; elsewhere the
        # public path is the only one, and "private" would test it twice under a false name.
        paths = ["private", "public"] if httpx_compat.PRIVATE_OK else ["public"]
        metafunc.parametrize("httpx_path", paths, indirect=True)
