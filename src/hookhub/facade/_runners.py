"""What running a plan needs besides sending: the driver that advances it, the per-call
options handed to every native call, and the process-wide webhook locks.

The loops that run a plan live in :mod:`hookhub.facade._async_runner` (written by hand) and
:mod:`hookhub.facade._sync_runner` (generated from it). ``asyncio`` is imported inside the
async functions, not here: a program that only uses the synchronous facade never loads the
event-loop machinery (about 10 ms at start-up).
"""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Awaitable, Callable, Generator, Mapping
from dataclasses import fields
from typing import Any, Generic, TypeVar, cast

import httpx

from hookhub._core.errors import HookhubError
from hookhub._core.omit import Omit
from hookhub._core.records import record
from hookhub._core.request_options import NO_OPTIONS, RequestOptions
from hookhub.facade._plans import Call, Expired, Plan, Sleep

__all__ = [
    "NO_CALL_OPTIONS",
    "CallOptions",
    "PlanDriver",
    "async_webhook_lock",
    "lock_key",
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


class PlanDriver(Generic[T]):
    """Advances a plan: feeds it the last reply or error, hands back its next step."""

    __slots__ = ("_deadline", "_plan", "result")

    def __init__(self, plan: Plan[T], deadline: float | None) -> None:
        self._plan = plan
        self._deadline = deadline
        self.result: T

    def next_step(self, reply: Any, error: BaseException | None) -> Call | Sleep | None:
        """The next step, or ``None`` once the plan has returned (see :attr:`result`).

        A step that would end past the deadline is not run: :class:`Expired` is thrown into
        the plan instead, which ends it with a typed error.
        """
        plan = self._plan
        try:
            step = plan.throw(error) if error is not None else plan.send(reply)
            deadline = self._deadline
            if deadline is not None:
                while time.monotonic() + (step.seconds if type(step) is Sleep else 0.0) > deadline:
                    step = plan.throw(Expired())
        except StopIteration as done:
            self.result = done.value
            return None
        return step


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
    """One webhook's lock, in the table while someone holds or awaits it (``users``)."""

    __slots__ = ("lock", "users")

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.users = 0


# One lock per (provider, normalized base URL, webhook id) for the whole process: threads,
# tasks on any event loop, sync and async clients all share it. A threading.Lock works
# across loops; async waiters poll it instead of blocking their loop. An entry is counted
# in by every holder or waiter and dropped by the last one out (a plain dict and a counter:
# a weak table made and dropped a weak reference, with its callback, on every call).
_locks: dict[LockKey, _KeyLock] = {}
_locks_guard = threading.Lock()


def _enter(key: LockKey) -> _KeyLock:
    with _locks_guard:
        entry = _locks.get(key)
        if entry is None:
            entry = _locks[key] = _KeyLock()
        entry.users += 1
        return entry


def _leave(key: LockKey, entry: _KeyLock) -> None:
    with _locks_guard:
        entry.users -= 1
        if not entry.users:
            del _locks[key]


class webhook_lock:
    """Hold the webhook's lock; raise ``on_timeout()`` if it is not free by ``deadline``.

    A class, not a ``@contextmanager`` generator: it is entered on every state change.
    """

    __slots__ = ("_deadline", "_entry", "_key", "_on_timeout")

    def __init__(
        self, key: LockKey, deadline: float | None, on_timeout: Callable[[], HookhubError]
    ) -> None:
        self._key = key
        self._deadline = deadline
        self._on_timeout = on_timeout

    def __enter__(self) -> None:
        entry = self._entry = _enter(self._key)
        deadline = self._deadline
        timeout = -1.0 if deadline is None else max(0.0, deadline - time.monotonic())
        try:
            acquired = entry.lock.acquire(timeout=timeout)
        except BaseException:  # interrupted while waiting (KeyboardInterrupt): not a user
            _leave(self._key, entry)
            raise
        if not acquired:
            _leave(self._key, entry)
            raise self._on_timeout()

    def __exit__(self, *exc_info: object) -> None:
        self._entry.lock.release()
        _leave(self._key, self._entry)


class async_webhook_lock:
    """The async twin of :class:`webhook_lock`: waits without blocking the event loop.

    The lock is only ever taken by a non-blocking try with no await between taking it and
    the ``async with`` body, so a cancelled waiter never leaves it held. Entering a free lock
    and leaving make no coroutine: they are plain methods returning a finished awaitable.
    """

    __slots__ = ("_deadline", "_entry", "_key", "_on_timeout")

    def __init__(
        self, key: LockKey, deadline: float | None, on_timeout: Callable[[], HookhubError]
    ) -> None:
        self._key = key
        self._deadline = deadline
        self._on_timeout = on_timeout

    def __aenter__(self) -> Awaitable[None]:
        entry = self._entry = _enter(self._key)
        if entry.lock.acquire(blocking=False):  # the common case: free, nothing to await
            return _DONE
        return self._wait(entry)

    def __aexit__(self, *exc_info: object) -> Awaitable[None]:
        self._entry.lock.release()
        _leave(self._key, self._entry)
        return _DONE

    async def _wait(self, entry: _KeyLock) -> None:
        """Poll the lock until it is taken (then return holding it) or the deadline passes."""
        import asyncio  # only here: see the module's docstring

        try:
            pause = 0.0005
            while True:
                if self._deadline is not None and time.monotonic() >= self._deadline:
                    raise self._on_timeout()
                await asyncio.sleep(pause)
                pause = min(pause * 2, _MAX_POLL)
                if entry.lock.acquire(blocking=False):
                    return
        except BaseException:
            _leave(self._key, entry)  # cancelled or timed out: no longer waiting
            raise


class _Done:
    """An awaitable that is already finished (``await`` returns ``None`` at once)."""

    __slots__ = ()

    def __await__(self) -> Generator[Any, None, None]:
        return _NOTHING


# An empty iterator stays exhausted: one is shared by every ``await _DONE``.
_NOTHING = cast("Generator[Any, None, None]", iter(()))


_DONE = _Done()
