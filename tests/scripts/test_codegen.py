"""The generator refuses specs outside its subset and is deterministic."""

from __future__ import annotations

import copy
import re
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
    # The field declaration (its description= may follow): a plain str kept out of reprs.
    assert re.search(
        r"\bsecret: str \| None = Field\(\s*default=None,\s*repr=False[,)]", files["models.py"]
    )
    assert 'secret_fields=("secret",)' in files["_profile.py"]


def deliveries_op(document: dict[str, Any]) -> dict[str, Any]:
    operation: dict[str, Any] = document["paths"]["/v1/webhook_deliveries"]["get"]
    return operation


PAGES = {"style": "page", "param": "limit", "items": "nope", "has_more": "more"}


@pytest.mark.parametrize(
    ("pagination", "message"),
    [
        ({**PAGES, "style": "offset"}, "style must be one of"),
        ({**PAGES, "param": "page"}, "param 'page' is not a query parameter"),
        ({**PAGES, "size_param": "per_page"}, "size_param 'per_page'"),
        ({"style": "page", "param": "limit", "items": "x"}, "has_more or last_page"),
        ({"style": "token", "param": "limit", "items": "x"}, "next_token"),
        (PAGES, "items: no property 'nope'"),
    ],
)
def test_bad_pagination_is_refused(
    pagination: dict[str, Any], message: str, tmp_path: Path
) -> None:
    def change(document: dict[str, Any]) -> None:
        deliveries_op(document)["x-hookhub-pagination"] = pagination

    with pytest.raises(SpecError, match=message):
        load(tmp_path, mutated(change))


@pytest.mark.parametrize(
    ("schemes", "message"),
    [
        ({"user": {"prefix": "Bearer "}}, "default: true"),
        ({"user": {"default": True, "prefix": "Token "}}, "must match the default scheme"),
        ({"user": {"default": True, "prefix": "Bearer ", "encoding": "rot13"}}, "bad encoding"),
        ({"User-Key": {"default": True, "prefix": "Bearer "}}, "snake_case"),
    ],
)
def test_bad_auth_schemes_are_refused(
    schemes: dict[str, Any], message: str, tmp_path: Path
) -> None:
    def change(document: dict[str, Any]) -> None:
        document["x-hookhub"]["auth"]["schemes"] = schemes

    with pytest.raises(SpecError, match=message):
        load(tmp_path, mutated(change))


def test_a_field_named_like_a_per_call_option_is_renamed(tmp_path: Path) -> None:
    def change(document: dict[str, Any]) -> None:
        document["components"]["schemas"]["WebhookUpdateParams"]["properties"]["timeout"] = {
            "type": "integer"
        }

    path = tmp_path / "kallima.yaml"
    path.write_text(yaml.safe_dump(mutated(change)))
    update = next(op for op in load_provider(path).operations if op.name == "update")
    field = next(field for field in update.body_fields or [] if field.wire_name == "timeout")
    assert field.py_name == "timeout_"


def test_source_tags_are_rendered_as_words() -> None:
    from hookhub_codegen.render import render_source_tags

    assert render_source_tags("a [INF] b [SDK] c [2ND]") == (
        "a (inferred) b (from the official SDK) c (secondary source)"
    )
    generated = "\n".join(
        path.read_text() for path in (ROOT / "src" / "hookhub" / "providers").rglob("*.py")
    )
    for tag in ("[INF]", "[SDK]", "[2ND]", "[DOC]", "[UNK]"):
        assert tag not in generated
