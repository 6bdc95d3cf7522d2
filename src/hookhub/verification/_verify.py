"""``verify_delivery`` and ``sign_delivery``: one generic implementation over the profiles."""

from __future__ import annotations

import hashlib
import hmac
import importlib
import json
import math
import re
import time
from collections.abc import Callable, Mapping, MutableSet, Sequence
from datetime import datetime, timezone
from typing import Any, cast

import pydantic

from hookhub._core.errors import InvalidInputError
from hookhub._core.signing import SigningScheme, ValueSource
from hookhub.providers import PROVIDER_IDS
from hookhub.verification._delivery import Delivery, ReplayGuard
from hookhub.verification._errors import FailureReason, SignatureVerificationError
from hookhub.verification._signature import (
    compute,
    format_header,
    hmac_key,
    lower_keys,
    parse_header,
    signed_content,
)

__all__ = ["sign_delivery", "signing_scheme", "verify_delivery"]

# Unix seconds as ASCII digits only: the signed content uses the header text as sent, so a
# sign, fraction or exponent would be re-signed differently by each receiver. Eleven digits
# reach the year 5138 and stay inside what ``datetime`` holds.
_TIMESTAMP = re.compile(r"[0-9]{1,11}")
_MAX_TIMESTAMP = 10**11 - 1

_RAW_BODY_HINT = (
    "pass the raw request body bytes exactly as received (FastAPI: await request.body(); "
    "Flask: request.get_data(); Django: request.body); a decoded or re-serialised body "
    "does not match the signature"
)


def signing_scheme(provider: str) -> SigningScheme | None:
    """The provider's delivery-signing scheme from its spec, or ``None`` if it documents none."""
    if provider not in PROVIDER_IDS:
        raise InvalidInputError(
            f"unknown provider {provider!r}; known providers: {', '.join(PROVIDER_IDS)}"
        )
    profile = importlib.import_module(f"hookhub.providers.{provider}._profile").PROFILE
    scheme: SigningScheme | None = profile.signing
    return scheme


def verify_delivery(
    provider: str,
    *,
    headers: Mapping[str, str],
    body: bytes,
    secret: str | None = None,
    secrets: Sequence[str] | None = None,
    tolerance: float | None = None,
    now: Callable[[], float] | None = None,
    seen: ReplayGuard | None = None,
) -> Delivery:
    """Check that a delivery really comes from ``provider``, then parse it.

    Args:
        provider: the provider id (``"kallima"``, ``"sentdm"``, ...).
        headers: the request headers (any mapping; names are matched case-insensitively).
        body: the raw request body, exactly as received. A ``str`` or parsed object is refused.
        secret: the endpoint's signing secret, as the provider gave it (``whsec_...``).
        secrets: several candidate secrets (e.g. new and old during a rotation); each is tried.
        tolerance: seconds the signed timestamp may differ from now, either way; ``None`` uses
            the provider's documented value, ``math.inf`` skips the check (replaying stored
            deliveries).
        now: the clock (unix seconds); ``time.time`` by default.
        seen: a replay hook (see :data:`ReplayGuard`), consulted only once the delivery is
            authentic and fresh, so forged requests cannot fill it.

    Raises:
        SignatureVerificationError: the delivery cannot be trusted; ``reason`` says why.
        InvalidInputError: the call itself is wrong (unknown provider, no or bad secret).
    """
    scheme = _scheme_or_refuse(provider)
    raw = _raw_body(provider, body)
    keys = _keys(provider, scheme, secret, secrets)
    if seen is not None and not _is_replay_guard(seen):
        raise InvalidInputError(
            f"[{provider}] seen must be a set of keys or a callable key -> bool (True when new)"
        )
    limit = _tolerance(provider, scheme, tolerance)
    fields = lower_keys(headers, provider=provider)
    fail = _Fail(provider)

    entries = parse_header(scheme, _header(fields, scheme.signature_header, fail))
    if entries is None:
        raise fail("bad_format", f"{scheme.signature_header} is not a list of key/value entries")
    stamp = _timestamp(scheme, entries, fields, fail)
    id_value = _header(fields, scheme.id_header, fail) if scheme.id_header else ""
    content = signed_content(scheme, timestamp=stamp, id_=id_value, body=raw)
    _match(scheme, keys, [value for key, value in entries if key == scheme.version], content, fail)
    signed_at = int(stamp)
    _fresh(signed_at, limit, now if now is not None else time.time, fail)

    # Parsed only now that the bytes are known to be the provider's.
    try:
        payload = json.loads(raw)
    except ValueError:
        raise fail("bad_payload", "the signature is valid but the body is not JSON") from None
    event_id = _find(scheme.event_id, fields, payload)
    replay_key = event_id or "sha256:" + hashlib.sha256(content).hexdigest()
    if seen is not None and not _first_time(seen, replay_key):
        raise fail("replayed", f"delivery {replay_key!r} was already accepted")

    return Delivery(
        provider=provider,
        event_id=event_id,
        event_type=_find(scheme.event_type, fields, payload),
        timestamp=datetime.fromtimestamp(signed_at, tz=timezone.utc),
        payload=payload,
        typed=_typed(scheme, payload),
        replay_key=replay_key,
    )


def sign_delivery(
    provider: str,
    *,
    secret: str,
    body: bytes,
    timestamp: int,
    event_id: str,
    event_type: str | None = None,
) -> dict[str, str]:
    """The headers ``provider`` would send with ``body``, signed with ``secret``.

    For tests and fakes: what it returns, sent with the same body, passes
    :func:`verify_delivery`. ``event_id`` fills the scheme's id header where it has one
    (Sent.dm's ``x-webhook-id``); where the id lives in the body, put it there yourself.
    ``event_type`` fills the event-type header where the scheme has one.

    A provider that documents no signature scheme sends no signature headers: the result is
    ``{}`` (and :func:`verify_delivery` refuses its deliveries as ``unsupported``).
    """
    scheme = signing_scheme(provider)
    if scheme is None:
        return {}
    raw = _raw_body(provider, body)
    if (
        isinstance(timestamp, bool)
        # Checked at run time too: callers may not type-check.
        or not isinstance(timestamp, int)  # pyright: ignore[reportUnnecessaryIsInstance]
        or not 0 <= timestamp <= _MAX_TIMESTAMP
    ):
        raise InvalidInputError(
            f"[{provider}] timestamp must be an int of unix seconds, 0 to {_MAX_TIMESTAMP}"
        )
    key = hmac_key(scheme, secret, provider=provider, position=1)
    stamp = str(timestamp)
    id_value = event_id if scheme.id_header else ""
    content = signed_content(scheme, timestamp=stamp, id_=id_value, body=raw)
    headers = {
        scheme.signature_header: format_header(scheme, stamp, [compute(scheme, key, content)])
    }
    if scheme.timestamp_header:
        headers[scheme.timestamp_header] = stamp
    if scheme.id_header:
        headers[scheme.id_header] = event_id
    type_header = next((source.header for source in scheme.event_type if source.header), None)
    if event_type is not None and type_header:
        headers[type_header] = event_type
    return headers


def _scheme_or_refuse(provider: str) -> SigningScheme:
    scheme = signing_scheme(provider)
    if scheme is None:
        raise SignatureVerificationError(
            "documents no delivery signature scheme, so hookhub cannot verify its deliveries "
            "(see hookhub.list_providers(): delivery_signature is None)",
            reason="unsupported",
            provider=provider,
        )
    return scheme


class _Fail:
    """Builds the error for one provider: ``raise fail("bad_format", "...")``."""

    def __init__(self, provider: str) -> None:
        self.provider = provider

    def __call__(self, reason: FailureReason, message: str) -> SignatureVerificationError:
        return SignatureVerificationError(message, reason=reason, provider=self.provider)


def _timestamp(
    scheme: SigningScheme, entries: list[tuple[str, str]], fields: Mapping[str, str], fail: _Fail
) -> str:
    """The signed timestamp's text, from the signature header's entry or its own header."""
    if scheme.timestamp_key:
        stamps = [value for key, value in entries if key == scheme.timestamp_key]
        if len(stamps) != 1:
            raise fail(
                "bad_format",
                f"{scheme.signature_header} needs exactly one "
                f"{scheme.timestamp_key!r} entry, found {len(stamps)}",
            )
        stamp, source = stamps[0], f"{scheme.signature_header} {scheme.timestamp_key}"
    else:
        # The codegen guarantees a timestamp_header when there is no timestamp_key.
        source = scheme.timestamp_header or ""
        stamp = _header(fields, source, fail).strip()
    if not _TIMESTAMP.fullmatch(stamp):
        raise fail("bad_format", f"{source} is not a unix timestamp in whole seconds")
    return stamp


def _match(
    scheme: SigningScheme, keys: list[bytes], received: list[str], content: bytes, fail: _Fail
) -> None:
    """Pass when any received signature is the HMAC of ``content`` under any key."""
    if not received:
        raise fail(
            "no_matching_signature",
            f"{scheme.signature_header} has no {scheme.version!r} signature",
        )
    expected = [compute(scheme, key, content).encode() for key in keys]
    # Every pair is compared in constant time; no early exit on the first mismatch.
    matches = [hmac.compare_digest(want, got.encode()) for want in expected for got in received]
    if not any(matches):
        raise fail(
            "no_matching_signature",
            f"none of the {len(received)} signature(s) in {scheme.signature_header} matches "
            f"the body with any of the {len(keys)} secret(s); check the secret and that the "
            "body is the raw bytes as received",
        )


def _fresh(signed_at: int, limit: float, clock: Callable[[], float], fail: _Fail) -> None:
    """Pass when the signed time is within ``limit`` seconds of now, either way."""
    drift = clock() - signed_at
    if abs(drift) > limit:
        when = "old" if drift > 0 else "in the future"
        raise fail(
            "timestamp_outside_tolerance",
            f"signed {abs(drift):.0f} s {when}; the tolerance is {limit:g} s",
        )


def _raw_body(provider: str, body: object) -> bytes:
    if isinstance(body, bytes):
        return body
    if isinstance(body, bytearray):
        return bytes(body)
    if isinstance(body, memoryview):
        return cast("memoryview[int]", body).tobytes()
    raise SignatureVerificationError(
        f"body must be bytes, got {type(body).__name__}: {_RAW_BODY_HINT}",
        reason="not_bytes",
        provider=provider,
    )


def _keys(
    provider: str, scheme: SigningScheme, secret: str | None, secrets: Sequence[str] | None
) -> list[bytes]:
    if isinstance(secrets, str | bytes):
        raise InvalidInputError(f"[{provider}] secrets must be a list of str; use secret= for one")
    candidates = ([secret] if secret is not None else []) + list(secrets or [])
    if not candidates:
        raise InvalidInputError(f"[{provider}] pass the signing secret: secret= or secrets=[...]")
    return [
        hmac_key(scheme, candidate, provider=provider, position=position)
        for position, candidate in enumerate(candidates, start=1)
    ]


def _tolerance(provider: str, scheme: SigningScheme, tolerance: float | None) -> float:
    if tolerance is None:
        return scheme.tolerance
    # Checked at run time too: callers may not type-check.
    if isinstance(tolerance, bool) or not isinstance(tolerance, int | float):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise InvalidInputError(f"[{provider}] tolerance must be a number of seconds")
    if math.isnan(tolerance) or tolerance < 0:
        raise InvalidInputError(f"[{provider}] tolerance must be >= 0 (math.inf: no check)")
    return float(tolerance)


def _header(fields: Mapping[str, str], name: str, fail: _Fail) -> str:
    value = fields.get(name.lower())
    if value is None:
        raise fail("missing_header", f"missing header {name}")
    # Checked at run time too: callers may not type-check.
    if not isinstance(value, str):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise fail("bad_format", f"header {name} is not a str")
    return value


def _find(sources: tuple[ValueSource, ...], fields: Mapping[str, str], payload: Any) -> str | None:
    for source in sources:
        if source.header:
            value: Any = fields.get(source.header.lower())
        else:
            value = payload
            for step in source.body_path:
                # Decoded JSON: objects have str keys.
                value = cast("dict[str, Any]", value).get(step) if isinstance(value, dict) else None
        if isinstance(value, str) and value:
            return value
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
    return None


def _is_replay_guard(value: object) -> bool:
    """A run-time check (callers may not type-check) that leaves the static type as declared."""
    return isinstance(value, MutableSet) or callable(value)


def _first_time(seen: ReplayGuard, key: str) -> bool:
    if callable(seen):
        return bool(seen(key))
    if key in seen:
        return False
    seen.add(key)
    return True


def _typed(scheme: SigningScheme, payload: Any) -> pydantic.BaseModel | None:
    model = scheme.payload_model
    if model is None:
        return None
    try:
        typed: pydantic.BaseModel = model.model_validate(payload)
    except pydantic.ValidationError:
        # The body schemas are partly inferred: an authentic delivery that does not fit them
        # is still returned, with the parsed JSON in ``payload``.
        return None
    return typed
