"""hookhub's benchmark: CPU cost per call against raw httpx and the official SDKs, and start-up.

Method. Every variant talks to the same in-process ``httpx.MockTransport`` (``canned``), so
only client-side CPU is measured. The clock is ``time.process_time_ns()`` (CPU time of this
process) around ``--calls`` calls: the work is pure CPU, and CPU time does not count the time
this process waits while other processes use the shared cores, which wall-clock time would.
Garbage collection stays on (it is part of what a call costs) and is emptied before each
batch. Variants are interleaved, in a rotated order each round, and the minimum of
``--rounds`` rounds is kept. Machines are noisy: compare the ratios of one run, never
absolute times across runs.

Start-up runs each snippet in a fresh interpreter (``sys.executable -c``) that reports the
CPU time of the snippet itself (interpreter boot, the same for every row, is left out); the
minimum of the rounds is kept, after one warm-up run. hookhub's bytecode is compiled first
(``compileall`` on the package, as pip does at install), even under
``PYTHONDONTWRITEBYTECODE``: an installed hookhub does not compile its modules at import, so
neither does the measured one. (The dependencies' bytecode was written when pip installed
them.)

The async fan-out runs ``--fan-out`` facade disables over the five providers, ``--concurrency``
at a time, against raw ``httpx.AsyncClient`` replaying the same schedule: each disable's
requests and the pauses the provider needs between them (shipping_channels confirms a read
1 s later), recorded from the facade with the clock stopped (see :func:`measure_fan_out`).

``python -m bench --profile KEY`` profiles one per-call variant with cProfile instead.
"""

from __future__ import annotations

import argparse
import asyncio
import compileall
import cProfile
import gc
import importlib
import os
import platform
import pstats
import subprocess
import sys
import time
import uuid
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from functools import partial
from typing import Any, cast
from unittest import mock

import httpx

import hookhub
from bench import canned
from bench.canned import API_KEY, PROVIDERS
from hookhub.providers import ProviderId
from hookhub.providers.kallima import Kallima
from hookhub.providers.polytomic import Polytomic
from hookhub.providers.sentdm import SentDM

FANOUT_PROVIDERS = tuple(PROVIDERS)


@dataclass(frozen=True)
class Target:
    """The issue's goal for a row: ``value / value(against)`` at most (or least) ``limit``."""

    against: str
    limit: float
    at_least: bool = False
    name: str = "raw"

    def holds(self, ratio: float) -> bool:
        return ratio >= self.limit if self.at_least else ratio <= self.limit

    def text(self) -> str:
        return f"{'≥' if self.at_least else '≤'} {self.limit:.2f}× {self.name}"


@dataclass(frozen=True)
class Row:
    key: str
    label: str
    base: str | None = None
    """The row the ``×`` column divides by (raw httpx doing the same requests)."""
    target: Target | None = None


@dataclass(frozen=True)
class Section:
    title: str
    unit: str
    rows: tuple[Row, ...]
    ratio: str = "× raw"


def _generated(p: str) -> Target:
    return Target(f"raw.{p}", 0.95)


def _facade(p: str) -> Target:
    return Target(f"raw.{p}", 1.10)


SECTIONS = (
    Section(
        "per call (sync)",
        "µs",
        (
            Row("raw.sentdm", "raw httpx: sentdm client.patch + raise_for_status + json"),
            Row("floor.sentdm", "httpx floor: prebuilt httpx.Request + client.send", "raw.sentdm"),
            Row(
                "gen.sentdm",
                "generated SentDM.webhooks.toggle_status",
                "raw.sentdm",
                _generated("sentdm"),
            ),
            Row(
                "facade.sentdm",
                'facade WebhookClient("sentdm").disable',
                "raw.sentdm",
                _facade("sentdm"),
            ),
            Row(
                "official.sentdm",
                "official sent_dm Sent.webhooks.toggle_status",
                "raw.sentdm",
                Target("gen.sentdm", 2.5, at_least=True, name="ours"),
            ),
            Row("raw.kallima", "raw httpx: kallima client.patch {enabled: false}"),
            Row(
                "gen.kallima",
                "generated Kallima.webhooks.update(enabled=False)",
                "raw.kallima",
                _generated("kallima"),
            ),
            Row(
                "facade.kallima",
                'facade WebhookClient("kallima").disable',
                "raw.kallima",
                _facade("kallima"),
            ),
            Row("raw.polytomic", "raw httpx: polytomic client.post .../disable"),
            Row(
                "gen.polytomic",
                "generated Polytomic.webhooks.disable",
                "raw.polytomic",
                _generated("polytomic"),
            ),
            Row(
                "facade.polytomic",
                'facade WebhookClient("polytomic").disable',
                "raw.polytomic",
                _facade("polytomic"),
            ),
            Row(
                "official.polytomic",
                "official polytomic Polytomic.webhooks.disable",
                "raw.polytomic",
                Target("gen.polytomic", 1.5, at_least=True, name="ours"),
            ),
        ),
    ),
    Section(
        "async fan-out: disables over the 5 providers (per disable)",
        "µs",
        (
            Row("fanout.raw", "raw httpx.AsyncClient, the same requests and pauses"),
            Row(
                "fanout.facade",
                "facade AsyncWebhookClient.disable",
                "fanout.raw",
                Target("fanout.raw", 1.10),
            ),
        ),
    ),
    Section(
        "start-up (fresh interpreter)",
        "ms",
        (
            Row("startup.deps", "import httpx, pydantic, tenacity"),
            Row(
                "startup.ours",
                'import hookhub + WebhookClient("sentdm")',
                "startup.deps",
                Target("startup.deps", 1.10, name="deps"),
            ),
            Row("startup.deps_call", "import deps + one raw httpx call"),
            Row(
                "startup.ours_call",
                "import hookhub + WebhookClient + first disable",
                "startup.deps_call",
                Target("startup.deps_call", 2.00, name="deps+call"),
            ),
        ),
        ratio="× floor",
    ),
)


# --- per-call variants ----------------------------------------------------------------------
def _mock_client() -> httpx.Client:
    return httpx.Client(transport=canned.transport())


def _fresh_key() -> str:
    return str(uuid.uuid4())


def sync_variants() -> dict[str, Callable[[], object]]:
    """Every per-call variant, ready to call; official SDKs only when installed."""
    s, k, p = PROVIDERS["sentdm"], PROVIDERS["kallima"], PROVIDERS["polytomic"]
    s_url = f"{s.base_url}/v3/webhooks/{s.webhook_id}/toggle-status"
    k_url = f"{k.base_url}/v1/webhooks/{k.webhook_id}"
    p_url = f"{p.base_url}/api/webhooks/{p.webhook_id}/disable"
    http = _mock_client()

    # Raw httpx sends what our clients send: the same body, auth and idempotency key.
    def raw_sentdm() -> object:
        headers = {"x-api-key": API_KEY, "Idempotency-Key": _fresh_key()}
        response = http.patch(s_url, json={"is_active": False}, headers=headers)
        response.raise_for_status()
        return response.json()

    def raw_kallima() -> object:
        headers = {"Authorization": f"Bearer {API_KEY}"}
        response = http.patch(k_url, json={"enabled": False}, headers=headers)
        response.raise_for_status()
        return response.json()

    def raw_polytomic() -> object:
        headers = {
            "Authorization": f"Bearer {API_KEY}",
            "X-Polytomic-Version": "2025-09-18",
            "Idempotency-Key": _fresh_key(),
        }
        response = http.post(p_url, headers=headers)
        response.raise_for_status()
        return response.json()

    prebuilt = httpx.Request(
        "PATCH",
        s_url,
        json={"is_active": False},
        headers={"x-api-key": API_KEY, "Idempotency-Key": _fresh_key()},
    )

    gen_s = SentDM(api_key=API_KEY, base_url=s.base_url, http_client=_mock_client())
    gen_k = Kallima(api_key=API_KEY, base_url=k.base_url, http_client=_mock_client())
    gen_p = Polytomic(api_key=API_KEY, base_url=p.base_url, http_client=_mock_client())
    facades = {
        name: hookhub.WebhookClient(
            name, api_key=API_KEY, base_url=PROVIDERS[name].base_url, http_client=_mock_client()
        )
        for name in ("sentdm", "kallima", "polytomic")
    }
    variants: dict[str, Callable[[], object]] = {
        "raw.sentdm": raw_sentdm,
        "floor.sentdm": partial(http.send, prebuilt),
        "gen.sentdm": partial(gen_s.webhooks.toggle_status, s.webhook_id, is_active=False),
        "facade.sentdm": partial(facades["sentdm"].disable, s.webhook_id),
        "raw.kallima": raw_kallima,
        "gen.kallima": partial(gen_k.webhooks.update, k.webhook_id, enabled=False),
        "facade.kallima": partial(facades["kallima"].disable, k.webhook_id),
        "raw.polytomic": raw_polytomic,
        "gen.polytomic": partial(gen_p.webhooks.disable, p.webhook_id),
        "facade.polytomic": partial(facades["polytomic"].disable, p.webhook_id),
    }
    official_sentdm = _optional("sent_dm")
    if official_sentdm is not None:
        sent = official_sentdm.Sent(
            api_key=API_KEY, base_url=s.base_url, http_client=_mock_client()
        )
        variants["official.sentdm"] = partial(
            sent.webhooks.toggle_status, s.webhook_id, is_active=False
        )
    official_polytomic = _optional("polytomic")
    if official_polytomic is not None:
        poly = official_polytomic.Polytomic(
            token=API_KEY, base_url=p.base_url, httpx_client=_mock_client()
        )
        variants["official.polytomic"] = partial(poly.webhooks.disable, id=p.webhook_id)
    return variants


def _optional(module: str) -> Any:
    """An official SDK (the ``bench`` extra), or ``None`` when it is not installed."""
    try:
        return importlib.import_module(module)
    except ImportError:
        return None


def _cpu_us(call: Callable[[], object], calls: int) -> float:
    gc.collect()
    start = time.process_time_ns()
    for _ in range(calls):
        call()
    return (time.process_time_ns() - start) / calls / 1e3


def measure(
    variants: Mapping[str, Callable[[], object]], calls: int, rounds: int
) -> dict[str, float]:
    """Minimum CPU µs per call of each variant, variants interleaved in rotating order."""
    for call in variants.values():
        call()  # first-call costs (lazy schemas, caches) belong to start-up
    best = dict.fromkeys(variants, float("inf"))
    keys = list(variants)
    for number in range(rounds):
        shift = number % len(keys)
        for key in keys[shift:] + keys[:shift]:
            best[key] = min(best[key], _cpu_us(variants[key], calls))
    return best


# --- async fan-out --------------------------------------------------------------------------
Job = Callable[[], Awaitable[object]]


async def _fan_out(jobs: list[Job], concurrency: int) -> None:
    pending = iter(jobs)

    async def worker() -> None:
        for job in pending:
            await job()

    await asyncio.gather(*(worker() for _ in range(concurrency)))


Request = tuple[str, str, dict[str, str], Any]
"""One request a disable sent: method, URL, headers (as sent), JSON body or ``None``."""
Pause = float
"""A pause the disable made before its next request (``asyncio.sleep`` seconds)."""
Step = Request | Pause


async def _record(disables: list[tuple[str, str]]) -> list[list[Step]]:
    """The schedule of each facade disable: its requests and the pauses between them.

    A pause is part of what the provider needs (shipping_channels confirms its read with a
    second read ``settle_delay`` later), not client overhead: the raw variant replays it.
    The disables run one at a time (so the steps group by job) with ``asyncio.sleep``
    replaced by one that writes the pause down and does not wait: the canned server answers
    the same whatever the timing, so the requests are the ones the waiting client sends, and
    recording takes a fraction of a second instead of one settle delay per such disable.
    """
    current: list[Step] = []
    real_sleep = asyncio.sleep

    async def recording_sleep(seconds: float, result: Any = None) -> Any:
        current.append(float(seconds))
        return await real_sleep(0, result)

    def recording(request: httpx.Request) -> httpx.Response:
        headers = {
            name: value
            for name, value in request.headers.items()
            if name not in ("host", "content-length", "content-type")
        }
        body = httpx.Response(200, content=request.content).json() if request.content else None
        current.append((request.method, str(request.url), headers, body))
        return canned.handler(request)

    clients: dict[str, hookhub.AsyncWebhookClient[Any, Any]] = {
        name: hookhub.AsyncWebhookClient(
            cast(ProviderId, name),
            api_key=API_KEY,
            base_url=PROVIDERS[name].base_url,
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(recording)),
        )
        for name in FANOUT_PROVIDERS
    }
    recorded: list[list[Step]] = []
    with mock.patch("asyncio.sleep", recording_sleep):
        for provider, webhook_id in disables:
            current = []
            await clients[provider].disable(webhook_id)
            writes = [step for step in current if not isinstance(step, float) and step[0] != "GET"]
            if len(writes) != 1:  # the canned answers are meant to make each disable one write
                raise RuntimeError(f"{provider} disable sent {len(writes)} writes: {current}")
            recorded.append(current)
    return recorded


def measure_fan_out(total: int, concurrency: int, rounds: int) -> dict[str, float]:
    """CPU µs per disable: ``total`` facade disables vs raw httpx on the same schedule.

    The facade clients keep the defaults users get (``verify=True``, ``settle_delay=1.0``):
    each shipping_channels disable reads, waits 1 s, reads again and writes. Raw httpx
    replays each disable's recorded schedule, the same requests with the same pauses
    (``asyncio.sleep``) between them: like with like. The pauses matter for CPU time too: a
    task that resumes after the process sat idle runs on cold caches, whoever's code it is.
    """
    disables = [
        (FANOUT_PROVIDERS[i % len(FANOUT_PROVIDERS)], str(uuid.UUID(int=i + 1, version=4)))
        for i in range(total)
    ]
    loop = asyncio.new_event_loop()
    try:
        recorded = loop.run_until_complete(_record(disables))
        clients: dict[str, hookhub.AsyncWebhookClient[Any, Any]] = {
            name: hookhub.AsyncWebhookClient(
                cast(ProviderId, name),
                api_key=API_KEY,
                base_url=PROVIDERS[name].base_url,
                http_client=httpx.AsyncClient(transport=canned.transport()),
            )
            for name in FANOUT_PROVIDERS
        }
        raw_http = httpx.AsyncClient(transport=canned.transport())

        async def raw_job(steps: list[Step]) -> None:
            for step in steps:
                if isinstance(step, float):
                    await asyncio.sleep(step)
                    continue
                method, url, template, body = step
                headers = dict(template)
                if "idempotency-key" in headers:
                    headers["idempotency-key"] = _fresh_key()
                response = await raw_http.request(method, url, json=body, headers=headers)
                response.raise_for_status()
                response.json()

        variants: dict[str, list[Job]] = {
            "fanout.raw": [partial(raw_job, steps) for steps in recorded],
            "fanout.facade": [partial(clients[p].disable, w) for p, w in disables],
        }

        def run(jobs: list[Job]) -> object:
            return loop.run_until_complete(_fan_out(jobs, concurrency))

        runs = {key: partial(run, jobs) for key, jobs in variants.items()}
        per_round = measure(runs, 1, rounds)
        return {key: value / total for key, value in per_round.items()}
    finally:
        loop.close()


# --- start-up -------------------------------------------------------------------------------
_SENTDM = PROVIDERS["sentdm"]
_TOGGLE_URL = f"{_SENTDM.base_url}/v3/webhooks/{_SENTDM.webhook_id}/toggle-status"
_HANDLER = (
    "def handler(request):\n"
    "    return httpx.Response(200, headers=[(b'content-type', b'application/json')],"
    f" content={_SENTDM.write!r})\n"
)
STARTUP = {
    "startup.deps": "import httpx, pydantic, tenacity",
    "startup.ours": f"import hookhub\nhookhub.WebhookClient('sentdm', api_key={API_KEY!r})",
    "startup.deps_call": (
        "import httpx, pydantic, tenacity\n"
        + _HANDLER
        + "client = httpx.Client(transport=httpx.MockTransport(handler))\n"
        + f"response = client.patch({_TOGGLE_URL!r}, json={{'is_active': False}},"
        + f" headers={{'x-api-key': {API_KEY!r}}})\n"
        + "response.raise_for_status()\nresponse.json()"
    ),
    "startup.ours_call": (
        "import httpx\nimport hookhub\n"
        + _HANDLER
        + f"client = hookhub.WebhookClient('sentdm', api_key={API_KEY!r},"
        + " http_client=httpx.Client(transport=httpx.MockTransport(handler)))\n"
        + f"client.disable({_SENTDM.webhook_id!r})"
    ),
}


def _child_cpu_ms(code: str) -> float:
    script = f"import time\n_t0 = time.process_time()\n{code}\nprint(time.process_time() - _t0)"
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    return float(done.stdout.split()[-1]) * 1e3


def compile_package(directory: str) -> None:
    """Write a package's ``.pyc`` files, as ``pip install`` does (``compileall``).

    ``py_compile`` writes them whatever ``PYTHONDONTWRITEBYTECODE`` says; without them every
    start-up child would compile hookhub from source, a cost no installed copy pays.
    """
    if not compileall.compile_dir(directory, quiet=1):
        raise RuntimeError(f"compileall failed on {directory}")


def measure_startup(rounds: int, *, warm_up: bool = True) -> dict[str, float]:
    """Minimum CPU ms of each snippet in a fresh interpreter, snippets interleaved."""
    compile_package(os.path.dirname(os.path.abspath(hookhub.__file__)))
    for code in STARTUP.values() if warm_up else ():
        _child_cpu_ms(code)  # writes the .pyc files; not counted
    best = dict.fromkeys(STARTUP, float("inf"))
    keys = list(STARTUP)
    for number in range(rounds):
        shift = number % len(keys)
        for key in keys[shift:] + keys[:shift]:
            best[key] = min(best[key], _child_cpu_ms(STARTUP[key]))
    return best


# --- report ---------------------------------------------------------------------------------
def machine() -> str:
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as info:
            for line in info:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        model = platform.processor() or model
    return (
        f"Python {platform.python_version()} ({platform.python_implementation()}), "
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs: {model}; "
        f"httpx {httpx.__version__}"
    )


def _ratio(values: dict[str, float], key: str, other: str | None) -> float | None:
    if other is None or key not in values or other not in values:
        return None
    return values[key] / values[other]


def table(values: dict[str, float], markdown: bool) -> tuple[str, int]:
    """The report and the number of targets missed."""
    lines: list[str] = []
    missed = 0
    for section in SECTIONS:
        header = (section.title, section.unit, section.ratio, "target", "measured", "result")
        rows: list[tuple[str, ...]] = []
        for row in section.rows:
            if row.key not in values:
                rows.append((row.label, "not installed", "", "", "", ""))
                continue
            ratio = _ratio(values, row.key, row.base)
            cells = [row.label, f"{values[row.key]:.1f}", "" if ratio is None else f"{ratio:.2f}×"]
            if row.target is not None:
                measured = _ratio(values, row.key, row.target.against)
                if measured is None:
                    cells += [row.target.text(), "", ""]
                else:
                    ok = row.target.holds(measured)
                    missed += not ok
                    cells += [row.target.text(), f"{measured:.2f}×", "PASS" if ok else "MISS"]
            else:
                cells += ["", "", ""]
            rows.append(tuple(cells))
        lines += _markdown(header, rows) if markdown else _plain(header, rows)
        lines.append("")
    return "\n".join(lines), missed


def _plain(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[str]:
    widths = [max(len(r[i]) for r in (header, *rows)) for i in range(len(header))]

    def line(cells: tuple[str, ...]) -> str:
        first = cells[0].ljust(widths[0])
        rest = [cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True)]
        return "  ".join([first, *rest]).rstrip()

    return [line(header), "-" * len(line(header)), *map(line, rows)]


def _markdown(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[str]:
    def line(cells: tuple[str, ...]) -> str:
        return "| " + " | ".join(cells) + " |"

    return [line(header), "|---" + "|---:" * (len(header) - 1) + "|", *map(line, rows)]


def profile(key: str, calls: int) -> None:
    """cProfile ``calls`` calls of one per-call variant; print where the time goes."""
    variants = sync_variants()
    if key not in variants:
        raise SystemExit(f"unknown variant {key!r}; one of: {', '.join(variants)}")
    call = variants[key]
    call()
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(calls):
        call()
    profiler.disable()
    stats = pstats.Stats(profiler)
    stats.sort_stats("tottime").print_stats(25)
    stats.sort_stats("cumulative").print_stats(40)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--calls", type=int, default=1000, help="calls per batch (per call)")
    parser.add_argument("--rounds", type=int, default=7, help="rounds; the minimum is kept")
    parser.add_argument("--fan-out", type=int, default=1000, help="disables in the fan-out")
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--startup-rounds", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="tiny sizes: checks it runs")
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--profile", metavar="KEY", help="cProfile one per-call variant")
    args = parser.parse_args(argv)
    if args.quick:
        args.calls, args.rounds, args.fan_out, args.concurrency = 3, 1, 20, 5
        args.startup_rounds = 1
    if args.profile:
        profile(args.profile, args.calls)
        return 0

    values = measure(sync_variants(), args.calls, args.rounds)
    values |= measure_fan_out(args.fan_out, args.concurrency, args.rounds)
    values |= measure_startup(args.startup_rounds, warm_up=not args.quick)
    report, missed = table(values, args.markdown)
    print(
        f"hookhub bench: minimum CPU time of {args.rounds} interleaved rounds of {args.calls} "
        f"calls; fan-out {args.fan_out} disables at concurrency {args.concurrency}; "
        f"start-up minimum of {args.startup_rounds} fresh interpreters"
    )
    print(machine())
    print()
    print(report)
    print(f"{missed} target(s) missed" if missed else "every target holds")
    return 1 if args.strict and missed else 0
