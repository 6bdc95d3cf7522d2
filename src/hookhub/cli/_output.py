"""How the ``hookhub`` command prints: JSON for scripts, rich tables for people.

JSON goes straight to ``sys.stdout`` through :func:`json.dumps`, never through rich, which
would wrap long lines and read ``[...]`` as markup. Tables render every model field
generically, so a field added to :class:`hookhub.Webhook` or :class:`hookhub.Capabilities`
shows up without a change here.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, cast

from rich.console import Console
from rich.table import Table
from rich.text import Text

from hookhub.facade.models import Capabilities, Webhook

__all__ = [
    "capabilities_record",
    "console",
    "print_json",
    "render_capabilities",
    "render_webhooks",
    "webhook_record",
]

# Kept out of every output: ``raw`` may hold a signing secret (polytomic echoes it).
_HIDDEN_WEBHOOK_FIELDS = frozenset({"raw"})
_UNLIMITED = 100_000


def console(*, stderr: bool = False) -> Console:
    """A console that colours only a terminal and never folds piped output.

    Piped, rich would assume 80 columns and fold ids and URLs across lines; instead the
    width is ``COLUMNS`` when set, else unlimited (tables are as wide as their content).
    """
    stream = sys.stderr if stderr else sys.stdout
    tty = stream.isatty()
    width = None
    if not tty:
        columns = os.environ.get("COLUMNS", "")
        width = int(columns) if columns.isdigit() and int(columns) > 0 else _UNLIMITED
    return Console(
        file=stream,
        highlight=False,
        width=width,
        no_color=not tty,
        force_terminal=tty,
        soft_wrap=False,
    )


def print_json(document: Any) -> None:
    """One JSON document on stdout."""
    sys.stdout.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def webhook_record(webhook: Webhook) -> dict[str, Any]:
    """The ``--json`` shape of a webhook: every :class:`hookhub.Webhook` field but ``raw``."""
    return webhook.model_dump(mode="json", exclude=set(_HIDDEN_WEBHOOK_FIELDS))


def capabilities_record(capabilities: Capabilities) -> dict[str, Any]:
    """The ``--json`` shape of a provider: every :class:`hookhub.Capabilities` field."""
    return capabilities.model_dump(mode="json")


def _label(name: str) -> str:
    return name.replace("_", " ")


def _cell(value: Any) -> str:
    """A model value as table text: lists joined, mappings one ``key: value`` per line."""
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Mapping):
        mapping = cast(Mapping[object, object], value)
        return "\n".join(f"{key}: {_cell(item)}" for key, item in mapping.items())
    if isinstance(value, (list, tuple)):
        items = cast(Sequence[object], value)
        return ", ".join(_cell(item) for item in items) if items else "(none)"
    return str(value)


def _webhook_columns() -> list[str]:
    return [name for name in Webhook.model_fields if name not in _HIDDEN_WEBHOOK_FIELDS]


def render_webhooks(webhooks: Sequence[Webhook], *, title: str | None = None) -> None:
    """A table with one row per webhook and one column per field."""
    columns = _webhook_columns()
    table = Table(title=title, show_lines=False)
    for name in columns:
        table.add_column(_label(name), overflow="fold")
    for webhook in webhooks:
        record = webhook_record(webhook)
        cells: list[str] = []
        for name in columns:
            value = record.get(name)
            # ``events=None`` means every event: say so rather than print a dash.
            cells.append("(all)" if name == "events" and value is None else _cell(value))
        table.add_row(*(Text(cell) for cell in cells))
    out = console()
    if webhooks:
        out.print(table)
    else:
        out.print("no webhooks")


def render_capabilities(providers: Iterable[Capabilities]) -> None:
    """One table per provider: each capability field, mappings one entry per line."""
    out = console()
    for capabilities in providers:
        record = capabilities_record(capabilities)
        table = Table(title=Text(record.pop("provider"), style="bold"), show_header=False)
        table.add_column("field", style="cyan", no_wrap=True)
        table.add_column("value", overflow="fold")
        for name, value in record.items():
            table.add_row(_label(name), Text(_cell(value)))
        out.print(table)
