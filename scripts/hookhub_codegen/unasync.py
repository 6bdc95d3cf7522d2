"""Write each synchronous twin from its asynchronous source (as httpcore's unasync does).

The async module is the one hand-written copy; the sync module is this script's output and
``make codegen-check`` fails when the committed one is stale. Two things turn one into the
other:

- :data:`RULES`, a short explicit table of whole-word replacements (``async def`` -> ``def``,
  ``await x`` -> ``x``, ``AsyncClient`` -> ``Client``, ...), applied to every line;
- marked blocks, for what differs in more than those tokens. Markers stand on their own line,
  at the indentation of the statements they enclose::

      # unasync: async-only
      <code kept in the async module, dropped from the sync one>
      # unasync: sync-only
      # <code for the sync module only, commented out in the async one>
      # unasync: end

  Either block may come alone; a ``sync-only`` block right after an ``async-only`` one acts as
  its ``else``. Lines of a ``sync-only`` block are written uncommented and not rewritten.

The result goes through ruff (imports, format) like every generated file.
"""

from __future__ import annotations

import re
from pathlib import Path

from hookhub_codegen.render import _format

__all__ = ["PAIRS", "RULES", "UnasyncError", "generate_sync", "unasync"]

ROOT = Path(__file__).resolve().parents[2]

PAIRS: tuple[tuple[str, str], ...] = (
    ("src/hookhub/_core/async_shell.py", "src/hookhub/_core/sync_shell.py"),
    ("src/hookhub/facade/_async_verbs.py", "src/hookhub/facade/_sync_verbs.py"),
    ("src/hookhub/facade/_async_runner.py", "src/hookhub/facade/_sync_runner.py"),
)
"""(async source, generated sync module), relative to the repository root."""

RULES: tuple[tuple[str, str], ...] = (
    # keywords
    (r"\basync def\b", "def"),
    (r"\basync with\b", "with"),
    (r"\basync for\b", "for"),
    (r"\bawait ", ""),
    # asyncio / httpx / tenacity
    (r"\basyncio\.sleep\b", "time.sleep"),
    (r"\bAsyncClient\b", "Client"),
    (r"\bAsyncIterator\b", "Iterator"),
    (r"\bAsyncRetrying\b", "Retrying"),
    (r"\b__aenter__\b", "__enter__"),
    (r"\b__aexit__\b", "__exit__"),
    (r"\baiter_bytes\b", "iter_bytes"),
    (r"\baclose\b", "close"),
    (r"\bhandle_async_request\b", "handle_request"),
    # hookhub's own pairs
    (r"\bAsyncClosing\b", "SyncClosing"),
    (r"\bAsyncProviderClient\b", "SyncProviderClient"),
    (r"\bAsyncPage\b", "SyncPage"),
    # the async shell returns a lazy paginator where the sync one returns the first page
    (r"\bAsyncPaginator\b", "SyncPage"),
    (r"\bdirect_async_transport\b", "direct_transport"),
    (r"\brun_async\b", "run_sync"),
    (r"\b_async_runner\b", "_sync_runner"),
    (r"\basync_webhook_lock\b", "webhook_lock"),
    (r"\bAsyncWebhookClientBase\b", "SyncWebhookClientBase"),
    (r"\bAsyncWebhookClient\b", "WebhookClient"),
    # docstrings
    (r"\basynchronous\b", "synchronous"),
)
"""(regular expression, replacement), applied in this order to each line."""

_COMPILED = tuple((re.compile(pattern), replacement) for pattern, replacement in RULES)
_MARKER = re.compile(r"^(?P<indent>\s*)# unasync: (?P<kind>async-only|sync-only|end)\s*$")
_COMMENTED = re.compile(r"^(?P<indent>\s*)#(?: (?P<code>.*))?$")


class UnasyncError(Exception):
    """A malformed marker block in an async source."""


def header(source: str) -> str:
    """The comment that opens every generated sync module."""
    return (
        f"# This file was written by scripts/codegen.py from {source}\n"
        "# (scripts/hookhub_codegen/unasync.py). Do not edit it: edit the async module and run\n"
        "# `make codegen`.\n\n"
    )


def rewrite(line: str) -> str:
    """One line of async code as sync code, by :data:`RULES`."""
    for pattern, replacement in _COMPILED:
        line = pattern.sub(replacement, line)
    return line


def unasync(text: str, *, source: str = "the async module") -> str:
    """The sync module for the async module ``text`` (``source`` names it in errors)."""
    out: list[str] = []
    block: str | None = None  # None, "async-only" or "sync-only"
    for number, line in enumerate(text.splitlines(), start=1):
        marker = _MARKER.match(line)
        if marker:
            kind = marker["kind"]
            if kind == "end" and block is None:
                raise UnasyncError(f"{source}:{number}: '# unasync: end' outside a block")
            if kind != "end" and block not in (None, "async-only"):
                raise UnasyncError(f"{source}:{number}: '# unasync: {kind}' inside a block")
            if kind == "async-only" and block is not None:
                raise UnasyncError(f"{source}:{number}: nested '# unasync: async-only'")
            block = None if kind == "end" else kind
            continue
        if block == "async-only":
            continue
        if block == "sync-only":
            commented = _COMMENTED.match(line)
            if commented is None:
                raise UnasyncError(f"{source}:{number}: a sync-only line must be commented out")
            code = commented["code"]
            out.append(f"{commented['indent']}{code}" if code else "")
            continue
        out.append(rewrite(line))
    if block is not None:
        raise UnasyncError(f"{source}: '# unasync: {block}' block is never ended")
    return header(source) + "\n".join(out) + "\n"


def generate_sync(root: Path = ROOT) -> dict[Path, str]:
    """Every generated sync module, by path, from its async source in :data:`PAIRS`."""
    files: dict[Path, str] = {}
    for source, target in PAIRS:
        # ruff (sorting imports, formatting) as for every generated file: a line the rules
        # shortened, or a blank line a dropped block leaves, is laid out as ruff would.
        text = unasync((root / source).read_text(), source=source)
        files[root / target] = _format(text, root / target)
    return files
