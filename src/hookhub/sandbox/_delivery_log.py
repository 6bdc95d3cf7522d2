"""The provider's delivery log (``x-hookhub.sandbox.delivery_log``): every attempt the
sandbox made, grouped into one log record per (webhook, event), listed, filtered and
rendered with the spec's ``delivery_log.record`` template."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from hookhub._core.json_paths import value_at
from hookhub.sandbox._delivery import is_loopback
from hookhub.sandbox._exchange import RawRequest
from hookhub.sandbox._paging import filtered, paginate
from hookhub.sandbox._records import DeliveryRecord
from hookhub.sandbox._replies import Refused
from hookhub.sandbox._templates import render
from hookhub.sandbox._validation import instant, positive
from hookhub.sandbox._values import stamp

__all__ = ["DeliveryLog", "Event", "LogEntry"]


@dataclass
class Event:
    """An event raised with ``emit()``."""

    event_id: str
    event_type: str
    payload: Mapping[str, Any]
    created_at: datetime


@dataclass
class LogEntry:
    """One record of the provider's delivery log: an event sent to a webhook, and the
    indexes (into :attr:`DeliveryLog.attempts`) of its attempts, newest last."""

    delivery_id: str
    webhook_id: str
    event: Event
    attempts: list[int]


class DeliveryLog:
    """Every delivery attempt, and the log records the provider shows for them.

    Not locked itself: the engine holds its lock around every use.
    """

    def __init__(
        self, rule: Mapping[str, Any], missing_kind: str, now: Callable[[], datetime]
    ) -> None:
        self._rule = rule
        self._missing_kind = missing_kind
        """The error kind of an unknown delivery id."""
        self._now = now
        self.posts_for_real = False
        """Whether delivered attempts are POSTed to loopback receivers (``deliver=True``)."""
        self.clear()

    def clear(self) -> None:
        self.attempts: list[DeliveryRecord] = []
        """Every attempt (delivered, buffered or dropped), in order."""
        self.entries: dict[str, LogEntry] = {}
        self._keys: dict[tuple[str, str], str] = {}
        self._count = 0

    def add_attempt(self, webhook_id: str, event: Event, index: int, status: str) -> str | None:
        """Add attempt ``index`` to the log entry of (webhook, event); the entry's id
        (``None``: the provider logs no such attempt)."""
        if "record" not in self._rule or status not in self._rule.get("logged", ["delivered"]):
            return None
        key = (webhook_id, event.event_id)
        entry = self.entries.get(self._keys.get(key, ""))
        if entry is None:
            self._count += 1
            delivery_id = str(self._rule.get("ids", "dlv_{n:06d}")).format(n=self._count)
            entry = self.entries[delivery_id] = LogEntry(delivery_id, webhook_id, event, [])
            self._keys[key] = delivery_id
        entry.attempts.append(index)
        return entry.delivery_id

    def entry(self, delivery_id: str | None) -> LogEntry:
        """The log entry ``delivery_id`` names, or the provider's not-found refusal."""
        entry = self.entries.get(delivery_id) if delivery_id is not None else None
        if entry is None:
            raise Refused(self._missing_kind)
        return entry

    def list_page(
        self,
        config: Mapping[str, Any],
        request: RawRequest,
        webhook_id: str | None,
        variables: dict[str, Any],
        host: str,
    ) -> None:
        """The log (of the path's webhook, if any), filtered, limited and paged."""
        entries = [e for e in self.entries.values() if webhook_id in (None, e.webhook_id)]
        if self._rule.get("order") == "newest_first":
            entries.reverse()
        records = filtered([self.view(entry) for entry in entries], config, request.query)
        since_params: Mapping[str, str] = config.get("since") or {}
        until_params: Mapping[str, str] = config.get("until") or {}
        for param, path in since_params.items():
            if param in request.query:
                since = instant(request.query[param], param)
                records = [r for r in records if instant(value_at(r, path), path) >= since]
        for param, path in until_params.items():
            if param in request.query:
                until = instant(request.query[param], param)
                records = [r for r in records if instant(value_at(r, path), path) < until]
        search = config.get("search")
        if search and request.query.get(search["param"]):
            needle = request.query[search["param"]].lower()
            records = [
                r
                for r in records
                if any(needle in str(value_at(r, path)).lower() for path in search["paths"])
            ]
        limit = config.get("limit")
        if limit:
            name = str(limit["param"])
            records = records[: positive(request.query.get(name, str(limit["default"])), name)]
        paginate(config, request, records, variables, host)

    def view(self, entry: LogEntry) -> dict[str, Any]:
        """The entry rendered with the spec's ``delivery_log.record`` (its latest attempt)."""
        last = self.attempts[entry.attempts[-1]]
        answered = self._response_status(last)
        variables: dict[str, Any] = {
            "id": entry.delivery_id,
            "delivery_id": entry.delivery_id,
            "webhook_id": entry.webhook_id,
            "event_id": entry.event.event_id,
            "event_type": entry.event.event_type,
            "payload": dict(entry.event.payload),
            "body": last.json(),
            "url": last.url,
            "created_at": stamp(entry.event.created_at),
            "attempted_at": stamp(last.delivered_at),
            "attempts": len(entry.attempts),
            "status": last.status,
            "success": answered is not None and 200 <= answered < 300,
            "now": stamp(self._now()),
        }
        if answered is not None:
            variables["response_status"] = answered
        rendered: dict[str, Any] = render(self._rule["record"], variables)
        return rendered

    def _response_status(self, delivery: DeliveryRecord) -> int | None:
        """What the receiver answered: the real status when POSTed for real; ``None`` while
        pending or unanswered; in process (nothing sent) the receiver is taken to accept."""
        if delivery.status != "delivered":
            return None
        if delivery.response_status is not None:
            return delivery.response_status
        if self.posts_for_real and is_loopback(delivery.url):
            return None
        return 200
