"""Random verb sequences through the facade: the sandbox's state always matches a model."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hookhub
from hookhub.providers import PROVIDER_IDS
from hookhub.sandbox import Sandbox

VERBS = ("create", "disable", "enable", "update", "delete", "get", "list")
steps = st.lists(st.tuples(st.sampled_from(VERBS), st.integers(0, 3)), max_size=12)


@pytest.mark.parametrize("provider", PROVIDER_IDS)
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sequence=steps)
def test_state_follows_the_model(provider: str, sequence: list[tuple[str, int]]) -> None:
    sandbox = Sandbox(provider)
    hooks = hookhub.WebhookClient(
        provider,
        api_key=sandbox.api_key,
        base_url=sandbox.base_url,
        http_client=sandbox.http_client(),
        settle_delay=0.0,
    )
    model: dict[str, dict[str, Any]] = {}
    order: list[str] = []
    limit = sandbox.max_webhooks
    for number, (verb, pick) in enumerate(sequence):
        target = order[pick % len(order)] if order else None
        if verb == "create":
            if limit is not None and len(model) >= limit:
                continue
            url = f"https://app.test/{number}"
            hook = hooks.create(url=url, events=sandbox.example_events)
            model[hook.id] = {"url": url, "enabled": True}
            order.append(hook.id)
        elif target is None:
            continue
        elif verb in ("disable", "enable"):
            result = getattr(hooks, verb)(target)
            model[target]["enabled"] = verb == "enable"
            assert result.enabled is model[target]["enabled"]
        elif verb == "update" and "update" in hooks.capabilities.verbs:
            url = f"https://app.test/{number}/v"
            assert hooks.update(target, url=url).url == url
            model[target]["url"] = url
        elif verb == "delete":
            hooks.delete(target)
            del model[target]
            order.remove(target)
        elif verb == "get":
            fetched = hooks.get(target)
            expected = model[target]
            assert (fetched.url, fetched.enabled) == (expected["url"], expected["enabled"])
        elif verb == "list":
            assert sorted(hook.id for hook in hooks.list()) == sorted(model)
        assert set(sandbox.webhooks) == set(model)
        for webhook_id, stored in model.items():
            assert sandbox.is_enabled(webhook_id) is stored["enabled"]
    hooks.close()
