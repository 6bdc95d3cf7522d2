"""Converging verbs: 429 is a refusal, a deadline bounds every call, "already so" converges,
and the verifying mode closes read lag and late apply (issue 6, items 6, 10, 11)."""

from __future__ import annotations

import inspect
import math
from typing import Any

import httpx
import pytest
import respx

import hookhub
from tests.reliability._backends import Faulty, facade, new_backend


async def call(hooks: Any, verb: str, *args: Any, **kwargs: Any) -> Any:
    result = getattr(hooks, verb)(*args, **kwargs)
    return await result if inspect.isawaitable(result) else result


def backend(provider: str, *, enabled: bool = True, **kwargs: Any) -> Faulty:
    sandbox = new_backend(provider)
    return Faulty(sandbox, sandbox.seed(enabled=enabled), **kwargs)


def patches(server: Faulty) -> int:
    return [method for method, _ in server.requests].count("PATCH")


@pytest.mark.parametrize("form", ["429-seconds", "429-date", "429-ms", "429-body"])
async def test_429_on_the_toggle_waits_and_toggles_once(form: str, flavour: str) -> None:
    # Before: a 429 counted as "may have applied": a second toggle, then ConvergenceError.
    server = backend("shipping_channels", faults=[None, None, form])
    hooks = facade("shipping_channels", flavour, server, state_strategy="toggle")
    result = await call(hooks, "disable", server.webhook_id)
    assert result.enabled is False and server.state() is False
    assert server.sandbox.flips == 1
    assert patches(server) == 2, "the refused toggle, then one after the wait"


async def test_429_over_the_limit_raises_rate_limit_error_without_a_second_toggle(
    flavour: str,
) -> None:
    server = backend("shipping_channels", faults=[None, None, "429-long"])
    hooks = facade("shipping_channels", flavour, server, state_strategy="toggle")
    with pytest.raises(hookhub.RateLimitError) as caught:
        await call(hooks, "disable", server.webhook_id)
    assert caught.value.retry_after == 3600
    assert patches(server) == 1 and server.sandbox.flips == 0 and server.state() is True


async def test_429_every_time_gives_up_with_rate_limit_error(flavour: str) -> None:
    server = backend("shipping_channels", faults=[None, None] + ["429-seconds", None, None] * 5)
    hooks = facade("shipping_channels", flavour, server, state_strategy="toggle", max_retries=2)
    with pytest.raises(hookhub.RateLimitError):
        await call(hooks, "disable", server.webhook_id)
    assert patches(server) == 3 and server.sandbox.flips == 0


async def test_deadline_ends_in_a_typed_error_with_the_last_state_seen(flavour: str) -> None:
    # Every toggle answer is lost and never applied; the late-apply wait exceeds the deadline.
    server = backend("shipping_channels", faults=[None, None, "timeout-before"])
    hooks = facade(
        "shipping_channels", flavour, server, state_strategy="toggle", timeout=30.0, deadline=5.0
    )
    with pytest.raises(hookhub.DeadlineExceededError) as caught:
        await call(hooks, "disable", server.webhook_id)
    error = caught.value
    assert isinstance(error, hookhub.ConvergenceError)
    assert error.deadline == 5.0 and error.wanted is False
    assert error.last_seen is not None and error.last_seen.enabled is True
    assert patches(server) == 1, "no waiting past the deadline, no second toggle"


async def test_a_server_wait_longer_than_the_deadline_is_not_slept(flavour: str) -> None:
    server = backend("shipping_channels")
    hooks = facade("shipping_channels", flavour, server, state_strategy="toggle", deadline=30.0)
    server.sandbox.faults.rate_limit(100, retry_after=45, format="seconds", method="PATCH")
    with pytest.raises(hookhub.DeadlineExceededError) as caught:
        await call(hooks, "disable", server.webhook_id)
    assert caught.value.retry_after == 45
    assert caught.value.last_seen.enabled is True


async def test_per_call_deadline_and_reads_bounded_too(flavour: str) -> None:
    # Reads answering 429 with a wait: the native client sleeps no wait over the deadline.
    hooks = facade("kallima", flavour, deadline=10.0)
    with respx.mock() as router:
        router.route().mock(return_value=httpx.Response(429, headers={"Retry-After": "11"}))
        with pytest.raises(hookhub.DeadlineExceededError) as caught:
            await call(hooks, "disable", "wh_1")
        assert len(router.calls) == 1, "the 11 s wait does not fit the 10 s deadline"
        with pytest.raises(hookhub.RateLimitError) as over_limit:
            await call(hooks, "disable", "wh_1", deadline=None)
        with pytest.raises(hookhub.InvalidInputError, match="deadline"):
            await call(hooks, "disable", "wh_1", deadline=-1)
        # The client's deadline still caps what its native client sleeps: RateLimitError.
        assert len(router.calls) == 2
    assert caught.value.retry_after == 11
    assert over_limit.value.retry_after == 11


@pytest.mark.parametrize(
    "bad",
    [
        {"settle_delay": -1},
        {"settle_delay": math.nan},
        {"settle_delay": "1"},
        {"deadline": 0},
        {"deadline": -5},
        {"deadline": math.nan},
        {"verify": "yes"},
        {"max_retries": -1},
        {"timeout": -1.0},
    ],
)
async def test_bad_facade_settings_are_refused_before_anything_is_sent(
    bad: dict[str, Any], flavour: str
) -> None:
    # Before: settle_delay=-1 raised ValueError from time.sleep, after the toggle was sent.
    with respx.mock(assert_all_called=False) as router:
        route = router.route().mock(return_value=httpx.Response(200))
        with pytest.raises(hookhub.ConfigurationError):
            facade("shipping_channels", flavour, state_strategy="toggle", **bad)
    assert not route.called


async def test_409_already_paused_counts_as_converged(flavour: str) -> None:
    # flip may answer 409 to pausing a paused webhook (after a lost response, say).
    server = backend("flip", enabled=False)
    hooks = facade("flip", flavour, server)
    server.sandbox.faults.fail_next(2, status=409, operation="pause")
    paused = await call(hooks, "pause", server.webhook_id)
    disabled = await call(hooks, "disable", server.webhook_id)
    assert paused.paused is True and disabled.enabled is False
    assert [r.outcome for r in server.sandbox.requests if r.method == "POST"] == ["fault:fail"] * 2


async def test_409_on_a_webhook_not_in_that_state_is_still_an_error(flavour: str) -> None:
    server = backend("flip", enabled=True)
    hooks = facade("flip", flavour, server)
    server.sandbox.faults.fail_next(status=409, operation="pause")
    with pytest.raises(hookhub.ConflictError):
        await call(hooks, "pause", server.webhook_id)
    assert server.state() is True


@pytest.mark.parametrize("strategy", ["set", "toggle"])
async def test_verifying_mode_is_not_fooled_by_a_stale_first_read(
    strategy: str, flavour: str
) -> None:
    # Someone just enabled it; the first read still answers the old, disabled state.
    server = backend("shipping_channels", enabled=False)
    server.stale_reads(1)
    server.sandbox.set_enabled_externally(server.webhook_id, True)
    hooks = facade("shipping_channels", flavour, server, state_strategy=strategy)
    result = await call(hooks, "disable", server.webhook_id)
    assert result.enabled is False and server.state() is False


async def test_fast_mode_trusts_a_single_read(flavour: str) -> None:
    # The documented cost of verify=False: a stale first read is believed.
    server = backend("shipping_channels", enabled=False)
    server.stale_reads(1)
    server.sandbox.set_enabled_externally(server.webhook_id, True)
    hooks = facade("shipping_channels", flavour, server, verify=False)
    result = await call(hooks, "disable", server.webhook_id)
    assert result.enabled is False and server.state() is True
    assert len(server.requests) == 1


@pytest.mark.parametrize("verify", [True, False])
async def test_a_late_applied_toggle_is_waited_for_when_verifying(
    verify: bool, flavour: str
) -> None:
    reads_first = 2 if verify else 1  # a settled read is two reads
    server = backend("shipping_channels", faults=[None] * reads_first + ["late"])
    if not verify:
        server.late_after = math.inf  # lands once the call is over (flush)
    hooks = facade("shipping_channels", flavour, server, state_strategy="toggle", verify=verify)
    result = await call(hooks, "disable", server.webhook_id)
    server.flush()
    assert result.enabled is False
    if verify:
        assert server.state() is False and server.sandbox.flips == 1
    else:
        # Without the wait the lost toggle looks unapplied: a second toggle, then the late
        # one lands. This is what verify=True (the default) closes.
        assert server.state() is True and server.sandbox.flips == 2


@pytest.mark.parametrize(
    ("provider", "strategy", "initial", "verify", "requests"),
    [
        # The README's cost table: requests per disable() with no fault.
        ("shipping_channels", "set", False, True, ["GET", "GET"]),
        ("shipping_channels", "set", False, False, ["GET"]),
        ("shipping_channels", "set", True, True, ["GET", "GET", "PUT"]),
        ("shipping_channels", "set", True, False, ["GET", "PUT"]),
        ("shipping_channels", "toggle", True, True, ["GET", "GET", "PATCH"]),
        ("shipping_channels", "toggle", True, False, ["GET", "PATCH"]),
        ("polytomic", "set", True, True, ["POST"]),
        ("sentdm", "set", True, True, ["PATCH"]),
        ("flip", "set", True, True, ["POST"]),
        ("kallima", "set", True, True, ["PATCH"]),
    ],
)
async def test_cost_of_verifying_in_requests(
    provider: str, strategy: str, initial: bool, verify: bool, requests: list[str], flavour: str
) -> None:
    server = backend(provider, enabled=initial)
    hooks = facade(provider, flavour, server, state_strategy=strategy, verify=verify)
    result = await call(hooks, "disable", server.webhook_id)
    assert result.enabled is False and server.state() is False
    assert [method for method, _ in server.requests] == requests


async def test_a_late_toggle_is_waited_for_even_when_the_state_already_looks_wanted(
    flavour: str,
) -> None:
    # Found by `make stress` on the sandbox: someone enables the webhook just before our
    # toggle, whose answer is lost and which lands a moment later. The reads after the lost
    # toggle show "enabled" (the other's change), so success was reported, and then our
    # late toggle disabled it. The verifying mode now waits the request timeout here too.
    server = backend("shipping_channels", enabled=False, faults=[None, None, "late"], actor_at=2)
    hooks = facade("shipping_channels", flavour, server, state_strategy="toggle")
    result = await call(hooks, "enable", server.webhook_id)
    server.flush()
    assert result.enabled is True
    assert server.state() is True, "the late toggle was seen and undone before reporting"
    assert server.sandbox.flips == 2 and server.transitions == 2 and server.actor_flips == 1
