"""``hookhub demo``: the main job on every provider's in-process sandbox.

Everything the report shows is read back from the facade's results and from the sandboxes'
own records (their request logs, emit outcomes and deliveries); nothing is written ahead.
Which scenes run is decided from each provider's capabilities, never from its name.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Generator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, cast

import click
from rich.progress import Progress, SpinnerColumn, TextColumn
from rich.table import Table
from rich.text import Text

from hookhub._core.errors import UnsupportedOperationError
from hookhub.cli._output import console, print_json
from hookhub.cli._serve import import_sandbox
from hookhub.facade import WebhookClient, list_providers
from hookhub.facade.models import Capabilities, Webhook
from hookhub.providers import ProviderId

__all__ = ["DemoReport", "collect", "run_demo"]

RECEIVER_URL = "https://receiver.example.com/hookhub-demo"
# Emitted where the webhook takes every event (the spec lists no example event types).
ANY_EVENT_TYPE = "hookhub.demo"


@dataclass
class Row:
    """One thing the demo did at a provider, and what came of it."""

    action: str
    outcome: str
    calls: list[str] = field(default_factory=list[str])
    """The HTTP requests the sandbox received for it (``"PATCH /v1/x/1 200"``)."""


@dataclass
class EventRow:
    event_type: str
    event_id: str | None
    emitted_while: str
    outcome: str
    """What the sandbox did at emit time: delivered, buffered, dropped, not_subscribed."""
    delivered_by_end: bool


@dataclass
class ProviderReport:
    provider: str
    disabled_events: str
    """What the provider documents for events while disabled (``hookhub providers``)."""
    webhook_id: str | None = None
    timeline: list[Row] = field(default_factory=list[Row])
    events: list[EventRow] = field(default_factory=list[EventRow])
    pause: str = "not tried"
    """``paused and resumed`` or ``refused``."""
    final_state: str | None = None


@dataclass
class ToggleReport:
    """A relative-toggle provider disabled through its toggle with the response lost."""

    provider: str
    webhook_id: str
    fault: str
    toggle_requests: int
    final_state: str
    calls: list[str]


@dataclass
class Check:
    description: str
    ok: bool


@dataclass
class DemoReport:
    providers: list[ProviderReport] = field(default_factory=list[ProviderReport])
    toggles: list[ToggleReport] = field(default_factory=list[ToggleReport])
    checks: list[Check] = field(default_factory=list[Check])

    @property
    def ok(self) -> bool:
        return all(check.ok for check in self.checks)

    def as_json(self) -> dict[str, Any]:
        document = dataclasses.asdict(self)
        document["ok"] = self.ok
        return document


def _state(webhook: Webhook) -> str:
    if webhook.paused:
        return "paused"
    return "enabled" if webhook.enabled else "disabled"


def _call_text(request: Any) -> str:
    answer = request.status if request.status is not None else f"no response ({request.outcome})"
    return f"{request.method} {request.path} {answer}"


class _Stage:
    """A sandbox, a facade client on it, and request-log bookkeeping."""

    def __init__(self, provider: str, **facade_arguments: Any) -> None:
        sandbox_class = import_sandbox()
        self.sandbox = sandbox_class(provider)
        self.client: WebhookClient[Any, Any] = WebhookClient(
            cast(ProviderId, provider),
            api_key=self.sandbox.api_key,
            base_url=self.sandbox.base_url,
            http_client=self.sandbox.http_client(),
            **facade_arguments,
        )
        self._seen = 0
        # The provider's documented event types from its spec; None: subscribe to every event.
        self.subscription: list[str] | None = self.sandbox.example_events
        self.event_type = self.subscription[0] if self.subscription else ANY_EVENT_TYPE

    def new_requests(self) -> list[Any]:
        requests = list(self.sandbox.requests)
        fresh = requests[self._seen :]
        self._seen = len(requests)
        return fresh

    def calls(self) -> list[str]:
        return [_call_text(request) for request in self.new_requests()]

    def close(self) -> None:
        self.client.close()


def _emit(
    stage: _Stage, report: ProviderReport, event_type: str, webhook_id: str, phase: str
) -> None:
    """Emit one event; ``phase`` is the verb's intent (enabled, disabled, paused)."""
    results = stage.sandbox.emit(event_type, {"demo": True, "while": phase})
    mine = [result for result in results if result.webhook_id == webhook_id]
    outcome = mine[0].outcome if mine else "not_subscribed"
    event_id = mine[0].event_id if mine else None
    report.events.append(EventRow(event_type, event_id, phase, outcome, False))
    report.timeline.append(Row(f"emit {event_type}", outcome, stage.calls()))


def _verb(stage: _Stage, report: ProviderReport, verb: str, webhook_id: str) -> Webhook:
    webhook: Webhook = getattr(stage.client, verb)(webhook_id)
    report.timeline.append(Row(verb, _state(webhook), stage.calls()))
    return webhook


def provider_scene(capabilities: Capabilities, step: Callable[[str], None]) -> ProviderReport:
    """Create, emit, disable, emit, enable, pause (or be refused), resume, at one provider."""
    provider = capabilities.provider
    report = ProviderReport(provider, capabilities.disabled_events)
    stage = _Stage(provider)
    try:
        event_type = stage.event_type
        step(f"{provider}: create")
        created = stage.client.create(url=RECEIVER_URL, events=stage.subscription)
        report.webhook_id = created.id
        report.timeline.append(Row("create", _state(created), stage.calls()))
        _emit(stage, report, event_type, created.id, "enabled")

        step(f"{provider}: disable")
        _verb(stage, report, "disable", created.id)
        _emit(stage, report, event_type, created.id, "disabled")
        step(f"{provider}: enable")
        _verb(stage, report, "enable", created.id)

        step(f"{provider}: pause")
        if "pause" in capabilities.verbs:
            _verb(stage, report, "pause", created.id)
            _emit(stage, report, event_type, created.id, "paused")
            _verb(stage, report, "resume", created.id)
            report.pause = "paused and resumed"
        else:
            try:
                stage.client.pause(created.id)
            except UnsupportedOperationError as refusal:
                report.timeline.append(Row("pause", f"refused: {refusal}", stage.calls()))
                report.pause = "refused"
            else:
                report.timeline.append(Row("pause", "accepted", stage.calls()))
                report.pause = "accepted"

        final = stage.client.get(created.id)
        report.final_state = _state(final)
        report.timeline.append(Row("get", report.final_state, stage.calls()))
        delivered = {
            record.event_id
            for record in stage.sandbox.deliveries
            if record.webhook_id == created.id and record.status == "delivered"
        }
        for event in report.events:
            event.delivered_by_end = event.event_id in delivered
    finally:
        stage.close()
    return report


def toggle_scene(capabilities: Capabilities, step: Callable[[str], None]) -> ToggleReport:
    """Disable through the relative toggle while the sandbox loses the toggle's response."""
    provider = capabilities.provider
    operation = capabilities.native_operations["toggle"]  # the generated method behind it
    # After a lost toggle the verifying mode waits the read timeout before trusting a read
    # (a late apply lands within it); in process that wait need not be the default 30 s.
    stage = _Stage(provider, state_strategy="toggle", settle_delay=0.0, timeout=1.0)
    try:
        step(f"{provider}: toggle with a lost response")
        created = stage.client.create(url=RECEIVER_URL + "/toggle", events=stage.subscription)
        stage.new_requests()
        stage.sandbox.faults.lose_response(n=1, kind="timeout", operation=operation)
        disabled = stage.client.disable(created.id)
        requests = stage.new_requests()
        toggles = [request for request in requests if request.operation == operation]
        final = stage.client.get(created.id)
        return ToggleReport(
            provider=provider,
            webhook_id=created.id,
            fault=f"{operation}: change applied, response lost (timeout)",
            toggle_requests=len(toggles),
            final_state=f"{_state(disabled)} (read back: {_state(final)})",
            calls=[_call_text(request) for request in requests],
        )
    finally:
        stage.close()


def _checks(report: DemoReport) -> list[Check]:
    checks: list[Check] = []
    for item in report.providers:
        first = item.events[0] if item.events else None
        checks.append(
            Check(
                f"{item.provider}: an event while enabled is delivered",
                first is not None and first.outcome == "delivered" and first.delivered_by_end,
            )
        )
        checks.append(
            Check(f"{item.provider}: ends enabled", item.final_state == "enabled"),
        )
        if item.pause == "refused":
            refusal = next(row for row in item.timeline if row.action == "pause")
            checks.append(
                Check(f"{item.provider}: pause() refused before sending", not refusal.calls)
            )
        if item.pause == "paused and resumed":
            kept = [event for event in item.events if event.emitted_while == "paused"]
            checks.append(
                Check(
                    f"{item.provider}: events kept while paused are delivered after resume",
                    bool(kept) and all(event.delivered_by_end for event in kept),
                )
            )
    for toggle in report.toggles:
        checks.append(
            Check(
                f"{toggle.provider}: lost toggle response, exactly one flip, ends disabled",
                toggle.toggle_requests == 1 and toggle.final_state.startswith("disabled"),
            )
        )
    return checks


def collect(step: Callable[[str], None] = lambda text: None) -> DemoReport:
    """Run every scene and return what happened."""
    report = DemoReport()
    capabilities = list_providers()
    for item in capabilities:
        report.providers.append(provider_scene(item, step))
    for item in capabilities:
        if item.relative_toggle:
            report.toggles.append(toggle_scene(item, step))
    report.checks = _checks(report)
    return report


@contextmanager
def _progress(total: int) -> Generator[Callable[[str], None]]:
    """A spinner with the current step, on a terminal only."""
    out = console()
    progress = Progress(
        SpinnerColumn(), TextColumn("{task.description}"), console=out, transient=True
    )
    if not out.is_terminal:
        yield lambda text: None
        return
    with progress:
        task = progress.add_task("starting the sandboxes", total=total)

        def step(text: str) -> None:
            progress.update(task, description=text, advance=1)

        yield step


def _short(call: str, webhook_id: str | None) -> str:
    """A request line with the webhook's id as ``{id}``, so tables stay narrow."""
    return call.replace(webhook_id, "{id}") if webhook_id else call


def _render(report: DemoReport) -> None:
    out = console()
    out.print(
        Text(
            f"hookhub demo: {len(report.providers)} in-process sandboxes, driven through "
            "hookhub.WebhookClient",
            style="bold",
        )
    )
    for item in report.providers:
        out.print(
            Text.assemble(
                (item.provider, "bold"),
                f": webhook {{id}} = {item.webhook_id}; events while disabled, per the "
                f"provider's docs: {item.disabled_events}",
            )
        )
        table = Table()
        table.add_column("step", no_wrap=True)
        table.add_column("result", overflow="fold")
        table.add_column("requests the sandbox received", overflow="fold")
        for row in item.timeline:
            calls = "\n".join(_short(call, item.webhook_id) for call in row.calls)
            table.add_row(row.action, Text(row.outcome), Text(calls or "-"))
        out.print(table)
    out.print(Text("events per provider", style="bold"))
    summary = Table()
    for column in ("provider", "while enabled", "while disabled", "while paused", "delivered"):
        summary.add_column(column)
    for item in report.providers:
        by_state = {state: "-" for state in ("enabled", "disabled", "paused")}
        for event in item.events:
            by_state[event.emitted_while] = event.outcome
        delivered = sum(event.delivered_by_end for event in item.events)
        summary.add_row(
            item.provider,
            by_state["enabled"],
            by_state["disabled"],
            by_state["paused"] if item.pause != "refused" else "pause refused",
            f"{delivered} of {len(item.events)} in the end",
        )
    out.print(summary)
    for toggle in report.toggles:
        out.print(
            Text.assemble(
                (toggle.provider, "bold"),
                f", state_strategy='toggle': disable() while the sandbox loses the toggle's "
                f"response (webhook {{id}} = {toggle.webhook_id})",
            )
        )
        table = Table()
        table.add_column("requests the sandbox received during disable()")
        for call in toggle.calls:
            table.add_row(Text(_short(call, toggle.webhook_id)))
        out.print(table)
        out.print(
            Text(
                f"fault: {toggle.fault}; toggle requests sent: {toggle.toggle_requests}; "
                f"state: {toggle.final_state}"
            )
        )
    for check in report.checks:
        mark = Text("ok  ", style="green") if check.ok else Text("FAIL", style="bold red")
        out.print(Text.assemble(mark, " ", check.description))


def run_demo(*, as_json: bool) -> None:
    """``hookhub demo``: print the report; exit 1 if a check failed."""
    providers = list_providers()
    total = len(providers) * 4 + sum(item.relative_toggle for item in providers)
    with _progress(total) as step:
        report = collect(step)
    if as_json:
        print_json(report.as_json())
    else:
        _render(report)
    failed: Sequence[Check] = [check for check in report.checks if not check.ok]
    if failed:
        raise click.ClickException(f"demo: {len(failed)} check(s) failed") from None
