"""``hookhub providers``: the capability table, for people and for scripts."""

from __future__ import annotations

import json

import hookhub
from hookhub.cli._profiles import provider_profile
from tests.cli.conftest import hookhub as run


def test_json_is_every_capability_field_of_every_provider() -> None:
    result = run("providers", "--json")

    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    document = json.loads(result.stdout)
    assert document == [item.model_dump(mode="json") for item in hookhub.list_providers()]
    # Every field the model has, so a field added later is printed without a CLI change.
    assert all(set(item) == set(hookhub.Capabilities.model_fields) for item in document)


def test_table_shows_each_field_and_native_call() -> None:
    result = run("providers")

    assert result.returncode == 0, result.stderr
    for capabilities in hookhub.list_providers():
        assert capabilities.provider in result.stdout
        for verb, call in capabilities.native_calls.items():
            assert f"{verb}: {call}" in result.stdout
    for name in hookhub.Capabilities.model_fields:
        if name != "provider":
            assert name.replace("_", " ") in result.stdout


def test_env_lists_each_providers_variables() -> None:
    result = run("providers", "--env", "--json")

    assert result.returncode == 0, result.stderr
    rows = {row["provider"]: row for row in json.loads(result.stdout)}
    assert set(rows) == {item.provider for item in hookhub.list_providers()}
    for provider, row in rows.items():
        profile = provider_profile(provider)
        assert row["api_key_env"] == profile.api_key_env
        assert row["base_url_env"] == profile.base_url_env
