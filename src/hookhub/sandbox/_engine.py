"""The one request -> response handler behind every sandbox, driven by the spec's data.

Everything provider-specific comes from ``hookhub.providers.<id>._profile``: ``PROFILE``
(operations, auth, idempotency), ``FACADE`` (where url/events live, max webhooks, what
happens to events while disabled) and ``SANDBOX`` / ``SANDBOX_SPEC`` (the spec's
``x-hookhub.sandbox`` block: record shape, state field, envelopes, error codes, and what
each operation does). The handler is sans-IO: :meth:`Engine.handle` is a generator that
yields :class:`Sleep` instructions and returns a :class:`Reply`, so the sync transport, the
async transport and the ASGI app drive the same logic.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import importlib
import json
import re
import threading
from collections.abc import Callable, Generator, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from typing import Any
from urllib.parse import urlsplit

from hookhub._core.errors import ConfigurationError
from hookhub._core.json_paths import MISSING, value_at
from hookhub._core.provider_profile import Operation, ProviderProfile
from hookhub.providers import PROVIDER_IDS
from hookhub.sandbox._control import PREFIX as CONTROL_PREFIX
from hookhub.sandbox._control import control
from hookhub.sandbox._delivery import Outgoing, is_loopback, sign_delivery_headers
from hookhub.sandbox._faults import Faults, LoseKind
from hookhub.sandbox._records import DeliveryRecord, EmitOutcome, EmitResult, RecordedRequest
from hookhub.sandbox._templates import render

__all__ = ["Engine", "RawRequest", "Reply", "Sleep"]

Handling = Generator["Sleep", None, "Reply"]


@dataclass(frozen=True)
class RawRequest:
    """A request as any mount sees it (header names lower-cased)."""

    method: str
    path: str
    query: Mapping[str, str]
    headers: Mapping[str, str]
    body: bytes


@dataclass
class Reply:
    """The answer; ``lost`` set when the response must be lost after the change."""

    status: int
    headers: dict[str, str]
    body: bytes
    lost: LoseKind | None = None


@dataclass(frozen=True)
class Sleep:
    """Wait this long (``time.sleep`` or ``asyncio.sleep``) before continuing."""

    seconds: float


class _Refused(Exception):
    """An operation refused with one of the provider's error kinds."""

    def __init__(self, kind: str, message: str | None = None) -> None:
        super().__init__(kind)
        self.kind = kind
        self.message = message


_IN_FLIGHT = object()
_ACTIONS = (
    "list",
    "create",
    "get",
    "update",
    "delete",
    "set_state",
    "toggle",
    "rotate_secret",
    "respond",
    "list_deliveries",
    "get_delivery",
    "retry_delivery",
)
# Actions whose path parameter names a delivery-log entry, not a webhook.
_DELIVERY_ID_ACTIONS = ("get_delivery", "retry_delivery")


@dataclass
class _Late:
    reads_left: int
    changes: dict[str, dict[str, Any] | None]
    """Webhook id -> its record after the change, ``None`` when deleted."""


@dataclass
class _Event:
    event_id: str
    event_type: str
    payload: Mapping[str, Any]
    created_at: datetime


@dataclass
class _LogEntry:
    """One record of the provider's delivery log: an event sent to a webhook, and the
    indexes (into ``Engine.deliveries``) of its attempts, newest last."""

    delivery_id: str
    webhook_id: str
    event: _Event
    attempts: list[int]


@dataclass
class _Compiled:
    operation: Operation
    pattern: re.Pattern[str]
    config: Mapping[str, Any]
    status: int
    required: tuple[str, ...]


def load_provider(provider: str) -> tuple[ProviderProfile, dict[str, Any], dict[str, Any], Any]:
    """``PROFILE``, ``FACADE``, ``SANDBOX`` and ``SANDBOX_SPEC`` of ``provider``."""
    if provider not in PROVIDER_IDS:
        raise ConfigurationError(
            f"unknown provider {provider!r}; known providers: {', '.join(PROVIDER_IDS)}"
        )
    module = importlib.import_module(f"hookhub.providers.{provider}._profile")
    sandbox = getattr(module, "SANDBOX", None)
    if sandbox is None:
        raise ConfigurationError(f"[{provider}] its spec declares no x-hookhub.sandbox block")
    return module.PROFILE, module.FACADE, sandbox, module.SANDBOX_SPEC


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
        _check_config(provider, self.config)
        self.api_key = api_key
        self.clock = clock
        self._ids = ids
        self.lock = threading.RLock()
        self.faults = Faults(self.lock)
        self._webhook = facade["webhook"]
        self.max_webhooks: int | None = self.config.get("max_webhooks", facade.get("max_webhooks"))
        declared = self.config.get("disabled_events") or facade.get("disabled_events")
        self.disabled_events = "buffered" if declared == "buffered" else "dropped"
        state = self.config["state"]
        self._state_path: str = state["field"]
        self._on: Any = state["enabled"]
        self._off: Any = state["disabled"]
        self._stamp: str | None = state.get("stamp")
        self._secret: Mapping[str, Any] = self.config.get("secret") or {}
        self._log: Mapping[str, Any] = self.config.get("delivery_log") or {}
        self._routes = self._compile(spec)
        self.reset()

    # --- lifecycle ---------------------------------------------------------------------
    def reset(self) -> None:
        with self.lock:
            self.webhooks: dict[str, dict[str, Any]] = {}
            self.buffers: dict[str, list[_Event]] = {}
            self.requests: list[RecordedRequest] = []
            self.deliveries: list[DeliveryRecord] = []
            self.log: dict[str, _LogEntry] = {}
            self._log_keys: dict[tuple[str, str], str] = {}
            self.flips = 0
            self._keys: dict[str, Any] = {}
            self._before: dict[str, dict[str, Any]] | None = None
            self._stale_reads_left: int | None = None
            self._changed_at: datetime | None = None
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
        return str(self._secret.get("prefix", "")) + token[:32]

    def now(self) -> datetime:
        return self.clock()

    def now_text(self) -> str:
        return self.now().astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

    # --- routes ------------------------------------------------------------------------
    def _compile(self, spec: Mapping[str, Any]) -> list[_Compiled]:
        routes = []
        operations = self.config.get("operations") or {}
        for name, operation in self.profile.operations.items():
            pattern = re.sub(r"\\\{([^{}]+)\\\}", r"(?P<\1>[^/]+)", re.escape(operation.path))
            routes.append(
                _Compiled(
                    operation,
                    re.compile(pattern + "/?"),
                    operations.get(name) or {"action": "respond"},
                    int(spec[name]["status"]),
                    tuple(spec[name]["required"]),
                )
            )
        unknown = {str(config.get("action")) for config in operations.values()} - set(_ACTIONS)
        if unknown:
            raise ConfigurationError(
                f"[{self.provider}] unknown x-hookhub.sandbox action(s): "
                + ", ".join(sorted(unknown))
            )
        # Literal segments win over placeholders (``/event-types`` before ``/{id}``).
        routes.sort(key=lambda r: (r.operation.path.count("{"), -len(r.operation.path)))
        return routes

    def match(self, method: str, path: str) -> tuple[_Compiled | None, dict[str, str]]:
        for route in self.routes_for(path):
            if route.operation.method == method:
                found = route.pattern.fullmatch(path)
                assert found is not None
                return route, found.groupdict()
        return None, {}

    def routes_for(self, path: str) -> Iterable[_Compiled]:
        return (route for route in self._routes if route.pattern.fullmatch(path))

    # --- the handler ---------------------------------------------------------------------
    def handle(self, request: RawRequest) -> Handling:
        """Answer ``request``: a generator yielding waits and returning the reply."""
        if request.path.startswith(CONTROL_PREFIX):
            return control(self, request)
        route, params = self.match(request.method, request.path)
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
            record.status = reply.status
            return reply
        assert route is not None
        operation = route.operation
        key = self._idempotency_key(operation, request)
        if key is not None:
            with self.lock:
                held = self._keys.get(key)
                if held is None:
                    self._keys[key] = _IN_FLIGHT
            if held is _IN_FLIGHT:
                reply = self._error("in_flight", request_id)
                record.status = reply.status
                return reply
            if held is not None:
                record.status, record.outcome = held.status, "replayed"
                return Reply(held.status, dict(held.headers), held.body)
        delay = self.faults._take("latency", operation.name, request.method, request.path)
        try:
            if delay is not None:
                yield Sleep(float(delay["seconds"]))
            with self.lock:
                reply = self._apply(route, params, request, record, request_id)
                outgoing, self._outbox = self._outbox, []
        except BaseException:
            if key is not None:
                with self.lock:
                    self._keys.pop(key, None)
            raise
        if key is not None:
            with self.lock:
                self._keys[key] = reply
        for item in outgoing:
            item.send()
        lose = self.faults._take("lose", operation.name, request.method, request.path)
        if lose is not None:
            record.outcome = "fault:lose_response"
            return Reply(reply.status, reply.headers, reply.body, lost=lose["kind"])
        record.status = reply.status
        return reply

    def _front(
        self,
        route: _Compiled | None,
        request: RawRequest,
        record: RecordedRequest,
        request_id: str,
    ) -> Reply | None:
        """What is answered before the fake provider acts: routing, auth, injected failures."""
        if route is None:
            return self._error("not_found", request_id, message="No such route")
        auth = self.profile.auth
        given = request.headers.get(auth.header.lower())
        if given != auth.prefix + self.api_key:
            missing = given is None and "missing_key" in self.config["errors"]
            return self._error("missing_key" if missing else "unauthorized", request_id)
        fail = self.faults._take("fail", route.operation.name, request.method, request.path)
        if fail is None:
            return None
        record.outcome = "fault:rate_limit" if fail.get("rate_limit") else "fault:fail"
        retry_after = fail.get("retry_after")
        fmt = fail.get("format") or ("body" if self.profile.errors.retry_after else "seconds")
        headers: dict[str, str] = {}
        in_body = None
        if retry_after is not None:
            if fmt == "seconds":
                headers["Retry-After"] = _number(retry_after)
            elif fmt == "ms":
                headers["retry-after-ms"] = _number(float(retry_after) * 1000)
            elif fmt == "http-date":
                when = self.now() + timedelta(seconds=float(retry_after))
                headers["Retry-After"] = format_datetime(when.astimezone(timezone.utc), True)
            else:
                in_body = retry_after
        reply = self._error_for_status(int(fail["status"]), request_id, retry_after=in_body)
        reply.headers.update(headers)
        return reply

    def _idempotency_key(self, operation: Operation, request: RawRequest) -> str | None:
        rule = self.profile.idempotency
        if rule is None or not operation.takes_idempotency_key:
            return None
        return request.headers.get(rule.header.lower())

    # --- applying an operation -----------------------------------------------------------
    def _apply(
        self,
        route: _Compiled,
        params: Mapping[str, str],
        request: RawRequest,
        record: RecordedRequest,
        request_id: str,
    ) -> Reply:
        operation = route.operation
        try:
            body = self._body(operation, request)
            if request.method == "GET":
                state = self._read_state(record)
                return self._act(route, params, request, body, state, request_id)
            work = _Work(self.webhooks)
            reply = self._act(route, params, request, body, work, request_id)
            dry_field = self.config.get("dry_run_field")
            if dry_field and body.get(dry_field) is True:
                return reply  # "sandbox: true": validated and answered, nothing changes
            late = self.faults._take_late()
            if late is not None:
                record.outcome = "fault:apply_late"
                self._late.append(_Late(late, _diff(self.webhooks, work)))
            else:
                self._commit(work)
            return reply
        except _Refused as refused:
            return self._error(refused.kind, request_id, message=refused.message)

    def _body(self, operation: Operation, request: RawRequest) -> dict[str, Any]:
        if not request.body:
            return {}
        try:
            body = json.loads(request.body)
        except ValueError:
            raise _Refused("validation", "The request body is not valid JSON.") from None
        if not isinstance(body, dict):
            raise _Refused("validation", "The request body must be a JSON object.")
        return body

    def _act(
        self,
        route: _Compiled,
        params: Mapping[str, str],
        request: RawRequest,
        body: dict[str, Any],
        state: dict[str, dict[str, Any]],
        request_id: str,
    ) -> Reply:
        config = route.config
        action = config.get("action", "respond")
        variables: dict[str, Any] = {
            "now": self.now_text(),
            "request_id": request_id,
            "body": body,
            "query": dict(request.query),
        }
        fresh = False
        self._check_query(route.operation, request.query)
        webhook_id = next(iter(params.values()), None)
        current: dict[str, Any] | None = None
        entry: _LogEntry | None = None
        if action in _DELIVERY_ID_ACTIONS:
            entry = self._log_entry(webhook_id)
            webhook_id = None
        if webhook_id is not None:
            pattern = self.config.get("id_pattern")
            if pattern and not re.fullmatch(pattern, webhook_id):
                raise _Refused("invalid_id")
            current = state.get(webhook_id)
            if current is None:
                raise _Refused("not_found")
            variables["webhook_id"] = webhook_id
        if action == "list":
            self._list(config, request, state, variables)
        elif action == "create":
            self._check_body(route, body, state, None)
            new_id = self.new_id()
            secret = self.new_secret()
            created = render(self.config["record"], {**variables, "id": new_id, "secret": secret})
            state[new_id] = created
            current, fresh = created, True
        elif action == "update":
            assert current is not None and webhook_id is not None
            self._check_body(route, body, state, webhook_id)
            current = copy.deepcopy(current)
            for name in config.get("fields") or ():
                if body.get(name) is not None:
                    current[name] = body[name]
            rotate = config.get("rotate_query")
            if rotate and str(request.query.get(rotate, "")).lower() == "true":
                _set_path(current, self._signing_path, self.new_secret())
                fresh = True
            state[webhook_id] = self._touch(current)
        elif action == "delete":
            assert webhook_id is not None
            del state[webhook_id]
        elif action in ("set_state", "toggle"):
            assert current is not None and webhook_id is not None
            if action == "toggle":
                wanted = not self.is_enabled(current)
                variables["verb"] = "activated" if wanted else "deactivated"
            elif "from_body" in config:
                given = body.get(config["from_body"])
                if not isinstance(given, bool):
                    raise _Refused("validation", f"{config['from_body']} must be a boolean.")
                wanted = given
            else:
                wanted = bool(config["value"])
            current = self._with_state(current, wanted)
            state[webhook_id] = current
        elif action == "rotate_secret":
            assert current is not None and webhook_id is not None
            current = copy.deepcopy(current)
            secret = self.new_secret()
            _set_path(current, self._signing_path, secret)
            state[webhook_id] = current = self._touch(current)
            variables["secret"], fresh = secret, True
        elif action == "get":
            pass
        elif action == "respond":
            variables["event_id"] = f"evt_{self._next('event'):08d}"
        elif action == "list_deliveries":
            self._list_deliveries(config, request, webhook_id, variables)
            current = None  # the path's webhook only scopes the log; the answer is the page
        elif action in _DELIVERY_ID_ACTIONS:
            assert entry is not None
            variables["webhook_id"] = entry.webhook_id
            if action == "retry_delivery":
                self._retry(entry, state)
            variables["record"] = self._log_view(entry)
        else:  # pragma: no cover - codegen only copies the block; a typo shows here
            raise ConfigurationError(f"[{self.provider}] unknown sandbox action {action!r}")
        if current is not None:
            variables["record"] = self.view(current, fresh=fresh, query=request.query)
        if route.operation.no_content or route.status == 204:
            return Reply(route.status, self._headers(request_id), b"")
        variables["result"] = render(config.get("result", "$record"), variables)
        document = render(config.get("body", self.config.get("envelope", "$result")), variables)
        if action == "toggle":
            self.flips += 1
        return self._json(route.status, document, request_id)

    def _list(
        self,
        config: Mapping[str, Any],
        request: RawRequest,
        state: Mapping[str, dict[str, Any]],
        variables: dict[str, Any],
    ) -> None:
        records = [self.view(record, query=request.query) for record in state.values()]
        records = _filtered(records, config, request.query)
        if self.config.get("list_order") == "newest_first":
            records.reverse()
        self._paginate(config, request, records, variables)

    def _paginate(
        self,
        config: Mapping[str, Any],
        request: RawRequest,
        records: list[dict[str, Any]],
        variables: dict[str, Any],
    ) -> None:
        """One page of ``records`` as ``items`` (and ``record``), with the paging variables."""
        paging = config.get("pagination")
        if not paging:
            variables["items"] = records
            config_result = config.get("result")
            if config_result is None and "body" not in config:
                variables["record"] = records
            return
        if paging.get("style") == "token":
            self._token_page(paging, request, records, variables)
            return
        page = _positive(request.query.get(paging["page"], "1"), paging["page"])
        size = _positive(
            request.query.get(paging["size"], str(paging.get("default_size", 20))), paging["size"]
        )
        total = len(records)
        pages = max(1, -(-total // size))
        start = (page - 1) * size
        chunk = records[start : start + size]
        base = f"https://{self.host}{request.path}"

        def link(number: int) -> str:
            return f"{base}?{paging['page']}={number}"

        variables.update(
            items=chunk,
            page=page,
            page_size=size,
            total=total,
            total_pages=pages,
            has_more=start + size < total,
            url=base,
            first_url=link(1),
            last_url=link(pages),
            prev_url=link(page - 1) if page > 1 else None,
            next_url=link(page + 1) if page < pages else None,
            **{"from": start + 1 if chunk else None, "to": start + len(chunk) if chunk else None},
        )
        variables["record"] = chunk

    def _token_page(
        self,
        paging: Mapping[str, Any],
        request: RawRequest,
        records: list[dict[str, Any]],
        variables: dict[str, Any],
    ) -> None:
        """Token pages: an opaque ``next_token`` (left out on the last page) names the rest."""
        name = str(paging["token"])
        given = request.query.get(name, "")
        start = 0
        if given:
            try:
                start = int(base64.urlsafe_b64decode(given.encode()).decode().removeprefix("@"))
            except ValueError:
                start = -1
            if start < 0:
                raise _Refused("validation", f"{name} is not a valid page token.")
        default = str(paging.get("default_size", 50))
        size_param = paging.get("size")
        size = _positive(
            request.query.get(size_param, default) if size_param else default, size_param or name
        )
        chunk = records[start : start + size]
        has_more = start + size < len(records)
        variables.update(items=chunk, page_size=size, total=len(records), has_more=has_more)
        if has_more:
            token = base64.urlsafe_b64encode(f"@{start + size}".encode()).decode()
            variables["next_token"] = token
        variables["record"] = chunk

    # --- the delivery log -------------------------------------------------------------------
    def _list_deliveries(
        self,
        config: Mapping[str, Any],
        request: RawRequest,
        webhook_id: str | None,
        variables: dict[str, Any],
    ) -> None:
        """The log (of the path's webhook, if any), filtered, limited and paged."""
        entries = [e for e in self.log.values() if webhook_id in (None, e.webhook_id)]
        if self._log.get("order") == "newest_first":
            entries.reverse()
        records = _filtered([self._log_view(entry) for entry in entries], config, request.query)
        for param, path in (config.get("since") or {}).items():
            if param in request.query:
                since = _instant(request.query[param], param)
                records = [r for r in records if _instant(value_at(r, path), path) >= since]
        for param, path in (config.get("until") or {}).items():
            if param in request.query:
                until = _instant(request.query[param], param)
                records = [r for r in records if _instant(value_at(r, path), path) < until]
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
            records = records[: _positive(request.query.get(name, str(limit["default"])), name)]
        self._paginate(config, request, records, variables)

    def _log_entry(self, delivery_id: str | None) -> _LogEntry:
        entry = self.log.get(delivery_id) if delivery_id is not None else None
        if entry is None:
            raise _Refused(self._kind("delivery_not_found", fallback="not_found"))
        return entry

    def _retry(self, entry: _LogEntry, state: Mapping[str, dict[str, Any]]) -> None:
        """Send the logged event again to its webhook as it is now (a disabled webhook gets
        no attempt: the sandbox records the retry as dropped and the log is unchanged)."""
        webhook = state.get(entry.webhook_id)
        if webhook is None:
            raise _Refused("not_found")
        status = "delivered" if self.is_enabled(webhook) else "dropped"
        self._deliver(entry.webhook_id, webhook, entry.event, status)

    def _log_view(self, entry: _LogEntry) -> dict[str, Any]:
        """The entry rendered with the spec's ``delivery_log.record`` (its latest attempt)."""
        last = self.deliveries[entry.attempts[-1]]
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
            "created_at": _stamp(entry.event.created_at),
            "attempted_at": _stamp(last.delivered_at),
            "attempts": len(entry.attempts),
            "status": last.status,
            "success": answered is not None and 200 <= answered < 300,
            "now": self.now_text(),
        }
        if answered is not None:
            variables["response_status"] = answered
        rendered: dict[str, Any] = render(self._log["record"], variables)
        return rendered

    def _response_status(self, delivery: DeliveryRecord) -> int | None:
        """What the receiver answered: the real status when POSTed for real; ``None`` while
        pending or unanswered; in process (nothing sent) the receiver is taken to accept."""
        if delivery.status != "delivered":
            return None
        if delivery.response_status is not None:
            return delivery.response_status
        if self.deliver_for_real and is_loopback(delivery.url):
            return None
        return 200

    def _log_attempt(self, webhook_id: str, event: _Event, index: int, status: str) -> str | None:
        """Add attempt ``index`` to the log entry of (webhook, event); the entry's id."""
        if "record" not in self._log or status not in self._log.get("logged", ["delivered"]):
            return None
        key = (webhook_id, event.event_id)
        entry = self.log.get(self._log_keys.get(key, ""))
        if entry is None:
            delivery_id = str(self._log.get("ids", "dlv_{n:06d}")).format(n=self._next("delivery"))
            entry = self.log[delivery_id] = _LogEntry(delivery_id, webhook_id, event, [])
            self._log_keys[key] = delivery_id
        entry.attempts.append(index)
        return entry.delivery_id

    def _check_body(
        self,
        route: _Compiled,
        body: Mapping[str, Any],
        state: Mapping[str, dict[str, Any]],
        webhook_id: str | None,
    ) -> None:
        for name in route.required:
            if body.get(name) is None:
                raise _Refused("validation", f"Missing required parameter: {name}")
        url_rule = self.config.get("url") or {}
        url = body.get(url_rule.get("field", "url"))
        if url is not None:
            self._check_url(url, url_rule)
            if self.config.get("unique_url") and any(
                value_at(other, self._url_path) == url
                for other_id, other in state.items()
                if other_id != webhook_id
            ):
                raise _Refused("duplicate_url")
        for name, rule in route.operation.constraints.items():
            value = body.get(name)
            if value is None:
                continue
            if isinstance(value, str):
                if rule.min_length is not None and len(value) < rule.min_length:
                    raise _Refused("validation", f"{name} is too short.")
                if rule.max_length is not None and len(value) > rule.max_length:
                    raise _Refused("validation", f"{name} is too long.")
                if rule.pattern is not None and not re.search(rule.pattern, value):
                    raise _Refused("validation", f"{name} has the wrong format.")
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                if rule.minimum is not None and value < rule.minimum:
                    raise _Refused("validation", f"{name} must be at least {rule.minimum}.")
                if rule.maximum is not None and value > rule.maximum:
                    raise _Refused("validation", f"{name} must be at most {rule.maximum}.")
        if webhook_id is None and self.max_webhooks is not None and len(state) >= self.max_webhooks:
            raise _Refused("too_many")

    def _check_query(self, operation: Operation, query: Mapping[str, str]) -> None:
        """The spec's limits on numeric query parameters (``page_size`` 1-100, ...)."""
        for name in operation.query_params:
            rule = operation.constraints.get(name)
            if rule is None or name not in query:
                continue
            if rule.minimum is None and rule.maximum is None:
                continue
            try:
                value = float(query[name])
            except ValueError:
                raise _Refused("validation", f"{name} must be a number.") from None
            if rule.minimum is not None and value < rule.minimum:
                raise _Refused("validation", f"{name} must be at least {rule.minimum}.")
            if rule.maximum is not None and value > rule.maximum:
                raise _Refused("validation", f"{name} must be at most {rule.maximum}.")

    def _check_url(self, url: Any, rule: Mapping[str, Any]) -> None:
        parts = urlsplit(url) if isinstance(url, str) else None
        if parts is None or parts.scheme not in ("http", "https") or not parts.netloc:
            raise _Refused(self._kind("invalid_url"))
        if parts.scheme not in rule.get("schemes", ("http", "https")):
            raise _Refused(self._kind(rule.get("error", "invalid_url")))

    def _kind(self, kind: str, *, fallback: str = "validation") -> str:
        return kind if kind in self.config["errors"] else fallback

    # --- state -----------------------------------------------------------------------------
    @property
    def host(self) -> str:
        return f"{self.provider.replace('_', '-')}.sandbox.invalid"

    @property
    def _url_path(self) -> str:
        return str(self._webhook["url"]["path"])

    @property
    def _signing_path(self) -> str:
        return str(self._secret.get("signing", self._secret.get("field", "secret")))

    def is_enabled(self, record: Mapping[str, Any]) -> bool:
        return bool(value_at(record, self._state_path) == self._on)

    def _with_state(self, record: dict[str, Any], enabled: bool) -> dict[str, Any]:
        if self.is_enabled(record) == enabled:
            return record
        changed = copy.deepcopy(record)
        _set_path(changed, self._state_path, self._on if enabled else self._off)
        if self._stamp:
            _set_path(changed, self._stamp, None if enabled else self.now_text())
        return self._touch(changed)

    def _touch(self, record: dict[str, Any]) -> dict[str, Any]:
        updated = self.config.get("updated_field")
        if updated:
            record[updated] = self.now_text()
        return record

    def _read_state(self, record: RecordedRequest | None) -> dict[str, dict[str, Any]]:
        """The state a read sees, after advancing "apply late" and "stale reads" faults."""
        state = self.webhooks
        stale = self.faults._stale_rule
        if stale is not None and self._before is not None:
            within = False
            if self._stale_reads_left is not None and self._stale_reads_left > 0:
                self._stale_reads_left -= 1
                within = True
            elif stale.seconds is not None and self._changed_at is not None:
                within = self.now() - self._changed_at < timedelta(seconds=stale.seconds)
            if within:
                state = self._before
                if record is not None:
                    record.outcome = "fault:stale"
        for late in list(self._late):
            late.reads_left -= 1
            if late.reads_left <= 0:
                self._late.remove(late)
                work = _Work(self.webhooks)
                for webhook_id, changed in late.changes.items():
                    if changed is None:
                        work.pop(webhook_id, None)
                    else:
                        work[webhook_id] = changed
                self._commit(work)
        return state

    def _commit(self, work: dict[str, dict[str, Any]]) -> None:
        before = self.webhooks
        # Records are replaced, never edited in place: identity tells what changed.
        changes = _diff(before, work)
        if not changes:
            return
        self.webhooks = work
        self._before = before
        self._changed_at = self.now()
        stale = self.faults._stale_rule
        self._stale_reads_left = stale.reads if stale is not None else None
        for webhook_id, record in changes.items():
            was = before.get(webhook_id)
            if record is None:
                self.buffers.pop(webhook_id, None)  # deleting loses what was queued
            elif was is not None and not self.is_enabled(was) and self.is_enabled(record):
                for event in self.buffers.pop(webhook_id, []):
                    self._deliver(webhook_id, record, event, "delivered")

    def set_enabled(self, webhook_id: str, enabled: bool) -> None:
        with self.lock:
            work = _Work(self.webhooks)
            work[webhook_id] = self._with_state(work[webhook_id], enabled)
            self._commit(work)
            outgoing, self._outbox = self._outbox, []
        for item in outgoing:
            item.send()

    def seed(
        self, url: str, events: list[str] | None, enabled: bool, fields: Mapping[str, Any]
    ) -> str:
        body: dict[str, Any] = copy.deepcopy(self.config.get("seed") or {})
        body[str((self.config.get("url") or {}).get("field", "url"))] = url
        events_reader = self._webhook.get("events") or {}
        if events is not None and "path" in events_reader:
            _set_path(body, events_reader["path"], list(events))
        body.update(fields)
        with self.lock:
            new_id = self.new_id()
            variables = {"id": new_id, "secret": self.new_secret(), "body": body}
            created = render(self.config["record"], {**variables, "now": self.now_text()})
            created = self._with_state(created, enabled)
            work = _Work(self.webhooks)
            work[new_id] = created
            self.webhooks = work  # seeding is not a "change": no stale window
        return new_id

    def view(
        self, record: Mapping[str, Any], *, fresh: bool = False, query: Mapping[str, str] = {}
    ) -> dict[str, Any]:
        """The record as the provider shows it (the secret hidden where documented)."""
        shown = copy.deepcopy(dict(record))
        rule = self._secret
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
            _del_path(shown, path)
        else:
            _set_path(shown, path, rule.get("hidden"))
        return shown

    # --- events ---------------------------------------------------------------------------
    def emit(self, event_type: str, payload: Mapping[str, Any]) -> list[EmitResult]:
        with self.lock:
            event = _Event(f"evt_{self._next('event'):08d}", event_type, dict(payload), self.now())
            results = []
            for webhook_id, record in self.webhooks.items():
                outcome = self._route_event(webhook_id, record, event)
                results.append(EmitResult(webhook_id, event.event_id, event_type, outcome))
            outgoing, self._outbox = self._outbox, []
        for item in outgoing:
            item.send()
        return results

    def _route_event(self, webhook_id: str, record: dict[str, Any], event: _Event) -> EmitOutcome:
        reader = self._webhook.get("events") or {}
        events = value_at(record, reader["path"]) if "path" in reader else reader.get("const")
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

    def _deliver(
        self, webhook_id: str, record: Mapping[str, Any], event: _Event, status: str
    ) -> None:
        variables = {
            "event_id": event.event_id,
            "event_type": event.event_type,
            "payload": dict(event.payload),
            "webhook_id": webhook_id,
            "now": event.created_at.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        template = (self.config.get("delivery") or {}).get("body") or {
            "id": "$event_id",
            "type": "$event_type",
            "data": "$payload",
        }
        body = json.dumps(render(template, variables), separators=(",", ":")).encode()
        secret = value_at(record, self._signing_path)
        headers = {"content-type": "application/json"}
        timestamp = int(self.now().timestamp())
        if isinstance(secret, str):
            headers.update(
                sign_delivery_headers(
                    self.provider,
                    secret=secret,
                    body=body,
                    timestamp=timestamp,
                    event_id=event.event_id,
                )
            )
        url = str(value_at(record, self._url_path))
        index = len(self.deliveries)
        delivery = DeliveryRecord(
            webhook_id=webhook_id,
            event_id=event.event_id,
            event_type=event.event_type,
            body=body,
            headers=headers,
            url=url,
            delivered_at=self.now(),
            status=status,  # type: ignore[arg-type]
            log_id=self._log_attempt(webhook_id, event, index, status),
        )
        self.deliveries.append(delivery)
        if status == "delivered" and self.deliver_for_real:
            self._outbox.append(Outgoing(self, index, delivery))

    deliver_for_real = False

    # --- replies ----------------------------------------------------------------------------
    def _headers(self, request_id: str) -> dict[str, str]:
        return {"x-request-id": request_id}

    def _json(self, status: int, document: Any, request_id: str) -> Reply:
        headers = self._headers(request_id)
        headers["content-type"] = "application/json"
        return Reply(status, headers, json.dumps(document).encode())

    def _error(
        self,
        kind: str,
        request_id: str,
        *,
        message: str | None = None,
        retry_after: Any = None,
        status: int | None = None,
    ) -> Reply:
        errors = self.config["errors"]
        spec = errors.get(kind) or errors.get("validation") or errors["server_error"]
        variables: dict[str, Any] = {
            **spec,
            "status": status or spec["status"],
            "message": message or spec.get("message", ""),
            "request_id": request_id,
            "now": self.now_text(),
        }
        variables.setdefault("title", kind.replace("_", " ").capitalize())
        if retry_after is not None:
            variables["retry_after"] = retry_after
            if self.config.get("retry_after_replaces_status"):
                del variables["status"]
        return self._json(
            status or int(spec["status"]), render(self.config["error"], variables), request_id
        )

    def _error_for_status(self, status: int, request_id: str, *, retry_after: Any) -> Reply:
        errors = self.config["errors"]
        kind = next((name for name, spec in errors.items() if spec["status"] == status), None)
        if kind is None:
            kind = "rate_limited" if status == 429 else "server_error"
            message = f"Injected fault: HTTP {status}."
            return self._error(
                kind, request_id, message=message, retry_after=retry_after, status=status
            )
        return self._error(kind, request_id, retry_after=retry_after)


class _Work(dict[str, dict[str, Any]]):
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


def _diff(
    before: Mapping[str, dict[str, Any]], after: Mapping[str, dict[str, Any]]
) -> dict[str, dict[str, Any] | None]:
    """Ids whose record is another object (records are replaced, never edited in place)."""
    keys = after.touched if isinstance(after, _Work) else set(before) | set(after)
    changes: dict[str, dict[str, Any] | None] = {}
    for key in keys:
        value = after.get(key)
        if before.get(key) is not value:
            changes[key] = value
    return changes


def _set_path(document: dict[str, Any], path: str, value: Any) -> None:
    *parents, last = path.split(".")
    for step in parents:
        document = document.setdefault(step, {})
    document[last] = value


def _del_path(document: dict[str, Any], path: str) -> None:
    *parents, last = path.split(".")
    for step in parents:
        document = document[step]
    document.pop(last, None)


_REQUIRED_KEYS = ("state", "record", "error", "errors")
_REQUIRED_ERRORS = ("unauthorized", "not_found", "validation", "server_error")


def _check_config(provider: str, config: Mapping[str, Any]) -> None:
    """Refuse an incomplete ``x-hookhub.sandbox`` block with a message naming what is missing."""
    missing = [key for key in _REQUIRED_KEYS if key not in config]
    missing += [
        f"errors.{kind}" for kind in _REQUIRED_ERRORS if kind not in config.get("errors", {})
    ]
    missing += [
        f"state.{key}"
        for key in ("field", "enabled", "disabled")
        if key not in config.get("state", {})
    ]
    if missing:
        raise ConfigurationError(
            f"[{provider}] x-hookhub.sandbox lacks {', '.join(missing)} (see openapi/README.md)"
        )


def _filtered(
    records: list[dict[str, Any]], config: Mapping[str, Any], query: Mapping[str, str]
) -> list[dict[str, Any]]:
    """``records`` whose ``filters`` paths equal the query values given for them."""
    for param, path in (config.get("filters") or {}).items():
        if param in query:
            wanted = _query_value(query[param])
            records = [record for record in records if value_at(record, path) == wanted]
    return records


def _stamp(when: datetime) -> str:
    return when.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _instant(text: Any, name: str) -> datetime:
    """An ISO 8601 date-time (``Z`` allowed), aware (naive ones read as UTC)."""
    try:
        when = datetime.fromisoformat(str(text))
    except ValueError:
        raise _Refused("validation", f"{name} must be an ISO 8601 date-time.") from None
    return when if when.tzinfo is not None else when.replace(tzinfo=timezone.utc)


def _query_value(text: str) -> Any:
    """A query value as JSON when it parses (``true`` -> True), else the text."""
    try:
        return json.loads(text)
    except ValueError:
        return text


def _positive(text: str, name: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise _Refused("validation", f"{name} must be an integer.") from None
    if value < 1:
        raise _Refused("validation", f"{name} must be at least 1.")
    return value


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
