"""How a provider signs the deliveries it sends: frozen data from the spec's ``x-hookhub.signing``.

``scripts/codegen.py`` writes one :class:`SigningScheme` per documented scheme into
``hookhub/providers/<id>/_profile.py`` (``PROFILE.signing``); ``hookhub.verification`` reads
only this data.
"""

from __future__ import annotations

import importlib
from typing import Any, Literal

from hookhub._core.records import record

__all__ = ["SigningScheme", "ValueSource"]


@record
class ValueSource:
    """Where a delivery carries a value: a request header, or a dotted path into the JSON body."""

    header: str | None = None
    body_path: tuple[str, ...] = ()


@record
class SigningScheme:
    """How a provider signs the deliveries it sends, from the spec's ``x-hookhub.signing``.

    One generic verifier (``hookhub.verification``) interprets this data. The signature header
    holds entries separated by ``entry_separator``, each ``<key><key_separator><value>``:
    ``t=1700000000,v1=<hex>`` (``","``, ``"="``) or ``v1,<base64> v1,<base64>`` (``" "``,
    ``","``). Entries keyed ``version`` are signatures; other keys are ignored.
    """

    algorithm: Literal["hmac-sha256"]
    encoding: Literal["hex", "base64"]
    signature_header: str
    entry_separator: str
    key_separator: str
    version: str
    signed_content: str
    """Template of the signed bytes: ``{timestamp}``, ``{id}`` and ``{body}`` (raw bytes)."""
    tolerance: float
    """Seconds a delivery's timestamp may be away from now, either way."""
    timestamp_key: str | None = None
    """Key of the timestamp entry inside the signature header (``t``) ..."""
    timestamp_header: str | None = None
    """... or the header that carries the unix timestamp."""
    id_header: str | None = None
    """Header whose value fills ``{id}`` in ``signed_content``."""
    secret_prefix: str = ""
    """Stripped from the secret before use (``whsec_``)."""
    secret_encoding: Literal["utf-8", "base64"] = "utf-8"
    """How the rest of the secret becomes the HMAC key."""
    event_id: tuple[ValueSource, ...] = ()
    """Where the per-event id is (first hit wins); empty when the provider documents none."""
    event_type: tuple[ValueSource, ...] = ()
    payload_model_path: str | None = None
    """``"module:Name"`` of the generated model of the delivery body, when the spec describes
    one; imported on first use (:attr:`payload_model`), not with the profile."""

    @property
    def payload_model(self) -> type[Any] | None:
        """The generated model of the delivery body, when the spec describes one."""
        if self.payload_model_path is None:
            return None
        module, _, name = self.payload_model_path.partition(":")
        model: type[Any] = getattr(importlib.import_module(module), name)
        return model

    @property
    def summary(self) -> str:
        """One line: algorithm, signed content, signature header format, tolerance."""
        sig = "<hex>" if self.encoding == "hex" else "<base64>"
        entries = [f"{self.version}{self.key_separator}{sig}"]
        if self.timestamp_key:
            entries.insert(0, f"{self.timestamp_key}{self.key_separator}<unix>")
        content = self.signed_content.replace(
            "{timestamp}", "{" + (self.timestamp_key or self.timestamp_header or "") + "}"
        ).replace("{id}", "{" + (self.id_header or "") + "}")
        return (
            f"{self.algorithm.upper()} ({self.encoding}) of {content!r} in "
            f"{self.signature_header}: {self.entry_separator.join(entries)}; "
            f"tolerance {self.tolerance:g} s"
        )
