"""The contract: one set of behaviour tests every provider's sandbox, and the provider
itself, must pass.

Run it against every sandbox (no credentials, no network)::

    pytest --pyargs hookhub.testing.contract

and against your own accounts: set the provider's key (``SENT_DM_API_KEY``, ...; flip
also ``FLIP_BASE_URL``) and ``HOOKHUB_CONTRACT_LIVE=1``, then select the live
targets with ``-k live``. Live runs create webhooks pointing at ``https://example.com`` and
delete them again; the "list across pages" check creates more than 100 and runs live only
with ``HOOKHUB_CONTRACT_HEAVY=1``. A live target whose credentials are missing is skipped
with the reason. To reuse the tests in your own suite, import them into a test module::

    from hookhub.testing.contract import *  # noqa: F403
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

import hookhub
from hookhub.providers import PROVIDER_IDS, ProviderId
from hookhub.sandbox import Sandbox

__all__ = [
    "ContractTarget",
    "contract_target",
    "test_create_get_list_update_delete",
    "test_disable_twice_enable_and_pause",
    "test_error_envelopes",
    "test_list_across_pages",
    "test_one_webhook_limit",
]

LIVE_FLAG = "HOOKHUB_CONTRACT_LIVE"
HEAVY_FLAG = "HOOKHUB_CONTRACT_HEAVY"
UNKNOWN_ID = "00000000-0000-4000-8000-0000000004d4"
"""Well-formed for every provider, and never issued."""


@dataclass
class ContractTarget:
    """A facade client under test, and the sandbox behind it (``None`` when live)."""

    provider: ProviderId
    hooks: hookhub.WebhookClient
    sandbox: Sandbox | None
    created: list[str] = field(default_factory=list[str])

    @property
    def events(self) -> list[str] | None:
        """Event types the spec documents for the provider (``None``: every event)."""
        return Sandbox(self.provider).example_events

    def url(self) -> str:
        """A fresh receiver URL under ``https://example.com`` (never delivered to)."""
        return f"https://example.com/hookhub-contract/{uuid.uuid4().hex[:12]}"

    def create(self) -> hookhub.Webhook:
        """Create a webhook that the fixture deletes afterwards."""
        hook = self.hooks.create(url=self.url(), events=self.events)
        self.created.append(hook.id)
        return hook

    def other_client(self, **kwargs: Any) -> hookhub.WebhookClient:
        """A second facade client on the same provider and sandbox, with ``kwargs``."""
        if self.sandbox is None:
            return hookhub.WebhookClient(self.provider, settle_delay=0.0, **kwargs)
        kwargs.setdefault("api_key", self.sandbox.api_key)
        return hookhub.WebhookClient(
            self.provider,
            base_url=self.sandbox.base_url,
            http_client=self.sandbox.http_client(),
            settle_delay=0.0,
            **kwargs,
        )


def _targets() -> list[Any]:
    params: list[Any] = []
    for provider in PROVIDER_IDS:
        params.append(pytest.param((provider, "sandbox"), id=f"{provider}-sandbox"))
        params.append(pytest.param((provider, "live"), id=f"{provider}-live"))
    return params


@pytest.fixture(params=_targets())
def contract_target(request: pytest.FixtureRequest) -> Iterator[ContractTarget]:
    """Each provider's sandbox, and the provider itself when its credentials are set."""
    provider, kind = request.param
    if kind == "sandbox":
        sandbox = Sandbox(provider)
        target = ContractTarget(provider, target_client(provider, sandbox), sandbox)
    else:
        target = ContractTarget(provider, _live_client(provider), None)
    with target.hooks:
        try:
            yield target
        finally:
            for webhook_id in target.created:  # leave a real account as it was
                with contextlib.suppress(hookhub.NotFoundError):
                    target.hooks.delete(webhook_id)


def target_client(provider: ProviderId, sandbox: Sandbox) -> hookhub.WebhookClient:
    """A facade client for ``provider`` wired to ``sandbox``."""
    return hookhub.WebhookClient(
        provider,
        api_key=sandbox.api_key,
        base_url=sandbox.base_url,
        http_client=sandbox.http_client(),
        retry_policy=hookhub.RetryPolicy(initial_delay=0.001, max_delay=0.01),
        settle_delay=0.0,
    )


def _live_client(provider: ProviderId) -> hookhub.WebhookClient:
    profile = __import__(f"hookhub.providers.{provider}._profile", fromlist=["PROFILE"]).PROFILE
    missing = [profile.api_key_env] if not os.environ.get(profile.api_key_env) else []
    if profile.default_base_url is None and not os.environ.get(profile.base_url_env):
        missing.append(profile.base_url_env)
    if missing or os.environ.get(LIVE_FLAG) != "1":
        needed = " and ".join([*missing, f"{LIVE_FLAG}=1"])
        pytest.skip(f"live {provider} contract: set {needed} to run it against your account")
    return hookhub.WebhookClient(provider)


def test_create_get_list_update_delete(contract_target: ContractTarget) -> None:
    """The CRUD verbs round-trip a webhook."""
    hooks = contract_target.hooks
    created = contract_target.create()
    assert created.enabled is True
    assert created.events == contract_target.events
    fetched = hooks.get(created.id)
    assert (fetched.id, fetched.url) == (created.id, created.url)
    assert created.id in [hook.id for hook in hooks.list()]
    if "update" in hooks.capabilities.verbs:
        new_url = contract_target.url()
        assert hooks.update(created.id, url=new_url).url == new_url
        assert hooks.get(created.id).url == new_url
    hooks.delete(created.id)
    with pytest.raises(hookhub.NotFoundError):
        hooks.get(created.id)
    assert created.id not in [hook.id for hook in hooks.list()]


def test_disable_twice_enable_and_pause(contract_target: ContractTarget) -> None:
    """State verbs converge and are safe to repeat; pause is refused where events are lost."""
    hooks = contract_target.hooks
    created = contract_target.create()
    assert hooks.disable(created.id).enabled is False
    assert hooks.disable(created.id).enabled is False, "disable() is safe to repeat"
    assert hooks.get(created.id).enabled is False
    assert hooks.enable(created.id).enabled is True
    assert hooks.get(created.id).enabled is True
    if "pause" in hooks.capabilities.verbs:
        paused = hooks.pause(created.id)
        assert (paused.enabled, paused.paused) == (False, True)
        resumed = hooks.resume(created.id)
        assert (resumed.enabled, resumed.paused) == (True, False)
    else:
        with pytest.raises(hookhub.UnsupportedOperationError):
            hooks.pause(created.id)


def test_error_envelopes(contract_target: ContractTarget) -> None:
    """Missing webhooks and wrong keys raise the typed errors."""
    with pytest.raises(hookhub.NotFoundError) as missing:
        contract_target.hooks.get(UNKNOWN_ID)
    assert missing.value.status_code == 404
    assert missing.value.provider == contract_target.provider
    wrong = contract_target.other_client(api_key="hookhub-contract-wrong-key")
    with wrong, pytest.raises(hookhub.AuthenticationError) as refused:
        wrong.list()
    assert refused.value.status_code == 401


def test_list_across_pages(contract_target: ContractTarget) -> None:
    """``list()`` returns webhooks from every page."""
    size = 101  # more than the facade's page size of 100
    sandbox = contract_target.sandbox
    if contract_target.hooks.capabilities.max_webhooks is not None:
        pytest.skip(f"{contract_target.provider} keeps at most one webhook")
    if sandbox is not None:
        limit = sandbox.max_webhooks
        count = min(size, limit) if limit is not None else size
        ids = [
            sandbox.seed(url=f"https://example.com/p/{n}", events=sandbox.example_events)
            for n in range(count)
        ]
    elif os.environ.get(HEAVY_FLAG) == "1":
        ids = [contract_target.create().id for _ in range(size)]
    else:
        pytest.skip(f"creates {size} webhooks; set {HEAVY_FLAG}=1 to run it live")
    listed = [hook.id for hook in contract_target.hooks.list()]
    assert sorted(set(ids) & set(listed)) == sorted(ids), "every page was read"
    assert len(listed) == len(set(listed)), "no webhook listed twice"


def test_one_webhook_limit(contract_target: ContractTarget) -> None:
    """A provider limited to one webhook refuses a second with ``WebhookLimitError``."""
    limit = contract_target.hooks.capabilities.max_webhooks
    if limit != 1:
        pytest.skip(f"{contract_target.provider} has no one-webhook limit")
    first = contract_target.create()
    with pytest.raises(hookhub.WebhookLimitError) as caught:
        contract_target.create()
    assert [hook.id for hook in caught.value.existing] == [first.id]
