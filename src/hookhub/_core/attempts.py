"""The pure decision after each attempt: done, retry after a wait, or fail. No I/O.

Both shells (:mod:`sync_shell`, :mod:`async_shell`) send the request, hand what came back
to an :class:`AttemptJudge`, and let tenacity act on the verdict. Everything that decides
lives here, once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import datetime, timezone

import httpx

from hookhub._core.bounded_body import UNREADABLE
from hookhub._core.error_envelopes import (
    ErrorFields,
    build_status_error,
    envelope_in_success,
    read_error_fields,
)
from hookhub._core.errors import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    HookhubError,
)
from hookhub._core.provider_profile import ProviderProfile
from hookhub._core.records import call_record
from hookhub._core.redaction import Secret, scrub
from hookhub._core.request_builder import PreparedCall
from hookhub._core.retry_policy import (
    RetryPolicy,
    backoff_delay,
    exception_is_retryable,
    status_is_retryable,
)

__all__ = ["AttemptJudge", "AttemptResult"]

logger = logging.getLogger("hookhub")


@call_record
class AttemptResult:
    """What one attempt produced and what to do next."""

    number: int
    """1 for the first attempt."""
    response: httpx.Response | None
    error: httpx.RequestError | None
    retry: bool
    wait: float
    """Seconds to sleep before the next attempt (0 when not retrying)."""
    error_fields: ErrorFields | None = None
    wait_refused: bool = False
    """The server asked for a wait above ``max_retry_after``: not slept, not retried."""


class AttemptJudge:
    """Judges the attempts of one :class:`PreparedCall`."""

    def __init__(
        self,
        profile: ProviderProfile,
        call: PreparedCall,
        policy: RetryPolicy,
        *,
        secrets: Iterable[Secret],
        clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
    ) -> None:
        self._profile = profile
        self._call = call
        self._policy = policy
        # The client's live registry: secrets seen later are scrubbed too.
        self._secrets = secrets
        self._clock = clock

    @property
    def policy(self) -> RetryPolicy:
        """The retry policy of this call (the client's, with a per-call ``max_retries``)."""
        return self._policy

    def after_response(self, number: int, response: httpx.Response) -> AttemptResult:
        if response.is_success:
            result = AttemptResult(number, response, None, retry=False, wait=0.0)
        else:
            fields = read_error_fields(
                self._profile.errors, response, secrets=self._secrets, now=self._clock()
            )
            retryable = status_is_retryable(
                self._call.retry_class,
                response.status_code,
                fields.code,
                self._profile.idempotency,
            )
            too_long = (
                retryable
                and fields.retry_after is not None
                and fields.retry_after > self._policy.max_retry_after
            )
            retry, wait = self._schedule(number, retryable and not too_long, fields.retry_after)
            result = AttemptResult(number, response, None, retry, wait, fields, too_long)
        self._log(result)
        return result

    def after_error(self, number: int, error: httpx.RequestError) -> AttemptResult:
        # Only transport errors may be retried; any other RequestError (an undecodable
        # stream, too many redirects) fails the call as an APIConnectionError.
        retryable = isinstance(error, httpx.TransportError) and exception_is_retryable(
            self._call.retry_class, error
        )
        retry, wait = self._schedule(number, retryable, None)
        result = AttemptResult(number, None, error, retry, wait)
        self._log(result)
        return result

    def finish(self, last: AttemptResult) -> httpx.Response:
        """The successful response, or the error the last attempt calls for."""
        raise_from: BaseException | None = None
        retries_taken = last.number - 1
        if last.response is not None:
            if last.error_fields is None:
                unreadable = last.response.extensions.get(UNREADABLE)
                if unreadable:
                    raise APIResponseValidationError(
                        f"{self._call.operation.name}: {last.response.status_code} response "
                        f"{unreadable}",
                        provider=self._profile.id,
                        response=last.response,
                    )
                said = envelope_in_success(self._profile.errors, last.response, self._secrets)
                if said is not None:
                    raise APIResponseValidationError(
                        f"{self._call.operation.name}: {last.response.status_code} response "
                        f"carries an error envelope: {said}",
                        provider=self._profile.id,
                        response=last.response,
                    )
                return last.response
            exc: HookhubError = build_status_error(
                self._profile.id,
                last.response,
                last.error_fields,
                retries_taken=retries_taken,
                wait_refused=last.wait_refused,
                max_retry_after=self._policy.max_retry_after,
            )
        else:
            assert last.error is not None
            timed_out = isinstance(last.error, httpx.TimeoutException)
            cls = APITimeoutError if timed_out else APIConnectionError
            raw_detail = str(last.error) or type(last.error).__name__
            detail = scrub(raw_detail, self._secrets)
            exc = cls(
                detail,
                provider=self._profile.id,
                method=self._call.request.method,
                path=self._call.path,
                retries_taken=retries_taken,
            )
            # A cause whose text holds a secret would print it in every traceback.
            raise_from = last.error if detail == raw_detail else None
        raise exc from raise_from

    def _schedule(
        self, number: int, retryable: bool, server_wait: float | None
    ) -> tuple[bool, float]:
        # A server wait above max_retry_after arrives here as not retryable: sleeping that
        # long would hang the caller, so the call fails now with retry_after set.
        if not retryable or number > self._policy.max_retries:
            return False, 0.0
        if server_wait is not None:
            return True, server_wait
        return True, backoff_delay(self._policy, number - 1)

    def _log(self, result: AttemptResult) -> None:
        if not logger.isEnabledFor(logging.DEBUG):
            return
        if result.response is not None:
            outcome = str(result.response.status_code)
            request_id = (
                result.error_fields.request_id
                if result.error_fields is not None
                else next(
                    (
                        result.response.headers[name]
                        for name in self._profile.errors.request_id_headers
                        if name in result.response.headers
                    ),
                    None,
                )
            )
        else:
            outcome = type(result.error).__name__
            request_id = None
        if request_id is not None:
            request_id = scrub(_one_line(request_id), self._secrets)
        logger.debug(
            "[%s] %s %s -> %s attempt=%d retry=%s wait=%.3fs request_id=%s",
            self._profile.id,
            self._call.request.method,
            self._call.path,
            outcome,
            result.number,
            result.retry,
            result.wait,
            request_id,
        )


def _one_line(text: str) -> str:
    # A header value shown in a log line: one short line, whatever the server sent.
    text = " ".join(text.split())
    return text if len(text) <= 200 else text[:199] + "…"
