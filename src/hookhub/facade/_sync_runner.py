# This file was written by scripts/codegen.py from src/hookhub/facade/_async_runner.py
# (scripts/hookhub_codegen/unasync.py). Do not edit it: edit the async module and run
# `make codegen`.

"""Run a plan with the synchronous native client: the one facade loop that sends and sleeps.

Only this module is written by hand; ``scripts/codegen.py`` writes
:mod:`hookhub.facade._sync_runner` from it (see ``scripts/hookhub_codegen/unasync.py``).
"""

from __future__ import annotations

import time
from typing import Any, TypeVar

from hookhub._core.errors import HookhubError
from hookhub.facade._plans import Plan, Sleep
from hookhub.facade._runners import NO_CALL_OPTIONS, CallOptions, PlanDriver

__all__ = ["run_sync"]

T = TypeVar("T")


def run_sync(
    plan: Plan[T],
    native: Any,
    *,
    deadline: float | None = None,
    options: CallOptions = NO_CALL_OPTIONS,
) -> T:
    """Run ``plan`` with the synchronous native client ``native``; ``deadline`` is a
    ``time.monotonic()`` value."""
    driver = PlanDriver(plan, deadline)
    webhooks = native.webhooks
    step = driver.next_step(None, None)
    while step is not None:
        if isinstance(step, Sleep):
            time.sleep(step.seconds)
            step = driver.next_step(None, None)
            continue
        try:
            reply = getattr(webhooks, step.operation)(*step.args, **options.arguments(step))
        except HookhubError as exc:
            step = driver.next_step(None, exc)
        else:
            step = driver.next_step(reply, None)
    return driver.result
