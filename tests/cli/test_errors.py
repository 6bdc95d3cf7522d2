"""Each error class has its documented exit code and prints one line without a secret."""

from __future__ import annotations

import pytest

import hookhub
from hookhub.cli._errors import ExitCode, error_line, exit_code_for


def _status(cls: type[hookhub.APIStatusError], status: int) -> hookhub.APIStatusError:
    return cls("boom", status_code=status, provider="sentdm", code="X_1", request_id="req_1")


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (hookhub.InvalidInputError("bad id"), ExitCode.USAGE),
        (hookhub.ConfigurationError("no key"), ExitCode.CONFIGURATION),
        (_status(hookhub.AuthenticationError, 401), ExitCode.AUTHENTICATION),
        (_status(hookhub.PermissionDeniedError, 403), ExitCode.AUTHENTICATION),
        (_status(hookhub.NotFoundError, 404), ExitCode.NOT_FOUND),
        (_status(hookhub.ConflictError, 409), ExitCode.API_ERROR),
        (_status(hookhub.RateLimitError, 429), ExitCode.API_ERROR),
        (_status(hookhub.InternalServerError, 500), ExitCode.API_ERROR),
        (
            hookhub.WebhookLimitError("one only", provider="polytomic", existing=[]),
            ExitCode.API_ERROR,
        ),
        (
            hookhub.APITimeoutError("timed out", provider="kallima", method="GET", path="/x"),
            ExitCode.CONNECTION,
        ),
        (
            hookhub.ConvergenceError(
                "flipped", provider="shipping_channels", webhook_id="1", wanted=False, last_seen=1
            ),
            ExitCode.CONVERGENCE,
        ),
        (
            hookhub.UnsupportedOperationError("no", provider="kallima", operation="pause"),
            ExitCode.UNSUPPORTED,
        ),
        (RuntimeError("bug"), ExitCode.UNEXPECTED),
    ],
)
def test_each_error_class_has_its_exit_code(error: BaseException, code: ExitCode) -> None:
    assert exit_code_for(error) == code


def test_error_line_is_one_line_without_the_secret() -> None:
    error = hookhub.InternalServerError(
        "upstream said\nkey sk_live_abcdef123 is bad",
        status_code=502,
        provider="sentdm",
        request_id="req_9",
    )

    line = error_line(error, {"sk_live_abcdef123"})

    assert "\n" not in line
    assert "sk_live_abcdef123" not in line
    assert line.startswith("Error: [sentdm] 502")
    assert "request_id=req_9" in line


def test_rate_limit_line_says_how_long_to_wait() -> None:
    error = hookhub.RateLimitError(
        "slow down", status_code=429, provider="shipping_channels", retry_after=30
    )

    assert error_line(error).endswith("(retry after 30s)")


def test_unexpected_error_points_at_debug() -> None:
    assert "--debug" in error_line(KeyError("x"))
