# This file was written by scripts/codegen.py from src/hookhub/_core/async_shell.py
# (scripts/hookhub_codegen/unasync.py). Do not edit it: edit the async module and run
# `make codegen`.

"""The synchronous shell: sends requests and sleeps. All decisions are made elsewhere.

Only :mod:`async_shell` is written by hand; ``scripts/codegen.py`` writes :mod:`sync_shell`
from it (``scripts/hookhub_codegen/unasync.py`` has the token table and the markers).
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Mapping
from typing import Any, TypeVar

import httpx

from hookhub._core import pagination as paging
from hookhub._core.attempts import AttemptResult
from hookhub._core.bounded_body import BodyReader
from hookhub._core.client_base import BaseProviderClient
from hookhub._core.closing import SyncClosing
from hookhub._core.httpx_compat import adopt_response, direct_transport
from hookhub._core.omit import Omit
from hookhub._core.pagination import SyncPage, check_page_options
from hookhub._core.provider_profile import Operation
from hookhub._core.raw_response import deliver
from hookhub._core.request_options import NO_OPTIONS, RequestOptions
from hookhub._core.response_parsing import ResultAdapter
from hookhub._core.tls import shared_ssl_context
from hookhub._core.transport_safety import Exchange

__all__ = ["SyncProviderClient"]

T = TypeVar("T")
BodyT = TypeVar("BodyT")


class SyncProviderClient(BaseProviderClient[httpx.Client], SyncClosing):
    """Base of every generated synchronous client."""

    def _new_http(self) -> httpx.Client:
        return httpx.Client(verify=shared_ssl_context())

    def _close_new(self, http: httpx.Client) -> None:
        http.close()

    def request(
        self,
        operation: Operation,
        result: ResultAdapter[T],
        *,
        path_params: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        idempotency_key: str | Omit | None = None,
        options: RequestOptions = NO_OPTIONS,
    ) -> T:
        """Send ``operation`` with retries and return its body parsed by ``result``."""
        response, retries = self._attempt(
            operation,
            path_params=path_params,
            query=query,
            body=body,
            idempotency_key=idempotency_key,
            options=options,
        )
        return deliver(
            self._profile,
            response,
            retries,
            lambda done: self._parse(operation, done, result),
        )

    def request_page(
        self,
        operation: Operation,
        result: ResultAdapter[BodyT],
        *,
        path_params: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        options: RequestOptions = NO_OPTIONS,
    ) -> paging.SyncPage[Any, BodyT]:
        """A list operation that pages; each page fetches its successors the same way.

        The sync client sends the first request at once and returns the first page; the async
        one returns a paginator that sends nothing until it is awaited or iterated.
        """
        pagination = operation.pagination
        assert pagination is not None, "request_page() needs x-hookhub-pagination"
        check_page_options(f"[{self._profile.id}] {operation.name}", pagination, options)

        def fetch(page_query: Mapping[str, Any]) -> SyncPage[Any, BodyT]:
            response, retries = self._attempt(
                operation, path_params=path_params, query=page_query, options=options
            )
            return deliver(
                self._profile,
                response,
                retries,
                lambda done: SyncPage(
                    pagination=pagination,
                    query=page_query,
                    body=self._parse(operation, done, result),
                    fetch=fetch,
                ),
            )

        return fetch(dict(query or {}))

    def send(
        self,
        operation: Operation,
        *,
        path_params: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        idempotency_key: str | Omit | None = None,
        options: RequestOptions = NO_OPTIONS,
    ) -> httpx.Response:
        """Send ``operation`` with retries; return the successful response or raise."""
        response, _ = self._attempt(
            operation,
            path_params=path_params,
            query=query,
            body=body,
            idempotency_key=idempotency_key,
            options=options,
        )
        return response

    def _attempt(
        self,
        operation: Operation,
        *,
        path_params: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        idempotency_key: str | Omit | None = None,
        options: RequestOptions = NO_OPTIONS,
    ) -> tuple[httpx.Response, int]:
        """The successful response and the retries it took, or raise."""
        call, judge = self._begin(
            operation,
            path_params=path_params,
            query=query,
            body=body,
            idempotency_key=idempotency_key,
            options=options,
        )
        numbers = itertools.count(1)

        def attempt() -> AttemptResult:
            number = next(numbers)
            try:
                response = self._receive(call.request)
            except httpx.RequestError as error:
                return judge.after_error(number, error)
            return judge.after_response(number, response)

        # The first attempt runs here and tenacity only runs the retries, if any: the same
        # attempts, waits and verdicts, without tenacity's cost on calls that need none.
        last: AttemptResult = attempt()
        if last.retry:
            time.sleep(last.wait)
            # tenacity loads with the first retry: most calls (and processes) need none.
            from tenacity import Retrying

            from hookhub._core.tenacity_glue import retrying_kwargs

            last = Retrying(**retrying_kwargs(judge.policy, after_first=True))(attempt)
        return judge.finish(last), last.number - 1

    def _receive(self, request: httpx.Request) -> httpx.Response:
        # Decisions live in Exchange (which hop next) and BodyReader (how much to keep).
        exchange = Exchange(
            request,
            follow_redirects=self._http.follow_redirects,
            max_redirects=self._http.max_redirects,
        )
        while True:
            raw = self._send(exchange.request)
            reader = BodyReader(raw)
            try:
                for chunk in raw.iter_bytes():
                    if not reader.feed(chunk):
                        break
            except httpx.DecodingError:
                reader.undecodable()
            finally:
                raw.close()
            response = reader.response()
            if exchange.finished(response):
                return response

    def _send(self, request: httpx.Request) -> httpx.Response:
        """``send(request, stream=True, follow_redirects=False)``, directly to the transport
        when that is the same (see :mod:`httpx_compat`)."""
        http = self._http
        transport = direct_transport(http, request)
        if transport is None:
            return http.send(request, stream=True, follow_redirects=False)
        start = time.perf_counter()
        try:
            response = transport.handle_request(request)
        except httpx.RequestError as error:
            error.request = request  # as httpx's send() does
            raise
        try:
            adopt_response(http, request, response, start)
        except BaseException:
            response.close()
            raise
        return response

    def close(self) -> None:
        """Close the connection pool, unless it belongs to an ``http_client`` you passed
        (or to the client this one was copied from with ``with_options``)."""
        self._closed = True
        if self._owns_http_client and self._http_client is not None:
            self._http_client.close()
