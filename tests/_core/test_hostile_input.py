"""A careless caller gets a typed hookhub error before anything is sent, never a raw one.

Covers: text that is not valid Unicode or not sendable in a header, ``default_headers``
mistakes, base URL rules (query, fragment, CR/LF, plain http), ``max_retries``, and how
headers merge (case-insensitively, one ``Authorization``, no idempotency key).
"""

from __future__ import annotations

import httpx
import pytest
import respx

import hookhub
from hookhub.providers.kallima import Kallima
from tests.conftest import API_KEY, FLIP_URL, invoke, make_client

KALLIMA = "https://api.kallima.bio"
SENTDM_ID = "d4f5a6b7-c8d9-4e0f-a1b2-c3d4e5f6a7b8"
LONE = "\ud800"


# --- text that cannot be sent ----------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "args", "kwargs"),
    [
        ("delete", (f"w{LONE}1",), {}),
        ("create", (), {"url": f"https://x.test/{LONE}"}),
        ("create", (), {"url": "https://x.test/h", "events": [f"job.{LONE}"]}),
        ("update", ("w1",), {"events": [LONE + "x"]}),
    ],
    ids=["id", "url", "event", "update-event"],
)
async def test_lone_surrogates_are_refused_before_sending(
    method: str, args: tuple[str, ...], kwargs: dict[str, object], flavour: str
) -> None:
    client = make_client("kallima", flavour)
    with respx.mock(assert_all_called=False) as router:
        route = router.route().mock(return_value=httpx.Response(200, json={}))
        with pytest.raises(hookhub.InvalidInputError, match="Unicode"):
            await invoke(client, method, *args, **kwargs)
    assert not route.called


async def test_lone_surrogate_in_a_query_value_is_refused(flavour: str) -> None:
    client = make_client("sentdm", flavour)
    with respx.mock(assert_all_called=False) as router:
        route = router.route().mock(return_value=httpx.Response(200, json={}))
        with pytest.raises(hookhub.InvalidInputError, match="search"):
            await invoke(client, "list", search=f"a{LONE}")
    assert not route.called


async def test_non_ascii_id_is_percent_encoded(flavour: str) -> None:
    client = make_client("kallima", flavour)
    with respx.mock() as router:
        route = router.route(method="DELETE").mock(return_value=httpx.Response(204))
        await invoke(client, "delete", "wé/1")
    assert route.calls.last.request.url.raw_path == b"/v1/webhooks/w%C3%A9%2F1"


@pytest.mark.parametrize("value", ["é-profile", f"p{LONE}", "tab\x7fdel"])
async def test_non_ascii_option_header_is_refused(value: str, flavour: str) -> None:
    client = make_client("sentdm", flavour, profile_id=value)
    with respx.mock(assert_all_called=False) as router:
        route = router.route().mock(return_value=httpx.Response(200, json={}))
        with pytest.raises(hookhub.InvalidInputError, match="x-profile-id"):
            await invoke(client, "retrieve", SENTDM_ID)
    assert not route.called


@pytest.mark.parametrize("key", ["sk_é_live_123", f"sk_{LONE}_123", "sk\r\nX-Evil: 1", "k\x00y"])
def test_unsendable_api_key_is_a_configuration_error(key: str, flavour: str) -> None:
    with pytest.raises(hookhub.ConfigurationError, match="api_key") as caught:
        make_client("kallima", flavour, api_key=key)
    assert key not in str(caught.value)


@pytest.mark.parametrize(
    "headers",
    [
        {"X-Trace": None},
        {"X-Trace": 5},
        {"X-Trace": "é"},
        {"X-Trace": f"a{LONE}"},
        {"Bad Name": "v"},
        {"X-Évil": "v"},
        {"": "v"},
        {"Content-Length": "0"},
        {"Host": "evil.test"},
    ],
    ids=[
        "none",
        "int",
        "non-ascii",
        "surrogate",
        "space-in-name",
        "non-ascii-name",
        "empty",
        "cl",
        "host",
    ],
)
def test_unsendable_default_headers_are_a_configuration_error(
    headers: dict[str, object], flavour: str
) -> None:
    with pytest.raises(hookhub.ConfigurationError, match="default_headers"):
        make_client("kallima", flavour, default_headers=headers)


@pytest.mark.parametrize("timeout", [-1, 0, float("nan"), float("inf"), "30", True])
def test_bad_timeouts_are_a_configuration_error(timeout: object, flavour: str) -> None:
    with pytest.raises(hookhub.ConfigurationError, match="timeout"):
        make_client("kallima", flavour, timeout=timeout)


def test_retry_policy_must_be_a_retry_policy(flavour: str) -> None:
    with pytest.raises(hookhub.ConfigurationError, match="retry_policy"):
        make_client("kallima", flavour, retry_policy={"max_retries": 1})


def test_max_retries_must_not_be_negative(flavour: str) -> None:
    with pytest.raises(hookhub.ConfigurationError, match="max_retries"):
        make_client("kallima", flavour, max_retries=-1)
    with pytest.raises(hookhub.ConfigurationError, match="max_retries"):
        hookhub.RetryPolicy(max_retries=-1)
    with pytest.raises(hookhub.ConfigurationError, match="delays"):
        hookhub.RetryPolicy(max_delay=float("nan"))


# --- base URL --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://api.kallima.bio/?x=1",
        "https://api.kallima.bio/v0#frag",
        "https://api.kallima.bio?",
        "https://api.kallima.bio\r\nX-Evil: 1",
        "https://api.kallima.bio/\n",
        "https://api.kal lima.bio",
        "https://user:pw@api.kallima.bio",
        "https://",
        "ftp://api.kallima.bio",
        "https://[::1",
    ],
)
def test_bad_base_urls_are_refused(url: str, flavour: str) -> None:
    with pytest.raises(hookhub.ConfigurationError, match="base_url"):
        make_client("kallima", flavour, base_url=url)


@pytest.mark.parametrize(
    ("given", "normalized"),
    [
        ("https://api.kallima.bio", "https://api.kallima.bio"),
        ("https://api.kallima.bio/", "https://api.kallima.bio"),
        ("HTTPS://API.Kallima.bio:443//", "https://api.kallima.bio"),
        ("https://api.kallima.bio:8443/k/", "https://api.kallima.bio:8443/k"),
        ("http://127.0.0.1:8080/", "http://127.0.0.1:8080"),
        ("http://[::1]:8080", "http://[::1]:8080"),
    ],
)
async def test_base_url_is_normalised_once(given: str, normalized: str, flavour: str) -> None:
    client = make_client("kallima", flavour, base_url=given)
    assert client.base_url == normalized
    with respx.mock() as router:
        route = router.get(f"{normalized}/v1/webhooks").mock(
            return_value=httpx.Response(200, json=[])
        )
        await invoke(client, "list")
    assert route.called


# --- plain http ------------------------------------------------------------------------


@pytest.mark.usefixtures("no_env")
def test_plain_http_to_a_remote_host_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HOOKHUB_ALLOW_INSECURE_HTTP", raising=False)
    with pytest.raises(hookhub.ConfigurationError, match="allow_insecure_http"):
        Kallima(api_key=API_KEY, base_url="http://api.kallima.bio")


@pytest.mark.parametrize(
    "url", ["http://localhost:1", "http://127.0.0.1", "http://127.9.9.9:80", "http://[::1]:5"]
)
def test_plain_http_to_loopback_is_allowed(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HOOKHUB_ALLOW_INSECURE_HTTP", raising=False)
    assert Kallima(api_key=API_KEY, base_url=url).base_url.startswith("http://")


async def test_plain_http_opt_in(monkeypatch: pytest.MonkeyPatch, flavour: str) -> None:
    monkeypatch.delenv("HOOKHUB_ALLOW_INSECURE_HTTP", raising=False)
    client = make_client(
        "kallima", flavour, base_url="http://intranet.test", allow_insecure_http=True
    )
    with respx.mock() as router:
        route = router.get("http://intranet.test/v1/webhooks").mock(
            return_value=httpx.Response(200, json=[])
        )
        await invoke(client, "list")
    assert route.calls.last.request.headers["Authorization"] == f"Bearer {API_KEY}"
    monkeypatch.setenv("HOOKHUB_ALLOW_INSECURE_HTTP", "1")
    assert Kallima(api_key=API_KEY, base_url="http://intranet.test").base_url


# --- header merging --------------------------------------------------------------------


async def test_own_authorization_replaces_the_generated_one(flavour: str) -> None:
    client = make_client("flip", flavour, default_headers={"authorization": "Bearer mine"})
    with respx.mock() as router:
        route = router.get(f"{FLIP_URL}/webhooks").mock(return_value=httpx.Response(200, json=[]))
        await invoke(client, "list")
    sent = route.calls.last.request.headers
    assert sent.get_list("authorization") == ["Bearer mine"]


async def test_own_api_key_header_replaces_the_generated_one(flavour: str) -> None:
    client = make_client("sentdm", flavour, default_headers={"X-API-KEY": "other-key"})
    with respx.mock() as router:
        route = router.get(f"https://api.sent.dm/v3/webhooks/{SENTDM_ID}").mock(
            return_value=httpx.Response(200, json={"data": {"id": SENTDM_ID}})
        )
        await invoke(client, "retrieve", SENTDM_ID)
    assert route.calls.last.request.headers.get_list("x-api-key") == ["other-key"]


async def test_headers_merge_case_insensitively(flavour: str) -> None:
    client = make_client(
        "sentdm",
        flavour,
        profile_id="p-1",
        default_headers={"accept": "application/problem+json", "X-Profile-Id": "ignored"},
    )
    with respx.mock() as router:
        route = router.get(f"https://api.sent.dm/v3/webhooks/{SENTDM_ID}").mock(
            return_value=httpx.Response(200, json={"data": {"id": SENTDM_ID}})
        )
        await invoke(client, "retrieve", SENTDM_ID)
    sent = route.calls.last.request.headers
    assert sent.get_list("accept") == ["application/problem+json"]
    assert sent.get_list("x-profile-id") == ["p-1"], "the client option wins"
    names = [name.lower() for name, _ in sent.multi_items()]
    assert len(names) == len(set(names)), "never a header twice"


@pytest.mark.parametrize("name", ["idempotency-key", "Idempotency-Key", "IDEMPOTENCY-KEY"])
def test_idempotency_key_in_default_headers_is_refused(name: str, flavour: str) -> None:
    for provider in ("sentdm", "kallima"):
        with pytest.raises(hookhub.ConfigurationError, match="idempotency_key="):
            make_client(provider, flavour, default_headers={name: "fixed"})


def test_same_header_twice_in_default_headers_is_refused(flavour: str) -> None:
    with pytest.raises(hookhub.ConfigurationError, match="twice"):
        make_client("kallima", flavour, default_headers={"X-A": "1", "x-a": "2"})
