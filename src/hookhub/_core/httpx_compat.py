"""The two places hookhub leans on private httpx details, for speed, and their fallbacks.

Both are used only on the httpx versions the test suite runs against (:data:`PRIVATE_OK`:
httpx 0.28); any other version takes the public path, which gives the same result at a
higher cost. Tests run every behaviour through both paths.

- :func:`url_with_path`: a request URL from the client's already-parsed base URL and a path
  hookhub encoded itself, without parsing the whole URL again (parsing is the largest
  single cost of building a request).
- :func:`set_content`: completes a streamed response with the body that was read (as
  ``Response.read()`` would), instead of building a second ``Response``.
"""

from __future__ import annotations

import re

import httpx

__all__ = ["PRIVATE_OK", "TESTED_HTTPX", "set_content", "url_with_path"]

TESTED_HTTPX = ((0, 28),)
"""``(major, minor)`` versions of httpx whose private details are relied on."""


def _tested(version: str) -> bool:
    try:
        major, minor = (int(part) for part in version.split(".")[:2])
    except ValueError:
        return False
    return (major, minor) in TESTED_HTTPX


PRIVATE_OK = (
    _tested(httpx.__version__)
    and hasattr(httpx.URL("https://a.test"), "_uri_reference")
    and hasattr(httpx.URL("https://a.test")._uri_reference, "_replace")  # pyright: ignore[reportPrivateUsage]
)
"""Whether this httpx is one the private fast paths were tested with."""

# What httpx's own parser leaves unchanged in a path: unreserved characters, percent escapes,
# sub-delimiters, ":", "@" and "/" (and no "." or ".." segment, which it would remove).
_PLAIN_PATH = re.compile(r"/[A-Za-z0-9\-._~!$&'()*+,;=:@%/]*")
_DOT_SEGMENT = re.compile(r"/\.\.?(?:/|$)")
_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")


def url_with_path(base: httpx.URL, path: str, *, fast: bool | None = None) -> httpx.URL:
    """``base`` with ``path`` appended (no query): what ``httpx.URL(str(base) + path)`` gives.

    ``path`` starts with ``/``. The fast path is taken only on a tested httpx and for a
    path the parser would leave as it is; anything else is parsed.
    """
    if (
        (PRIVATE_OK if fast is None else fast)
        and _PLAIN_PATH.fullmatch(path)
        and not _DOT_SEGMENT.search(path)
        and not _ESCAPE.search(path)
        and base.query == b""
        and not base.fragment
    ):
        reference = base._uri_reference  # pyright: ignore[reportPrivateUsage]
        url = httpx.URL.__new__(httpx.URL)
        url._uri_reference = reference._replace(  # pyright: ignore[reportPrivateUsage]
            path=reference.path + path, query=None
        )
        return url
    return httpx.URL(str(base) + path)


def set_content(response: httpx.Response, content: bytes, *, fast: bool | None = None) -> bool:
    """Give a streamed, closed ``response`` the body ``content`` (what ``read()`` sets).

    ``False`` (nothing done) when this httpx is not a tested one: build a new response then.
    """
    if not (PRIVATE_OK if fast is None else fast):
        return False
    response._content = content  # pyright: ignore[reportPrivateUsage]
    return True
