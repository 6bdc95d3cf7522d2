"""Fuzzed inputs: ids, urls, event names, query values, idempotency keys, header values, base
URLs, API keys and client options sent as headers, over every provider's native operations,
sync and async.

Invariant, for every input: either a typed hookhub error before anything is sent, or every
request sent is on the operation's path template (the fuzzed value round-trips exactly in
its own segment, query value or header), with no header injected; never an untyped
exception. ``make stress`` runs 2,500 inputs per target (8 targets: 20,000).
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from hookhub import ConfigurationError, HookhubError, InvalidInputError
from hookhub._core.provider_profile import ProviderProfile
from tests.reliability.conftest import Tally
from tests.reliability.core_support import (
    CASES,
    Outcome,
    Recorder,
    build_client,
    close,
    path_values,
    run_call,
    success_response,
)

NASTY = [
    "",
    " ",
    ".",
    "..",
    "%2e%2e",
    "../admin",
    "a/b",
    "a?b=c",
    "a#b",
    "a\r\nX-Injected: 1",
    "a\nb",
    "a\x00b",
    "é",
    "\ud800",
    "a\udfffb",
    "\u2028",
    "日本",
    "a b",
    "%00",
    "x" * 300,
    "\t",
    "\x7f",
]
TEXT = st.one_of(
    st.sampled_from(NASTY),
    st.text(st.characters(exclude_categories=()), max_size=40),
    st.text(alphabet="abc./%?#&= \r\n\x00é", max_size=20),
)
FLAVOURS = st.sampled_from(["sync", "async"])

ID_CASES = [case for case in CASES if case.operation.path_params]
BODY_TEXT_CASES = [
    (case, f)
    for case in CASES
    for f in case.operation.body_fields or []
    if f.type_expr in ("str", "list[str]")
]
QUERY_TEXT_CASES = [
    (case, p) for case in CASES for p in case.operation.query_params if p.type_expr == "str"
]
KEYED_CASES = [case for case in CASES if case.operation.takes_idempotency_key]
PROVIDERS = sorted({case.provider.id for case in CASES})


def _profile(provider: str) -> ProviderProfile:
    module = __import__(f"hookhub.providers.{provider}._profile", fromlist=["PROFILE"])
    profile: ProviderProfile = module.PROFILE
    return profile


def _base_path(client: Any) -> str:
    return httpx.URL(client.base_url).raw_path.decode("ascii").rstrip("/")


def _check(
    tally: Tally,
    case: Any,
    client: Any,
    recorder: Recorder,
    outcome: Outcome,
    *,
    extra_headers: frozenset[str] = frozenset(),
) -> None:
    """The invariant every fuzzed call must keep; counts what it saw."""
    tally.add("fuzzed inputs")
    tally.add("untyped exceptions", 0 if outcome.typed else 1)
    assert outcome.typed, f"untyped {type(outcome.error).__name__}: {outcome.error!r}"
    if isinstance(outcome.error, (InvalidInputError, ConfigurationError)):
        tally.add("fuzz: refused before sending")
        assert recorder.sent == [], "a refused input must send nothing"
        tally.add("requests off-template", 0)
        return
    tally.add("fuzz: requests sent", len(recorder.sent))
    profile = _profile(case.provider.id)
    allowed = {
        "accept",
        "accept-encoding",
        "connection",
        "content-length",
        "content-type",
        "host",
        "user-agent",
        profile.auth.header.lower(),
        *(option.header.lower() for option in profile.options if option.header),
        *extra_headers,
    }
    if profile.idempotency is not None:
        allowed.add(profile.idempotency.header.lower())
    off = 0
    injected = 0
    for request in recorder.sent:
        if request.method != case.operation.method:
            off += 1
        if path_values(case, _base_path(client), request) is None:
            off += 1
        unknown_query = set(request.url.params) - {p.wire_name for p in case.operation.query_params}
        off += bool(unknown_query)
        names = [name.lower() for name, _ in request.headers.multi_items()]
        if set(names) - allowed or len(names) != len(set(names)):
            injected += 1
    tally.add("requests off-template", off)
    tally.add("headers injected", injected)
    assert off == 0, f"request off template: {[str(r.url) for r in recorder.sent]}"
    assert injected == 0, f"headers: {[list(r.headers.multi_items()) for r in recorder.sent]}"


@given(case=st.sampled_from(ID_CASES), value=TEXT, flavour=FLAVOURS)
def test_fuzzed_path_ids(case: Any, value: str, flavour: str, tally: Tally) -> None:
    recorder = Recorder(lambda request: success_response(case))
    client = build_client(case.provider.id, flavour, recorder)
    args = {**case.path_kwargs(), **case.call_kwargs()}
    fuzzed = case.operation.path_params[0].py_name
    args[fuzzed] = value
    outcome = run_call(client, case.operation.name, **args)
    close(client)
    _check(tally, case, client, recorder, outcome)
    for request in recorder.sent:
        values = path_values(case, _base_path(client), request)
        assert values is not None and values[0] == value, "the id round-trips in its segment"


@given(pair=st.sampled_from(BODY_TEXT_CASES), value=TEXT, flavour=FLAVOURS)
def test_fuzzed_body_text(pair: Any, value: str, flavour: str, tally: Tally) -> None:
    case, target = pair
    recorder = Recorder(lambda request: success_response(case))
    client = build_client(case.provider.id, flavour, recorder)
    args = {**case.path_kwargs(), **case.call_kwargs()}
    args[target.py_name] = [value] if target.type_expr.startswith("list") else value
    outcome = run_call(client, case.operation.name, **args)
    close(client)
    _check(tally, case, client, recorder, outcome)


@given(pair=st.sampled_from(QUERY_TEXT_CASES), value=TEXT, flavour=FLAVOURS)
def test_fuzzed_query_values(pair: Any, value: str, flavour: str, tally: Tally) -> None:
    case, param = pair
    recorder = Recorder(lambda request: success_response(case))
    client = build_client(case.provider.id, flavour, recorder)
    args = {**case.path_kwargs(), **case.call_kwargs(), param.py_name: value}
    outcome = run_call(client, case.operation.name, **args)
    close(client)
    _check(tally, case, client, recorder, outcome)
    for request in recorder.sent:
        assert request.url.params.get_list(param.wire_name) == [value]


@given(case=st.sampled_from(KEYED_CASES), value=TEXT, flavour=FLAVOURS)
def test_fuzzed_idempotency_keys(case: Any, value: str, flavour: str, tally: Tally) -> None:
    recorder = Recorder(lambda request: success_response(case))
    client = build_client(case.provider.id, flavour, recorder)
    args = {**case.path_kwargs(), **case.call_kwargs()}
    outcome = run_call(client, case.operation.name, **args, idempotency_key=value)
    close(client)
    _check(tally, case, client, recorder, outcome)
    header = _profile(case.provider.id).idempotency
    assert header is not None
    for request in recorder.sent:
        assert request.headers.get_list(header.header) == [value]


@given(
    case=st.sampled_from(CASES),
    name=st.one_of(st.sampled_from(["X-Trace", "authorization", "Accept"]), TEXT),
    value=TEXT,
    flavour=FLAVOURS,
)
def test_fuzzed_header_values(case: Any, name: str, value: str, flavour: str, tally: Tally) -> None:
    recorder = Recorder(lambda request: success_response(case))
    try:
        client = build_client(case.provider.id, flavour, recorder, default_headers={name: value})
    except HookhubError as error:
        _check(tally, case, None, recorder, Outcome(error=error))
        return
    except Exception as error:  # counted and failed by _check
        _check(tally, case, None, recorder, Outcome(error=error))
        return
    outcome = run_call(client, case.operation.name, **case.path_kwargs(), **case.call_kwargs())
    close(client)
    _check(tally, case, client, recorder, outcome, extra_headers=frozenset({name.lower()}))
    for request in recorder.sent:
        assert request.headers.get_list(name) == [value], "sent once, unchanged"


OPTION_HEADER_CASES = [
    (case, option)
    for case in CASES
    for option in _profile(case.provider.id).options
    if option.header is not None
]


@given(pair=st.sampled_from(OPTION_HEADER_CASES), value=TEXT, flavour=FLAVOURS)
def test_fuzzed_option_headers(pair: Any, value: str, flavour: str, tally: Tally) -> None:
    case, option = pair
    recorder = Recorder(lambda request: success_response(case))
    client = build_client(case.provider.id, flavour, recorder, **{option.name: value})
    outcome = run_call(client, case.operation.name, **case.path_kwargs(), **case.call_kwargs())
    close(client)
    _check(tally, case, client, recorder, outcome)
    for request in recorder.sent:
        assert request.headers.get_list(option.header) == [value], "sent once, unchanged"


@given(
    provider=st.sampled_from(PROVIDERS),
    url=st.one_of(
        TEXT,
        st.builds(
            lambda scheme, host, tail: f"{scheme}://{host}{tail}",
            st.sampled_from(["https", "http", "HTTPS", "ftp", ""]),
            st.sampled_from(["api.test", "127.0.0.1:9", "[::1]", "LOCALHOST", "a b", "é.test"]),
            TEXT,
        ),
    ),
    flavour=FLAVOURS,
)
def test_fuzzed_base_urls(provider: str, url: str, flavour: str, tally: Tally) -> None:
    case = next(c for c in CASES if c.provider.id == provider and c.operation.method == "GET")
    recorder = Recorder(lambda request: success_response(case))
    try:
        client = build_client(provider, flavour, recorder, base_url=url)
    except Exception as error:
        _check(tally, case, None, recorder, Outcome(error=error))
        return
    outcome = run_call(client, case.operation.name, **case.path_kwargs(), **case.call_kwargs())
    close(client)
    _check(tally, case, client, recorder, outcome)
    for request in recorder.sent:
        assert "?" not in client.base_url and "#" not in client.base_url
        assert str(request.url).startswith(client.base_url + "/")


@given(provider=st.sampled_from(PROVIDERS), key=TEXT, flavour=FLAVOURS)
def test_fuzzed_api_keys(provider: str, key: str, flavour: str, tally: Tally) -> None:
    case = next(c for c in CASES if c.provider.id == provider and c.operation.method == "GET")
    recorder = Recorder(lambda request: success_response(case))
    try:
        client = build_client(provider, flavour, recorder, api_key=key)
    except Exception as error:
        _check(tally, case, None, recorder, Outcome(error=error))
        if isinstance(error, HookhubError) and len(key) >= 4:
            assert key not in str(error), "a refused key is never quoted"
        return
    outcome = run_call(client, case.operation.name, **case.path_kwargs(), **case.call_kwargs())
    close(client)
    _check(tally, case, client, recorder, outcome)
    auth = _profile(provider).auth
    for request in recorder.sent:
        assert request.headers.get_list(auth.header) == [auth.prefix + key]


pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")
