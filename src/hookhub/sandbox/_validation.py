"""What a request must satisfy before the fake provider acts: a JSON object body, the
spec's required fields and constraints, URL rules, the webhook limit, numeric query limits;
each failure is a :class:`Refused` with the provider's error kind."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any, cast
from urllib.parse import urlsplit

from hookhub._core.json_paths import value_at
from hookhub._core.provider_profile import Operation
from hookhub.sandbox._replies import Refused, Replies
from hookhub.sandbox._routing import Route

__all__ = ["RequestChecks", "instant", "parse_body", "positive"]


def parse_body(body: bytes) -> dict[str, Any]:
    """The request body as a JSON object (empty: ``{}``)."""
    if not body:
        return {}
    try:
        parsed = json.loads(body)
    except ValueError:
        raise Refused("validation", "The request body is not valid JSON.") from None
    if not isinstance(parsed, dict):
        raise Refused("validation", "The request body must be a JSON object.")
    return cast("dict[str, Any]", parsed)  # parsed JSON: an object, checked above


class RequestChecks:
    """The spec's rules for request bodies and query parameters."""

    def __init__(
        self,
        config: Mapping[str, Any],
        replies: Replies,
        url_path: str,
        max_webhooks: int | None,
    ) -> None:
        self._config = config
        self._replies = replies
        self._url_path = url_path
        self._max_webhooks = max_webhooks

    def body(
        self,
        route: Route,
        body: Mapping[str, Any],
        state: Mapping[str, dict[str, Any]],
        webhook_id: str | None,
    ) -> None:
        """A create (``webhook_id`` ``None``) or update body against the stored ``state``."""
        for name in route.required:
            if body.get(name) is None:
                raise Refused("validation", f"Missing required parameter: {name}")
        url_rule: Mapping[str, Any] = self._config.get("url") or {}
        url = body.get(url_rule.get("field", "url"))
        if url is not None:
            self._url(url, url_rule)
            if self._config.get("unique_url") and any(
                value_at(other, self._url_path) == url
                for other_id, other in state.items()
                if other_id != webhook_id
            ):
                raise Refused("duplicate_url")
        for name, rule in route.operation.constraints.items():
            value = body.get(name)
            if value is None:
                continue
            if isinstance(value, str):
                if rule.min_length is not None and len(value) < rule.min_length:
                    raise Refused("validation", f"{name} is too short.")
                if rule.max_length is not None and len(value) > rule.max_length:
                    raise Refused("validation", f"{name} is too long.")
                if rule.pattern is not None and not re.search(rule.pattern, value):
                    raise Refused("validation", f"{name} has the wrong format.")
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                if rule.minimum is not None and value < rule.minimum:
                    raise Refused("validation", f"{name} must be at least {rule.minimum}.")
                if rule.maximum is not None and value > rule.maximum:
                    raise Refused("validation", f"{name} must be at most {rule.maximum}.")
        limit = self._max_webhooks
        if webhook_id is None and limit is not None and len(state) >= limit:
            raise Refused("too_many")

    def query(self, operation: Operation, query: Mapping[str, str]) -> None:
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
                raise Refused("validation", f"{name} must be a number.") from None
            if rule.minimum is not None and value < rule.minimum:
                raise Refused("validation", f"{name} must be at least {rule.minimum}.")
            if rule.maximum is not None and value > rule.maximum:
                raise Refused("validation", f"{name} must be at most {rule.maximum}.")

    def _url(self, url: Any, rule: Mapping[str, Any]) -> None:
        parts = urlsplit(url) if isinstance(url, str) else None
        if parts is None or parts.scheme not in ("http", "https") or not parts.netloc:
            raise Refused(self._replies.kind("invalid_url"))
        if parts.scheme not in rule.get("schemes", ("http", "https")):
            raise Refused(self._replies.kind(rule.get("error", "invalid_url")))


def instant(text: Any, name: str) -> datetime:
    """An ISO 8601 date-time (``Z`` allowed), aware (naive ones read as UTC)."""
    try:
        when = datetime.fromisoformat(str(text))
    except ValueError:
        raise Refused("validation", f"{name} must be an ISO 8601 date-time.") from None
    return when if when.tzinfo is not None else when.replace(tzinfo=timezone.utc)


def positive(text: str, name: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise Refused("validation", f"{name} must be an integer.") from None
    if value < 1:
        raise Refused("validation", f"{name} must be at least 1.")
    return value
