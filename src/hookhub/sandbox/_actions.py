"""What each ``x-hookhub.sandbox.operations`` action does to the store and answers:
``list``, ``create``, ``get``, ``update``, ``delete``, ``set_state``, ``toggle``,
``rotate_secret``, ``respond``, ``list_deliveries``, ``get_delivery``, ``retry_delivery``.

An action works on the state it is given (a :class:`Work` copy for writes, the visible
state for reads), so the engine decides whether and when a change lands.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from hookhub._core.errors import ConfigurationError
from hookhub.sandbox._delivery_log import LogEntry
from hookhub.sandbox._exchange import RawRequest, Reply
from hookhub.sandbox._paging import filtered, paginate
from hookhub.sandbox._replies import Refused
from hookhub.sandbox._routing import DELIVERY_ID_ACTIONS, Route
from hookhub.sandbox._templates import render
from hookhub.sandbox._values import set_path

if TYPE_CHECKING:
    from hookhub.sandbox._engine import Engine

__all__ = ["act"]


def act(
    engine: Engine,
    route: Route,
    params: Mapping[str, str],
    request: RawRequest,
    body: dict[str, Any],
    state: dict[str, dict[str, Any]],
    request_id: str,
) -> Reply:
    """Perform ``route``'s action on ``state`` and answer as the spec says."""
    config = route.config
    action = route.action
    store = engine.store
    variables: dict[str, Any] = {
        "now": engine.now_text(),
        "request_id": request_id,
        "body": body,
        "query": dict(request.query),
    }
    fresh = False
    engine.checks.query(route.operation, request.query)
    webhook_id = next(iter(params.values()), None)
    current: dict[str, Any] | None = None
    entry: LogEntry | None = None
    if action in DELIVERY_ID_ACTIONS:
        entry = engine.delivery_log.entry(webhook_id)
        webhook_id = None
    if webhook_id is not None:
        pattern = engine.config.get("id_pattern")
        if pattern and not re.fullmatch(pattern, webhook_id):
            raise Refused("invalid_id")
        current = state.get(webhook_id)
        if current is None:
            raise Refused("not_found")
        variables["webhook_id"] = webhook_id
    if action == "list":
        records = [store.view(record, query=request.query) for record in state.values()]
        records = filtered(records, config, request.query)
        if engine.config.get("list_order") == "newest_first":
            records.reverse()
        paginate(config, request, records, variables, engine.host)
    elif action == "create":
        engine.checks.body(route, body, state, None)
        new_id = engine.new_id()
        secret = engine.new_secret()
        created = render(engine.config["record"], {**variables, "id": new_id, "secret": secret})
        state[new_id] = created
        current, fresh = created, True
    elif action == "update":
        assert current is not None and webhook_id is not None
        engine.checks.body(route, body, state, webhook_id)
        current = copy.deepcopy(current)
        for name in config.get("fields") or ():
            if body.get(name) is not None:
                current[name] = body[name]
        rotate = config.get("rotate_query")
        if rotate and str(request.query.get(rotate, "")).lower() == "true":
            set_path(current, store.signing_path, engine.new_secret())
            fresh = True
        state[webhook_id] = store.touch(current)
    elif action == "delete":
        assert webhook_id is not None
        del state[webhook_id]
    elif action in ("set_state", "toggle"):
        assert current is not None and webhook_id is not None
        if action == "toggle":
            wanted = not store.is_enabled(current)
            variables["verb"] = "activated" if wanted else "deactivated"
        elif "from_body" in config:
            given = body.get(config["from_body"])
            if not isinstance(given, bool):
                raise Refused("validation", f"{config['from_body']} must be a boolean.")
            wanted = given
        else:
            wanted = bool(config["value"])
        current = store.with_state(current, wanted)
        state[webhook_id] = current
    elif action == "rotate_secret":
        assert current is not None and webhook_id is not None
        current = copy.deepcopy(current)
        secret = engine.new_secret()
        set_path(current, store.signing_path, secret)
        state[webhook_id] = current = store.touch(current)
        variables["secret"], fresh = secret, True
    elif action == "get":
        pass
    elif action == "respond":
        variables["event_id"] = engine.new_event_id()
    elif action == "list_deliveries":
        engine.delivery_log.list_page(config, request, webhook_id, variables, engine.host)
        current = None  # the path's webhook only scopes the log; the answer is the page
    elif action in DELIVERY_ID_ACTIONS:
        assert entry is not None
        variables["webhook_id"] = entry.webhook_id
        if action == "retry_delivery":
            engine.retry(entry, state)
        variables["record"] = engine.delivery_log.view(entry)
    else:  # pragma: no cover - the router refuses unknown actions; a typo shows here
        raise ConfigurationError(f"[{engine.provider}] unknown sandbox action {action!r}")
    if current is not None:
        variables["record"] = store.view(current, fresh=fresh, query=request.query)
    if route.operation.no_content or route.status == 204:
        return Reply(route.status, engine.replies.headers(request_id), b"")
    variables["result"] = render(config.get("result", "$record"), variables)
    document = render(config.get("body", engine.config.get("envelope", "$result")), variables)
    return engine.replies.json(route.status, document, request_id)
