"""The ``hookhub`` command tree (click) and :func:`run`, which maps errors to exit codes."""

from __future__ import annotations

import functools
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

import click

from hookhub._core.errors import ConfigurationError
from hookhub._core.omit import Omit, omit
from hookhub.cli._errors import ExitCode, error_line, exit_code_for, scrub
from hookhub.cli._output import (
    capabilities_record,
    print_json,
    render_capabilities,
    render_webhooks,
    webhook_record,
)
from hookhub.cli._profiles import PROVIDER_IDS, env_api_key, provider_profile
from hookhub.facade import WebhookClient, list_providers
from hookhub.facade.models import Webhook
from hookhub.providers import ProviderId

__all__ = ["app", "run"]

F = TypeVar("F", bound=Callable[..., Any])


@dataclass
class Session:
    """State of one ``hookhub`` run that error handling needs after click is done."""

    debug: bool = False
    secrets: set[str] = field(default_factory=set[str])

    def keep_secret(self, value: str | None) -> None:
        if value:
            self.secrets.add(value)


def _session() -> Session:
    session: Session = click.get_current_context().ensure_object(Session)
    return session


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--debug",
    is_flag=True,
    envvar="HOOKHUB_DEBUG",
    help="Show the traceback of an error (also HOOKHUB_DEBUG=1).",
)
@click.version_option(package_name="hookhub", prog_name="hookhub")
@click.pass_context
def app(ctx: click.Context, debug: bool) -> None:
    """Manage webhooks at several providers through one interface.

    Credentials come from each provider's environment variables (see `hookhub providers
    --env`) or --api-key / --base-url. Try `hookhub demo` for a tour with no credentials.
    """
    ctx.ensure_object(Session).debug = debug


def run(argv: Sequence[str] | None = None) -> int:
    """Run the command; return its exit code. Errors become one line on stderr."""
    session = Session(debug=os.environ.get("HOOKHUB_DEBUG", "") not in ("", "0"))
    try:
        app.main(
            args=list(argv) if argv is not None else None,
            prog_name="hookhub",
            standalone_mode=False,
            obj=session,
        )
    except click.exceptions.Exit as done:
        return done.exit_code
    except click.ClickException as error:
        error.show()
        return error.exit_code
    except (click.Abort, KeyboardInterrupt):
        sys.stderr.write("Interrupted\n")
        return ExitCode.INTERRUPTED
    except Exception as error:
        if session.debug:
            sys.stderr.write(scrub(traceback.format_exc(), session.secrets))
        sys.stderr.write(error_line(error, session.secrets) + "\n")
        return exit_code_for(error)
    return ExitCode.OK


# ---------------------------------------------------------------------------- providers


@app.command("providers")
@click.option("--json", "as_json", is_flag=True, help="One JSON array of capability objects.")
@click.option(
    "--env", "show_env", is_flag=True, help="List each provider's environment variables instead."
)
def providers_command(as_json: bool, show_env: bool) -> None:
    """What each provider supports: verbs, the native call behind each, events while
    disabled or paused, idempotency, limits."""
    if show_env:
        profiles = [provider_profile(provider) for provider in PROVIDER_IDS]
        rows = [
            {
                "provider": profile.id,
                "api_key_env": profile.api_key_env,
                "base_url_env": profile.base_url_env,
                "default_base_url": profile.default_base_url,
            }
            for profile in profiles
        ]
        if as_json:
            print_json(rows)
        else:
            for row in rows:
                click.echo(
                    f"{row['provider']}: {row['api_key_env']}, {row['base_url_env']}"
                    f" (default {row['default_base_url'] or 'none: required'})"
                )
        return
    capabilities = list_providers()
    if as_json:
        print_json([capabilities_record(item) for item in capabilities])
    else:
        render_capabilities(capabilities)


# ---------------------------------------------------------------------------- webhook verbs


def _parse_option(text: str) -> tuple[str, Any]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise click.BadParameter(f"{text!r} is not NAME=VALUE", param_hint="--option")
    lowered = value.lower()
    if lowered in ("true", "false"):
        return name, lowered == "true"
    return name, value


@dataclass(frozen=True)
class Target:
    """Which provider account a verb talks to, from the common options."""

    provider: str
    api_key: str | None
    base_url: str | None
    options: tuple[str, ...]
    timeout: float | None
    max_retries: int | None

    def open(self, **facade_arguments: Any) -> WebhookClient[Any, Any]:
        """The facade client; the key stays out of everything ``hookhub`` prints."""
        session = _session()
        session.keep_secret(self.api_key)
        session.keep_secret(env_api_key(self.provider))
        if not self.api_key and not env_api_key(self.provider):
            # The library's message says "pass api_key=", which is not how a shell user passes it.
            raise ConfigurationError(
                f"[{self.provider}] no API key: pass --api-key or set "
                f"{provider_profile(self.provider).api_key_env}"
            )
        arguments: dict[str, Any] = dict(_parse_option(option) for option in self.options)
        if self.timeout is not None:
            arguments["timeout"] = self.timeout
        if self.max_retries is not None:
            arguments["max_retries"] = self.max_retries
        # click.Choice(PROVIDER_IDS) let only a known id through.
        return WebhookClient(
            cast(ProviderId, self.provider),
            api_key=self.api_key,
            base_url=self.base_url,
            **facade_arguments,
            **arguments,
        )


_TARGET_OPTIONS = [
    click.option(
        "--provider",
        "-p",
        type=click.Choice(PROVIDER_IDS),
        envvar="HOOKHUB_PROVIDER",
        required=True,
        help="Provider id (also HOOKHUB_PROVIDER).",
    ),
    click.option(
        "--api-key",
        metavar="KEY",
        help="API key. Default: the provider's API-key environment variable; prefer that, "
        "flags show in process lists.",
    ),
    click.option(
        "--base-url",
        metavar="URL",
        help="API base URL. Default: the provider's base-URL environment variable, else its "
        "public URL.",
    ),
    click.option(
        "--option",
        "-o",
        "options",
        multiple=True,
        metavar="NAME=VALUE",
        help="Provider option, e.g. -o profile_id=... (sentdm), -o api_version=... "
        "(polytomic); true/false become booleans.",
    ),
    click.option(
        "--timeout",
        type=click.FloatRange(min=0, min_open=True),
        help="Seconds per request (default: hookhub's).",
    ),
    click.option(
        "--max-retries",
        type=click.IntRange(min=0),
        help="Retries of a retry-safe request (default: hookhub's).",
    ),
    click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts."),
]


def _targeted(function: Callable[..., None]) -> Callable[..., None]:
    """Add the common options; the command receives them as ``target`` and ``as_json``."""

    @functools.wraps(function)
    def command(
        *,
        provider: str,
        api_key: str | None,
        base_url: str | None,
        options: tuple[str, ...],
        timeout: float | None,
        max_retries: int | None,
        **rest: Any,
    ) -> None:
        target = Target(provider, api_key, base_url, tuple(options), timeout, max_retries)
        function(target=target, **rest)

    for decorator in reversed(_TARGET_OPTIONS):
        command = decorator(command)
    return command


def _show(webhook: Webhook, as_json: bool) -> None:
    if as_json:
        print_json(webhook_record(webhook))
    else:
        render_webhooks([webhook])


@app.command("list")
@_targeted
def list_command(target: Target, as_json: bool) -> None:
    """List every webhook of the account (all pages)."""
    with target.open() as hooks:
        webhooks = hooks.list()
    if as_json:
        print_json([webhook_record(webhook) for webhook in webhooks])
    else:
        render_webhooks(webhooks)


@app.command("get")
@click.argument("webhook_id")
@_targeted
def get_command(webhook_id: str, target: Target, as_json: bool) -> None:
    """Show one webhook."""
    with target.open() as hooks:
        webhook = hooks.get(webhook_id)
    _show(webhook, as_json)


def _secret_option(function: F) -> F:
    return click.option(
        "--secret",
        metavar="SECRET",
        envvar="HOOKHUB_WEBHOOK_SECRET",
        help="Signing secret, where the provider takes one (also HOOKHUB_WEBHOOK_SECRET).",
    )(function)


@app.command("create")
@click.option("--url", required=True, help="Where the provider delivers events.")
@click.option(
    "--event",
    "-e",
    "events",
    multiple=True,
    metavar="TYPE",
    help="Event type to subscribe to (repeat it); none means every event.",
)
@click.option("--name", help="A display name, where the provider has one.")
@_secret_option
@_targeted
def create_command(
    url: str,
    events: tuple[str, ...],
    name: str | None,
    secret: str | None,
    target: Target,
    as_json: bool,
) -> None:
    """Register a webhook."""
    _session().keep_secret(secret)
    with target.open() as hooks:
        webhook = hooks.create(
            url=url,
            events=list(events) or None,
            name=omit if name is None else name,
            secret=omit if secret is None else secret,
        )
    _show(webhook, as_json)


@app.command("update")
@click.argument("webhook_id")
@click.option("--url", help="New delivery URL.")
@click.option(
    "--event", "-e", "events", multiple=True, metavar="TYPE", help="New event types (repeat it)."
)
@click.option("--all-events", is_flag=True, help="Subscribe to every event.")
@click.option("--name", help="New display name.")
@_secret_option
@_targeted
def update_command(
    webhook_id: str,
    url: str | None,
    events: tuple[str, ...],
    all_events: bool,
    name: str | None,
    secret: str | None,
    target: Target,
    as_json: bool,
) -> None:
    """Change what is given; what is not given stays as it is."""
    if events and all_events:
        raise click.UsageError("give --event or --all-events, not both")
    _session().keep_secret(secret)
    new_events: list[str] | Omit | None = omit
    if all_events:
        new_events = None
    elif events:
        new_events = list(events)
    with target.open() as hooks:
        webhook = hooks.update(
            webhook_id,
            url=omit if url is None else url,
            events=new_events,
            name=omit if name is None else name,
            secret=omit if secret is None else secret,
        )
    _show(webhook, as_json)


@app.command("delete")
@click.argument("webhook_id")
@_targeted
def delete_command(webhook_id: str, target: Target, as_json: bool) -> None:
    """Delete a webhook."""
    with target.open() as hooks:
        hooks.delete(webhook_id)
    if as_json:
        print_json({"provider": target.provider, "id": webhook_id, "deleted": True})
    else:
        click.echo(f"deleted {target.provider} webhook {webhook_id}")


def _state_command(verb: str, summary: str, *, strategies: bool) -> None:
    """Register ``enable`` / ``disable`` / ``pause`` / ``resume``: one id in, the webhook out."""

    def command(
        webhook_id: str,
        target: Target,
        as_json: bool,
        state_strategy: str = "set",
        settle_delay: float = 1.0,
    ) -> None:
        extra: dict[str, Any] = {}
        if strategies:
            extra = {"state_strategy": state_strategy, "settle_delay": settle_delay}
        with target.open(**extra) as hooks:
            webhook = getattr(hooks, verb)(webhook_id)
        _show(webhook, as_json)

    command.__doc__ = summary
    command.__name__ = f"{verb}_command"
    decorated = _targeted(command)
    if strategies:
        decorated = click.option(
            "--settle-delay",
            type=click.FloatRange(min=0),
            default=1.0,
            show_default=True,
            help="Seconds to wait before re-reading after an ambiguous toggle.",
        )(decorated)
        decorated = click.option(
            "--state-strategy",
            type=click.Choice(["set", "toggle"]),
            default="set",
            show_default=True,
            help="'toggle' drives a relative-toggle provider through its toggle verb.",
        )(decorated)
    app.command(verb)(click.argument("webhook_id")(decorated))


_state_command(
    "enable", "Restart deliveries (converges: safe to repeat, never flips back).", strategies=True
)
_state_command(
    "disable",
    "Stop deliveries; `hookhub providers` says what happens to events meanwhile.",
    strategies=True,
)
_state_command(
    "pause",
    "Stop deliveries while the provider keeps events; refused (exit 9) where it would lose them.",
    strategies=False,
)
_state_command("resume", "Restart deliveries of a paused webhook.", strategies=False)


# ---------------------------------------------------------------------------- sandbox, demo


@app.group("sandbox")
def sandbox_group() -> None:
    """Local stand-ins for the providers (needs the 'sandbox' extra)."""


@sandbox_group.command("serve")
@click.option(
    "--provider",
    "-p",
    "providers",
    type=click.Choice(PROVIDER_IDS),
    multiple=True,
    help="Provider to serve (repeat it); default: all of them.",
)
@click.option(
    "--port",
    type=click.IntRange(min=0, max=65535),
    default=0,
    show_default=True,
    help="First port; the Nth provider listens on PORT+N-1. 0: free ports.",
)
@click.option(
    "--api-key",
    help="The key the sandboxes accept (not a secret; default: the sandbox's, sk_sandbox_hookhub).",
)
@click.option(
    "--json", "as_json", is_flag=True, help="Print one JSON line with the endpoints, then serve."
)
def serve_command(providers: Sequence[str], port: int, api_key: str | None, as_json: bool) -> None:
    """Serve the sandboxes on 127.0.0.1 until Ctrl-C or SIGTERM."""
    from hookhub.cli._serve import serve

    serve(list(providers) or list(PROVIDER_IDS), first_port=port, api_key=api_key, as_json=as_json)


@app.command("demo")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def demo_command(as_json: bool) -> None:
    """Run the main job on the in-process sandboxes: no network, no credentials."""
    from hookhub.cli._demo import run_demo

    run_demo(as_json=as_json)
