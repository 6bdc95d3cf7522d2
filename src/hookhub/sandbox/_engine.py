"""The one request -> response handler behind every sandbox, driven by the spec's data.

Everything provider-specific comes from ``hookhub.providers.<id>._profile`` (see
:mod:`._config`). :class:`Engine` owns the state and the order of things: route the
request (:mod:`._routing`), answer what comes before the provider acts (auth, injected
faults: :mod:`._replies`), replay idempotency keys (:mod:`._idempotency`), perform the
operation's action (:mod:`._actions`) on a copy of the store (:mod:`._store`), land or hold
the change ("apply late" and "stale reads" faults decide when a change is seen), then
raise the events' deliveries (:mod:`._delivery`, :mod:`._delivery_log`). It is sans-IO
(:mod:`._exchange`): :meth:`Engine.handle` is a generator that yields ``Sleep`` and
``Deliver`` steps and returns a ``Reply``, so the sync transport, the async transport and
the ASGI app drive the same logic, each waiting and POSTing its own way. The methods the
Python API calls directly (``emit``, ``set_enabled``, ``apply_pending``) return the
deliveries to POST instead of sending them.
"""

from __future__ import annotations

import copy
import hashlib
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from hookhub._core.json_paths import MISSING, value_at
from hookhub.sandbox._actions import act
from hookhub.sandbox._config import check_config, load_provider
from hookhub.sandbox._control import PREFIX as CONTROL_PREFIX
from hookhub.sandbox._control import control
from hookhub.sandbox._delivery import Outgoing, build_delivery
from hookhub.sandbox._delivery_log import DeliveryLog, Event, LogEntry
from hookhub.sandbox._exchange import Deliver, Handling, RawRequest, Reply, Sleep
from hookhub.sandbox._faults import Faults
from hookhub.sandbox._idempotency import IN_FLIGHT, IdempotencyKeys
from hookhub.sandbox._records import (
    DeliveryRecord,
    DeliveryStatus,
    EmitOutcome,
    EmitResult,
    RecordedRequest,
)
from hookhub.sandbox._replies import Refused, Replies
from hookhub.sandbox._routing import Route, Router
from hookhub.sandbox._store import WebhookStore, diff
from hookhub.sandbox._templates import render
from hookhub.sandbox._validation import RequestChecks, parse_body
from hookhub.sandbox._values import set_path, stamp

__all__ = ["Engine"]


@dataclass
class _Late:
    reads_left: int | None
    """Reads until it lands; ``None``: held until :meth:`Engine.apply_pending`."""
    route: Route
    params: Mapping[str, str]
    request: RawRequest
    request_id: str
    """The acknowledged request, performed again when it lands (against the state then)."""
    created: dict[str, dict[str, Any] | None]
    """What a held create made (it lands as acknowledged, with the id it answered)."""


class Engine:
    """State and behaviour of one fake provider; thread-safe behind one lock."""

    def __init__(
        self,
        provider: str,
        *,
        api_key: str,
        clock: Callable[[], datetime],
        ids: Callable[[], str] | None,
    ) -> None:
        self.profile, facade, self.config, spec = load_provider(provider)
        self.provider = provider
        check_config(provider, self.config)
        self.api_key = api_key
        self.clock = clock
        self._ids = ids
        self.lock = threading.RLock()
        self.faults = Faults(self.lock)
        self._webhook = facade["webhook"]
        self.max_webhooks: int | None = self.config.get("max_webhooks", facade.get("max_webhooks"))
        declared = self.config.get("disabled_events") or facade.get("disabled_events")
        self.disabled_events = "buffered" if declared == "buffered" else "dropped"
        url_path = str(self._webhook["url"]["path"])
        self.replies = Replies(self.config, self.now, bool(self.profile.errors.retry_after))
        self.checks = RequestChecks(self.config, self.replies, url_path, self.max_webhooks)
        self.router = Router(provider, self.profile, self.config, spec)
        self.store = WebhookStore(self.config, url_path, self.faults, self.now)
        missing_delivery = self.replies.kind("delivery_not_found", fallback="not_found")
        self.delivery_log = DeliveryLog(
            self.config.get("delivery_log") or {}, missing_delivery, self.now
        )
        self.idempotency_keys = IdempotencyKeys(
            provider, self.profile.idempotency, self.config.get("idempotency") or {}, self.now
        )
        self.reset()

    # --- lifecycle ---------------------------------------------------------------------
    def reset(self) -> None:
        with self.lock:
            self.store.clear()
            self.delivery_log.clear()
            self.idempotency_keys.clear()
            self.buffers: dict[str, list[Event]] = {}
            self.requests: list[RecordedRequest] = []
            self.flips = 0
            self._late: list[_Late] = []
            self._outbox: list[Outgoing] = []
            self._counters: dict[str, int] = {}
            self.faults.clear()

    def _next(self, name: str) -> int:
        self._counters[name] = self._counters.get(name, 0) + 1
        return self._counters[name]

    def new_id(self) -> str:
        if self._ids is not None:
            return self._ids()
        return str(self.config.get("ids", "wh_{n:06d}")).format(n=self._next("id"))

    def new_secret(self) -> str:
        token = hashlib.sha256(f"{self.provider}:{self._next('secret')}".encode()).hexdigest()
        return str(self.store.secret_rule.get("prefix", "")) + token[:32]

    def new_event_id(self) -> str:
        return f"evt_{self._next('event'):08d}"

    def now(self) -> datetime:
        return self.clock()

    def now_text(self) -> str:
        return stamp(self.now())

    # --- state, as the rest of the package reads it ---------------------------------------
    @property
    def webhooks(self) -> dict[str, dict[str, Any]]:
        """The stored records by id (read under :attr:`lock`)."""
        return self.store.records

    @property
    def deliveries(self) -> list[DeliveryRecord]:
        """Every delivery attempt, in order (read under :attr:`lock`)."""
        return self.delivery_log.attempts

    @property
    def deliver_for_real(self) -> bool:
        """Whether delivered attempts are POSTed to loopback receivers."""
        return self.delivery_log.posts_for_real

    @deliver_for_real.setter
    def deliver_for_real(self, value: bool) -> None:
        self.delivery_log.posts_for_real = value

    @property
    def host(self) -> str:
        return f"{self.provider.replace('_', '-')}.sandbox.invalid"

    @property
    def signing_path(self) -> str:
        return self.store.signing_path

    def is_enabled(self, record: Mapping[str, Any]) -> bool:
        return self.store.is_enabled(record)

    # --- the handler ---------------------------------------------------------------------
    def handle(self, request: RawRequest) -> Handling:
        """Answer ``request``: a generator yielding waits and returning the reply."""
        if request.path.startswith(CONTROL_PREFIX):
            return (yield from control(self, request))
        route, params = self.router.match(request.method, request.path)
        record = RecordedRequest(
            method=request.method,
            path=request.path,
            query=dict(request.query),
            headers=dict(request.headers),
            body=request.body,
            operation=route.operation.name if route else None,
        )
        with self.lock:
            self.requests.append(record)
            request_id = f"req_{self._next('request'):08d}"
        reply = self._front(route, request, record, request_id)
        if reply is not None:
            record.status = None if reply.lost else reply.status
            return reply
        assert route is not None
        operation = route.operation
        key = self.idempotency_keys.key(operation, request)
        if key is not None:
            with self.lock:
                held = self.idempotency_keys.claim(key)
            if held is IN_FLIGHT:
                in_flight = self.replies.error("in_flight", request_id)
                return self._answer(route, request, record, in_flight, request_id)
            if isinstance(held, Reply):
                record.outcome = "replayed"
                replayed = Reply(held.status, dict(held.headers), held.body)
                return self._answer(route, request, record, replayed, request_id)
        delay = self.faults.take("latency", operation.name, request.method, request.path)
        try:
            if delay is not None:
                yield Sleep(float(delay["seconds"]))
            with self.lock:
                reply = self._apply(route, params, request, record, request_id)
                outgoing, self._outbox = self._outbox, []
        except BaseException:
            if key is not None:
                with self.lock:
                    self.idempotency_keys.release(key)
            raise
        if key is not None:
            with self.lock:
                self.idempotency_keys.finish(key, reply)
        for item in outgoing:
            yield Deliver(item)
        return self._answer(route, request, record, reply, request_id)

    def _answer(
        self,
        route: Route,
        request: RawRequest,
        record: RecordedRequest,
        reply: Reply,
        request_id: str,
    ) -> Reply:
        """``reply`` after the faults that act once the provider answered (replays too)."""
        name = route.operation.name
        replace = self.faults.take("replace", name, request.method, request.path)
        if replace is not None:
            record.outcome = _also(record.outcome, "replace_response")
            if replace["body"] is not None:
                reply = self.replies.json(int(replace["status"]), replace["body"], request_id)
            else:
                reply = self.replies.error_for_status(
                    int(replace["status"]), request_id, retry_after=None
                )
        lose = self.faults.take("lose", name, request.method, request.path)
        if lose is not None:
            record.outcome = _also(record.outcome, "lose_response")
            return Reply(reply.status, reply.headers, reply.body, lost=lose["kind"])
        record.status = reply.status
        return reply

    def _front(
        self,
        route: Route | None,
        request: RawRequest,
        record: RecordedRequest,
        request_id: str,
    ) -> Reply | None:
        """What is answered before the fake provider acts: routing, auth, injected failures."""
        if route is None:
            return self.replies.error("not_found", request_id, message="No such route")
        auth = self.profile.auth
        given = request.headers.get(auth.header.lower())
        if given != auth.prefix + self.api_key:
            missing = given is None and "missing_key" in self.config["errors"]
            return self.replies.error("missing_key" if missing else "unauthorized", request_id)
        drop = self.faults.take("drop", route.operation.name, request.method, request.path)
        if drop is not None:
            record.outcome = "fault:lose_request"
            return Reply(503, {}, b"", lost=drop["kind"])  # never seen: the answer is lost
        fail = self.faults.take("fail", route.operation.name, request.method, request.path)
        if fail is None:
            return None
        record.outcome = "fault:rate_limit" if fail.get("rate_limit") else "fault:fail"
        return self.replies.failure(fail, request_id)

    # --- applying an operation -----------------------------------------------------------
    def _apply(
        self,
        route: Route,
        params: Mapping[str, str],
        request: RawRequest,
        record: RecordedRequest,
        request_id: str,
    ) -> Reply:
        try:
            body = parse_body(request.body)
            if request.method == "GET":
                state = self._read_state(record)
                return act(self, route, params, request, body, state, request_id)
            work = self.store.work()
            reply = act(self, route, params, request, body, work, request_id)
            dry_field = self.config.get("dry_run_field")
            if dry_field and body.get(dry_field) is True:
                return reply  # "sandbox: true": validated and answered, nothing changes
            late = self.faults.take_late()
            if late is not None:
                record.outcome = "fault:apply_late"
                created = diff(self.store.records, work) if route.action == "create" else {}
                self._late.append(_Late(late[0], route, dict(params), request, request_id, created))
            else:
                self._commit(work)
                self._count_flip(route, reply)
            return reply
        except Refused as refused:
            return self.replies.error(refused.kind, request_id, message=refused.message)

    def _count_flip(self, route: Route, reply: Reply) -> None:
        if route.action == "toggle" and reply.status < 300:
            self.flips += 1

    def _read_state(self, record: RecordedRequest | None) -> dict[str, dict[str, Any]]:
        """The state a read sees, after advancing "apply late" and "stale reads" faults."""
        state, stale = self.store.visible()
        if stale and record is not None:
            record.outcome = "fault:stale"
        for late in list(self._late):
            if late.reads_left is None:
                continue
            late.reads_left -= 1
            if late.reads_left <= 0:
                self._land(late)
        return state

    def _land(self, late: _Late) -> None:
        """Perform a held request now, against the state now (a toggle flips what it finds)."""
        self._late.remove(late)
        work = self.store.work()
        if late.created:
            for webhook_id, record in late.created.items():
                if record is not None:
                    work[webhook_id] = record
            self._commit(work)
            return
        try:
            body = parse_body(late.request.body)
            reply = act(self, late.route, late.params, late.request, body, work, late.request_id)
        except Refused:
            return  # refused by now (the webhook was deleted meanwhile, say): it never lands
        self._commit(work)
        self._count_flip(late.route, reply)

    def apply_pending(self, n: int | None = None) -> tuple[int, list[Outgoing]]:
        """Land the oldest ``n`` (default: every) change "apply late" holds back; how many,
        and the real POSTs to make (a webhook enabled again gets its buffered events)."""
        with self.lock:
            landing = self._late[: len(self._late) if n is None else max(0, int(n))]
            for late in landing:
                self._land(late)
            outgoing, self._outbox = self._outbox, []
        return len(landing), outgoing

    def _commit(self, work: dict[str, dict[str, Any]]) -> None:
        """Make ``work`` the state; a webhook enabled again gets the events it buffered."""
        before = self.store.records
        for webhook_id, record in self.store.commit(work).items():
            was = before.get(webhook_id)
            if record is None:
                self.buffers.pop(webhook_id, None)  # deleting loses what was queued
            elif was is not None and not self.is_enabled(was) and self.is_enabled(record):
                for event in self.buffers.pop(webhook_id, []):
                    self._deliver(webhook_id, record, event, "delivered")

    def set_enabled(self, webhook_id: str, enabled: bool) -> list[Outgoing]:
        """An outside actor turns the webhook on or off; the real POSTs to make."""
        with self.lock:
            work = self.store.work()
            work[webhook_id] = self.store.with_state(work[webhook_id], enabled)
            self._commit(work)
            outgoing, self._outbox = self._outbox, []
        return outgoing

    def seed(
        self, url: str, events: list[str] | None, enabled: bool, fields: Mapping[str, Any]
    ) -> str:
        body: dict[str, Any] = copy.deepcopy(self.config.get("seed") or {})
        url_rule: Mapping[str, Any] = self.config.get("url") or {}
        body[str(url_rule.get("field", "url"))] = url
        events_reader: Mapping[str, Any] = self._webhook.get("events") or {}
        if events is not None and "path" in events_reader:
            set_path(body, events_reader["path"], list(events))
        body.update(fields)
        with self.lock:
            new_id = self.new_id()
            variables = {"id": new_id, "secret": self.new_secret(), "body": body}
            created = render(self.config["record"], {**variables, "now": self.now_text()})
            self.store.seed(new_id, self.store.with_state(created, enabled))
        return new_id

    # --- events ---------------------------------------------------------------------------
    def emit(
        self, event_type: str, payload: Mapping[str, Any]
    ) -> tuple[list[EmitResult], list[Outgoing]]:
        """Route the event to every webhook; the results, and the real POSTs to make."""
        with self.lock:
            event = Event(self.new_event_id(), event_type, dict(payload), self.now())
            results: list[EmitResult] = []
            for webhook_id, record in self.store.records.items():
                outcome = self._route_event(webhook_id, record, event)
                results.append(EmitResult(webhook_id, event.event_id, event_type, outcome))
            outgoing, self._outbox = self._outbox, []
        return results, outgoing

    def _route_event(self, webhook_id: str, record: dict[str, Any], event: Event) -> EmitOutcome:
        reader: Mapping[str, Any] = self._webhook.get("events") or {}
        events: Any = value_at(record, reader["path"]) if "path" in reader else reader.get("const")
        if events not in (None, MISSING, []) and event.event_type not in events:
            return "not_subscribed"
        if self.is_enabled(record):
            self._deliver(webhook_id, record, event, "delivered")
            return "delivered"
        if self.disabled_events == "buffered":
            self.buffers.setdefault(webhook_id, []).append(event)
            self._deliver(webhook_id, record, event, "buffered")
            return "buffered"
        self._deliver(webhook_id, record, event, "dropped")
        return "dropped"

    def retry(self, entry: LogEntry, state: Mapping[str, dict[str, Any]]) -> None:
        """Send the logged event again to its webhook as it is now (a disabled webhook gets
        no attempt: the sandbox records the retry as dropped and the log is unchanged)."""
        webhook = state.get(entry.webhook_id)
        if webhook is None:
            raise Refused("not_found")
        status: DeliveryStatus = "delivered" if self.is_enabled(webhook) else "dropped"
        self._deliver(entry.webhook_id, webhook, entry.event, status)

    def _deliver(
        self, webhook_id: str, record: Mapping[str, Any], event: Event, status: DeliveryStatus
    ) -> None:
        """Record an attempt (logged where the provider logs it); queue its real POST."""
        attempts = self.delivery_log.attempts
        index = len(attempts)
        delivery = build_delivery(
            self.provider,
            self.config.get("delivery") or {},
            webhook_id,
            record,
            event,
            signing_path=self.signing_path,
            url_path=self.store.url_path,
            status=status,
            now=self.now,
            log_id=self.delivery_log.add_attempt(webhook_id, event, index, status),
        )
        attempts.append(delivery)
        if status == "delivered" and self.deliver_for_real:
            self._outbox.append(Outgoing(self, index, delivery))


def _also(outcome: str, fault: str) -> str:
    """``outcome`` with one more fault: ``fault:apply_late+lose_response``."""
    return f"{outcome}+{fault}" if outcome.startswith("fault:") else f"fault:{fault}"
