"""Generated models keep credentials the spec does not know about out of their reprs."""

from __future__ import annotations

import importlib
from typing import Any

import pytest

from hookhub._core.model_base import CREDENTIAL_NAMES
from hookhub.providers import PROVIDER_IDS

WEBHOOK = {
    "id": "wh_1",
    "url": "https://receiver.example.com/hook",
    "enabled": True,
    "created_at": "2026-01-01T00:00:00Z",
    "updated_at": "2026-01-01T00:00:00Z",
}


def _kallima_webhook(**extra: Any) -> Any:
    from hookhub.providers.kallima.models import Webhook

    return Webhook.model_validate({**WEBHOOK, **extra})


def test_an_unknown_field_named_like_a_credential_is_masked_in_repr_and_str() -> None:
    webhook = _kallima_webhook(token="tok_live_abcdef", client_secret="cs_123456", note="kept")

    for text in (repr(webhook), str(webhook)):
        assert "tok_live_abcdef" not in text
        assert "cs_123456" not in text
        assert "token='***'" in text
        assert "note='kept'" in text
    # The data itself is the caller's: nothing is changed.
    assert webhook.model_extra == {
        "token": "tok_live_abcdef",
        "client_secret": "cs_123456",
        "note": "kept",
    }


def test_credentials_nested_in_json_objects_are_masked_at_any_depth() -> None:
    webhook = _kallima_webhook(
        config={"Password": "pw_987654", "retries": 3, "hops": [{"api_key": "ak_13579"}]}
    )

    text = repr(webhook)

    assert "pw_987654" not in text
    assert "ak_13579" not in text
    assert "'retries': 3" in text
    assert webhook.model_extra is not None
    assert webhook.model_extra["config"]["Password"] == "pw_987654"


def test_a_known_secret_field_stays_out_of_the_repr() -> None:
    webhook = _kallima_webhook(secret="whsec_known_0123")

    assert "whsec_known_0123" not in repr(webhook)
    assert webhook.secret == "whsec_known_0123"


@pytest.mark.parametrize("provider", PROVIDER_IDS)
def test_each_provider_masks_its_spec_secret_fields_and_the_common_names(provider: str) -> None:
    models = importlib.import_module(f"hookhub.providers.{provider}.models")
    profile = importlib.import_module(f"hookhub.providers.{provider}._profile").PROFILE
    names = frozenset(models._Model.__hookhub_secret_names__)

    assert names >= CREDENTIAL_NAMES
    assert {name.lower() for name in profile.secret_fields} <= names
    for name in models.__all__:
        assert issubclass(getattr(models, name), models._Model)
