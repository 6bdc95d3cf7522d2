"""One lock per (provider, normalized base URL, webhook) for the whole process (issue 6, 3)."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import threading
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import hookhub
from hookhub.sandbox import Sandbox
from tests.reliability._backends import Tap, facade, new_backend

SHIPPING = new_backend("shipping_channels").base_url
SPELLINGS = (SHIPPING, SHIPPING + "/", SHIPPING.upper().replace("HTTPS", "https"), SHIPPING)


def contiguous(order: list[str]) -> bool:
    """Whether each caller's requests form one block (no caller interleaved another)."""
    finished: set[str] = set()
    for previous, current in itertools.pairwise(order):
        if current != previous:
            finished.add(previous)
            if current in finished:
                return False
    return True


def callers_in_order(sandbox: Sandbox) -> list[str]:
    """The ``x-caller`` of every request, in the order the sandbox received them."""
    return [r.headers["x-caller"] for r in sandbox.requests]


def run_callers(workers: list[Callable[[], Any]]) -> list[Any]:
    results: list[Any] = []
    threads = [threading.Thread(target=lambda w=w: results.append(w())) for w in workers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def test_one_lock_across_loops_threads_flavours_and_base_url_spellings() -> None:
    # Before: async locks per event loop, separate sync/async tables, raw base URL in the key:
    # two callers on two loops produced off -> on -> off and were told the wrong state.
    sandbox = new_backend("shipping_channels")
    webhook_id = sandbox.seed(enabled=True)
    sandbox.faults.latency(0.002)  # widen the window another caller could slip into
    barrier = threading.Barrier(len(SPELLINGS))

    def options(n: int, base_url: str) -> dict[str, Any]:
        return {
            "base_url": base_url,
            "state_strategy": "toggle",
            "default_headers": {"x-caller": str(n)},
        }

    def async_caller(n: int, base_url: str) -> Callable[[], Any]:
        async def main() -> Any:
            hooks = facade("shipping_channels", "async", sandbox, **options(n, base_url))
            barrier.wait()
            return await hooks.disable(webhook_id)

        return lambda: asyncio.run(main())

    def sync_caller(n: int, base_url: str) -> Callable[[], Any]:
        def main() -> Any:
            hooks = facade("shipping_channels", "sync", sandbox, **options(n, base_url))
            barrier.wait()
            return hooks.disable(webhook_id)

        return main

    callers = [(async_caller if n % 2 else sync_caller)(n, url) for n, url in enumerate(SPELLINGS)]
    results = run_callers(callers)
    assert [r.enabled for r in results] == [False] * len(SPELLINGS)
    assert sandbox.flips == 1 and not sandbox.is_enabled(webhook_id)
    assert contiguous(callers_in_order(sandbox)), "callers interleaved their reads and flips"


def test_update_and_disable_do_not_interleave() -> None:
    # Before: update() took no lock, so a concurrent disable() could PUT the old URL back.
    sandbox = new_backend("shipping_channels")
    webhook_id = sandbox.seed(enabled=True)
    sandbox.faults.latency(0.002)
    barrier = threading.Barrier(2)

    def updater() -> Any:
        hooks = facade("shipping_channels", "sync", sandbox, default_headers={"x-caller": "u"})
        barrier.wait()
        return hooks.update(webhook_id, url="https://new.test/hook")

    def disabler() -> Any:
        async def main() -> Any:
            hooks = facade("shipping_channels", "async", sandbox, default_headers={"x-caller": "d"})
            barrier.wait()
            return await hooks.disable(webhook_id)

        return asyncio.run(main())

    run_callers([updater, disabler])
    assert sandbox.webhooks[webhook_id]["url"] == "https://new.test/hook"
    assert not sandbox.is_enabled(webhook_id)
    assert contiguous(callers_in_order(sandbox))


async def test_a_cancelled_holder_or_waiter_never_leaves_the_lock_held() -> None:
    sandbox = new_backend("kallima")
    webhook_id = sandbox.seed(enabled=True)
    sandbox.faults.latency(600, n=1, method="PATCH")  # the holder's write hangs in flight

    hooks = facade("kallima", "async", sandbox)
    holder = asyncio.create_task(hooks.disable(webhook_id))
    while not any(r.method == "PATCH" for r in sandbox.requests):
        await asyncio.sleep(0.001)
    waiter = asyncio.create_task(hooks.enable(webhook_id))
    await asyncio.sleep(0.01)
    waiter.cancel()
    holder.cancel()
    for task in (holder, waiter):
        with contextlib.suppress(asyncio.CancelledError):
            await task
    # Both were cancelled: the lock is free for a sync caller on another thread.
    sync_hooks = facade("kallima", "sync", sandbox, deadline=5.0)
    result = await asyncio.to_thread(sync_hooks.disable, webhook_id)
    assert result.enabled is False


def test_waiting_for_the_lock_counts_against_the_deadline() -> None:
    sandbox = new_backend("kallima")
    webhook_id = sandbox.seed(enabled=True)
    inside = threading.Event()
    release = threading.Event()

    def hold_the_first(request: httpx.Request) -> None:
        if not inside.is_set():
            inside.set()
            release.wait(5)

    holding = Tap(sandbox, before=hold_the_first)
    holder = threading.Thread(target=facade("kallima", "sync", holding).disable, args=(webhook_id,))
    holder.start()
    inside.wait(5)
    try:
        with pytest.raises(hookhub.DeadlineExceededError) as caught:
            facade("kallima", "sync", sandbox).enable(webhook_id, deadline=0.05)
        with pytest.raises(hookhub.DeadlineExceededError) as caught_async:
            asyncio.run(facade("kallima", "async", sandbox).enable(webhook_id, deadline=0.05))
    finally:
        release.set()
        holder.join()
    for error in (caught.value, caught_async.value):
        assert error.last_seen is None and error.wanted is True
        assert "nothing read yet" in str(error)
    assert len(sandbox.requests) == 1, "the waiters sent nothing"


async def test_the_lock_table_keeps_a_webhook_only_while_someone_holds_or_awaits_it() -> None:
    # The table counts holders and waiters: an entry dropped while still held would let a
    # second caller take a second lock for the same webhook; one never dropped would grow
    # with every webhook id a long-running process touches.
    from hookhub.facade import _runners

    sandbox = new_backend("kallima")
    held, other = sandbox.seed(enabled=True), sandbox.seed(enabled=True)
    sandbox.faults.latency(600, n=1, method="PATCH")  # the holder's write hangs in flight
    hooks = facade("kallima", "async", sandbox)
    holder = asyncio.create_task(hooks.disable(held))
    while not any(r.method == "PATCH" for r in sandbox.requests):
        await asyncio.sleep(0.001)
    with pytest.raises(hookhub.DeadlineExceededError):
        await hooks.enable(held, deadline=0.02)  # a waiter that gives up
    waiter = asyncio.create_task(hooks.enable(held))  # a waiter that is cancelled
    await asyncio.sleep(0.01)
    assert (await hooks.disable(other)).enabled is False  # another webhook is not held up
    assert len(_runners._locks) == 1  # only the held webhook: waiters and done callers left
    waiter.cancel()
    holder.cancel()
    for task in (holder, waiter):
        with contextlib.suppress(asyncio.CancelledError):
            await task
    assert _runners._locks == {}
    # A sync caller on another thread takes the lock and leaves the table as it found it.
    sync_hooks = facade("kallima", "sync", sandbox, deadline=5.0)
    assert (await asyncio.to_thread(sync_hooks.disable, held)).enabled is False
    assert _runners._locks == {}
