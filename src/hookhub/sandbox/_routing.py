"""Matching a request to the spec operation it calls, and what the spec's
``x-hookhub.sandbox.operations`` block says that operation does (its action)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from hookhub._core.errors import ConfigurationError
from hookhub._core.provider_profile import Operation, ProviderProfile

__all__ = ["ACTIONS", "DELIVERY_ID_ACTIONS", "Route", "Router"]

ACTIONS = (
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
DELIVERY_ID_ACTIONS = ("get_delivery", "retry_delivery")


@dataclass
class Route:
    """One operation: its path pattern, the spec's 2xx status and required body fields, and
    its ``x-hookhub.sandbox.operations`` entry (``config``)."""

    operation: Operation
    pattern: re.Pattern[str]
    config: Mapping[str, Any]
    status: int
    required: tuple[str, ...]

    @property
    def action(self) -> str:
        return str(self.config.get("action", "respond"))


class Router:
    """Every operation of a provider, most specific path first."""

    def __init__(
        self,
        provider: str,
        profile: ProviderProfile,
        config: Mapping[str, Any],
        spec: Mapping[str, Any],
    ) -> None:
        routes: list[Route] = []
        operations: Mapping[str, Mapping[str, Any]] = config.get("operations") or {}
        for name, operation in profile.operations.items():
            pattern = re.sub(r"\\\{([^{}]+)\\\}", r"(?P<\1>[^/]+)", re.escape(operation.path))
            routes.append(
                Route(
                    operation,
                    re.compile(pattern + "/?"),
                    operations.get(name) or {"action": "respond"},
                    int(spec[name]["status"]),
                    tuple(spec[name]["required"]),
                )
            )
        unknown = {str(entry.get("action")) for entry in operations.values()} - set(ACTIONS)
        if unknown:
            raise ConfigurationError(
                f"[{provider}] unknown x-hookhub.sandbox action(s): " + ", ".join(sorted(unknown))
            )
        # Literal segments win over placeholders (``/event-types`` before ``/{id}``).
        routes.sort(key=lambda r: (r.operation.path.count("{"), -len(r.operation.path)))
        self.routes = routes

    def match(self, method: str, path: str) -> tuple[Route | None, dict[str, str]]:
        """The route ``method path`` calls and its path parameters (``None``: no such route)."""
        for route in self.routes_for(path):
            if route.operation.method == method:
                found = route.pattern.fullmatch(path)
                assert found is not None
                return route, found.groupdict()
        return None, {}

    def routes_for(self, path: str) -> Iterable[Route]:
        return (route for route in self.routes if route.pattern.fullmatch(path))
