"""``hookhub_codegen.unasync``: the sync twins are written from their async sources."""

from __future__ import annotations

import io
import tokenize

import pytest

from hookhub_codegen.cli import generate
from hookhub_codegen.unasync import PAIRS, UnasyncError, generate_sync, header, unasync
from tests.conftest import ROOT


def body(text: str) -> str:
    """``unasync(text)`` without the generated-file header."""
    out = unasync(text, source="x.py")
    assert out.startswith(header("x.py"))
    return out[len(header("x.py")) :]


def test_keywords_and_names_are_rewritten() -> None:
    source = (
        "async def get(http: httpx.AsyncClient) -> AsyncIterator[int]:\n"
        "    async with async_webhook_lock(key):\n"
        "        async for chunk in raw.aiter_bytes():\n"
        "            await asyncio.sleep(1)\n"
        "        await raw.aclose()\n"
        "    return await run_async(plan)\n"
    )
    assert body(source) == (
        "def get(http: httpx.Client) -> Iterator[int]:\n"
        "    with webhook_lock(key):\n"
        "        for chunk in raw.iter_bytes():\n"
        "            time.sleep(1)\n"
        "        raw.close()\n"
        "    return run_sync(plan)\n"
    )


def test_only_whole_words_are_rewritten() -> None:
    source = "_asynchronous = MyAsyncClient.awaited\nx = AsyncWebhookClientBase\n"
    assert body(source) == "_asynchronous = MyAsyncClient.awaited\nx = SyncWebhookClientBase\n"


def test_marked_blocks() -> None:
    source = (
        "def f() -> None:\n"
        "    # unasync: async-only\n"
        "    import asyncio\n"
        "    # unasync: sync-only\n"
        "    # import time\n"
        "    #\n"
        "    #     # a comment, kept\n"
        "    # unasync: end\n"
        "    # unasync: sync-only\n"
        "    # x = await_nothing  # not rewritten: already sync\n"
        "    # unasync: end\n"
        "    # unasync: async-only\n"
        "    await x\n"
        "    # unasync: end\n"
        "    return None\n"
    )
    assert body(source) == (
        "def f() -> None:\n"
        "    import time\n"
        "\n"
        "        # a comment, kept\n"
        "    x = await_nothing  # not rewritten: already sync\n"
        "    return None\n"
    )


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("# unasync: end\n", "outside a block"),
        ("# unasync: async-only\nx = 1\n", "never ended"),
        ("# unasync: sync-only\nx = 1\n# unasync: end\n", "must be commented out"),
        ("# unasync: sync-only\n# unasync: async-only\n", "inside a block"),
        ("# unasync: async-only\n# unasync: async-only\n", "nested"),
    ],
)
def test_malformed_blocks_are_refused(source: str, message: str) -> None:
    with pytest.raises(UnasyncError, match=message):
        unasync(source, source="x.py")


def test_committed_sync_modules_are_generated_and_have_no_async_left() -> None:
    generated = generate_sync(ROOT)
    assert {path.relative_to(ROOT).as_posix() for path in generated} == {t for _, t in PAIRS}
    for path, text in generated.items():
        assert path.read_text() == text, f"{path} is stale: run `make codegen`"
        assert text.startswith("# This file was written by scripts/codegen.py")
        names = {
            token.string
            for token in tokenize.generate_tokens(io.StringIO(text).readline)
            if token.type == tokenize.NAME
        }
        assert not names & {"async", "await", "asyncio"}, path


def test_codegen_writes_and_checks_the_sync_modules() -> None:
    # `make codegen` writes, and `make codegen-check` compares, everything generate() returns.
    assert set(generate_sync(ROOT)) <= set(generate())
