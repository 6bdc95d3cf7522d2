"""The control plane under ``/_hookhub/``: a served sandbox driven from another process.

Mirrors the Python API for the CLI, subprocesses and other languages. Not provider traffic:
these requests are neither authenticated (the server binds loopback only) nor logged.

==========================  =========================================================
``GET /_hookhub/webhooks``  stored records, by id
``GET /_hookhub/requests``  the request log
``GET /_hookhub/deliveries``  deliveries (body as text, `log_id` of the log record)
``POST /_hookhub/emit``     ``{"event_type": ..., "payload": {...}}`` -> emit results
``POST /_hookhub/seed``     ``{"url": ..., "events": [...], "enabled": true, ...}`` -> id
``POST /_hookhub/set-enabled``  ``{"webhook_id": ..., "enabled": false}`` (outside actor)
``POST /_hookhub/apply-pending``  land the changes ``apply_late`` holds back
``POST /_hookhub/faults``   ``{"fault": "fail_next", ...keyword arguments}``
``DELETE /_hookhub/faults`` clear every fault
``POST /_hookhub/reset``    forget everything
==========================  =========================================================
"""

from __future__ import annotations

import dataclasses
import json
from typing import TYPE_CHECKING, Any

from hookhub.sandbox._exchange import Deliver, Handling, RawRequest, Reply

if TYPE_CHECKING:
    from hookhub.sandbox._engine import Engine

__all__ = ["PREFIX", "control"]

PREFIX = "/_hookhub/"
_FAULTS = (
    "fail_next",
    "rate_limit",
    "latency",
    "lose_request",
    "lose_response",
    "replace_response",
    "stale_reads",
    "apply_late",
)


def control(engine: Engine, request: RawRequest) -> Handling:
    """Answer one control-plane request (yielding the deliveries it causes, to be POSTed)."""

    def answer(status: int, document: Any) -> Reply:
        body = json.dumps(document, default=str).encode()
        return Reply(status, {"content-type": "application/json"}, body)

    try:
        # Control-plane JSON from the test driving the sandbox: an object, read loosely.
        body: dict[str, Any] = json.loads(request.body) if request.body else {}
    except ValueError:
        return answer(400, {"error": "the body is not JSON"})
    route = (request.method, request.path.removeprefix(PREFIX).rstrip("/"))
    try:
        if route == ("GET", "webhooks"):
            with engine.lock:
                return answer(200, dict(engine.webhooks))
        if route == ("GET", "requests"):
            with engine.lock:
                log = [_request(item) for item in engine.requests]
            return answer(200, log)
        if route == ("GET", "deliveries"):
            with engine.lock:
                deliveries = [_delivery(item) for item in engine.deliveries]
            return answer(200, deliveries)
        if route == ("POST", "emit"):
            results, outgoing = engine.emit(str(body["event_type"]), body.get("payload") or {})
            for item in outgoing:
                yield Deliver(item)
            return answer(200, [dataclasses.asdict(result) for result in results])
        if route == ("POST", "seed"):
            options: dict[str, Any] = dict(body)
            webhook_id = engine.seed(
                str(options.pop("url", "https://receiver.sandbox.invalid/hook")),
                options.pop("events", None),
                bool(options.pop("enabled", True)),
                options,
            )
            return answer(201, {"id": webhook_id})
        if route == ("POST", "set-enabled"):
            for item in engine.set_enabled(str(body["webhook_id"]), bool(body["enabled"])):
                yield Deliver(item)
            return answer(200, {"ok": True})
        if route == ("POST", "apply-pending"):
            applied, outgoing = engine.apply_pending(body.get("n"))
            for item in outgoing:
                yield Deliver(item)
            return answer(200, {"applied": applied})
        if route == ("POST", "faults"):
            options = dict(body)
            name: object = options.pop("fault", None)
            if name not in _FAULTS:
                return answer(400, {"error": f"fault must be one of {', '.join(_FAULTS)}"})
            getattr(engine.faults, str(name))(**options)
            return answer(200, {"ok": True})
        if route == ("DELETE", "faults"):
            engine.faults.clear()
            return answer(200, {"ok": True})
        if route == ("POST", "reset"):
            engine.reset()
            return answer(200, {"ok": True})
    except KeyError as missing:
        return answer(404 if route[1] == "set-enabled" else 400, {"error": f"missing {missing}"})
    except (TypeError, ValueError) as bad:
        return answer(400, {"error": str(bad)})
    return answer(404, {"error": f"no control route {request.method} {request.path}"})


def _request(item: Any) -> dict[str, Any]:
    return {
        "method": item.method,
        "path": item.path,
        "query": dict(item.query),
        "operation": item.operation,
        "idempotency_key": item.idempotency_key,
        "status": item.status,
        "outcome": item.outcome,
    }


def _delivery(item: Any) -> dict[str, Any]:
    return {
        "webhook_id": item.webhook_id,
        "event_id": item.event_id,
        "event_type": item.event_type,
        "status": item.status,
        "url": item.url,
        "headers": dict(item.headers),
        "body": item.body.decode(),
        "delivered_at": item.delivered_at.isoformat(),
        "response_status": item.response_status,
        "log_id": item.log_id,
    }
