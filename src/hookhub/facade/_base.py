"""What the sync and async facade clients share: settings, checks, plan factories, helpers.

The verbs themselves live in :mod:`hookhub.facade._async_verbs` (hand-written) and
:mod:`hookhub.facade._sync_verbs` (written from it by ``scripts/codegen.py``);
:mod:`hookhub.facade.client` is the public module that names them all.
"""

from __future__ import annotations

import builtins
import copy
import math
import time
from collections.abc import Callable, Mapping
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, Any, Generic, Literal, TypedDict, cast

import httpx
from typing_extensions import Self, TypeVar

from hookhub._core.client_base import DEFAULT_TIMEOUT
from hookhub._core.errors import (
    ConfigurationError,
    HookhubError,
    InvalidInputError,
    UnsupportedOperationError,
)
from hookhub._core.omit import Omit, omit
from hookhub._core.request_options import RequestOptions
from hookhub._core.retry_policy import RetryPolicy
from hookhub.facade import _plans as plans
from hookhub.facade._errors import DeadlineExceededError
from hookhub.facade._provider_mapping import ProviderMapping, load_mapping
from hookhub.facade._runners import CallOptions, LockKey, lock_key
from hookhub.providers import PROVIDER_IDS

__all__ = [
    "DEFAULT_DEADLINE",
    "DEFAULT_SETTLE_DELAY",
    "NativeT",
    "PerCallOptions",
    "RawT",
    "StateStrategy",
    "list_providers",
]

StateStrategy = Literal["set", "toggle"]
DEFAULT_SETTLE_DELAY = 1.0
"""Seconds between the reads that confirm a state (and before re-reading after a toggle)."""

NativeT = TypeVar("NativeT", default=Any)
"""The provider's generated client (``SentDM``), as ``.native`` returns it."""
RawT = TypeVar("RawT", default=Any)
"""The provider's webhook model, as ``Webhook.raw`` holds it."""

DEFAULT_DEADLINE = 120.0
"""Seconds an ``enable``/``disable``/``set_enabled``/``pause``/``resume`` call may take in all
(lock wait, reads, writes, settle and late-apply waits), unless configured otherwise."""

if TYPE_CHECKING:
    # The models load pydantic's model machinery: imported when a result is built.
    from hookhub.facade.models import Capabilities, Webhook


class PerCallOptions(TypedDict, total=False):
    """Keyword options every facade verb takes, applied to each request the verb sends.

    Omitted, the client's settings apply (see :class:`hookhub.RequestOptions`).
    """

    timeout: float | httpx.Timeout | Omit | None
    """Per request: seconds, an ``httpx.Timeout``, or ``None`` for none."""
    max_retries: int | Omit
    """Retries of each request (within its retry class)."""
    extra_headers: Mapping[str, str] | Omit
    """Sent with every request, over the client's headers."""
    extra_query: Mapping[str, object] | Omit
    """Added to every request's query string."""
    extra_body: Mapping[str, object] | Omit
    """Merged into the JSON body of each write that sends one (never into reads)."""


def _seconds(value: object, name: str, *, positive: bool, error: type[HookhubError]) -> float:
    """A duration argument, refused (as ``error``) unless it is a real, non-negative number."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or math.isnan(value):
        raise error(f"{name} must be a number of seconds, not {type(value).__name__}")
    if value < 0 or (positive and value == 0):
        raise error(f"{name} must be {'> 0' if positive else '>= 0'} seconds, not {value!r}")
    return float(value)


def _tuning(
    settle: float, verify: bool, timeout: object, max_retries: object, policy: RetryPolicy
) -> plans.Tuning:
    """How the converging verbs wait, from the client's timeout, retries and policy."""
    return plans.Tuning(
        settle_delay=settle,
        verify=verify,
        late_apply_wait=_late_apply_wait(settle, timeout),
        max_retry_after=policy.max_retry_after,
        rate_limit_retries=_retries(max_retries),
        backoff=policy,
    )


def _retries(max_retries: object) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ConfigurationError(f"max_retries must be an int >= 0, not {max_retries!r}")
    return max_retries


def _late_apply_wait(settle: float, timeout: object) -> float:
    """The request's read timeout: how long a lost toggle may still take to land."""
    read_timeout = (timeout if isinstance(timeout, httpx.Timeout) else DEFAULT_TIMEOUT).read
    if not isinstance(timeout, httpx.Timeout):
        read_timeout = _seconds(timeout, "timeout", positive=False, error=ConfigurationError)
    return max(settle, read_timeout if read_timeout is not None else 30.0)


@cache
def _mapping(provider: str) -> ProviderMapping:
    if provider not in PROVIDER_IDS:
        raise ConfigurationError(
            f"unknown provider {provider!r}; known providers: {', '.join(PROVIDER_IDS)}"
        )
    return load_mapping(provider)


def list_providers() -> list[Capabilities]:
    """Every provider hookhub knows, with what it can do."""
    return [_mapping(provider).capabilities() for provider in PROVIDER_IDS]


PlanFactory = Callable[[str, bool, "float | None"], "plans.Plan[Webhook]"]


def never() -> HookhubError:  # pragma: no cover - only called when a deadline is given
    raise AssertionError("no deadline, no timeout")


class FacadeBase(Generic[NativeT, RawT]):
    """What the sync and async facades share: everything but running the plans."""

    _asynchronous = False

    def __init__(
        self,
        provider: str,
        *,
        state_strategy: StateStrategy,
        settle_delay: float,
        verify: bool,
        deadline: float | None,
        provider_options: Mapping[str, Any],
        client_arguments: Mapping[str, Any],
    ) -> None:
        self._mapping = _mapping(provider)
        known = {option.name for option in self._mapping.profile.options}
        if self._mapping.profile.auth_schemes:
            known.add("auth_scheme")
        unknown = set(provider_options) - known
        if unknown:
            raise ConfigurationError(
                f"[{provider}] unknown option(s) {', '.join(sorted(unknown))}; "
                f"{provider} takes: {', '.join(sorted(known)) or 'none'}"
            )
        if state_strategy not in ("set", "toggle"):
            raise ConfigurationError("state_strategy must be 'set' or 'toggle'")
        # Checked at run time too: callers may not type-check.
        if not isinstance(verify, bool):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise ConfigurationError("verify must be True or False")
        self._use_toggle = state_strategy == "toggle"
        # Every facade setting is checked here, before a native client exists or anything
        # is sent (a bad settle_delay used to fail only after the toggle went out).
        settle = _seconds(settle_delay, "settle_delay", positive=False, error=ConfigurationError)
        self._deadline = (
            None
            if deadline is None
            else _seconds(deadline, "deadline", positive=True, error=ConfigurationError)
        )
        policy: RetryPolicy = client_arguments["retry_policy"] or RetryPolicy()
        self._tuning = _tuning(
            settle,
            verify,
            client_arguments["timeout"],
            client_arguments["max_retries"],
            policy,
        )
        if self._deadline is not None:
            # The native client never sleeps a server-requested wait longer than the whole
            # call may take; a longer one comes back as RateLimitError for the plan to judge.
            policy = replace(policy, max_retry_after=min(policy.max_retry_after, self._deadline))
        native_class = self._mapping.async_class if self._asynchronous else self._mapping.sync_class
        self._native = cast(
            NativeT,
            native_class(**{**client_arguments, "retry_policy": policy}, **provider_options),
        )
        self._bodies = frozenset(
            name
            for name, operation in self._mapping.profile.operations.items()
            if operation.has_body
        )
        self._no_options = CallOptions(bodies=self._bodies)
        # The lock key's server part, normalized once: a client's base URL never changes.
        _, self._lock_base, _ = lock_key(provider, str(cast(Any, self._native).base_url), "")

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | Omit = omit,
        max_retries: int | Omit = omit,
        default_headers: Mapping[str, str] | Omit = omit,
    ) -> Self:
        """A copy of this client with some settings changed (``omit``: keep this client's).

        The copy shares this client's connection pool (through the native client's
        ``with_options``) and never closes it; ``default_headers`` are merged over this
        client's. The facade settings (state strategy, verify, deadline) are kept.
        """
        tuning = self._tuning
        if not isinstance(timeout, Omit):
            tuning = replace(tuning, late_apply_wait=_late_apply_wait(tuning.settle_delay, timeout))
        if not isinstance(max_retries, Omit):
            tuning = replace(tuning, rate_limit_retries=_retries(max_retries))
        clone = copy.copy(self)
        clone._tuning = tuning
        clone._native = cast(Any, self._native).with_options(
            timeout=timeout, max_retries=max_retries, default_headers=default_headers
        )
        return clone

    def _call_options(self, options: PerCallOptions) -> CallOptions:
        """The verb's options for its runner (an unknown keyword is a ``TypeError``)."""
        if not options:  # the common call: one shared CallOptions per client, nothing built
            return self._no_options
        return CallOptions(RequestOptions(**options), self._bodies)

    @property
    def native(self) -> NativeT:
        """The provider's generated client (``hookhub.providers.<id>``), for native verbs."""
        return self._native

    @property
    def provider(self) -> str:
        """The provider id (``"sentdm"``)."""
        return self._mapping.provider

    @property
    def capabilities(self) -> Capabilities:
        """What this provider supports and what its verbs mean."""
        return self._mapping.capabilities()

    def _lock_key(self, webhook_id: str) -> LockKey:
        return (self._mapping.provider, self._lock_base, webhook_id)

    def _converging(
        self,
        factory: PlanFactory,
        webhook_id: str,
        wanted: bool,
        deadline: float | Omit | None,
        options: PerCallOptions,
    ) -> tuple[plans.Plan[Webhook], CallOptions, float | None, Callable[[], HookhubError]]:
        """What a converging call runs: its plan, options, deadline instant, lock timeout."""
        call_options = self._no_options if not options else self._call_options(options)
        if deadline is omit:  # the common call: the client's deadline
            seconds = self._deadline
            until = None if seconds is None else time.monotonic() + seconds
        else:
            seconds, until = self._limit(deadline)
        plan = factory(webhook_id, wanted, seconds)
        return plan, call_options, until, lambda: self._lock_expired(webhook_id, wanted, seconds)

    def _limit(self, deadline: float | Omit | None) -> tuple[float | None, float | None]:
        """The call's deadline in seconds and as a ``time.monotonic()`` instant."""
        if isinstance(deadline, Omit):
            seconds = self._deadline
        elif deadline is None:
            seconds = None
        else:
            seconds = _seconds(deadline, "deadline", positive=True, error=InvalidInputError)
        return seconds, (None if seconds is None else time.monotonic() + seconds)

    def _lock_expired(
        self, webhook_id: str, wanted: bool, seconds: float | None
    ) -> DeadlineExceededError:
        return plans.deadline_error(self._mapping, webhook_id, wanted, seconds, None)

    def _set_enabled_plan(
        self, webhook_id: str, enabled: bool, seconds: float | None
    ) -> plans.Plan[Webhook]:
        return plans.set_enabled(
            self._mapping,
            webhook_id,
            enabled,
            use_toggle=self._use_toggle,
            tuning=self._tuning,
            deadline=seconds,
        )

    def _pause_factory(self, verb: str) -> PlanFactory:
        """Plans for ``pause``/``resume``: the set-state route, refused where events are lost."""
        if self._mapping.verb(verb) is None:
            raise self._unsupported_pause(verb)

        def factory(webhook_id: str, wanted: bool, seconds: float | None) -> plans.Plan[Webhook]:
            return plans.set_enabled(
                self._mapping,
                webhook_id,
                wanted,
                use_toggle=False,
                tuning=self._tuning,
                deadline=seconds,
            )

        return factory

    def _update_plan(
        self,
        webhook_id: str,
        url: str | Omit,
        events: builtins.list[str] | Omit | None,
        name: str | Omit,
        secret: str | Omit,
    ) -> plans.Plan[Webhook]:
        return plans.update(
            self._mapping,
            webhook_id,
            url=url,
            events=events,
            name=name,
            secret=secret,
            tuning=self._tuning,
        )

    def _unsupported_pause(self, verb: str) -> UnsupportedOperationError:
        provider = self._mapping.provider
        fate = {
            "dropped": f"{provider} drops events while a webhook is disabled",
            "unspecified": f"{provider} does not document that events are kept while disabled",
            "buffered": f"{provider} has no {verb} verb",
        }[self._mapping.disabled_events]
        alternative = "disable() to stop" if verb == "pause" else "enable() to restart"
        return UnsupportedOperationError(
            f"[{provider}] {verb}() promises that events are kept meanwhile, and {fate}. "
            f"Use {alternative} deliveries if losing the events in between is acceptable.",
            provider=provider,
            operation=verb,
        )
