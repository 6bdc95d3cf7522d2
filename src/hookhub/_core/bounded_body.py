"""How much of a response body is kept. Pure: the shells feed it the chunks they read.

A successful body is read whole (the typed result needs all of it). An error body is read
only up to :data:`MAX_ERROR_BODY` (64 KiB): an error keeps a bounded excerpt, never a
50 MiB HTML page, and the rest is never read into memory. A body whose
``Content-Encoding`` cannot be decoded is marked, and judged later (an
:class:`~hookhub.APIResponseValidationError` for a 2xx; the status error otherwise).
"""

from __future__ import annotations

import httpx

__all__ = ["MAX_ERROR_BODY", "UNDECODABLE", "BodyReader"]

MAX_ERROR_BODY = 64 * 1024
"""Bytes of an error body kept (and read) at most."""

UNDECODABLE = "hookhub.undecodable_body"
"""``response.extensions`` key set when the body could not be decoded."""

TRUNCATED = "hookhub.truncated_body"
"""``response.extensions`` key set when an error body was cut at :data:`MAX_ERROR_BODY`."""

# Headers describing the body as sent; the kept copy is decoded (and maybe cut).
_BODY_HEADERS = ("content-encoding", "content-length", "transfer-encoding")


class BodyReader:
    """Collects the (decoded) chunks of one streamed response, up to its limit."""

    def __init__(self, response: httpx.Response) -> None:
        self._response = response
        self._limit: int | None = None if response.is_success else MAX_ERROR_BODY
        self._chunks: list[bytes] = []
        self._size = 0
        self._truncated = False
        self._undecodable = False

    @property
    def wants_all(self) -> bool:
        """Read the whole body (``response.read()``) rather than feeding chunks."""
        return self._limit is None

    def feed(self, chunk: bytes) -> bool:
        """Keep ``chunk`` (cut at the limit); ``False`` once no more is wanted."""
        if self._limit is not None and self._size + len(chunk) > self._limit:
            chunk = chunk[: self._limit - self._size]
            self._truncated = True
        self._chunks.append(chunk)
        self._size += len(chunk)
        return not self._truncated

    def undecodable(self) -> None:
        """The body's ``Content-Encoding`` could not be decoded: keep nothing of it."""
        self._chunks.clear()
        self._size = 0
        self._undecodable = True

    def response(self) -> httpx.Response:
        """A complete, read ``httpx.Response`` holding only what was kept."""
        source = self._response
        if self.wants_all and not self._undecodable:
            return source  # read whole by the shell
        headers = httpx.Headers(
            [(k, v) for k, v in source.headers.multi_items() if k.lower() not in _BODY_HEADERS]
        )
        kept = httpx.Response(
            source.status_code,
            headers=headers,
            content=b"".join(self._chunks),
            request=source.request,
            extensions={
                **source.extensions,
                UNDECODABLE: self._undecodable,
                TRUNCATED: self._truncated,
            },
        )
        self._chunks.clear()
        return kept
