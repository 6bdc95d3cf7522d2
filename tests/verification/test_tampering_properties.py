"""Property: any change to the body, the timestamp or a signature fails verification."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import hookhub
from hookhub import SignatureVerificationError
from hookhub.verification import signing_scheme
from tests.verification.helpers import NOW, SECRETS, SIGNED, body_for, signed

# A fixed budget keeps ``make test`` fast; the sign/verify round trip costs microseconds.
CASES = settings(max_examples=150, deadline=None)


def reason_of(provider: str, headers: dict[str, str], body: bytes, now: int = NOW) -> str | None:
    try:
        hookhub.verify_delivery(
            provider, headers=headers, body=body, secret=SECRETS[provider], now=lambda: now
        )
    except SignatureVerificationError as error:
        return error.reason
    return None


@pytest.mark.parametrize("provider", SIGNED)
@CASES
@given(body=st.binary(max_size=200), data=st.data())
def test_any_other_body_fails(provider: str, body: bytes, data: st.DataObject) -> None:
    delivery = signed(provider, body=body)
    other = data.draw(st.binary(max_size=200).filter(lambda candidate: candidate != body))
    assert reason_of(provider, delivery.headers, other) == "no_matching_signature"


@pytest.mark.parametrize("provider", SIGNED)
@CASES
@given(position=st.integers(min_value=0), flip=st.integers(min_value=1, max_value=255))
def test_any_flipped_body_byte_fails(provider: str, position: int, flip: int) -> None:
    delivery = signed(provider)
    tampered = bytearray(delivery.body)
    tampered[position % len(tampered)] ^= flip
    assert reason_of(provider, delivery.headers, bytes(tampered)) == "no_matching_signature"


@pytest.mark.parametrize("provider", SIGNED)
@CASES
@given(shift=st.integers(min_value=-300, max_value=300).filter(bool))
def test_any_other_timestamp_fails(provider: str, shift: int) -> None:
    # A timestamp within tolerance, swapped in without re-signing.
    scheme = signing_scheme(provider)
    assert scheme is not None
    delivery = signed(provider)
    headers = dict(delivery.headers)
    forged = str(NOW + shift)
    if scheme.timestamp_header:
        headers[scheme.timestamp_header] = forged
    else:
        headers[scheme.signature_header] = headers[scheme.signature_header].replace(
            str(NOW), forged
        )
    assert reason_of(provider, headers, delivery.body) == "no_matching_signature"


@pytest.mark.parametrize("provider", SIGNED)
@CASES
@given(data=st.data())
def test_any_changed_signature_character_fails(provider: str, data: st.DataObject) -> None:
    scheme = signing_scheme(provider)
    assert scheme is not None
    delivery = signed(provider)
    value = delivery.headers[scheme.signature_header]
    start = value.index(scheme.version + scheme.key_separator) + len(scheme.version) + 1
    position = data.draw(st.integers(min_value=start, max_value=len(value) - 1))
    alphabet = "0123456789abcdef" if scheme.encoding == "hex" else "ABCxyz019+/"
    replacement = data.draw(st.sampled_from(alphabet).filter(lambda c: c != value[position]))
    forged = value[:position] + replacement + value[position + 1 :]
    headers = {**delivery.headers, scheme.signature_header: forged}
    assert reason_of(provider, headers, delivery.body) == "no_matching_signature"


@pytest.mark.parametrize("provider", SIGNED)
@CASES
@given(event_id=st.text(min_size=1, max_size=40), timestamp=st.integers(0, 10**11 - 1))
def test_what_sign_delivery_signs_verifies(provider: str, event_id: str, timestamp: int) -> None:
    delivery = signed(provider, event_id=event_id, timestamp=timestamp, body=body_for(provider))
    assert reason_of(provider, delivery.headers, delivery.body, now=timestamp) is None


@pytest.mark.parametrize(
    "provider", [p for p in SIGNED if (scheme := signing_scheme(p)) and scheme.id_header]
)
@CASES
@given(other_id=st.text(min_size=1, max_size=40))
def test_any_other_signed_id_fails(provider: str, other_id: str) -> None:
    scheme = signing_scheme(provider)
    assert scheme is not None and scheme.id_header is not None
    delivery = signed(provider)
    assume(other_id != delivery.headers[scheme.id_header])
    headers = {**delivery.headers, scheme.id_header: other_id}
    assert reason_of(provider, headers, delivery.body) == "no_matching_signature"
