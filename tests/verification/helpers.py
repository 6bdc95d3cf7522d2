"""Shared by the verification tests: the providers with a scheme, secrets, signed deliveries."""

from __future__ import annotations

import json
from dataclasses import dataclass

from hookhub.providers import PROVIDER_IDS
from hookhub.verification import sign_delivery, signing_scheme

SIGNED = [provider for provider in PROVIDER_IDS if signing_scheme(provider) is not None]
UNSIGNED = [provider for provider in PROVIDER_IDS if signing_scheme(provider) is None]

# Shaped as each provider issues them: Sent's are base64 after ``whsec_``; Kallima's key is
# the UTF-8 text after ``whsec_`` (the example from its docs).
SECRETS = {
    "kallima": "whsec_AbCdEfGhIjKlMnOpQrStUvWx1234567890ABCDEF",
    "sentdm": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
}
OTHER_SECRETS = {
    "kallima": "whsec_ZyXwVuTsRqPoNmLkJiHgFeDc0987654321zyxwvu",
    "sentdm": "whsec_c2Vjb25kLXNlY3JldC1mb3ItdGVzdHMtMDEyMw==",
}
NOW = 1_763_856_000
EVENT_ID = "evt_0001"


@dataclass(frozen=True)
class Signed:
    provider: str
    headers: dict[str, str]
    body: bytes


def body_for(provider: str, event_id: str = EVENT_ID) -> bytes:
    """A delivery body; compact JSON with a non-ASCII character, as sent on the wire."""
    document = {
        "id": event_id,
        "type": "job.completed",
        "field": "messages",
        "event": "delivered",
        "data": {"name": "Zoë"},
    }
    return json.dumps(document, separators=(",", ":"), ensure_ascii=False).encode()


def signed(
    provider: str,
    *,
    secret: str | None = None,
    timestamp: int = NOW,
    event_id: str = EVENT_ID,
    body: bytes | None = None,
) -> Signed:
    raw = body if body is not None else body_for(provider, event_id)
    headers = sign_delivery(
        provider,
        secret=secret or SECRETS[provider],
        body=raw,
        timestamp=timestamp,
        event_id=event_id,
        event_type="messages",
    )
    return Signed(provider, headers, raw)
