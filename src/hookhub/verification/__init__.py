"""Verify and parse incoming webhook deliveries (pure, sync, no network).

Each provider's signature scheme is data in its spec (``x-hookhub.signing``, generated into
``providers/<id>/_profile.py``); one generic verifier reads it::

    delivery = hookhub.verify_delivery(
        "kallima", headers=request.headers, body=raw_body, secret=os.environ["WHSEC"]
    )
"""

from hookhub.verification._delivery import Delivery, ReplayGuard
from hookhub.verification._errors import FailureReason, SignatureVerificationError
from hookhub.verification._verify import sign_delivery, signing_scheme, verify_delivery

__all__ = [
    "Delivery",
    "FailureReason",
    "ReplayGuard",
    "SignatureVerificationError",
    "sign_delivery",
    "signing_scheme",
    "verify_delivery",
]
