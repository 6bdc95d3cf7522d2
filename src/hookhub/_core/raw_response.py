"""Raw responses: ``client.webhooks.with_raw_response.<op>(...)`` returns an :class:`APIResponse`.

There is one code path. The generated ``…WithRawResponse`` classes wrap the ordinary bound
methods; the wrapper marks the call in a context variable (never on the wire, so fakes and
logs do not see it) and the shell, at the single point where a successful response becomes a
result (:func:`deliver`), hands back the response with a deferred parser instead.
"""

from __future__ import annotations

import contextvars
import functools
from collections.abc import Awaitable, Callable
from typing import Any, Generic, ParamSpec, TypeVar, cast

import httpx

from hookhub._core.provider_profile import ProviderProfile

__all__ = [
    "APIResponse",
    "async_to_raw_response_wrapper",
    "deliver",
    "to_raw_response_wrapper",
]

T = TypeVar("T")
R = TypeVar("R")
P = ParamSpec("P")

_RAW: contextvars.ContextVar[bool] = contextvars.ContextVar("hookhub_raw_response", default=False)
_UNPARSED: Any = object()


class APIResponse(Generic[T]):
    """A successful response with its status, headers and request id; ``parse()`` gives the
    typed result the ordinary method returns."""

    def __init__(
        self,
        response: httpx.Response,
        *,
        parser: Callable[[httpx.Response], T],
        retries_taken: int,
        request_id_headers: tuple[str, ...],
    ) -> None:
        self._response = response
        self._parser = parser
        self._parsed: Any = _UNPARSED
        self._request_id_headers = request_id_headers
        self.retries_taken = retries_taken
        """Retries made before this response (0: the first attempt succeeded)."""

    @property
    def http_response(self) -> httpx.Response:
        """The underlying ``httpx.Response`` (body already read)."""
        return self._response

    @property
    def status_code(self) -> int:
        """The HTTP status of the successful response (after any retries)."""
        return self._response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers (case-insensitive), e.g. rate-limit counters."""
        return self._response.headers

    @property
    def request_id(self) -> str | None:
        """The provider's request id, from the headers its spec names (``None`` if absent)."""
        for name in self._request_id_headers:
            value: str | None = self._response.headers.get(name)
            if value:
                return value
        return None

    def parse(self) -> T:
        """The typed result (parsed once, then cached)."""
        if self._parsed is _UNPARSED:
            self._parsed = self._parser(self._response)
        return cast(T, self._parsed)

    def __repr__(self) -> str:
        return (
            f"<APIResponse [{self.status_code}] {self._response.request.method} "
            f"{self._response.request.url.raw_path.decode(errors='replace')}>"
        )


def deliver(
    profile: ProviderProfile,
    response: httpx.Response,
    retries_taken: int,
    parser: Callable[[httpx.Response], T],
) -> T:
    """The result of a successful call: parsed, or (inside a raw-response wrapper) an
    :class:`APIResponse` that parses on demand.

    The wrapper's signature, not this function's, carries the ``APIResponse`` type to the
    caller; here the value is passed through untyped once.
    """
    if _RAW.get():
        # Consumed: whatever this call does next (fetching page 2 later) is not raw.
        _RAW.set(False)
        raw = APIResponse(
            response,
            parser=parser,
            retries_taken=retries_taken,
            request_id_headers=profile.errors.request_id_headers,
        )
        return cast(T, raw)
    return parser(response)


def to_raw_response_wrapper(func: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    """``func`` with the same parameters, returning the :class:`APIResponse` instead."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        token = _RAW.set(True)
        try:
            return cast(APIResponse[R], func(*args, **kwargs))
        finally:
            _RAW.reset(token)

    return wrapped


def async_to_raw_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, Awaitable[APIResponse[R]]]:
    """The async counterpart: awaiting the call gives the :class:`APIResponse`."""

    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        token = _RAW.set(True)
        try:
            return cast(APIResponse[R], await func(*args, **kwargs))
        finally:
            _RAW.reset(token)

    return wrapped
