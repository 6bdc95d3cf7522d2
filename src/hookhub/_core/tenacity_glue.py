"""The tenacity settings both shells use: tenacity loops and sleeps, the judge decides."""

from __future__ import annotations

from typing import Any

from tenacity import RetryCallState, retry_if_result, stop_after_attempt

from hookhub._core.attempts import AttemptResult
from hookhub._core.retry_policy import RetryPolicy

__all__ = ["retrying_kwargs"]


def _wait(state: RetryCallState) -> float:
    assert state.outcome is not None
    result: AttemptResult = state.outcome.result()
    return result.wait


def _last_result(state: RetryCallState) -> AttemptResult:
    assert state.outcome is not None
    result: AttemptResult = state.outcome.result()
    return result


def retrying_kwargs(policy: RetryPolicy) -> dict[str, Any]:
    """Keyword arguments for ``tenacity.Retrying`` / ``AsyncRetrying``."""
    return {
        "stop": stop_after_attempt(policy.max_retries + 1),
        "retry": retry_if_result(lambda result: bool(result.retry)),
        "wait": _wait,
        "retry_error_callback": _last_result,
        "reraise": True,
    }
