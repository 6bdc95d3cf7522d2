"""The package root: cheap to import, every public name reachable and typed."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from typing import Any

import hookhub
from tests.conftest import ROOT

# A heavy module loaded by `import hookhub` would cost every user start-up time, whatever
# they use: provider packages (and their pydantic models), asyncio, CLI and sandbox.
_HEAVY_PREFIXES = ("hookhub.providers.", "hookhub.cli", "hookhub.sandbox", "asyncio")


def _modules_after(code: str) -> list[str]:
    """The modules a fresh interpreter holds after running ``code``."""
    script = f"import json, sys\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT
    )
    loaded: list[str] = json.loads(done.stdout.splitlines()[-1])
    return loaded


def test_import_hookhub_loads_no_provider_model_or_event_loop() -> None:
    loaded = _modules_after("import hookhub")
    assert [name for name in loaded if name.startswith(_HEAVY_PREFIXES)] == []
    assert "hookhub.facade" not in loaded


def test_sync_facade_client_loads_only_its_provider_and_no_event_loop() -> None:
    loaded = _modules_after("import hookhub\nhookhub.WebhookClient('sentdm', api_key='k')")
    heavy = {name for name in loaded if name.startswith(_HEAVY_PREFIXES)}
    assert "hookhub.providers.sentdm.client" in heavy
    assert {name for name in heavy if not name.startswith("hookhub.providers.sentdm")} == set()
    # Models (the provider's and the facade's, so pydantic's model machinery) load with the
    # first result, not with the client.
    assert "hookhub.providers.sentdm.models" not in loaded
    assert "hookhub.facade.models" not in loaded
    assert "pydantic.main" not in loaded
    # Neither is pydantic_core (it comes with the first result), nor tenacity (it runs
    # retries only: it loads with the first retry).
    assert [name for name in loaded if name.startswith(("pydantic", "tenacity"))] == []


def test_first_call_loads_the_models_it_needs() -> None:
    code = (
        "import httpx, hookhub\n"
        "def handler(request):\n"
        "    body = {'data': {'id': 'w1', 'is_active': False}, 'success': True}\n"
        "    return httpx.Response(200, json=body)\n"
        "client = hookhub.WebhookClient('sentdm', api_key='k',"
        " http_client=httpx.Client(transport=httpx.MockTransport(handler)))\n"
        "webhook = client.disable('w1')\n"
        "assert webhook.enabled is False, webhook\n"
    )
    loaded = _modules_after(code)
    assert "hookhub.providers.sentdm.models" in loaded
    assert "hookhub.facade.models" in loaded
    assert "tenacity" not in loaded  # no retry was needed


def test_first_retry_loads_tenacity_and_retries() -> None:
    code = (
        "import httpx, hookhub, itertools\n"
        "answers = itertools.chain([503], itertools.repeat(200))\n"
        "def handler(request):\n"
        "    body = {'data': {'id': 'w1', 'is_active': False}, 'success': True}\n"
        "    return httpx.Response(next(answers), json=body)\n"
        "policy = hookhub.RetryPolicy(initial_delay=0, max_delay=0)\n"
        "client = hookhub.WebhookClient('sentdm', api_key='k', retry_policy=policy,"
        " http_client=httpx.Client(transport=httpx.MockTransport(handler)))\n"
        "assert client.native.webhooks.retrieve('w1').id == 'w1'\n"
    )
    assert "tenacity" in _modules_after(code)


def test_every_public_name_resolves_and_is_listed() -> None:
    for name in hookhub.__all__:
        assert getattr(hookhub, name) is not None
    assert set(hookhub.__all__) <= set(dir(hookhub))
    from hookhub import WebhookClient, omit
    from hookhub.facade import WebhookClient as FacadeClient

    assert WebhookClient is FacadeClient
    assert repr(omit) == repr(hookhub.omit)


def test_unknown_attribute_is_an_attribute_error() -> None:
    try:
        hookhub.NoSuchThing  # type: ignore[attr-defined]  # noqa: B018
    except AttributeError as error:
        assert "NoSuchThing" in str(error)
    else:
        raise AssertionError("hookhub.NoSuchThing did not raise AttributeError")


def test_type_checkers_see_exactly_the_lazy_exports() -> None:
    # The TYPE_CHECKING imports are what mypy sees; the table is what runs. They must agree.
    tree = ast.parse((ROOT / "src" / "hookhub" / "__init__.py").read_text())
    block: Any = next(
        node
        for node in tree.body
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING"
    )
    typed = {
        alias.asname or alias.name: node.module
        for node in block.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    assert typed == hookhub._EXPORTS
