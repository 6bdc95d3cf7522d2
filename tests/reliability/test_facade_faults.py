"""Fault sequences against every converging verb (hypothesis).

5 providers (shipping_channels with both strategies) x enable / disable / set_enabled x sync /
async, under 5xx, timeouts and resets before and after the server applied the request, 429
in every Retry-After form (and one over the limit), 409, a stale read, an outside actor and late
apply. Invariant: the call ends in the state asked for, told truthfully, or raises a typed
``hookhub`` error (a ``ConvergenceError`` carries the last state seen); our requests never
flip the webhook more often than needed; no other field is written with anything new.

Every fault is the sandbox's own (``hookhub.sandbox``), sequenced by ``_backends.Faulty``.
Each sequence is also replayed with ``verify=False`` to measure what the verifying mode
buys and costs (counted, not asserted: that mode documents these risks).
"""

from __future__ import annotations

import asyncio
import inspect
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import hookhub
from tests.reliability._backends import EVENTS, FAULTS, Faulty, facade, new_backend
from tests.reliability.conftest import Tally

ROUTES = [
    ("polytomic", "set"),
    ("sentdm", "set"),
    ("flip", "set"),
    ("shipping_channels", "set"),
    ("shipping_channels", "toggle"),
    ("kallima", "set"),
]

faults = st.lists(st.one_of(st.none(), st.none(), st.none(), st.sampled_from(FAULTS)), max_size=10)
sequences = st.fixed_dictionaries(
    {
        "flavour": st.sampled_from(["sync", "async"]),
        "verb": st.sampled_from(["enable", "disable", "set_enabled"]),
        "wanted": st.booleans(),
        "initial": st.booleans(),
        "faults": faults,
        "stale": st.sampled_from([0, 0, 1]),
        "actor_at": st.one_of(st.none(), st.none(), st.integers(0, 8)),
    }
)


def wanted_state(sequence: dict[str, Any]) -> bool:
    verb = sequence["verb"]
    return verb == "enable" if verb != "set_enabled" else bool(sequence["wanted"])


def run(provider: str, strategy: str, sequence: dict[str, Any], *, verify: bool) -> dict[str, Any]:
    """Play one sequence; return what happened (the outcome and the server's record)."""
    sandbox = new_backend(provider)
    webhook_id = sandbox.seed(enabled=sequence["initial"], events=EVENTS[provider])
    server = Faulty(sandbox, webhook_id, list(sequence["faults"]), sequence["actor_at"])
    server.stale_reads(sequence["stale"])
    fields = server.fields()
    wanted = wanted_state(sequence)
    args: tuple[Any, ...] = (
        (webhook_id, wanted) if sequence["verb"] == "set_enabled" else (webhook_id,)
    )

    async def act() -> Any:
        hooks = facade(
            provider, sequence["flavour"], server, state_strategy=strategy, verify=verify
        )
        try:
            result = getattr(hooks, sequence["verb"])(*args)
            return await result if inspect.isawaitable(result) else result
        finally:
            closed = hooks.close()
            if inspect.isawaitable(closed):
                await closed

    outcome: Any
    try:
        outcome = asyncio.run(act())
    except hookhub.HookhubError as error:
        outcome = error
    server.flush()
    return {
        "outcome": outcome,
        "wanted": wanted,
        "final": server.state(),
        "needed": int(sequence["initial"] != wanted),
        "server": server,
        "fields_kept": server.fields() == fields,
        "webhook_id": webhook_id,
    }


def check(seen: dict[str, Any], tally: Tally) -> None:
    """The invariant; counts every outcome for the figures."""
    outcome, server = seen["outcome"], seen["server"]
    if isinstance(outcome, hookhub.Webhook):
        tally.add("outcome: converged")
        assert outcome.id == seen["webhook_id"] and outcome.enabled == seen["wanted"]
        if not server.actor_seen():
            # The actor flipped it after our last fresh look: nobody could have known.
            tally.add("outside changes after the last fresh read")
        else:
            wrong = seen["final"] != seen["wanted"]
            tally.add("wrong final states", int(wrong))
            assert not wrong, "reported success, but the webhook is not in the wanted state"
    else:
        assert isinstance(outcome, hookhub.HookhubError)
        tally.add(f"outcome: {type(outcome).__name__}")
        if isinstance(outcome, hookhub.ConvergenceError):
            last = outcome.last_seen
            assert last is None or (
                isinstance(last, hookhub.Webhook) and last.id == seen["webhook_id"]
            )
    extra = max(0, server.transitions - seen["needed"] - server.actor_flips)
    tally.add("flips beyond those needed", extra)
    assert extra == 0, f"{server.transitions} flips where {seen['needed']} were needed"
    tally.add("fields clobbered", int(not seen["fields_kept"]))
    assert seen["fields_kept"], "a field other than the state was written"


@pytest.mark.parametrize(("provider", "strategy"), ROUTES, ids=[f"{p}-{s}" for p, s in ROUTES])
@given(sequence=sequences)
def test_fault_sequences_converge_or_fail_typed(
    provider: str, strategy: str, sequence: dict[str, Any], tally: Tally
) -> None:
    seen = run(provider, strategy, sequence, verify=True)
    tally.add("fault sequences")
    tally.add("faults injected", sum(f is not None for f in sequence["faults"]))
    tally.add("requests (verify=True)", len(seen["server"].requests))
    met = [r for r in seen["server"].sandbox.requests if r.outcome.startswith("fault:")]
    tally.add("sandbox faults met (verify=True)", len(met))
    check(seen, tally)

    # The same sequence without verification: measured for the README's trade-off.
    fast = run(provider, strategy, sequence, verify=False)
    tally.add("requests (verify=False)", len(fast["server"].requests))
    outcome = fast["outcome"]
    assert isinstance(outcome, (hookhub.Webhook, hookhub.HookhubError))
    if isinstance(outcome, hookhub.Webhook) and fast["server"].actor_seen():
        wrong = outcome.enabled != fast["wanted"] or fast["final"] != fast["wanted"]
        tally.add("wrong final states (verify=False)", int(wrong))
