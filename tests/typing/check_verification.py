"""Checked by ``mypy --strict`` (``make typecheck``), not run: delivery verification as a user
sees it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel
from typing_extensions import assert_type

import hookhub
from hookhub.verification import FailureReason, sign_delivery


def receive(headers: dict[str, str], body: bytes) -> None:
    seen: set[str] = set()
    try:
        delivery = hookhub.verify_delivery(
            "kallima", headers=headers, body=body, secrets=["whsec_a", "whsec_b"], seen=seen
        )
    except hookhub.SignatureVerificationError as error:
        assert_type(error.reason, FailureReason)
        assert isinstance(error, hookhub.HookhubError)
        return
    assert_type(delivery, hookhub.Delivery)
    assert_type(delivery.event_id, str | None)
    assert_type(delivery.event_type, str | None)
    assert_type(delivery.timestamp, datetime)
    assert_type(delivery.payload, Any)
    assert_type(delivery.typed, BaseModel | None)
    assert_type(delivery.replay_key, str)


def replay_hook_may_be_a_callable(headers: dict[str, str], body: bytes) -> None:
    def first_time(key: str) -> bool:
        return True

    hookhub.verify_delivery(
        "sentdm", headers=headers, body=body, secret="whsec_x", tolerance=60.0, seen=first_time
    )


def sign() -> None:
    headers = sign_delivery("sentdm", secret="whsec_x", body=b"{}", timestamp=1, event_id="e")
    assert_type(headers, dict[str, str])
