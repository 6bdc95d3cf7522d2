"""verify_delivery accepts what the provider signs and refuses everything else, with a reason."""

from __future__ import annotations

import base64
import hashlib
import hmac
import math
from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any

import pytest

import hookhub
from hookhub import InvalidInputError, SignatureVerificationError
from hookhub.providers.kallima.models import DeliveryEvent as KallimaEvent
from hookhub.providers.sentdm.models import DeliveryEvent as SentEvent
from hookhub.verification import sign_delivery, signing_scheme
from tests.verification.helpers import (
    EVENT_ID,
    NOW,
    OTHER_SECRETS,
    SECRETS,
    SIGNED,
    UNSIGNED,
    Signed,
    signed,
)


def verify(delivery: Signed, **overrides: Any) -> hookhub.Delivery:
    arguments: dict[str, Any] = {
        "headers": delivery.headers,
        "body": delivery.body,
        "secret": SECRETS[delivery.provider],
        "now": lambda: NOW,
    }
    arguments.update(overrides)
    return hookhub.verify_delivery(delivery.provider, **arguments)


def refused(delivery: Signed, reason: str, **overrides: Any) -> SignatureVerificationError:
    with pytest.raises(SignatureVerificationError) as caught:
        verify(delivery, **overrides)
    assert caught.value.reason == reason, str(caught.value)
    assert caught.value.provider == delivery.provider
    return caught.value


def test_the_documented_schemes_are_kallima_and_sent() -> None:
    assert SIGNED == ["kallima", "sentdm"]
    assert UNSIGNED == ["flip", "polytomic", "shipping_channels"]


# --- accepted -------------------------------------------------------------------------------


@pytest.mark.parametrize("provider", SIGNED)
def test_a_delivery_signed_by_sign_delivery_verifies(provider: str) -> None:
    delivery = verify(signed(provider))
    assert delivery.provider == provider
    assert delivery.timestamp == datetime.fromtimestamp(NOW, tz=timezone.utc)
    assert delivery.payload["data"] == {"name": "Zoë"}


def test_kallima_delivery_built_by_the_documented_recipe_verifies() -> None:
    # register page + SDK: Kallima-Signature: t=<t>,v1=hex(HMAC-SHA256(secret sans whsec_,
    # "<t>.<raw body>")).
    body = b'{"id":"evt_42","type":"job.completed","data":{"job_id":"j1"}}'
    key = SECRETS["kallima"].removeprefix("whsec_").encode()
    mac = hmac.new(key, f"{NOW}.".encode() + body, hashlib.sha256).hexdigest()
    headers = {"Kallima-Signature": f"t={NOW},v1={mac}"}
    delivery = verify(Signed("kallima", headers, body))
    assert (delivery.event_id, delivery.event_type) == ("evt_42", "job.completed")
    assert isinstance(delivery.typed, KallimaEvent)
    assert delivery.typed.data == {"job_id": "j1"}
    assert delivery.replay_key == "evt_42"


def test_sent_delivery_built_by_the_documented_recipe_verifies() -> None:
    # docs.sent.dm webhook security: strip whsec_, base64-decode, HMAC-SHA256 over
    # "{x-webhook-id}.{x-webhook-timestamp}.{payload}", header "v1,<base64>".
    body = b'{"field":"messages","event":"delivered","payload":{"account_id":"a1"}}'
    endpoint_id = "d4f5a6b7-c8d9-4e0f-a1b2-c3d4e5f6a7b8"
    key = base64.b64decode(SECRETS["sentdm"].removeprefix("whsec_") + "==")
    content = f"{endpoint_id}.{NOW}.".encode() + body
    mac = base64.b64encode(hmac.new(key, content, hashlib.sha256).digest()).decode()
    headers = {
        "x-webhook-id": endpoint_id,
        "x-webhook-timestamp": str(NOW),
        "x-webhook-signature": f"v1,{mac}",
        "x-webhook-event-type": "messages",
    }
    delivery = verify(Signed("sentdm", headers, body))
    assert delivery.event_type == "messages"
    # x-webhook-id is the endpoint's id, the same on every delivery: not an event id.
    assert delivery.event_id is None
    assert delivery.replay_key.startswith("sha256:")
    assert isinstance(delivery.typed, SentEvent)
    assert delivery.typed.payload == {"account_id": "a1"}


def test_sent_accepts_the_standard_webhooks_reference_vector() -> None:
    # Sent's documented maths is Standard Webhooks' with x-webhook-* names; this is the
    # reference vector of the Standard Webhooks / svix libraries, under Sent's header names.
    headers = {
        "x-webhook-id": "msg_p5jXN8AQM9LWM0D4loKWxJek",
        "x-webhook-timestamp": "1614265330",
        "x-webhook-signature": "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
    }
    body = b'{"test": 2432232314}'
    delivery = hookhub.verify_delivery(
        "sentdm",
        headers=headers,
        body=body,
        secret="whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        now=lambda: 1614265330,
    )
    assert delivery.payload == {"test": 2432232314}


@pytest.mark.parametrize("provider", SIGNED)
def test_header_names_match_case_insensitively(provider: str) -> None:
    delivery = signed(provider)
    upper = {name.upper(): value for name, value in delivery.headers.items()}
    assert verify(Signed(provider, upper, delivery.body)).provider == provider


@pytest.mark.parametrize("provider", SIGNED)
def test_bytearray_and_memoryview_bodies_are_raw_bytes_too(provider: str) -> None:
    delivery = signed(provider)
    verify(delivery, body=bytearray(delivery.body))
    verify(delivery, body=memoryview(delivery.body))


# --- rotation -------------------------------------------------------------------------------


@pytest.mark.parametrize("provider", SIGNED)
def test_any_candidate_secret_may_match(provider: str) -> None:
    delivery = signed(provider)
    verify(delivery, secret=None, secrets=[OTHER_SECRETS[provider], SECRETS[provider]])
    verify(delivery, secret=OTHER_SECRETS[provider], secrets=[SECRETS[provider]])
    refused(delivery, "no_matching_signature", secret=None, secrets=[OTHER_SECRETS[provider]])


@pytest.mark.parametrize("provider", SIGNED)
def test_a_header_with_several_signatures_matches_either_secret(provider: str) -> None:
    scheme = signing_scheme(provider)
    assert scheme is not None
    new = signed(provider)
    old = signed(provider, secret=OTHER_SECRETS[provider])
    entry = scheme.version + scheme.key_separator
    old_signature = old.headers[scheme.signature_header].split(entry)[1].split(" ")[0]
    both = dict(new.headers)
    both[scheme.signature_header] += scheme.entry_separator + entry + old_signature
    for secret in (SECRETS[provider], OTHER_SECRETS[provider]):
        verify(Signed(provider, both, new.body), secret=secret)


# --- refused --------------------------------------------------------------------------------


@pytest.mark.parametrize("provider", SIGNED)
def test_a_tampered_body_is_refused(provider: str) -> None:
    delivery = signed(provider)
    refused(
        Signed(provider, delivery.headers, delivery.body.replace(b"Zo", b"Zu")),
        "no_matching_signature",
    )


@pytest.mark.parametrize("provider", SIGNED)
def test_a_re_serialised_body_is_refused(provider: str) -> None:
    import json

    delivery = signed(provider)
    reserialised = json.dumps(json.loads(delivery.body)).encode()
    error = refused(Signed(provider, delivery.headers, reserialised), "no_matching_signature")
    assert "raw bytes" in str(error)


@pytest.mark.parametrize("provider", SIGNED)
def test_a_missing_signature_header_is_refused(provider: str) -> None:
    scheme = signing_scheme(provider)
    assert scheme is not None
    delivery = signed(provider)
    headers = {k: v for k, v in delivery.headers.items() if k != scheme.signature_header}
    error = refused(Signed(provider, headers, delivery.body), "missing_header")
    assert scheme.signature_header in str(error)


def test_sent_without_its_timestamp_or_id_header_is_refused() -> None:
    delivery = signed("sentdm")
    for name in ("x-webhook-timestamp", "x-webhook-id"):
        headers = {k: v for k, v in delivery.headers.items() if k != name}
        assert name in str(refused(Signed("sentdm", headers, delivery.body), "missing_header"))


@pytest.mark.parametrize(
    ("provider", "header", "value"),
    [
        ("kallima", "Kallima-Signature", "garbage"),
        ("kallima", "Kallima-Signature", "v1=abc"),  # no timestamp
        ("kallima", "Kallima-Signature", f"t={NOW},t={NOW},v1=abc"),
        ("kallima", "Kallima-Signature", "t=1.5e9,v1=abc"),
        ("kallima", "Kallima-Signature", "t=-5,v1=abc"),
        ("sentdm", "x-webhook-signature", "abc"),
        ("sentdm", "x-webhook-timestamp", "yesterday"),
        ("sentdm", "x-webhook-timestamp", f"{NOW}.5"),
    ],
)
def test_an_unreadable_header_is_a_bad_format(provider: str, header: str, value: str) -> None:
    delivery = signed(provider)
    refused(Signed(provider, {**delivery.headers, header: value}, delivery.body), "bad_format")


@pytest.mark.parametrize(
    ("provider", "value"),
    [("kallima", f"t={NOW},v0=abc"), ("sentdm", "v1a,abc")],
)
def test_a_header_without_a_v1_signature_matches_nothing(provider: str, value: str) -> None:
    scheme = signing_scheme(provider)
    assert scheme is not None
    delivery = signed(provider)
    headers = {**delivery.headers, scheme.signature_header: value}
    refused(Signed(provider, headers, delivery.body), "no_matching_signature")


@pytest.mark.parametrize("provider", SIGNED)
@pytest.mark.parametrize("offset", [301, -301, 86_400, -86_400])
def test_a_timestamp_too_old_or_too_far_ahead_is_refused(provider: str, offset: int) -> None:
    delivery = signed(provider, timestamp=NOW - offset)
    error = refused(delivery, "timestamp_outside_tolerance")
    assert ("old" if offset > 0 else "future") in str(error)


@pytest.mark.parametrize("provider", SIGNED)
def test_the_documented_tolerance_is_inclusive_and_adjustable(provider: str) -> None:
    verify(signed(provider, timestamp=NOW - 300))
    verify(signed(provider, timestamp=NOW + 300))
    refused(signed(provider, timestamp=NOW - 60), "timestamp_outside_tolerance", tolerance=30)
    verify(signed(provider, timestamp=NOW - 10**6), tolerance=math.inf)


@pytest.mark.parametrize("provider", SIGNED)
def test_the_default_clock_is_the_system_clock(provider: str) -> None:
    # Signed 2025-11-23: far outside 300 s of any real "now" this test runs at.
    refused(signed(provider), "timestamp_outside_tolerance", now=None)


@pytest.mark.parametrize("provider", SIGNED)
@pytest.mark.parametrize("body", ["{}", {"id": "evt"}, None, 42])
def test_anything_but_raw_bytes_is_refused(provider: str, body: Any) -> None:
    error = refused(signed(provider), "not_bytes", body=body)
    assert "raw request body" in str(error)
    assert "request.get_data()" in str(error)


@pytest.mark.parametrize("provider", SIGNED)
def test_a_signed_body_that_is_not_json_is_a_bad_payload(provider: str) -> None:
    refused(signed(provider, body=b"\xff not json"), "bad_payload")


@pytest.mark.parametrize("provider", UNSIGNED)
def test_providers_without_a_documented_scheme_are_refused(provider: str) -> None:
    with pytest.raises(SignatureVerificationError) as caught:
        hookhub.verify_delivery(provider, headers={}, body=b"{}", secret="s3cret-value")
    assert caught.value.reason == "unsupported"
    assert "documents no delivery signature scheme" in str(caught.value)
    # Nothing documented to sign with: no signature headers, which verify refuses.
    headers = sign_delivery(
        provider, secret="s3cret-value", body=b"{}", timestamp=NOW, event_id="e"
    )
    assert headers == {}


@pytest.mark.parametrize("provider", SIGNED)
def test_a_body_with_a_payload_that_does_not_fit_the_model_is_still_returned(
    provider: str,
) -> None:
    delivery = verify(signed(provider, body=b"[1, 2, 3]"))
    assert delivery.payload == [1, 2, 3]
    assert delivery.typed is None


# --- replay ---------------------------------------------------------------------------------


@pytest.mark.parametrize("provider", SIGNED)
def test_a_seen_set_refuses_the_same_delivery_twice(provider: str) -> None:
    seen: set[str] = set()
    delivery = signed(provider)
    first = verify(delivery, seen=seen)
    assert seen == {first.replay_key}
    refused(delivery, "replayed", seen=seen)
    verify(signed(provider, event_id="evt_0002", timestamp=NOW + 1), seen=seen)


@pytest.mark.parametrize("provider", SIGNED)
def test_a_callable_replay_hook_decides(provider: str) -> None:
    calls: list[str] = []

    def first_time(key: str) -> bool:
        calls.append(key)
        return len(calls) == 1

    delivery = signed(provider)
    verify(delivery, seen=first_time)
    refused(delivery, "replayed", seen=first_time)
    assert calls[0] == calls[1]


def test_kallima_dedupes_on_the_event_id_across_retries() -> None:
    seen: set[str] = set()
    verify(signed("kallima", timestamp=NOW), seen=seen)
    # A provider retry: same event, signed again later.
    refused(signed("kallima", timestamp=NOW + 5), "replayed", seen=seen)
    assert seen == {EVENT_ID}


@pytest.mark.parametrize("provider", SIGNED)
def test_forged_or_stale_deliveries_never_reach_the_replay_hook(provider: str) -> None:
    seen: set[str] = set()
    delivery = signed(provider)
    refused(delivery, "no_matching_signature", secret=OTHER_SECRETS[provider], seen=seen)
    refused(signed(provider, timestamp=NOW - 3600), "timestamp_outside_tolerance", seen=seen)
    assert seen == set()
    verify(delivery, seen=seen)


# --- bad calls ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"secret": None}, "pass the signing secret"),
        ({"secret": ""}, "non-empty"),
        ({"secret": None, "secrets": "whsec_x"}, "list of str"),
        ({"tolerance": -1}, "tolerance"),
        ({"tolerance": math.nan}, "tolerance"),
    ],
)
@pytest.mark.parametrize("provider", SIGNED)
def test_bad_arguments_are_invalid_input(
    provider: str, overrides: dict[str, Any], message: str
) -> None:
    with pytest.raises(InvalidInputError, match=message):
        verify(signed(provider), **overrides)


def test_a_sent_secret_that_is_not_base64_is_invalid_input() -> None:
    with pytest.raises(InvalidInputError, match="not base64") as caught:
        verify(signed("sentdm"), secret="whsec_not*base64!")
    assert "not*base64" not in str(caught.value)


def test_an_unknown_provider_is_invalid_input() -> None:
    with pytest.raises(InvalidInputError, match="known providers"):
        hookhub.verify_delivery("stripe", headers={}, body=b"{}", secret="x")


# --- no secret leaks ------------------------------------------------------------------------

FAILURES: list[tuple[str, Callable[[Signed], dict[str, Any]]]] = [
    ("tampered", lambda d: {"body": d.body + b" "}),
    ("wrong secret", lambda d: {"secret": OTHER_SECRETS[d.provider]}),
    ("stale", lambda d: {"now": lambda: NOW + 10_000}),
    ("not bytes", lambda d: {"body": d.body.decode()}),
    ("replayed", lambda d: {"seen": lambda key: False}),
]


@pytest.mark.parametrize("provider", SIGNED)
@pytest.mark.parametrize(("name", "change"), FAILURES, ids=[name for name, _ in FAILURES])
def test_errors_never_show_the_secret_or_the_expected_signature(
    provider: str, name: str, change: Callable[[Signed], dict[str, Any]]
) -> None:
    delivery = signed(provider)
    secret = SECRETS[provider]
    overrides = change(delivery)
    with pytest.raises(SignatureVerificationError) as caught:
        verify(delivery, **overrides)
    shown = str(caught.value) + repr(caught.value) + repr(caught.value.args)
    scheme = signing_scheme(provider)
    assert scheme is not None
    expected = delivery.headers[scheme.signature_header].split(scheme.version)[-1][1:]
    for secret_text in (secret, secret.removeprefix("whsec_"), expected):
        assert secret_text not in shown


@pytest.mark.parametrize("timestamp", [-1, 10**11, 1.5, True])
def test_sign_delivery_refuses_timestamps_the_verifier_could_not_read(timestamp: Any) -> None:
    with pytest.raises(InvalidInputError, match="timestamp"):
        sign_delivery(
            "kallima", secret=SECRETS["kallima"], body=b"{}", timestamp=timestamp, event_id="e"
        )


def test_headers_must_be_a_mapping() -> None:
    delivery = signed("kallima")
    with pytest.raises(InvalidInputError, match="mapping of header names"):
        verify(delivery, headers=list(delivery.headers.items()))


class _WerkzeugLikeHeaders:
    """Not a ``Mapping`` subclass, but has ``items()`` (as werkzeug's ``Headers``)."""

    def __init__(self, pairs: dict[str, str]) -> None:
        self._pairs = pairs

    def items(self) -> list[tuple[str, str]]:
        return [(name.title(), value) for name, value in self._pairs.items()]


@pytest.mark.parametrize("provider", SIGNED)
def test_header_objects_with_items_are_accepted(provider: str) -> None:
    delivery = signed(provider)
    verify(delivery, headers=_WerkzeugLikeHeaders(delivery.headers))


def test_a_replay_hook_of_another_kind_is_invalid_input() -> None:
    with pytest.raises(InvalidInputError, match="seen must be"):
        verify(signed("kallima"), seen=["evt_0001"])


def test_a_sent_secret_in_the_url_safe_alphabet_or_unpadded_is_the_same_key() -> None:
    raw_key = bytes(range(250, 256)) + b"\xfb\xff"  # encodes with "+" and "/" characters
    standard = base64.b64encode(raw_key).decode()
    assert "+" in standard or "/" in standard
    urlsafe = base64.urlsafe_b64encode(raw_key).decode().rstrip("=")
    delivery = signed("sentdm", secret="whsec_" + standard)
    verify(delivery, secret="whsec_" + urlsafe)
