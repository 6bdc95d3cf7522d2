"""The generator refuses specs outside its subset and is deterministic."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from hookhub_codegen.cli import generate
from hookhub_codegen.spec_model import SpecError, load_provider
from tests.conftest import ROOT

KALLIMA = yaml.safe_load((ROOT / "openapi" / "kallima.yaml").read_text())


def load(tmp_path: Path, document: dict[str, Any]) -> None:
    path = tmp_path / "kallima.yaml"
    path.write_text(yaml.safe_dump(document))
    load_provider(path)


def mutated(change: Any) -> dict[str, Any]:
    document = copy.deepcopy(KALLIMA)
    change(document)
    return document


def get_op(document: dict[str, Any]) -> dict[str, Any]:
    operation: dict[str, Any] = document["paths"]["/v1/webhooks/{webhook_id}"]["get"]
    return operation


def signing(document: dict[str, Any]) -> dict[str, Any]:
    block: dict[str, Any] = document["x-hookhub"]["signing"]
    return block


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: get_op(d).pop("x-hookhub-retry"), "x-hookhub-retry"),
        (lambda d: get_op(d).update({"x-hookhub-retry": "maybe"}), "x-hookhub-retry"),
        (lambda d: get_op(d).update({"operationId": "GetWebhook"}), "snake_case"),
        (lambda d: get_op(d).update({"tags": []}), "exactly one tag"),
        (lambda d: get_op(d)["parameters"][0].pop("example"), "needs an example"),
        (
            lambda d: d["components"]["schemas"]["Webhook"].update({"additionalProperties": False}),
            "additionalProperties",
        ),
        (
            lambda d: d["components"]["schemas"]["Webhook"]["properties"].update(
                {"x": {"allOf": [{"type": "string"}]}}
            ),
            "allOf",
        ),
        (lambda d: get_op(d).update({"x-hookhub-unwrap": "nope"}), "no property 'nope'"),
        (
            lambda d: d["x-hookhub"]["facade"]["verbs"]["get"].update({"operation": "fetch"}),
            "unknown operation",
        ),
        (
            lambda d: get_op(d)["parameters"].append(
                {"name": "X-Secret", "in": "header", "schema": {"type": "string"}}
            ),
            "header X-Secret",
        ),
        (lambda d: d["x-hookhub"].pop("signing"), "x-hookhub.signing: required"),
        (lambda d: signing(d).update({"algorithm": "md5"}), "algorithm must be one of"),
        (lambda d: signing(d).update({"encoding": "base32"}), "encoding must be one of"),
        (lambda d: signing(d).update({"signed_content": "{timestamp}"}), "signed_content"),
        (lambda d: signing(d).update({"signed_content": "{body}"}), "include {timestamp}"),
        (lambda d: signing(d).update({"timestamp_header": "X-Ts"}), "exactly one of"),
        (lambda d: signing(d).update({"id_header": "X-Id"}), "goes with id_header"),
        (lambda d: signing(d).update({"tolerance": 0}), "positive number"),
        (lambda d: signing(d).update({"payload_schema": "Nope"}), "payload_schema 'Nope'"),
        (lambda d: signing(d).update({"header": "X-Sig"}), "unknown keys"),
        (lambda d: signing(d).update({"event_id": [{"query": "id"}]}), "each source"),
        (lambda d: signing(d).pop("description"), "needs a description"),
        (
            lambda d: d["components"]["schemas"]["Webhook"]["properties"]["secret"].update(
                {"x-hookhub-secret": "yes"}
            ),
            "x-hookhub-secret must be true or false",
        ),
    ],
)
def test_out_of_subset_specs_are_refused(change: Any, message: str, tmp_path: Path) -> None:
    with pytest.raises(SpecError, match=message):
        load(tmp_path, mutated(change))


def test_generation_is_deterministic() -> None:
    assert generate() == generate()


def test_secret_fields_are_hidden_from_reprs_and_listed_in_the_profile(tmp_path: Path) -> None:
    from hookhub_codegen.render import render_package

    path = tmp_path / "kallima.yaml"
    path.write_text(yaml.safe_dump(KALLIMA))
    files = render_package(load_provider(path))
    assert "secret: str | None = Field(default=None, repr=False)" in files["models.py"]
    assert 'secret_fields=("secret",)' in files["_profile.py"]
