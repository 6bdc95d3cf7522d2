"""The stored webhooks: records in the provider's own shape, the spec's rules for reading
and writing them (state field, secret visibility, update stamps), and copy-on-write changes
that remember the state before the last one (what a "stale reads" fault shows)."""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import Any

from hookhub._core.json_paths import MISSING, value_at
from hookhub.sandbox._faults import Faults
from hookhub.sandbox._values import del_path, set_path, stamp

__all__ = ["WebhookStore", "Work", "diff"]


class Work(dict[str, dict[str, Any]]):
    """A copy of the store that remembers which ids were written or deleted."""

    def __init__(self, store: Mapping[str, dict[str, Any]]) -> None:
        super().__init__(store)
        self.touched: set[str] = set()

    def __setitem__(self, key: str, value: dict[str, Any]) -> None:
        self.touched.add(key)
        super().__setitem__(key, value)

    def __delitem__(self, key: str) -> None:
        self.touched.add(key)
        super().__delitem__(key)

    def pop(self, key: str, *default: Any) -> Any:
        self.touched.add(key)
        return super().pop(key, *default)


def diff(
    before: Mapping[str, dict[str, Any]], after: Mapping[str, dict[str, Any]]
) -> dict[str, dict[str, Any] | None]:
    """Ids whose record is another object (records are replaced, never edited in place)."""
    keys = after.touched if isinstance(after, Work) else set(before) | set(after)
    changes: dict[str, dict[str, Any] | None] = {}
    for key in keys:
        value = after.get(key)
        if before.get(key) is not value:
            changes[key] = value
    return changes


class WebhookStore:
    """Webhook records by id, replaced (never edited in place) on every change.

    Not locked itself: the engine holds its lock around every use.
    """

    def __init__(
        self,
        config: Mapping[str, Any],
        url_path: str,
        faults: Faults,
        now: Callable[[], datetime],
    ) -> None:
        state = config["state"]
        self._state_path: str = state["field"]
        self._on: Any = state["enabled"]
        self._off: Any = state["disabled"]
        self._stamp: str | None = state.get("stamp")
        self._updated: str | None = config.get("updated_field")
        self.secret_rule: Mapping[str, Any] = config.get("secret") or {}
        self.url_path = url_path
        self._faults = faults
        self._now = now
        self.clear()

    def clear(self) -> None:
        self.records: dict[str, dict[str, Any]] = {}
        self._before: dict[str, dict[str, Any]] | None = None
        self._stale_reads_left: int | None = None
        self._changed_at: datetime | None = None

    # --- record rules -------------------------------------------------------------------
    @property
    def signing_path(self) -> str:
        """Where a record keeps the secret its deliveries are signed with."""
        rule = self.secret_rule
        return str(rule.get("signing", rule.get("field", "secret")))

    def is_enabled(self, record: Mapping[str, Any]) -> bool:
        return bool(value_at(record, self._state_path) == self._on)

    def with_state(self, record: dict[str, Any], enabled: bool) -> dict[str, Any]:
        """``record`` (a changed copy, if it must change) in the state asked for."""
        if self.is_enabled(record) == enabled:
            return record
        changed = copy.deepcopy(record)
        set_path(changed, self._state_path, self._on if enabled else self._off)
        if self._stamp:
            set_path(changed, self._stamp, None if enabled else stamp(self._now()))
        return self.touch(changed)

    def touch(self, record: dict[str, Any]) -> dict[str, Any]:
        """``record`` with its ``updated_field`` set to now (where the spec has one)."""
        if self._updated:
            record[self._updated] = stamp(self._now())
        return record

    def view(
        self, record: Mapping[str, Any], *, fresh: bool = False, query: Mapping[str, str] = {}
    ) -> dict[str, Any]:
        """The record as the provider shows it (the secret hidden where documented)."""
        shown = copy.deepcopy(dict(record))
        rule = self.secret_rule
        if not rule or rule.get("shown", "always") == "always":
            return shown
        reveal = rule.get("reveal_query")
        if fresh and rule.get("shown") == "fresh":
            return shown
        if reveal and str(query.get(reveal, "")).lower() == "true":
            return shown
        path = str(rule["field"])
        if value_at(shown, path) is MISSING:
            return shown
        if rule.get("hidden", "omit") == "omit":
            del_path(shown, path)
        else:
            set_path(shown, path, rule.get("hidden"))
        return shown

    # --- reading and changing -------------------------------------------------------------
    def work(self) -> Work:
        """A copy to change; :meth:`commit` makes it the state."""
        return Work(self.records)

    def commit(self, work: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any] | None]:
        """Make ``work`` the state; what changed (id -> new record, ``None``: deleted).

        A change opens the "stale reads" window (if that fault is set): reads see the
        state before it for a while.
        """
        before = self.records
        changes = diff(before, work)
        if not changes:
            return changes
        self.records = work
        self._before = before
        self._changed_at = self._now()
        stale = self._faults.stale_rule
        self._stale_reads_left = stale.reads if stale is not None else None
        return changes

    def seed(self, webhook_id: str, record: dict[str, Any]) -> None:
        """Store ``record`` directly: seeding is not a "change" (no stale window)."""
        work = self.work()
        work[webhook_id] = record
        self.records = work

    def visible(self) -> tuple[dict[str, dict[str, Any]], bool]:
        """The state a read sees, and whether it is the stale one ("stale reads" fault)."""
        stale = self._faults.stale_rule
        if stale is None or self._before is None:
            return self.records, False
        within = False
        if self._stale_reads_left is not None and self._stale_reads_left > 0:
            self._stale_reads_left -= 1
            within = True
        elif stale.seconds is not None and self._changed_at is not None:
            within = self._now() - self._changed_at < timedelta(seconds=stale.seconds)
        return (self._before, True) if within else (self.records, False)
