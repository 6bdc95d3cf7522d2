"""One lock per (provider, normalized base URL, webhook) for the whole process (issue 6, 3)."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import respx

import hookhub
from tests.facade.fakes import BASE_URLS
from tests.reliability._backends import facade, new_backend

SHIPPING = BASE_URLS["shipping_channels"]
SPELLINGS = (SHIPPING, SHIPPING + "/", SHIPPING.upper().replace("HTTPS", "https"), SHIPPING)


def contiguous(order: list[int]) -> bool:
    """Whether each caller's requests form one block (no caller interleaved another)."""
    finished: set[int] = set()
    for previous, current in itertools.pairwise(order):
        if current != previous:
            finished.add(previous)
            if current in finished:
                return False
    return True


def run_callers(workers: list[Callable[[], Any]]) -> list[Any]:
    results: list[Any] = []
    threads = [threading.Thread(target=lambda w=w: results.append(w())) for w in workers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def slow(fake: Any, order: list[int]) -> Callable[[httpx.Request], httpx.Response]:
    def handle(request: httpx.Request) -> httpx.Response:
        order.append(threading.get_ident())
        time.sleep(0.002)  # widen the window another caller could slip into
        return fake.handle(request)

    return handle


def test_one_lock_across_loops_threads_flavours_and_base_url_spellings() -> None:
    # Before: async locks per event loop, separate sync/async tables, raw base URL in the key:
    # two callers on two loops produced off -> on -> off and were told the wrong state.
    fake = new_backend("shipping_channels")
    webhook_id = fake.seed(enabled=True)
    order: list[int] = []
    barrier = threading.Barrier(len(SPELLINGS))

    def async_caller(base_url: str) -> Callable[[], Any]:
        async def main() -> Any:
            hooks = facade("shipping_channels", "async", base_url=base_url, state_strategy="toggle")
            barrier.wait()
            return await hooks.disable(webhook_id)

        return lambda: asyncio.run(main())

    def sync_caller(base_url: str) -> Callable[[], Any]:
        def main() -> Any:
            hooks = facade("shipping_channels", "sync", base_url=base_url, state_strategy="toggle")
            barrier.wait()
            return hooks.disable(webhook_id)

        return main

    callers = [(async_caller if n % 2 else sync_caller)(url) for n, url in enumerate(SPELLINGS)]
    with respx.mock() as router:
        router.route(url__startswith=SHIPPING).mock(side_effect=slow(fake, order))
        results = run_callers(callers)
    assert [r.enabled for r in results] == [False] * len(SPELLINGS)
    assert fake.flips == 1 and not fake.enabled(webhook_id)
    assert contiguous(order), "callers interleaved their reads and flips"


def test_update_and_disable_do_not_interleave() -> None:
    # Before: update() took no lock, so a concurrent disable() could PUT the old URL back.
    fake = new_backend("shipping_channels")
    webhook_id = fake.seed(enabled=True)
    order: list[int] = []
    barrier = threading.Barrier(2)

    def updater() -> Any:
        hooks = facade("shipping_channels", "sync")
        barrier.wait()
        return hooks.update(webhook_id, url="https://new.test/hook")

    def disabler() -> Any:
        async def main() -> Any:
            hooks = facade("shipping_channels", "async")
            barrier.wait()
            return await hooks.disable(webhook_id)

        return asyncio.run(main())

    with respx.mock() as router:
        router.route(url__startswith=SHIPPING).mock(side_effect=slow(fake, order))
        run_callers([updater, disabler])
    assert fake.hooks[webhook_id]["url"] == "https://new.test/hook"
    assert not fake.enabled(webhook_id)
    assert contiguous(order)


async def test_a_cancelled_holder_or_waiter_never_leaves_the_lock_held() -> None:
    fake = new_backend("kallima")
    webhook_id = fake.seed(enabled=True)
    entered = asyncio.Event()
    release = asyncio.Event()

    async def stuck(request: httpx.Request) -> httpx.Response:
        entered.set()
        await release.wait()
        return fake.handle(request)

    hooks = facade("kallima", "async")
    with respx.mock(assert_all_called=False) as router:
        route = router.patch(url__startswith=BASE_URLS["kallima"]).mock(side_effect=stuck)
        fake.mount(router)
        holder = asyncio.create_task(hooks.disable(webhook_id))
        await entered.wait()
        waiter = asyncio.create_task(hooks.enable(webhook_id))
        await asyncio.sleep(0.01)
        waiter.cancel()
        holder.cancel()
        for task in (holder, waiter):
            with contextlib.suppress(asyncio.CancelledError):
                await task
        route.mock(side_effect=fake.handle)
        # Both were cancelled: the lock is free for a sync caller on another thread.
        sync_hooks = facade("kallima", "sync", deadline=5.0)
        result = await asyncio.to_thread(sync_hooks.disable, webhook_id)
    assert result.enabled is False


def test_waiting_for_the_lock_counts_against_the_deadline() -> None:
    fake = new_backend("kallima")
    webhook_id = fake.seed(enabled=True)
    inside = threading.Event()
    release = threading.Event()

    def blocking(request: httpx.Request) -> httpx.Response:
        inside.set()
        release.wait(5)
        return fake.handle(request)

    with respx.mock() as router:
        router.route(url__startswith=BASE_URLS["kallima"]).mock(side_effect=blocking)
        holder = threading.Thread(target=facade("kallima", "sync").disable, args=(webhook_id,))
        holder.start()
        inside.wait(5)
        try:
            with pytest.raises(hookhub.DeadlineExceededError) as caught:
                facade("kallima", "sync").enable(webhook_id, deadline=0.05)
            with pytest.raises(hookhub.DeadlineExceededError) as caught_async:
                asyncio.run(facade("kallima", "async").enable(webhook_id, deadline=0.05))
        finally:
            release.set()
            holder.join()
    for error in (caught.value, caught_async.value):
        assert error.last_seen is None and error.wanted is True
        assert "nothing read yet" in str(error)
