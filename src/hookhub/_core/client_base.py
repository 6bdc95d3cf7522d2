"""What the sync and async clients share: configuration and call preparation."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import replace
from typing import Any, Generic, TypeVar

import httpx
from pydantic import TypeAdapter

from hookhub._core.attempts import AttemptJudge
from hookhub._core.auth import scheme_named
from hookhub._core.errors import ConfigurationError
from hookhub._core.omit import Omit
from hookhub._core.provider_profile import Operation, ProviderProfile
from hookhub._core.redaction import Secret
from hookhub._core.request_builder import ClientSettings, PreparedCall, prepare_call
from hookhub._core.request_options import (
    NO_OPTIONS,
    RequestOptions,
    effective_max_retries,
    effective_timeout,
    merge_headers,
)
from hookhub._core.response_parsing import parse_value
from hookhub._core.retry_policy import DEFAULT_MAX_RETRIES, RetryPolicy

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
    auth_scheme: str | None = None,
) -> ClientSettings:
    """Arguments first, then the provider's environment variables, then the spec's default."""
    key = api_key if api_key is not None else os.environ.get(profile.api_key_env)
    if not key:
        raise ConfigurationError(
            f"[{profile.id}] no API key: pass api_key= or set {profile.api_key_env}"
        )
    url = base_url or os.environ.get(profile.base_url_env) or profile.default_base_url
    if not url:
        raise ConfigurationError(
            f"[{profile.id}] {profile.title} has no public base URL: pass base_url= "
            f"or set {profile.base_url_env}"
        )
    parsed = httpx.URL(url)
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ConfigurationError(f"[{profile.id}] base_url must be an http(s) URL")
    scheme_named(profile, auth_scheme)  # an unknown scheme fails here, not on first call
    return ClientSettings(
        base_url=url,
        api_key=Secret(key),
        default_headers=dict(default_headers or {}),
        options=dict(options),
        auth_scheme=auth_scheme,
    )


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
        auth_scheme: str | None = None,
    ) -> None:
        self._profile = profile
        self._settings = resolve_settings(
            profile,
            api_key=api_key,
            base_url=base_url,
            default_headers=default_headers,
            options=options or {},
            auth_scheme=auth_scheme,
        )
        self._timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self._retry_policy = replace(retry_policy or RetryPolicy(), max_retries=max_retries)
        # A client the caller passed in is the caller's to close.
        self._owns_http_client = http_client is None
        self._http: HttpClientT = http_client if http_client is not None else self._new_http()

    def _new_http(self) -> HttpClientT:
        raise NotImplementedError

    @property
    def provider(self) -> str:
        """The provider id (``"sentdm"``)."""
        return self._profile.id

    @property
    def base_url(self) -> str:
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
        call.request.extensions["timeout"] = effective_timeout(self._timeout, options).as_dict()
        policy = self._retry_policy
        max_retries = effective_max_retries(policy.max_retries, options)
        if max_retries != policy.max_retries:
            policy = replace(policy, max_retries=max_retries)
        judge = AttemptJudge(self._profile, call, policy, secret=self._settings.api_key)
        return call, judge

    def _parse(self, operation: Operation, response: httpx.Response, result: TypeAdapter[T]) -> T:
        """The typed result of a successful response (``None`` for no-content operations)."""
        return parse_value(self._profile.id, operation, response, result)

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
