"""list_providers() says which providers' deliveries hookhub can verify, and how they are signed."""

from __future__ import annotations

import hookhub


def test_delivery_signature_names_the_scheme_or_is_none() -> None:
    shown = {caps.provider: caps.delivery_signature for caps in hookhub.list_providers()}
    assert shown == {
        "kallima": (
            "HMAC-SHA256 (hex) of '{t}.{body}' in Kallima-Signature: t=<unix>,v1=<hex>; "
            "tolerance 300 s"
        ),
        "polytomic": None,
        "flip": None,
        "sentdm": (
            "HMAC-SHA256 (base64) of '{x-webhook-id}.{x-webhook-timestamp}.{body}' in "
            "x-webhook-signature: v1,<base64>; tolerance 300 s"
        ),
        "shipping_channels": None,
    }
