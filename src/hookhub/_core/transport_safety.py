"""Where credentials may go: base URL rules, header rules and redirects. Pure: no I/O.

- A base URL is an absolute ``http(s)`` URL without query, fragment, user info or control
  characters; it is normalised once (lower-case scheme and host, no default port, no
  trailing slash) and every request and lock key uses that form.
- Credentials go over plain ``http://`` only to a loopback host (``localhost``,
  ``127.0.0.0/8``, ``::1``) unless the caller opts in (``allow_insecure_http=True`` or
  ``HOOKHUB_ALLOW_INSECURE_HTTP=1``).
- Header names are RFC 9110 tokens and values printable ASCII: anything else could smuggle
  a header or fail deep inside httpx.
- Redirects are followed only when the caller's ``http_client`` asks for it, and only
  within the same origin (scheme, host, port): credentials never cross origins.
"""

from __future__ import annotations

import ipaddress
import os
import re

import httpx

from hookhub._core.errors import ConfigurationError

__all__ = [
    "INSECURE_HTTP_ENV",
    "REDIRECT_STATUSES",
    "Exchange",
    "header_problem",
    "is_loopback",
    "normalize_base_url",
    "redirect_target",
    "same_origin",
]

INSECURE_HTTP_ENV = "HOOKHUB_ALLOW_INSECURE_HTTP"
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_VALUE = re.compile(r"[\t\x20-\x7e]*")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def header_problem(name: object, value: object) -> str | None:
    """Why a header cannot be sent as given, or ``None`` when it can. Never quotes the value."""
    if not isinstance(name, str) or not _TOKEN.fullmatch(name):
        return f"header name {name!r} is not a valid HTTP token"
    if not isinstance(value, str):
        return f"header {name!r} must be a string, got {type(value).__name__}"
    if re.search(r"[\r\n\x00]", value):
        return f"header {name!r} contains CR, LF or NUL"
    if not _VALUE.fullmatch(value):
        return f"header {name!r} must be printable ASCII"
    return None


def is_loopback(host: str) -> bool:
    """``localhost`` (and its subdomains), ``127.0.0.0/8`` or ``::1``."""
    host = host.strip("[]").lower().rstrip(".")
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def normalize_base_url(where: str, raw: object, *, allow_insecure_http: bool = False) -> str:
    """The one form of a base URL used for requests and lock keys.

    Raises :class:`ConfigurationError` for anything outside the rules above.
    """
    if not isinstance(raw, str):
        raise ConfigurationError(f"{where} base_url must be a string")
    if re.search(r"[\x00-\x20\x7f]", raw):
        raise ConfigurationError(
            f"{where} base_url must not contain whitespace or control characters"
        )
    try:
        url = httpx.URL(raw)
    except (httpx.InvalidURL, UnicodeError, ValueError) as exc:
        raise ConfigurationError(f"{where} base_url is not a valid URL ({exc})") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(f"{where} base_url must be an http(s) URL")
    if url.query or url.fragment or "?" in raw or "#" in raw:
        # Paths are appended to the base URL: a query or fragment would swallow them.
        raise ConfigurationError(f"{where} base_url must not have a ?query or #fragment")
    if url.userinfo:
        raise ConfigurationError(f"{where} base_url must not carry user:password@")
    if (
        url.scheme == "http"
        and not is_loopback(url.host)
        and not _insecure_allowed(allow_insecure_http)
    ):
        raise ConfigurationError(
            f"{where} refusing to send credentials over plain http:// to {url.host}: use "
            f"https://, or opt in with allow_insecure_http=True or {INSECURE_HTTP_ENV}=1"
        )
    port = url.port if url.port != _DEFAULT_PORTS[url.scheme] else None
    host = url.raw_host.decode("ascii")  # IDNA-encoded: the form sent on the wire
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc += f":{port}"
    path = url.raw_path.decode("ascii").rstrip("/")
    return f"{url.scheme}://{netloc}{path}"


def _insecure_allowed(explicit: bool) -> bool:
    return explicit or os.environ.get(INSECURE_HTTP_ENV, "").strip().lower() in ("1", "true", "yes")


def same_origin(a: httpx.URL, b: httpx.URL) -> bool:
    """Same scheme, host and (effective) port."""
    return (
        a.scheme == b.scheme
        and a.host == b.host
        and (a.port or _DEFAULT_PORTS.get(a.scheme)) == (b.port or _DEFAULT_PORTS.get(b.scheme))
    )


def redirect_target(request: httpx.Request, response: httpx.Response) -> httpx.Request | None:
    """The request to send next for a same-origin redirect, else ``None``.

    ``None`` for a non-redirect, a redirect without a usable ``Location``, or one to another
    origin (the 3xx is then reported as an error, and nothing is sent there). 303, and 301/302
    after a POST, become a GET without a body, as browsers and httpx do.
    """
    if response.status_code not in REDIRECT_STATUSES:
        return None
    location = response.headers.get("location")
    if not location:
        return None
    try:
        target = request.url.join(location)
    except (httpx.InvalidURL, UnicodeError, ValueError):
        return None
    if not same_origin(request.url, target):
        return None
    method = request.method
    if (response.status_code == 303 and method != "HEAD") or (
        response.status_code in (301, 302) and method == "POST"
    ):
        method = "GET"
    headers = httpx.Headers(request.headers)
    content: bytes | None = None
    if method == request.method:
        content = request.content
    else:
        for name in ("content-type", "content-length", "transfer-encoding"):
            headers.pop(name, None)
    headers.pop("host", None)
    new = httpx.Request(method, target, headers=headers, content=content)
    new.extensions = dict(request.extensions)
    return new


class Exchange:
    """The hops of one attempt: the request to send next, and whether a response ends it.

    The shells send :attr:`request`, read the body (:mod:`bounded_body`) and call
    :meth:`finished`; only a same-origin redirect, when the caller's client follows
    redirects at all, starts another hop.
    """

    def __init__(
        self, request: httpx.Request, *, follow_redirects: bool, max_redirects: int
    ) -> None:
        self.request = request
        self._follow = follow_redirects
        self._hops_left = max_redirects

    def finished(self, response: httpx.Response) -> bool:
        """``True`` when ``response`` is the attempt's answer; else :attr:`request` is next."""
        if not self._follow or self._hops_left <= 0:
            return True
        target = redirect_target(self.request, response)
        if target is None:
            return True
        self._hops_left -= 1
        self.request = target
        return False
