"""Checked by ``mypy --strict`` (``make typecheck``), not run: the facade as a user sees it."""

from __future__ import annotations

from typing_extensions import assert_type

import hookhub
import hookhub.facade.models


def sync_usage() -> None:
    with hookhub.WebhookClient("sentdm", api_key="k", profile_id="p") as hooks:
        assert_type(hooks.list(), list[hookhub.Webhook])
        assert_type(hooks.get("id"), hookhub.Webhook)
        assert_type(hooks.create(url="https://x.test", events=["messages"]), hookhub.Webhook)
        assert_type(hooks.update("id", url="https://y.test"), hookhub.Webhook)
        assert_type(hooks.disable("id").enabled, bool)
        assert_type(hooks.set_enabled("id", True), hookhub.Webhook)
        assert_type(hooks.disable("id", deadline=5.0), hookhub.Webhook)
        assert_type(
            hooks.capabilities.update_semantics, hookhub.facade.models.UpdateSemantics | None
        )
        assert_type(hooks.capabilities, hookhub.Capabilities)
        assert_type(hooks.capabilities.disabled_events, hookhub.facade.models.DisabledEvents)
        hooks.delete("id")
    assert_type(hookhub.list_providers(), list[hookhub.Capabilities])


async def async_usage() -> None:
    async with hookhub.AsyncWebhookClient("polytomic", api_key="k") as hooks:
        assert_type(await hooks.disable("id"), hookhub.Webhook)
        assert_type(await hooks.list(), list[hookhub.Webhook])
        assert_type((await hooks.get("id")).events, list[str] | None)
