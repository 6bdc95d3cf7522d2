"""The error a delivery that cannot be trusted raises."""

from __future__ import annotations

from typing import Literal

from hookhub._core.errors import HookhubError

__all__ = ["FailureReason", "SignatureVerificationError"]

FailureReason = Literal[
    "not_bytes",
    "missing_header",
    "bad_format",
    "no_matching_signature",
    "timestamp_outside_tolerance",
    "bad_payload",
    "replayed",
    "unsupported",
]
"""Why a delivery was refused:

- ``not_bytes``: the body is not the raw request bytes (a ``str`` or a parsed object);
- ``missing_header``: a header the scheme needs is absent;
- ``bad_format``: a header is there but cannot be read (timestamp not an integer, ...);
- ``no_matching_signature``: no signature matches any candidate secret;
- ``timestamp_outside_tolerance``: signed too long ago, or too far in the future;
- ``bad_payload``: authentic, but the body is not JSON;
- ``replayed``: the replay hook has seen this delivery before;
- ``unsupported``: the provider documents no signature scheme hookhub could check.
"""


class SignatureVerificationError(HookhubError):
    """A delivery failed verification; ``reason`` says which check.

    The message names the provider, the check and the header involved; it never holds a
    secret or a signature.
    """

    def __init__(self, message: str, *, reason: FailureReason, provider: str) -> None:
        super().__init__(f"[{provider}] {message}")
        self.reason: FailureReason = reason
        self.provider = provider


# Tracebacks and reprs name the public path, as for the other errors.
SignatureVerificationError.__module__ = "hookhub"
