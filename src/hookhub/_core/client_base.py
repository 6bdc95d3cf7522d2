"""What the sync and async clients share: configuration and call preparation."""

from __future__ import annotations

import math
import os
import threading
from collections.abc import Mapping
from dataclasses import replace
from typing import Any, Generic, TypeVar

import httpx

from hookhub._core.attempts import AttemptJudge
from hookhub._core.auth import credential_header, scheme_named
from hookhub._core.errors import ConfigurationError
from hookhub._core.omit import Omit
from hookhub._core.provider_profile import Operation, ProviderProfile
from hookhub._core.redaction import Secret, SecretRegistry, harvest_secrets
from hookhub._core.request_builder import ClientSettings, PreparedCall, prepare_call
from hookhub._core.request_options import (
    NO_OPTIONS,
    RequestOptions,
    effective_max_retries,
    effective_timeout,
    merge_headers,
)
from hookhub._core.response_parsing import ResultAdapter, parse_value
from hookhub._core.retry_policy import DEFAULT_MAX_RETRIES, RetryPolicy
from hookhub._core.transport_safety import header_problem, normalize_base_url

__all__ = ["DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT", "BaseProviderClient", "resolve_settings"]

HttpClientT = TypeVar("HttpClientT", httpx.Client, httpx.AsyncClient)
T = TypeVar("T")

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
"""30 s for reads and writes, 5 s to connect."""


def resolve_settings(
    profile: ProviderProfile,
    *,
    api_key: str | None,
    base_url: str | None,
    default_headers: Mapping[str, str] | None,
    options: Mapping[str, Any],
    allow_insecure_http: bool = False,
    auth_scheme: str | None = None,
) -> ClientSettings:
    """Arguments first, then the provider's environment variables, then the spec's default.

    Everything is checked here, before any request (:class:`ConfigurationError`): the base
    URL (see :mod:`transport_safety`), the API key and ``default_headers``.
    """
    where = f"[{profile.id}]"
    headers = check_default_headers(profile, default_headers)
    key = api_key if api_key is not None else os.environ.get(profile.api_key_env)
    if not key:
        raise ConfigurationError(f"{where} no API key: pass api_key= or set {profile.api_key_env}")
    if (
        # Checked at run time too: callers may not type-check.
        not isinstance(key, str)  # pyright: ignore[reportUnnecessaryIsInstance]
        or key != key.strip()
        or header_problem(profile.auth.header, key) is not None
    ):
        # Never the value: it is the credential.
        raise ConfigurationError(f"{where} api_key must be printable ASCII without CR, LF or NUL")
    url = base_url or os.environ.get(profile.base_url_env) or profile.default_base_url
    if not url:
        raise ConfigurationError(
            f"{where} this provider publishes no base URL: pass base_url= "
            f"or set {profile.base_url_env}"
        )
    scheme_named(profile, auth_scheme)  # an unknown scheme fails here, not on first call
    return ClientSettings(
        base_url=normalize_base_url(where, url, allow_insecure_http=allow_insecure_http),
        api_key=Secret(key),
        default_headers=headers,
        options=dict(options),
        auth_scheme=auth_scheme,
    )


def check_default_headers(
    profile: ProviderProfile, default_headers: Mapping[str, str] | None
) -> dict[str, str]:
    """``default_headers`` as case-insensitive headers, or :class:`ConfigurationError`.

    Refused: names or values that are not sendable as given (``None``, CR/LF, non-ASCII), an
    idempotency key (one fixed key would make the server replay one response for every
    call: pass ``idempotency_key=`` per call), and framing headers httpx sets itself. A
    header named like the provider's auth header replaces the generated one.
    """
    where = f"[{profile.id}] default_headers"
    if default_headers is None:
        return {}
    # Checked at run time too: callers may not type-check.
    if not isinstance(default_headers, Mapping):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise ConfigurationError(f"{where} must be a mapping of str to str")
    refused = {"host", "content-length", "transfer-encoding", "idempotency-key"}
    if profile.idempotency is not None:
        refused.add(profile.idempotency.header.lower())
    headers: dict[str, str] = {}
    for name, value in default_headers.items():
        problem = header_problem(name, value)
        if problem is not None:
            raise ConfigurationError(f"{where}: {problem}")
        if name.lower() in refused:
            hint = (
                "pass idempotency_key= per call"
                if "idempotency" in name.lower()
                else "httpx sets it"
            )
            raise ConfigurationError(f"{where}: {name!r} is not allowed here; {hint}")
        if any(name.lower() == seen.lower() for seen in headers):
            raise ConfigurationError(f"{where}: {name!r} is given twice (header names ignore case)")
        headers[name] = value
    return headers


def _check_timeout(profile: ProviderProfile, timeout: object) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if timeout is None:
        return httpx.Timeout(None)  # no timeout at all, as httpx means it
    if (
        isinstance(timeout, bool)
        or not isinstance(timeout, (int, float))
        or not math.isfinite(timeout)
        or timeout <= 0
    ):
        raise ConfigurationError(
            f"[{profile.id}] timeout must be seconds > 0, an httpx.Timeout or None"
        )
    return httpx.Timeout(float(timeout))


class BaseProviderClient(Generic[HttpClientT]):
    """Configuration shared by :class:`SyncProviderClient` and :class:`AsyncProviderClient`."""

    _profile: ProviderProfile

    def __init__(
        self,
        profile: ProviderProfile,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: HttpClientT | None = None,
        default_headers: Mapping[str, str] | None = None,
        options: Mapping[str, Any] | None = None,
        allow_insecure_http: bool = False,
        auth_scheme: str | None = None,
    ) -> None:
        self._profile = profile
        self._settings = resolve_settings(
            profile,
            api_key=api_key,
            base_url=base_url,
            default_headers=default_headers,
            options=options or {},
            allow_insecure_http=allow_insecure_http,
            auth_scheme=auth_scheme,
        )
        self._allow_insecure_http = allow_insecure_http
        # Every credential this client has seen, for scrubbing errors, logs and reprs.
        self._secrets = SecretRegistry([self._settings.api_key])
        self._credential_headers = frozenset(
            scheme.header.lower() for scheme in (profile.auth, *profile.auth_schemes.values())
        )
        # The header value as sent (a Basic scheme base64-encodes the key): masked too.
        _, credential = credential_header(
            profile, self._settings.auth_scheme, self._settings.api_key
        )
        self._secrets.add(credential)
        self._secrets.add(credential.partition(" ")[2])
        self._register_credentials(self._settings.default_headers)
        self._timeout = _check_timeout(profile, timeout)
        # Built once; each request gets its own copy (an event hook may change it).
        self._timeout_dict = self._timeout.as_dict()
        # Checked at run time too: callers may not type-check.
        if retry_policy is not None and not isinstance(retry_policy, RetryPolicy):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise ConfigurationError(f"[{profile.id}] retry_policy must be a hookhub.RetryPolicy")
        # Checked at run time too: callers may not type-check.
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:  # pyright: ignore[reportUnnecessaryIsInstance]
            raise ConfigurationError(f"[{profile.id}] max_retries must be an integer >= 0")
        self._retry_policy = replace(retry_policy or RetryPolicy(), max_retries=max_retries)
        # A client the caller passed in is the caller's to close.
        self._owns_http_client = http_client is None
        # Ours is made on first use: building one loads the TLS context (tens of ms), which a
        # program that only constructs clients (or sends through the sandbox) never needs.
        self._http_client: HttpClientT | None = http_client
        self._http_lock = threading.Lock()
        self._closed = False

    @property
    def _http(self) -> HttpClientT:
        """The ``httpx`` client, created now if this client owns it and has none yet."""
        http = self._http_client
        if http is None:
            with self._http_lock:
                http = self._http_client
                if http is None:
                    http = self._http_client = self._new_http()
                    if self._closed:
                        self._close_new(http)
        return http

    @property
    def http_client_created(self) -> bool:
        """Whether the ``httpx`` client exists yet (one passed in always does; hookhub's own is
        made on the first request)."""
        return self._http_client is not None

    def _new_http(self) -> HttpClientT:
        raise NotImplementedError

    def _close_new(self, http: HttpClientT) -> None:
        """A client is wanted after :meth:`close`: close it (sync) or refuse (async)."""
        raise NotImplementedError

    @property
    def provider(self) -> str:
        """The provider id (``"sentdm"``)."""
        return self._profile.id

    @property
    def base_url(self) -> str:
        """The normalised base URL (no trailing slash, default port dropped): the lock key."""
        return self._settings.base_url

    @property
    def max_retries(self) -> int:
        return self._retry_policy.max_retries

    @property
    def profile(self) -> ProviderProfile:
        """The provider's description, as generated from its spec."""
        return self._profile

    def _begin(
        self,
        operation: Operation,
        *,
        path_params: Mapping[str, Any] | None,
        query: Mapping[str, Any] | None,
        body: Mapping[str, Any] | None,
        idempotency_key: str | Omit | None,
        options: RequestOptions = NO_OPTIONS,
    ) -> tuple[PreparedCall, AttemptJudge]:
        """Build the request (refusing bad input) and the judge of its attempts.

        Per-call options apply here: the request builder merges ``extra_*``; the timeout and
        ``max_retries`` replace the client's for this call only (every attempt, every page).
        """
        call = prepare_call(
            self._profile,
            self._settings,
            operation,
            path_params=path_params,
            query=query,
            body=body,
            idempotency_key=idempotency_key,
            options=options,
        )
        policy = self._retry_policy
        if options is NO_OPTIONS:  # the common call: the client's settings, nothing to check
            call.request.extensions["timeout"] = dict(self._timeout_dict)
        else:
            timeout = effective_timeout(self._timeout, options)
            call.request.extensions["timeout"] = timeout.as_dict()
            max_retries = effective_max_retries(policy.max_retries, options)
            if max_retries != policy.max_retries:
                policy = replace(policy, max_retries=max_retries)
            if not isinstance(options.extra_headers, Omit):
                self._register_credentials(options.extra_headers)
        harvest_secrets(body or {}, self._profile.secret_fields, self._secrets)
        judge = AttemptJudge(self._profile, call, policy, secrets=self._secrets)
        return call, judge

    def _register_credentials(self, headers: Mapping[str, str]) -> None:
        """Remember a credential the caller sends in its own header, to mask it everywhere."""
        for name, value in headers.items():
            if name.lower() in self._credential_headers:
                self._secrets.add(value)
                self._secrets.add(value.partition(" ")[2])

    def _parse(self, operation: Operation, response: httpx.Response, result: ResultAdapter[T]) -> T:
        """The typed result of a successful response (``None`` for no-content operations);
        registers the secrets it carries."""
        return parse_value(
            self._profile.id,
            operation,
            response,
            result,
            secrets=self._secrets,
            secret_fields=self._profile.secret_fields,
        )

    def _copy_arguments(
        self,
        *,
        api_key: str | Omit,
        base_url: str | Omit,
        timeout: float | httpx.Timeout | Omit,
        max_retries: int | Omit,
        retry_policy: RetryPolicy | Omit,
        default_headers: Mapping[str, str] | Omit,
        options: Mapping[str, Any],
        auth_scheme: str | Omit | None = None,
    ) -> dict[str, Any]:
        """Constructor arguments for ``with_options``: this client's, changed where given.

        The copy gets this client's ``httpx`` client, so it shares the connection pool and,
        having been handed it, never closes it: the pool stays this client's to close.
        ``default_headers`` merge over the current ones; ``omit`` keeps the current value.
        """
        headers = dict(self._settings.default_headers)
        if not isinstance(default_headers, Omit):
            merge_headers(headers, default_headers)  # case-insensitive: replaced, not doubled
        arguments: dict[str, Any] = {
            "api_key": self._settings.api_key.reveal() if isinstance(api_key, Omit) else api_key,
            "base_url": self._settings.base_url if isinstance(base_url, Omit) else base_url,
            "timeout": self._timeout if isinstance(timeout, Omit) else timeout,
            "max_retries": (
                self._retry_policy.max_retries if isinstance(max_retries, Omit) else max_retries
            ),
            "retry_policy": (
                self._retry_policy if isinstance(retry_policy, Omit) else retry_policy
            ),
            "http_client": self._http,
            "default_headers": headers,
            "allow_insecure_http": self._allow_insecure_http,
        }
        for name, value in options.items():
            arguments[name] = self._settings.options.get(name) if isinstance(value, Omit) else value
        if self._profile.auth_schemes:
            arguments["auth_scheme"] = (
                self._settings.auth_scheme if isinstance(auth_scheme, Omit) else auth_scheme
            )
        return arguments

    def __repr__(self) -> str:
        # Never the API key: only what identifies the client.
        return f"{type(self).__name__}(base_url={self._settings.base_url!r})"
