"""Execute plans: the only facade code that calls the network or sleeps."""

from __future__ import annotations

import asyncio
import threading
import time
import weakref
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any, TypeVar

from hookhub._core.errors import HookhubError
from hookhub.facade.plans import Plan, Sleep

__all__ = ["async_webhook_lock", "run_async", "run_sync", "webhook_lock"]

T = TypeVar("T")
LockKey = tuple[str, str, str]


def run_sync(plan: Plan[T], native: Any) -> T:
    reply: Any = None
    error: HookhubError | None = None
    while True:
        try:
            step = plan.throw(error) if error is not None else plan.send(reply)
        except StopIteration as done:
            result: T = done.value
            return result
        reply, error = None, None
        if isinstance(step, Sleep):
            time.sleep(step.seconds)
            continue
        try:
            reply = getattr(native.webhooks, step.operation)(*step.args, **step.kwargs)
        except HookhubError as exc:
            error = exc


async def run_async(plan: Plan[T], native: Any) -> T:
    reply: Any = None
    error: HookhubError | None = None
    while True:
        try:
            step = plan.throw(error) if error is not None else plan.send(reply)
        except StopIteration as done:
            result: T = done.value
            return result
        reply, error = None, None
        if isinstance(step, Sleep):
            await asyncio.sleep(step.seconds)
            continue
        try:
            reply = await getattr(native.webhooks, step.operation)(*step.args, **step.kwargs)
        except HookhubError as exc:
            error = exc


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
    locks = _task_locks.setdefault(asyncio.get_running_loop(), {})
    lock = locks.setdefault(key, asyncio.Lock())
    async with lock:
        yield
