"""Checked by ``mypy --strict`` and pyright (``make typecheck``), not run: the facade as a
user sees it. A ``# type: ignore[code]`` marks a line that must fail to type-check: with
``warn_unused_ignores`` (strict) and pyright's ``reportUnnecessaryTypeIgnoreComment``, the
check fails if the error goes away."""

from __future__ import annotations

from typing import Any

from typing_extensions import assert_type

import hookhub
import hookhub.facade.models
from hookhub.providers.kallima import AsyncKallima
from hookhub.providers.kallima.models import Webhook as KallimaWebhook
from hookhub.providers.polytomic import AsyncPolytomic
from hookhub.providers.polytomic.models import Webhook as PolytomicWebhook
from hookhub.providers.sentdm import SentDM
from hookhub.providers.sentdm.models import WebhookResponse, WebhookSigningSecret
from hookhub.providers.shipping_channels import ShippingChannels


def sync_usage() -> None:
    with hookhub.WebhookClient("sentdm", api_key="k", profile_id="p", sandbox=True) as hooks:
        assert_type(hooks, hookhub.WebhookClient[SentDM, WebhookResponse])
        assert_type(hooks.native, SentDM)
        assert_type(hooks.native.webhooks.rotate_secret("id"), WebhookSigningSecret)
        assert_type(hooks.list(), list[hookhub.Webhook[WebhookResponse]])
        assert_type(hooks.get("id"), hookhub.Webhook[WebhookResponse])
        assert_type(hooks.get("id").raw, WebhookResponse)
        assert_type(
            hooks.create(url="https://x.test", events=["messages"]),
            hookhub.Webhook[WebhookResponse],
        )
        assert_type(hooks.update("id", url="https://y.test"), hookhub.Webhook[WebhookResponse])
        assert_type(hooks.disable("id").enabled, bool)
        assert_type(hooks.set_enabled("id", True), hookhub.Webhook[WebhookResponse])
        assert_type(hooks.disable("id", deadline=5.0), hookhub.Webhook[WebhookResponse])
        assert_type(
            hooks.capabilities.update_semantics, hookhub.facade.models.UpdateSemantics | None
        )
        assert_type(hooks.capabilities, hookhub.Capabilities)
        assert_type(hooks.capabilities.disabled_events, hookhub.facade.models.DisabledEvents)
        hooks.delete("id")
    assert_type(hookhub.list_providers(), list[hookhub.Capabilities])
    shipping = hookhub.WebhookClient("shipping_channels", api_key="k", state_strategy="toggle")
    assert_type(shipping.native, ShippingChannels)


async def async_usage() -> None:
    async with hookhub.AsyncWebhookClient("polytomic", api_key="k", api_version="v") as hooks:
        assert_type(hooks.native, AsyncPolytomic)
        assert_type(await hooks.disable("id"), hookhub.Webhook[PolytomicWebhook])
        assert_type(await hooks.list(), list[hookhub.Webhook[PolytomicWebhook]])
        assert_type((await hooks.get("id")).events, list[str] | None)
    kallima = hookhub.AsyncWebhookClient("kallima", api_key="k")
    assert_type(kallima.native, AsyncKallima)
    assert_type((await kallima.get("id")).raw, KallimaWebhook)


def a_provider_chosen_at_run_time(provider: hookhub.ProviderId) -> None:
    # A union of literals is accepted: each overload applies in turn.
    hooks = hookhub.WebhookClient(provider, api_key="k")
    hooks.disable("id")


def mistakes_a_type_checker_catches(name: str) -> None:
    hookhub.WebhookClient("sentdn", api_key="k")  # type: ignore[call-overload]
    hookhub.WebhookClient("sentdm", api_key="k", profle_id="p")  # type: ignore[call-overload]
    hookhub.WebhookClient("kallima", api_key="k", profile_id="p")  # type: ignore[call-overload]
    hookhub.WebhookClient(name, api_key="k")  # type: ignore[call-overload]
    hooks = hookhub.WebhookClient("sentdm", api_key="k")
    hooks.native.webhooks.rotate_secrte("x")  # type: ignore[attr-defined]
    raw: Any = hooks.get("x").raw.not_a_field  # type: ignore[attr-defined]
    del raw
