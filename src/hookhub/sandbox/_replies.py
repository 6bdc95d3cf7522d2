"""Answers in the provider's own shapes: JSON bodies with its request-id header, its error
envelope for each error kind (``x-hookhub.sandbox.errors``), and injected failures with a
``Retry-After`` where the provider documents one."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from typing import Any

from hookhub.sandbox._exchange import Reply
from hookhub.sandbox._templates import render
from hookhub.sandbox._values import stamp

__all__ = ["Refused", "Replies"]


class Refused(Exception):
    """An operation refused with one of the provider's error kinds."""

    def __init__(self, kind: str, message: str | None = None) -> None:
        super().__init__(kind)
        self.kind = kind
        self.message = message


class Replies:
    """Builds replies from the spec's ``error``/``errors`` templates."""

    def __init__(
        self, config: Mapping[str, Any], now: Callable[[], datetime], body_retry_after: bool
    ) -> None:
        self._config = config
        self._now = now
        self._body_retry_after = body_retry_after
        """Whether the provider documents the wait in its error body (fault default)."""

    def headers(self, request_id: str) -> dict[str, str]:
        return {"x-request-id": request_id}

    def json(self, status: int, document: Any, request_id: str) -> Reply:
        headers = self.headers(request_id)
        headers["content-type"] = "application/json"
        return Reply(status, headers, json.dumps(document).encode())

    def kind(self, kind: str, *, fallback: str = "validation") -> str:
        """``kind`` if the provider has that error, else ``fallback``."""
        return kind if kind in self._config["errors"] else fallback

    def error(
        self,
        kind: str,
        request_id: str,
        *,
        message: str | None = None,
        retry_after: Any = None,
        status: int | None = None,
    ) -> Reply:
        errors = self._config["errors"]
        spec = errors.get(kind) or errors.get("validation") or errors["server_error"]
        variables: dict[str, Any] = {
            **spec,
            "status": status or spec["status"],
            "message": message or spec.get("message", ""),
            "request_id": request_id,
            "now": stamp(self._now()),
        }
        variables.setdefault("title", kind.replace("_", " ").capitalize())
        if retry_after is not None:
            variables["retry_after"] = retry_after
            if self._config.get("retry_after_replaces_status"):
                del variables["status"]
        return self.json(
            status or int(spec["status"]), render(self._config["error"], variables), request_id
        )

    def error_for_status(self, status: int, request_id: str, *, retry_after: Any) -> Reply:
        """The provider's error for ``status`` (its own kind, or a generic one)."""
        errors = self._config["errors"]
        kind = next((name for name, spec in errors.items() if spec["status"] == status), None)
        if kind is None:
            kind = "rate_limited" if status == 429 else "server_error"
            message = f"Injected fault: HTTP {status}."
            return self.error(
                kind, request_id, message=message, retry_after=retry_after, status=status
            )
        return self.error(kind, request_id, retry_after=retry_after)

    def failure(self, fail: Mapping[str, Any], request_id: str) -> Reply:
        """The answer to a ``fail_next``/``rate_limit`` fault, its wait where it is due."""
        retry_after = fail.get("retry_after")
        fmt = fail.get("format") or ("body" if self._body_retry_after else "seconds")
        headers: dict[str, str] = {}
        in_body = None
        if retry_after is not None:
            if fmt == "seconds":
                headers["Retry-After"] = _number(retry_after)
            elif fmt == "ms":
                headers["retry-after-ms"] = _number(float(retry_after) * 1000)
            elif fmt == "http-date":
                when = self._now() + timedelta(seconds=float(retry_after))
                headers["Retry-After"] = format_datetime(when.astimezone(timezone.utc), True)
            else:
                in_body = retry_after
        reply = self.error_for_status(int(fail["status"]), request_id, retry_after=in_body)
        reply.headers.update(headers)
        return reply


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
