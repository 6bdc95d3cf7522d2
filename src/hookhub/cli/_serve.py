"""``hookhub sandbox serve``: the sandboxes on loopback until Ctrl-C or SIGTERM."""

from __future__ import annotations

import contextlib
import importlib
import json
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType
from typing import Any

import click

from hookhub.cli._errors import ExitCode
from hookhub.cli._profiles import provider_profile

__all__ = ["SandboxExtraMissing", "import_sandbox", "serve"]

CONTROL_PATH = "/_hookhub/"
"""The served sandbox's control plane (emit, faults, logs), documented in the README."""


class SandboxExtraMissing(click.ClickException):
    """The sandbox extra (its HTTP server) is not installed."""

    exit_code = ExitCode.CONFIGURATION

    def __init__(self, missing: str | None) -> None:
        super().__init__(
            f"this command needs the 'sandbox' extra ({missing or 'a module'} is missing): "
            "pip install 'hookhub[sandbox]'"
        )


def import_sandbox() -> Any:
    """``hookhub.sandbox.Sandbox``, or a one-line error naming the extra to install."""
    try:
        # Imported by name: the sandbox is an optional layer above the facade.
        module = importlib.import_module("hookhub.sandbox")
    except ImportError as error:
        raise SandboxExtraMissing(error.name) from None
    return module.Sandbox


class _PortError(click.ClickException):
    exit_code = ExitCode.CONFIGURATION


def endpoint(provider: str, base_url: str, api_key: str) -> dict[str, Any]:
    """What a client needs to reach one sandbox, with the provider's env var names."""
    profile = provider_profile(provider)
    return {
        "provider": provider,
        "base_url": base_url,
        "api_key": api_key,
        "env": {profile.api_key_env: api_key, profile.base_url_env: base_url},
        "control_url": base_url + CONTROL_PATH,
    }


def _print_endpoints(endpoints: Sequence[dict[str, Any]], as_json: bool) -> None:
    api_key = endpoints[0]["api_key"]
    if as_json:
        # One line, so a script (or a test) can read it and then use the servers.
        sys.stdout.write(json.dumps({"api_key": api_key, "sandboxes": list(endpoints)}) + "\n")
    else:
        width = max(len(item["provider"]) for item in endpoints)
        lines = [f"hookhub sandboxes on loopback, API key {api_key} (Ctrl-C to stop):"]
        lines += [f"  {item['provider']:<{width}}  {item['base_url']}" for item in endpoints]
        lines += ["", "# point any client (hookhub, an official SDK, curl) at them:"]
        lines += [
            "export " + " ".join(f"{name}={value}" for name, value in item["env"].items())
            for item in endpoints
        ]
        example = endpoints[0]["control_url"]
        lines += [
            "",
            "# emit events, inject faults, read the logs through each control plane, e.g.:",
            f'curl -X POST {example}emit -d \'{{"event_type": "x"}}\'',
        ]
        sys.stdout.write("\n".join(lines) + "\n")
    sys.stdout.flush()


def serve(providers: Sequence[str], *, first_port: int, api_key: str | None, as_json: bool) -> None:
    """Serve each provider's sandbox (``first_port + i`` for the i-th, or free ports if 0)."""
    sandbox_class = import_sandbox()
    stop = threading.Event()

    def request_stop(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {
        signum: signal.signal(signum, request_stop) for signum in (signal.SIGINT, signal.SIGTERM)
    }
    try:
        with contextlib.ExitStack() as servers:
            endpoints: list[dict[str, Any]] = []
            for index, provider in enumerate(providers):
                port = first_port + index if first_port else 0
                options = {} if api_key is None else {"api_key": api_key}
                sandbox = sandbox_class(provider, **options)
                try:
                    base_url = servers.enter_context(sandbox.serve(port=port))
                except ImportError as error:
                    raise SandboxExtraMissing(error.name) from None
                except (OSError, SystemExit) as error:
                    # uvicorn reports a taken port by exiting; say which port instead.
                    raise _PortError(f"cannot serve {provider} on 127.0.0.1:{port}") from error
                endpoints.append(endpoint(provider, str(base_url), sandbox.api_key))
            _print_endpoints(endpoints, as_json)
            # A timed wait keeps the main thread responsive to signals on every platform.
            while not stop.wait(0.5):
                pass
        sys.stderr.write("sandboxes stopped\n")
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
