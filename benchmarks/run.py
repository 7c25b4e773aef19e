# ruff: noqa: RUF001  (the table prints ratios with the multiplication sign)
"""timeback-gen performance figures, each measured side by side against a baseline in one run.

    make bench          # full run: the budgets are checked here
    make bench-quick    # < 1 min, small sizes: proves the runner works
    build/bench-venv/bin/python benchmarks/run.py --only page,percall

Prints one table (figure, ours, baseline, ratio, budget, pass/fail) and exits 1 when a full run
misses a budget. See docs/performance.md for the latest table and what each figure measures.

`make bench` runs this in `build/bench-venv`, which holds the runtime dependencies only (plus
the sandbox's): what an application that installs timeback-gen has. The development venv also
holds rich and click (openapi-python-client's), and with them importable httpx imports its own
command line on `import httpx`, ≈ 34 ms on both sides of the fresh-interpreter figures.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import children  # noqa: E402
import fixtures  # noqa: E402
import seeding  # noqa: E402


@dataclass
class Sizes:
    import_runs: int
    first_call_runs: int
    calls: int
    call_rounds: int
    page_users: int
    page_reps: int
    stream_users: int
    stream_page_size: int
    fanout_users: int
    fanout_page_size: int
    fanout_reps: int
    single_flight_calls: int
    bulk_calls: int
    bulk_baseline_calls: int


FULL = Sizes(
    import_runs=21,
    first_call_runs=21,
    calls=2000,
    call_rounds=10,
    page_users=3000,
    page_reps=30,
    stream_users=100_000,
    stream_page_size=3000,
    fanout_users=2000,
    fanout_page_size=40,  # 50 pages
    fanout_reps=11,
    single_flight_calls=500,
    bulk_calls=2000,
    bulk_baseline_calls=200,  # one at a time at 20 ms: 200 timed, per-call time times 2,000
)
QUICK = Sizes(
    import_runs=3,
    first_call_runs=3,
    calls=300,
    call_rounds=3,
    page_users=500,
    page_reps=3,
    stream_users=1500,
    stream_page_size=500,
    fanout_users=2000,  # the full run's walk (50 pages), once
    fanout_page_size=40,
    fanout_reps=1,
    single_flight_calls=100,
    bulk_calls=300,
    bulk_baseline_calls=50,
)


@dataclass
class Row:
    figure: str
    how: str
    ours: str
    baseline: str
    ratio: str
    budget: str
    passed: bool
    note: str = ""


def _env() -> dict[str, str]:
    """The caller's environment without TIMEBACK_* (arguments must decide, not the shell)."""
    return {k: v for k, v in os.environ.items() if not k.startswith("TIMEBACK_")}


def run_child(code: str, *, timeout: float = 600) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=_env(),
        cwd=ROOT,
        timeout=timeout,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"child failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def side_by_side(ours: Callable[[], float], base: Callable[[], float], runs: int) -> tuple:
    """Alternate the two sides `runs` times (after one unrecorded warm-up each); medians."""
    ours(), base()
    a: list[float] = []
    b: list[float] = []
    for i in range(runs):
        if i % 2:
            b.append(base())
            a.append(ours())
        else:
            a.append(ours())
            b.append(base())
    return statistics.median(a), statistics.median(b)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds >= 0.001 else f"{seconds * 1e6:.1f} µs"


def ratio_row(
    figure: str, how: str, ours: float, base: float, budget: float, fmt=ms, note=""
) -> Row:
    r = ours / base
    return Row(figure, how, fmt(ours), fmt(base), f"{r:.2f}×", f"≤ {budget:g}×", r <= budget, note)


# --- figures -----------------------------------------------------------------------------------


def fig_import(s: Sizes) -> Row:
    ours, base = side_by_side(
        lambda: run_child(children.IMPORT_OURS)["seconds"],
        lambda: run_child(children.IMPORT_BASE)["seconds"],
        s.import_runs,
    )
    return ratio_row(
        "import cost",
        f"fresh interpreter, median of {s.import_runs}: `import timeback_gen; Timeback(...)` "
        "vs `import httpx; httpx.Client()`",
        ours,
        base,
        1.5,
    )


def fig_first_call(s: Sizes) -> Row:
    values = {"body": fixtures.user_body()}
    ours_code = children.FIRST_CALL_OURS % values
    base_code = children.FIRST_CALL_BASE % values
    ours, base = side_by_side(
        lambda: run_child(ours_code)["seconds"],
        lambda: run_child(base_code)["seconds"],
        s.first_call_runs,
    )
    return ratio_row(
        "first call into a service",
        f"fresh interpreter, median of {s.first_call_runs}: import + client + token + one "
        "`get_user` over MockTransport vs httpx import + client + GET + `json.loads`",
        ours,
        base,
        2.5,
    )


def fig_per_call(s: Sizes) -> Row:
    import httpx

    from timeback_gen import Timeback

    body = fixtures.user_body()
    transport = fixtures.FixedTransport(body)
    tb = Timeback(
        client_id="bench", client_secret="bench", environment="staging", transport=transport
    )
    get_user = tb.oneroster.rostering.get_user
    raw = httpx.Client(base_url="https://api.staging.alpha-1edtech.ai", transport=transport)
    loads = json.loads
    per_round = max(1, s.calls // s.call_rounds)

    def ours() -> float:
        t0 = time.perf_counter()
        for _ in range(per_round):
            get_user("user-1")
        return (time.perf_counter() - t0) / per_round

    def base() -> float:
        t0 = time.perf_counter()
        for _ in range(per_round):
            loads(raw.get("/ims/oneroster/rostering/v1p2/users/user-1").content)
        return (time.perf_counter() - t0) / per_round

    o, b = side_by_side(ours, base, s.call_rounds)
    tb.close()
    raw.close()
    return ratio_row(
        "per-call overhead",
        f"{per_round * s.call_rounds:,} `get_user` calls (median of {s.call_rounds} rounds) over "
        "an in-process transport vs raw httpx + `json.loads` on the same transport",
        o,
        b,
        1.5,
        note=f"ours adds {ms(o - b)}/call",
    )


def fig_page(s: Sizes) -> Row:
    import httpx

    from timeback_gen.services import OPERATIONS, parse_response

    spec = OPERATIONS["oneroster.rostering.get_all_users"]
    body = fixtures.users_page_body(s.page_users)
    headers = fixtures.JSON_HEADERS
    request = httpx.Request("GET", "https://api.staging.alpha-1edtech.ai/users/")
    loads = json.loads

    def ours() -> float:
        response = httpx.Response(200, headers=headers, content=body, request=request)
        t0 = time.perf_counter()
        page = parse_response(spec, response)
        t = time.perf_counter() - t0
        assert len(page.users) == s.page_users
        return t

    def base() -> float:
        t0 = time.perf_counter()
        page = loads(body)
        t = time.perf_counter() - t0
        assert len(page["users"]) == s.page_users
        return t

    # GC stays on and is not forced between reps: a page's objects push the collector towards
    # a full collection, and the mean over alternating reps charges each side its share (a
    # median, or a gc.collect() before each rep, would hide or exaggerate that threshold effect).
    gc.collect()
    ours(), base()
    a: list[float] = []
    b: list[float] = []
    for i in range(s.page_reps):
        pair = (ours, base) if i % 2 == 0 else (base, ours)
        for fn in pair:
            (a if fn is ours else b).append(fn())
    o, bb = statistics.fmean(a), statistics.fmean(b)
    gc.disable()
    try:
        o_nogc, b_nogc = side_by_side(ours, base, max(3, s.page_reps // 3))
    finally:
        gc.enable()
    return ratio_row(
        "page parsing",
        f"one {s.page_users:,}-user `getAllUsers` page ({len(body) / 1e6:.1f} MB) to typed models "
        f"(the client's parse path) vs `json.loads` of the same bytes, mean of {s.page_reps} "
        "alternating reps, GC on",
        o,
        bb,
        2.5,
        note=f"with GC off: {o_nogc / b_nogc:.2f}×",
    )


def fig_streaming(s: Sizes, url: str) -> Row:
    values = {"url": url, "page_size": s.stream_page_size}
    ours = run_child(children.MEMORY_OURS % values)
    base = run_child(children.MEMORY_BASE % values)
    if ours["items"] != s.stream_users or base["items"] != s.stream_users:
        raise RuntimeError(f"streaming walked {ours['items']} / {base['items']} users")
    mb = ours["growth"] / 1e6
    return Row(
        "streaming memory",
        f"`paginate` over {s.stream_users:,} sandbox users (page_size={s.stream_page_size}), "
        "peak RSS growth (fresh process) vs a raw httpx + `json.loads` page walk",
        f"{mb:.1f} MB",
        f"{base['growth'] / 1e6:.1f} MB",
        f"{ours['growth'] / max(base['growth'], 1):.2f}×",
        "≤ 40 MB",
        mb <= 40,
        note=f"walk took {ours['seconds']:.1f} s (raw {base['seconds']:.1f} s)"
        + ("" if ours["exact"] else "; peak since start (clear_refs unavailable)"),
    )


# The async fan-out budget is relative: our speed-up over a sequential walk, against the speed-up
# raw httpx gets on the same pages in the same run (what the machine and the transport allow).
FANOUT_RELATIVE_BUDGET = 0.9


def fig_fanout(s: Sizes, url: str, sandbox: Any, latency_ms: int, reps: int) -> Row:
    import httpx

    from timeback_gen import AsyncTimeback

    sandbox.admin("/_sandbox/faults", {"latency_ms": latency_ms})
    try:

        async def main() -> tuple[list[float], list[float], list[float], list[float], int]:
            async with (
                AsyncTimeback.for_sandbox(url) as tb,
                httpx.AsyncClient(
                    base_url=url, headers={"Authorization": f"Bearer {sandbox.token()}"}
                ) as raw_client,
            ):
                method = tb.oneroster.rostering.get_all_users
                await method(limit=1)  # token, imports, a connection
                limit = tb.settings.max_concurrency
                offsets = range(0, s.fanout_users, s.fanout_page_size)

                async def walk(concurrency: int, held: bool = True) -> float:
                    # `held`: inside `async with pager:`, whose task group keeps the requests
                    # going between the steps of the iteration (the pipelined walk); else a
                    # bare `async for`, which fetches in batches within its steps.
                    t0 = time.perf_counter()
                    n = 0
                    pager = tb.paginate(
                        method,
                        page_size=s.fanout_page_size,
                        max_items=s.fanout_users,
                        concurrency=concurrency,
                    )
                    if held:
                        async with pager:
                            async for _ in pager:
                                n += 1
                    else:
                        async for _ in pager:
                            n += 1
                    assert n == s.fanout_users, n
                    return time.perf_counter() - t0

                async def raw_walk(concurrency: int) -> float:
                    # Context: the same pages with plain httpx + json.loads (no models, no
                    # retries), `concurrency` at a time: what the transport itself allows.
                    gate = asyncio.Semaphore(concurrency)

                    async def page(offset: int) -> int:
                        async with gate:
                            r = await raw_client.get(
                                "/ims/oneroster/rostering/v1p2/users/",
                                params={"limit": s.fanout_page_size, "offset": offset},
                            )
                            return len(json.loads(r.content)["users"])

                    t0 = time.perf_counter()
                    n = sum(await asyncio.gather(*(page(o) for o in offsets)))
                    assert n == s.fanout_users, n
                    return time.perf_counter() - t0

                await walk(limit)  # open the pool's connections
                await raw_walk(limit)
                seq: list[float] = []
                conc: list[float] = []
                bare: list[float] = []
                raw_seq: list[float] = []
                raw_conc: list[float] = []
                for _ in range(reps):
                    seq.append(await walk(1))
                    conc.append(await walk(limit))
                    bare.append(await walk(limit, held=False))
                    raw_seq.append(await raw_walk(1))
                    raw_conc.append(await raw_walk(limit))
                return seq, conc, bare, raw_seq, raw_conc, limit

        seq, conc, bare, raw_seq, raw_conc, limit = asyncio.run(main())
    finally:
        sandbox.admin("/_sandbox/faults", {"reset": True})
    med = statistics.median
    speedup = med(seq) / med(conc)
    raw_speedup = med(raw_seq) / med(raw_conc)
    relative = speedup / raw_speedup
    pages = -(-s.fanout_users // s.fanout_page_size)
    return Row(
        f"async fan-out, {latency_ms} ms",
        f"{s.fanout_users:,} users ({pages} pages of {s.fanout_page_size}) with "
        f"`AsyncTimeback.paginate` in `async with` (concurrency = default in-flight limit "
        f"{limit}) vs a sequential walk, sandbox latency {latency_ms} ms, median of {reps}; its "
        "speed-up against raw httpx + `json.loads` walking the same pages the same two ways",
        f"{speedup:.2f}×",
        f"raw {raw_speedup:.2f}×",
        f"{relative:.2f}×",
        f"≥ {FANOUT_RELATIVE_BUDGET:g}×",
        relative >= FANOUT_RELATIVE_BUDGET,
        note=(
            f"ours {ms(med(conc))} vs {ms(med(seq))} sequential (a bare `async for`, fetching "
            f"in batches within its steps: {ms(med(bare))}, {med(seq) / med(bare):.2f}×); "
            f"raw {ms(med(raw_conc))} vs "
            f"{ms(med(raw_seq))}; our per-rep speed-ups "
            f"{', '.join(f'{a / b:.1f}' for a, b in zip(seq, conc, strict=True))}"
        ),
    )


BULK_SPEEDUP_BUDGET = 6.0


def fig_bulk(s: Sizes, latency_ms: int) -> Row:
    """`tb.bulk` of `bulk_calls` creates through the sandbox's 10-in-flight limit against the
    same client creating one at a time (a loop of `create_user`), at `latency_ms` of latency."""
    from timeback_gen import Timeback
    from timeback_gen.sandbox.process import running_sandbox

    with running_sandbox() as sb:
        sb.admin("/_sandbox/faults", {"latency_ms": latency_ms})
        with Timeback.for_sandbox(sb.url) as tb:
            create = tb.oneroster.rostering.create_user
            create(body={"user": fixtures.user_record(0, sourced_id="bulk-warm")})  # token, pool
            one = [
                {"body": {"user": fixtures.user_record(i, sourced_id=f"one-{i:05d}")}}
                for i in range(s.bulk_baseline_calls)
            ]
            t0 = time.perf_counter()
            for call in one:
                create(**call)
            per_call = (time.perf_counter() - t0) / len(one)
            calls = [
                {"body": {"user": fixtures.user_record(i, sourced_id=f"bulk-{i:05d}")}}
                for i in range(s.bulk_calls)
            ]
            t0 = time.perf_counter()
            result = tb.bulk(create, calls, progress=False)
            bulk_seconds = time.perf_counter() - t0
        stats = sb.admin("/_sandbox/stats")
    assert result.ok and result.succeeded == s.bulk_calls, result
    sequential = per_call * s.bulk_calls
    speedup = sequential / bulk_seconds
    return Row(
        f"bulk creates, {latency_ms} ms",
        f"{s.bulk_calls:,} `create_user` with `tb.bulk` (sync, window = in-flight limit "
        f"{tb.settings.max_concurrency}) vs one at a time ({s.bulk_baseline_calls} timed, "
        f"× {s.bulk_calls // s.bulk_baseline_calls}), sandbox latency {latency_ms} ms",
        f"{bulk_seconds:.2f} s",
        f"{sequential:.2f} s",
        f"{speedup:.2f}× faster",
        f"≥ {BULK_SPEEDUP_BUDGET:g}×",
        speedup >= BULK_SPEEDUP_BUDGET,
        note=(
            f"{s.bulk_calls / bulk_seconds:.0f} creates/s vs {1 / per_call:.0f}/s; "
            f"429s from the sandbox's limit: {stats['rejectedInFlight']}"
        ),
    )


def fig_single_flight(s: Sizes) -> Row:
    from timeback_gen import AsyncTimeback, Timeback

    n = s.single_flight_calls
    body = fixtures.user_body()

    # threads
    transport = fixtures.FixedTransport(body, token_delay=0.05)
    tb = Timeback(
        client_id="bench", client_secret="bench", environment="staging", transport=transport
    )
    service = tb.oneroster.rostering
    barrier = threading.Barrier(n)
    errors: list[BaseException] = []

    def call() -> None:
        try:
            barrier.wait()
            service.get_user("user-1")
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=call) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    tb.close()
    thread_tokens = transport.token_requests
    thread_ok = not errors and transport.requests == n and tb.token_requests == 1

    # asyncio tasks (in-flight limit raised to n so every task races for the token)
    atransport = fixtures.AsyncFixedTransport(body, token_delay=0.05)

    async def main() -> int:
        async with AsyncTimeback(
            client_id="bench",
            client_secret="bench",
            environment="staging",
            max_concurrency=n,
            transport=atransport,
        ) as atb:
            aservice = atb.oneroster.rostering
            await asyncio.gather(*(aservice.get_user("user-1") for _ in range(n)))
            return atb.token_requests

    async_counted = asyncio.run(main())
    async_tokens = atransport.token_requests
    async_ok = atransport.requests == n and async_counted == 1
    passed = thread_tokens == 1 and async_tokens == 1 and thread_ok and async_ok
    return Row(
        "token single-flight",
        f"{n} concurrent `get_user` calls on a cold client (token endpoint takes 50 ms): "
        f"threads, then asyncio tasks",
        f"{thread_tokens} / {async_tokens} token req",
        f"{n} / {n} calls",
        "—",
        "exactly 1",
        passed,
        note="" if not errors else f"{len(errors)} thread errors: {errors[0]!r}",
    )


# --- output ------------------------------------------------------------------------------------


def prepare_bytecode() -> None:
    """Compile timeback_gen and generated/ as pip compiles an installed wheel.

    A fresh interpreter otherwise compiles every module it imports from our source tree on every
    run when bytecode is not written (PYTHONDONTWRITEBYTECODE is set on these machines), while
    httpx, installed by pip, loads cached bytecode: the import figures would time the compiler.
    """
    import compileall

    for folder in (ROOT / "timeback_gen", ROOT / "generated" / "_timeback_gen"):
        if not compileall.compile_dir(str(folder), quiet=1, workers=0):
            raise RuntimeError(f"could not compile {folder}")


def environment() -> str:
    """What the fresh interpreters import from: the figures depend on it."""
    import importlib.util

    extras = [m for m in ("rich", "click") if importlib.util.find_spec(m) is not None]
    where = (
        f"development venv ({', '.join(extras)} importable: httpx imports its CLI on import)"
        if extras
        else "runtime-only venv"
    )
    return f"{where}, bytecode compiled"


def machine() -> str:
    import attrs
    import httpx

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{cpu}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, httpx {httpx.__version__}, attrs {attrs.__version__}"
    )


def render(rows: list[Row], *, quick: bool, seconds: float) -> str:
    head = ["figure", "ours", "baseline", "ratio", "budget", "result"]
    body = [
        [
            r.figure,
            r.ours,
            r.baseline,
            r.ratio,
            r.budget,
            ("pass" if r.passed else "FAIL") if not quick else ("ok" if r.passed else "(miss)"),
        ]
        for r in rows
    ]
    widths = [max(len(x) for x in col) for col in zip(head, *body, strict=False)]

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    out = [line(head), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out += [line(b) for b in body]
    out.append("")
    for r in rows:
        out.append(f"- {r.figure}: {r.how}" + (f" ({r.note})" if r.note else ""))
    out.append("")
    mode = "QUICK run (small sizes; budgets not checked)" if quick else "full run"
    out.append(f"{mode}, {seconds:.0f} s — {machine()}; {environment()}")
    return "\n".join(out)


FIGURES = ["import", "first", "percall", "page", "stream", "fanout", "token", "bulk"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, < 1 min")
    parser.add_argument(
        "--only", default="", help=f"comma-separated subset of: {', '.join(FIGURES)}"
    )
    parser.add_argument(
        "--reseed", action="store_true", help="rebuild the cached seeded sandbox database"
    )
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else FULL
    wanted = [f.strip() for f in args.only.split(",") if f.strip()] or FIGURES
    unknown = set(wanted) - set(FIGURES)
    if unknown:
        parser.error(f"unknown figure(s): {', '.join(sorted(unknown))}")

    started = time.perf_counter()
    prepare_bytecode()
    rows: list[Row] = []

    def progress(name: str) -> None:
        print(f"[bench] {name} … ({time.perf_counter() - started:.0f} s)", file=sys.stderr)

    for name, fn in (
        ("import", fig_import),
        ("first", fig_first_call),
        ("percall", fig_per_call),
        ("page", fig_page),
    ):
        if name in wanted:
            progress(name)
            rows.append(fn(sizes))
    if "stream" in wanted:
        progress(f"stream (sandbox with {sizes.stream_users:,} users)")
        with seeding.seeded_sandbox(
            sizes.stream_users, cached=not args.quick, reseed=args.reseed
        ) as sb:
            rows.append(fig_streaming(sizes, sb.url))
    if "fanout" in wanted:
        # Its own small sandbox: exactly the users fetched, so the server's per-page cost stays
        # small next to the 20 ms latency being overlapped.
        progress(f"fanout (sandbox with {sizes.fanout_users:,} users)")
        with seeding.seeded_sandbox(sizes.fanout_users, cached=False) as sb:
            rows.append(fig_fanout(sizes, sb.url, sb, 20, sizes.fanout_reps))
            # At 100 ms a sequential walk of 50 pages takes over 5 s: fewer reps.
            rows.append(fig_fanout(sizes, sb.url, sb, 100, max(1, sizes.fanout_reps // 4)))
    if "token" in wanted:
        progress("token")
        rows.append(fig_single_flight(sizes))

    if "bulk" in wanted:
        progress("bulk")
        rows.append(fig_bulk(sizes, 20))

    print(render(rows, quick=args.quick, seconds=time.perf_counter() - started))
    if args.quick:
        return 0
    return 0 if all(r.passed for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
