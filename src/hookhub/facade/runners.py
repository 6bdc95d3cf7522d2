"""Execute plans: the only facade code that calls the network or sleeps.

``asyncio`` is imported inside the async functions, not here: a program that only uses the
synchronous facade never loads the event-loop machinery (about 10 ms at start-up).
"""

from __future__ import annotations

import threading
import time
import weakref
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from hookhub._core.errors import HookhubError
from hookhub.facade.plans import Call, Plan, Sleep

if TYPE_CHECKING:
    import asyncio

__all__ = ["async_webhook_lock", "run_async", "run_sync", "webhook_lock"]

T = TypeVar("T")
LockKey = tuple[str, str, str]


class _Driver(Generic[T]):
    """Advances a plan: feeds it the last reply or error, hands back its next step."""

    def __init__(self, plan: Plan[T]) -> None:
        self._plan = plan
        self.result: T

    def next_step(self, reply: Any, error: HookhubError | None) -> Call | Sleep | None:
        """The next step, or ``None`` once the plan has returned (see :attr:`result`)."""
        try:
            return self._plan.throw(error) if error is not None else self._plan.send(reply)
        except StopIteration as done:
            self.result = done.value
            return None


def run_sync(plan: Plan[T], native: Any) -> T:
    driver = _Driver(plan)
    reply: Any = None
    error: HookhubError | None = None
    while (step := driver.next_step(reply, error)) is not None:
        reply, error = None, None
        if isinstance(step, Sleep):
            time.sleep(step.seconds)
            continue
        try:
            reply = getattr(native.webhooks, step.operation)(*step.args, **step.kwargs)
        except HookhubError as exc:
            error = exc
    return driver.result


async def run_async(plan: Plan[T], native: Any) -> T:
    import asyncio

    driver = _Driver(plan)
    reply: Any = None
    error: HookhubError | None = None
    while (step := driver.next_step(reply, error)) is not None:
        reply, error = None, None
        if isinstance(step, Sleep):
            await asyncio.sleep(step.seconds)
            continue
        try:
            reply = await getattr(native.webhooks, step.operation)(*step.args, **step.kwargs)
        except HookhubError as exc:
            error = exc
    return driver.result


# One lock per (provider, base URL, webhook id) in this process, so two threads or tasks
# changing one webhook's state cannot interleave their reads and flips.
_thread_locks: dict[LockKey, threading.Lock] = {}
_thread_guard = threading.Lock()
_task_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[LockKey, asyncio.Lock]] = (
    weakref.WeakKeyDictionary()
)


@contextmanager
def webhook_lock(key: LockKey) -> Iterator[None]:
    with _thread_guard:
        lock = _thread_locks.setdefault(key, threading.Lock())
    with lock:
        yield


@asynccontextmanager
async def async_webhook_lock(key: LockKey) -> AsyncIterator[None]:
    import asyncio

    locks = _task_locks.setdefault(asyncio.get_running_loop(), {})
    lock = locks.setdefault(key, asyncio.Lock())
    async with lock:
        yield
