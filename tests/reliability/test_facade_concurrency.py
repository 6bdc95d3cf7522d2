"""20 threads and 20 tasks over several event loops, sync and async clients, both shipping
strategies and several spellings of the base URL, all changing one webhook at once.

Invariant: the lock serialises every call, so the webhook flips only when a caller's wish
differs from the state the previous caller left, and every caller is told the state the
server had when its call ended. ``make stress`` runs more rounds.
"""

from __future__ import annotations

import asyncio
import itertools
import random
import threading
from typing import Any

import httpx
import pytest
import respx

from tests.facade.fakes import BASE_URLS
from tests.reliability._backends import facade, new_backend
from tests.reliability.conftest import STRESS, Tally

SHIPPING = BASE_URLS["shipping_channels"]
SPELLINGS = (SHIPPING, SHIPPING + "/", "https://API.Shipping-Channels.com", SHIPPING + "//")
THREADS, LOOPS, TASKS_PER_LOOP = 20, 4, 5
ROUNDS = 25 if STRESS else 2


def play_round(seed: int, tally: Tally) -> None:
    rng = random.Random(seed)
    fake = new_backend("shipping_channels")
    webhook_id = fake.seed(enabled=rng.random() < 0.5)
    initial = fake.enabled(webhook_id)
    log: list[tuple[int, bool]] = []  # (caller, state after the request), in server order
    log_guard = threading.Lock()

    def handle(request: httpx.Request) -> httpx.Response:
        response = fake.handle(request)
        with log_guard:
            log.append((int(request.headers["x-caller"]), fake.enabled(webhook_id)))
        return response

    callers = THREADS + LOOPS * TASKS_PER_LOOP
    wishes = [rng.random() < 0.5 for _ in range(callers)]
    results: dict[int, bool] = {}
    start = threading.Barrier(THREADS + LOOPS)

    def client(caller: int, flavour: str) -> Any:
        return facade(
            "shipping_channels",
            flavour,
            base_url=rng.choice(SPELLINGS),
            state_strategy=rng.choice(["set", "toggle"]),
            default_headers={"x-caller": str(caller)},
        )

    def thread_caller(caller: int) -> None:
        hooks = client(caller, "sync")
        start.wait()
        results[caller] = hooks.set_enabled(webhook_id, wishes[caller]).enabled

    def loop_caller(first: int) -> None:
        clients = [client(n, "async") for n in range(first, first + TASKS_PER_LOOP)]

        async def one(n: int, hooks: Any) -> None:
            results[n] = (await hooks.set_enabled(webhook_id, wishes[n])).enabled

        async def main() -> None:
            start.wait()
            await asyncio.gather(*(one(first + i, c) for i, c in enumerate(clients)))

        asyncio.run(main())

    workers = [threading.Thread(target=thread_caller, args=(n,)) for n in range(THREADS)]
    workers += [
        threading.Thread(target=loop_caller, args=(THREADS + n * TASKS_PER_LOOP,))
        for n in range(LOOPS)
    ]
    with respx.mock() as router:
        router.route(url__startswith=SHIPPING).mock(side_effect=handle)
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()

    assert sorted(results) == list(range(callers)), "every caller got an answer"
    # Serialised: each caller's requests form one block, in some order.
    order = [caller for n, (caller, _) in enumerate(log) if n == 0 or log[n - 1][0] != caller]
    assert len(order) == len(set(order)) == callers, "two callers interleaved"
    last_state = {caller: state for caller, state in log}
    state, needed = initial, 0
    for caller in order:
        needed += wishes[caller] != state
        state = wishes[caller]
        # Told the truth: the answer is the server's state when the caller's block ended.
        assert results[caller] == wishes[caller] == last_state[caller]
    transitions = sum(1 for (_, a), (_, b) in itertools.pairwise(log) if a != b)
    transitions += log[0][1] != initial
    tally.add("concurrent callers", callers)
    tally.add("concurrent flips beyond those needed", max(0, transitions - needed))
    tally.add("callers told a wrong state", 0)
    assert transitions <= needed
    assert fake.enabled(webhook_id) == state


@pytest.mark.parametrize("seed", range(ROUNDS))
def test_threads_and_tasks_on_several_loops_share_one_lock(seed: int, tally: Tally) -> None:
    play_round(seed, tally)
    tally.add("concurrency rounds")
