"""One TLS context for every httpx client hookhub creates in a process.

Building an ``ssl.SSLContext`` loads the whole CA bundle (tens of milliseconds) and httpx
builds one per client, so a process talking to five providers paid for it five times. The
context is made on first use with httpx's public ``httpx.create_ssl_context()``, so it
verifies exactly as a plain ``httpx.Client()`` does (certifi's bundle, or ``SSL_CERT_FILE`` /
``SSL_CERT_DIR`` as set when the first client is made). An ``http_client=`` you pass keeps its
own settings; this only serves the clients hookhub makes itself.
"""

from __future__ import annotations

import ssl
import threading

import httpx

__all__ = ["context_created", "shared_ssl_context"]

_lock = threading.Lock()
_context: ssl.SSLContext | None = None


def shared_ssl_context() -> ssl.SSLContext:
    """The process-wide context, created once even when threads race for the first one."""
    global _context
    context = _context
    if context is None:
        with _lock:
            if _context is None:
                _context = httpx.create_ssl_context()
            context = _context
    return context


def context_created() -> bool:
    """Whether the shared context exists yet (it is made by the first client that sends)."""
    return _context is not None
