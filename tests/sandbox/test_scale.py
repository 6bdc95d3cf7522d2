"""10,000 async facade operations against the loopback sandbox at concurrency 100, with
injected failures and lost responses: zero lost and zero duplicated changes (`make scale`)."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Awaitable, Callable

import pytest

import hookhub
from hookhub.sandbox import Sandbox

pytestmark = [
    pytest.mark.scale,
    # Connections the server resets on purpose are reclaimed by the GC, not closed.
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
    pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"),
    pytest.mark.skipif(os.environ.get("HOOKHUB_SCALE") != "1", reason="run by `make scale`"),
]

CREATES = 1_000
UPDATES_PER_WEBHOOK = 4
CONCURRENCY = 100
# Per webhook: 4 updates, disable, disable again, enable, disable, 1 get = 9 operations.
TOTAL = CREATES * 10


async def test_ten_thousand_operations_lose_and_duplicate_nothing() -> None:
    sandbox = Sandbox("sentdm", stall_seconds=2)
    # Failures in front of the server and responses lost after creates were applied: the
    # facade retries them with the same idempotency key, so nothing is created twice.
    sandbox.faults.fail_next(100, status=503)
    sandbox.faults.lose_response(50, kind="reset", operation="create")
    gate = asyncio.Semaphore(CONCURRENCY)
    done = 0

    async def bounded(step: Callable[[], Awaitable[object]]) -> object:
        nonlocal done
        async with gate:
            result = await step()
            done += 1
            return result

    with sandbox.serve() as base_url:
        async with hookhub.AsyncWebhookClient(
            "sentdm",
            api_key=sandbox.api_key,
            base_url=base_url,
            retry_policy=hookhub.RetryPolicy(max_retries=10, initial_delay=0.01, max_delay=0.05),
        ) as hooks:
            started = time.perf_counter()
            created = await asyncio.gather(
                *(
                    bounded(
                        lambda n=n: hooks.create(url=f"https://app.test/{n}/0", events=["messages"])
                    )
                    for n in range(CREATES)
                )
            )
            ids = [hook.id for hook in created]  # type: ignore[attr-defined]

            async def lifecycle(n: int, webhook_id: str) -> None:
                for version in range(1, UPDATES_PER_WEBHOOK + 1):
                    await bounded(
                        lambda v=version: hooks.update(webhook_id, url=f"https://app.test/{n}/{v}")
                    )
                await bounded(lambda: hooks.disable(webhook_id))
                await bounded(lambda: hooks.disable(webhook_id))
                await bounded(lambda: hooks.enable(webhook_id))
                await bounded(lambda: hooks.disable(webhook_id))
                fetched = await bounded(lambda: hooks.get(webhook_id))
                assert fetched.enabled is False  # type: ignore[attr-defined]

            await asyncio.gather(*(lifecycle(n, webhook_id) for n, webhook_id in enumerate(ids)))
            elapsed = time.perf_counter() - started

    assert done == TOTAL
    stored = sandbox.webhooks
    assert len(stored) == CREATES and len(set(ids)) == CREATES, "no create lost or duplicated"
    urls = sorted(record["endpoint_url"] for record in stored.values())
    expected = sorted(f"https://app.test/{n}/{UPDATES_PER_WEBHOOK}" for n in range(CREATES))
    assert urls == expected, "every last update landed"
    assert not any(record["is_active"] for record in stored.values())
    outcomes = [request.outcome for request in sandbox.requests]
    assert outcomes.count("fault:fail") == 100 and outcomes.count("fault:lose_response") == 50
    print(
        f"\nscale: {TOTAL:,} facade operations ({len(outcomes):,} HTTP requests) "
        f"in {elapsed:.1f} s = {TOTAL / elapsed:,.0f} ops/s at concurrency {CONCURRENCY}"
    )
