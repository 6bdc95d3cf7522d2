"""Stateful, spec-true fakes of every provider, for tests and demos.

::

    from hookhub.sandbox import Sandbox

    sandbox = Sandbox("sentdm")
    hooks = hookhub.WebhookClient("sentdm", api_key=sandbox.api_key,
                                  http_client=sandbox.http_client())

One request -> response handler, driven by each spec's ``x-hookhub.sandbox`` block, mounted
in process (httpx transports) and on loopback (:meth:`Sandbox.serve`, uvicorn).
"""

from hookhub.sandbox._faults import Faults, LoseKind, RetryAfterFormat
from hookhub.sandbox._records import (
    DeliveryRecord,
    DeliveryStatus,
    EmitOutcome,
    EmitResult,
    RecordedRequest,
)
from hookhub.sandbox._sandbox import DEFAULT_API_KEY, Sandbox

__all__ = [
    "DEFAULT_API_KEY",
    "DeliveryRecord",
    "DeliveryStatus",
    "EmitOutcome",
    "EmitResult",
    "Faults",
    "LoseKind",
    "RecordedRequest",
    "RetryAfterFormat",
    "Sandbox",
]
