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


def retrying_kwargs(policy: RetryPolicy, *, after_first: bool = False) -> dict[str, Any]:
    """Keyword arguments for ``tenacity.Retrying`` / ``AsyncRetrying``.

    ``after_first``: the shell made the first attempt itself (most calls need no retry, and
    running tenacity costs more than the rest of the call's logic), so tenacity runs only
    the retries: ``max_retries`` attempts at most.
    """
    return {
        "stop": stop_after_attempt(policy.max_retries + (0 if after_first else 1)),
        "retry": retry_if_result(lambda result: bool(result.retry)),
        "wait": _wait,
        "retry_error_callback": _last_result,
        "reraise": True,
    }
