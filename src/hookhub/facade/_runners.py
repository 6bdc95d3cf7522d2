"""Execute plans: the only facade code that calls the network, sleeps or locks.

``asyncio`` is imported inside the async functions, not here: a program that only uses the
synchronous facade never loads the event-loop machinery (about 10 ms at start-up).
"""

from __future__ import annotations

import functools
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Callable, Generator, Mapping
from contextlib import asynccontextmanager, contextmanager
from dataclasses import fields
from typing import Any, Generic, TypeVar

import httpx

from hookhub._core.errors import HookhubError
from hookhub._core.omit import Omit
from hookhub._core.records import record
from hookhub._core.request_options import NO_OPTIONS, RequestOptions
from hookhub.facade._plans import Call, Expired, Plan, Sleep

__all__ = [
    "NO_CALL_OPTIONS",
    "CallOptions",
    "async_webhook_lock",
    "lock_key",
    "run_async",
    "run_sync",
    "webhook_lock",
]

T = TypeVar("T")
LockKey = tuple[str, str, str]

# Longest pause between two tries of an async waiter for a held lock: short enough to take
# over quickly, long enough not to spin.
_MAX_POLL = 0.01


@record
class CallOptions:
    """A verb's per-call options, handed to every native call its plan makes."""

    options: RequestOptions = NO_OPTIONS
    bodies: frozenset[str] = frozenset()
    """Operations that send a JSON body: only those get ``extra_body``."""

    def arguments(self, step: Call) -> Mapping[str, Any]:
        """The step's keyword arguments with the options that apply to its operation."""
        if self.options is NO_OPTIONS:  # the common call: nothing to add, nothing to copy
            return step.kwargs
        arguments = dict(step.kwargs)
        for option in fields(self.options):
            value = getattr(self.options, option.name)
            if isinstance(value, Omit):
                continue
            if option.name == "extra_body" and step.operation not in self.bodies:
                continue  # a read or a bodiless write: nothing to merge into
            arguments[option.name] = value
        return arguments


NO_CALL_OPTIONS = CallOptions()


class _Driver(Generic[T]):
    """Advances a plan: feeds it the last reply or error, hands back its next step."""

    def __init__(self, plan: Plan[T], deadline: float | None) -> None:
        self._plan = plan
        self._deadline = deadline
        self.result: T

    def next_step(self, reply: Any, error: BaseException | None) -> Call | Sleep | None:
        """The next step, or ``None`` once the plan has returned (see :attr:`result`).

        A step that would end past the deadline is not run: :class:`Expired` is thrown into
        the plan instead, which ends it with a typed error.
        """
        try:
            step = self._plan.throw(error) if error is not None else self._plan.send(reply)
            while self._past_deadline(step):
                step = self._plan.throw(Expired())
        except StopIteration as done:
            self.result = done.value
            return None
        return step

    def _past_deadline(self, step: Call | Sleep) -> bool:
        if self._deadline is None:
            return False
        wait = step.seconds if isinstance(step, Sleep) else 0.0
        return time.monotonic() + wait > self._deadline


def run_sync(
    plan: Plan[T],
    native: Any,
    *,
    deadline: float | None = None,
    options: CallOptions = NO_CALL_OPTIONS,
) -> T:
    """Run ``plan`` on a synchronous native client; ``deadline`` is a ``time.monotonic()``."""
    driver = _Driver(plan, deadline)
    reply: Any = None
    error: HookhubError | None = None
    while (step := driver.next_step(reply, error)) is not None:
        reply, error = None, None
        if isinstance(step, Sleep):
            time.sleep(step.seconds)
            continue
        try:
            reply = getattr(native.webhooks, step.operation)(*step.args, **options.arguments(step))
        except HookhubError as exc:
            error = exc
    return driver.result


async def run_async(
    plan: Plan[T],
    native: Any,
    *,
    deadline: float | None = None,
    options: CallOptions = NO_CALL_OPTIONS,
) -> T:
    """Run ``plan`` on an asynchronous native client; see :func:`run_sync`."""
    import asyncio

    driver = _Driver(plan, deadline)
    reply: Any = None
    error: HookhubError | None = None
    while (step := driver.next_step(reply, error)) is not None:
        reply, error = None, None
        if isinstance(step, Sleep):
            await asyncio.sleep(step.seconds)
            continue
        try:
            operation = getattr(native.webhooks, step.operation)
            reply = await operation(*step.args, **options.arguments(step))
        except HookhubError as exc:
            error = exc
    return driver.result


def lock_key(provider: str, base_url: str, webhook_id: str) -> LockKey:
    """The process-wide lock key: ``https://X/`` and ``https://x`` are the same server."""
    return (provider, _normalized(base_url), webhook_id)


@functools.lru_cache(maxsize=256)
def _normalized(base_url: str) -> str:
    # Parsed once per base URL, not on every call (a client's base URL never changes).
    url = httpx.URL(base_url)
    port = f":{url.port}" if url.port is not None else ""
    return f"{url.scheme.lower()}://{url.host.lower()}{port}{url.path.rstrip('/')}"


class _KeyLock:
    """One webhook's lock. Held in a weak table: it lives while someone holds or awaits it."""

    __slots__ = ("__weakref__", "lock")

    def __init__(self) -> None:
        self.lock = threading.Lock()


# One lock per (provider, normalized base URL, webhook id) for the whole process: threads,
# tasks on any event loop, sync and async clients all share it. A threading.Lock works
# across loops; async waiters poll it instead of blocking their loop.
_locks: weakref.WeakValueDictionary[LockKey, _KeyLock] = weakref.WeakValueDictionary()
_locks_guard = threading.Lock()


def _entry(key: LockKey) -> _KeyLock:
    with _locks_guard:
        entry = _locks.get(key)
        if entry is None:
            entry = _locks[key] = _KeyLock()
        return entry


@contextmanager
def webhook_lock(
    key: LockKey, deadline: float | None, on_timeout: Callable[[], HookhubError]
) -> Generator[None, None, None]:
    """Hold the webhook's lock; raise ``on_timeout()`` if it is not free by ``deadline``."""
    entry = _entry(key)
    timeout = -1.0 if deadline is None else max(0.0, deadline - time.monotonic())
    if not entry.lock.acquire(timeout=timeout):
        raise on_timeout()
    try:
        yield
    finally:
        entry.lock.release()


@asynccontextmanager
async def async_webhook_lock(
    key: LockKey, deadline: float | None, on_timeout: Callable[[], HookhubError]
) -> AsyncGenerator[None, None]:
    """The async twin of :func:`webhook_lock`: waits without blocking the event loop.

    The lock is only ever taken by a non-blocking try with no await between taking it and
    the ``try`` that releases it, so a cancelled waiter never leaves it held.
    """
    import asyncio

    entry = _entry(key)
    pause = 0.0005
    while not entry.lock.acquire(blocking=False):
        if deadline is not None and time.monotonic() >= deadline:
            raise on_timeout()
        await asyncio.sleep(pause)
        pause = min(pause * 2, _MAX_POLL)
    try:
        yield
    finally:
        entry.lock.release()
