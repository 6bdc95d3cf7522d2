"""The secret registry and the scrubbers: what is masked, and that nothing deep breaks them."""

from __future__ import annotations

import json
import pickle

import pytest

from hookhub._core.redaction import Secret, SecretRegistry, harvest_secrets, scrub, scrub_value


def test_registry_masks_longest_first_and_ignores_short_values() -> None:
    registry = SecretRegistry(["abcd", Secret("abcdef123"), None, "xyz"])
    registry.add("abcdef123")
    assert len(registry) == 2
    assert scrub("t abcdef123 abcd xyz", registry) == "t *** *** xyz"
    assert "abcd" not in repr(registry)
    with pytest.raises(TypeError):
        pickle.dumps(registry)


def test_harvest_finds_secret_fields_at_any_depth() -> None:
    registry = SecretRegistry()
    body = {
        "data": [{"id": "w1", "secret": "whsec_one"}, {"secret": None}],
        "authentication": {"user": "u-name", "nested": ["pw-123456"]},
        "other": "not-a-secret",
    }
    harvest_secrets(body, ("secret", "authentication"), registry)
    assert sorted(secret.reveal() for secret in registry) == ["pw-123456", "u-name", "whsec_one"]


def test_scrub_value_masks_keys_and_values_and_cuts_deep_nesting() -> None:
    secrets = [Secret("topsecret")]
    deep: object = "topsecret"
    for _ in range(500):
        deep = [deep]
    cleaned = scrub_value({"topsecret": ["a topsecret b"], "deep": deep}, secrets)
    assert cleaned["***"] == ["a *** b"]
    assert "topsecret" not in repr(cleaned)


def test_harvest_from_json_text_finds_escaped_and_nested_secret_fields() -> None:
    # ``source`` lets the walk be skipped when no secret field is named in the text; a key
    # written with \u escapes, or nested anywhere, must still be found.
    escaped = b'{"data": {"\\u0073ecret": "whsec_escaped_value"}}'
    nested = b'{"items": [{"a": {"secret": "whsec_nested_value"}}]}'
    plain = b'{"secretive": 1, "data": {"note": "no field of that name here"}}'
    utf16 = '{"secret": "whsec_utf16_value"}'.encode("utf-16")  # json.loads accepts it
    registry = SecretRegistry()
    for text in (escaped, nested, plain, utf16):
        harvest_secrets(json.loads(text), ("secret",), registry, source=text)
    assert sorted(secret.reveal() for secret in registry) == [
        "whsec_escaped_value",
        "whsec_nested_value",
        "whsec_utf16_value",
    ]


def test_harvest_from_json_text_with_null_secret_fields_still_finds_the_others() -> None:
    # A text whose every secret field is null holds no secret (the walk may be skipped);
    # one more occurrence that is not null, anywhere, must still be found.
    texts = [
        b'{"secret": null, "data": {"secret": "whsec_second_value"}}',
        b'{"secret":null,"items":[{"secret" :\n "whsec_spaced_value"}]}',
        b'{"a": "\\"secret\\": null", "secret": ["whsec_in_a_list"]}',
        b'{"secret": {"inner": "whsec_in_an_object"}, "b": {"secret": null}}',
    ]
    registry = SecretRegistry()
    for text in texts:
        harvest_secrets(json.loads(text), ("secret",), registry, source=text)
    assert sorted(secret.reveal() for secret in registry) == [
        "whsec_in_a_list",
        "whsec_in_an_object",
        "whsec_second_value",
        "whsec_spaced_value",
    ]
    empty = SecretRegistry()
    for text in (b'{"secret": null}', b'{"data": {"secret" : null, "secretive": "x1234"}}'):
        harvest_secrets(json.loads(text), ("secret",), empty, source=text)
    assert len(empty) == 0
    # Names JSON could spell with escapes are always looked for in the decoded document.
    odd = SecretRegistry()
    text = b'{"a\\/b": "whsec_slashed_value"}'
    harvest_secrets(json.loads(text), ("a/b",), odd, source=text)
    assert [secret.reveal() for secret in odd] == ["whsec_slashed_value"]
