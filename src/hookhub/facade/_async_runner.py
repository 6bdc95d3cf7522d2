"""Run a plan with the asynchronous native client: the one facade loop that sends and sleeps.

Only this module is written by hand; ``scripts/codegen.py`` writes
:mod:`hookhub.facade._sync_runner` from it (see ``scripts/hookhub_codegen/unasync.py``).
"""

from __future__ import annotations

# unasync: sync-only
# import time
# unasync: end
from typing import Any, TypeVar

from hookhub._core.errors import HookhubError
from hookhub.facade._plans import Plan, Sleep
from hookhub.facade._runners import NO_CALL_OPTIONS, CallOptions, PlanDriver

__all__ = ["run_async"]

T = TypeVar("T")


async def run_async(
    plan: Plan[T],
    native: Any,
    *,
    deadline: float | None = None,
    options: CallOptions = NO_CALL_OPTIONS,
) -> T:
    """Run ``plan`` with the asynchronous native client ``native``; ``deadline`` is a
    ``time.monotonic()`` value."""
    driver = PlanDriver(plan, deadline)
    webhooks = native.webhooks
    step = driver.next_step(None, None)
    while step is not None:
        if isinstance(step, Sleep):
            # unasync: async-only
            import asyncio  # here: the synchronous facade never loads the event-loop machinery

            # unasync: end
            await asyncio.sleep(step.seconds)
            step = driver.next_step(None, None)
            continue
        try:
            reply = await getattr(webhooks, step.operation)(*step.args, **options.arguments(step))
        except HookhubError as exc:
            step = driver.next_step(None, exc)
        else:
            step = driver.next_step(reply, None)
    return driver.result
