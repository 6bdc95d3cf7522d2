"""How much of a response body is read and kept. Pure: the shells feed it the chunks they read.

- An error body is read only up to :data:`MAX_ERROR_BODY` (64 KiB): the error keeps that
  excerpt, never a 50 MiB HTML page, and the rest is never read into memory.
- A successful body is read whole up to :data:`MAX_SUCCESS_BODY` (16 MiB, far above any
  webhook-management answer); a larger one is refused
  (:class:`~hookhub.APIResponseValidationError`) rather than held in memory.
- A body whose ``Content-Encoding`` cannot be decoded is marked and judged later (an
  :class:`~hookhub.APIResponseValidationError` for a 2xx; the status error otherwise).
"""

from __future__ import annotations

import contextlib

import httpx

from hookhub._core.httpx_compat import set_content

__all__ = ["MAX_ERROR_BODY", "MAX_SUCCESS_BODY", "TRUNCATED", "UNREADABLE", "BodyReader"]

MAX_ERROR_BODY = 64 * 1024
"""Bytes of an error body read and kept at most."""

MAX_SUCCESS_BODY = 16 * 1024 * 1024
"""Bytes of a successful body read at most; a larger one is an error."""

UNREADABLE = "hookhub.unreadable_body"
"""``response.extensions`` key: why the body was not kept (``None`` when it was)."""

TRUNCATED = "hookhub.truncated_body"
"""``response.extensions`` key: ``True`` when an error body was cut at :data:`MAX_ERROR_BODY`."""

# Headers describing the body as sent; the kept copy is decoded (and maybe cut).
_BODY_HEADERS = ("content-encoding", "content-length", "transfer-encoding")


class BodyReader:
    """Collects the (decoded) chunks of one streamed response, up to its limit."""

    def __init__(self, response: httpx.Response) -> None:
        self._response = response
        self._success = response.is_success
        self._limit = MAX_SUCCESS_BODY if self._success else MAX_ERROR_BODY
        self._chunks: list[bytes] = []
        self._size = 0
        self._truncated = False
        self._unreadable: str | None = None

    def feed(self, chunk: bytes) -> bool:
        """Keep ``chunk`` (cut at the limit); ``False`` once no more is wanted."""
        if self._size + len(chunk) <= self._limit:
            self._chunks.append(chunk)
            self._size += len(chunk)
            return True
        if self._success:
            # Half a JSON document is useless: keep nothing.
            self._drop(f"body larger than {MAX_SUCCESS_BODY // (1024 * 1024)} MiB")
        else:
            self._chunks.append(chunk[: self._limit - self._size])
            self._size = self._limit
            self._truncated = True
        return False

    def undecodable(self) -> None:
        """The body's ``Content-Encoding`` could not be decoded: keep nothing of it."""
        self._drop("body could not be decoded (bad Content-Encoding)")

    def _drop(self, reason: str) -> None:
        self._chunks.clear()
        self._size = 0
        self._unreadable = reason

    def response(self) -> httpx.Response:
        """A complete, read ``httpx.Response`` holding only what was kept."""
        source = self._response
        content = b"".join(self._chunks)
        self._chunks.clear()
        extensions = {**source.extensions, UNREADABLE: self._unreadable, TRUNCATED: self._truncated}
        if set_content(source, content):
            # The streamed response itself, completed: a second Response costs about a
            # tenth of a whole call. Its headers then describe the kept (decoded) copy.
            for name in _BODY_HEADERS:
                if name in source.headers:
                    del source.headers[name]
            if content:  # as httpx.Response(content=...) describes the kept copy
                source.headers["Content-Length"] = str(len(content))
            source.extensions = extensions
            return source
        headers = httpx.Headers(source.headers)  # a copy; the body headers go below
        for name in _BODY_HEADERS:
            if name in headers:
                del headers[name]
        kept = httpx.Response(
            source.status_code,
            headers=headers,
            content=content,
            request=source.request,
            extensions=extensions,
        )
        # What send() gave the streamed response, as the fast path keeps it.
        kept.next_request = source.next_request  # a redirect not followed: where it pointed
        kept.history = source.history
        kept.default_encoding = source.default_encoding
        # RuntimeError: a response never bound to a clock (not sent by a client).
        with contextlib.suppress(RuntimeError):
            kept.elapsed = source.elapsed
        return kept
