"""A sandbox holding N realistic users, seeded through the public client.

The sandbox has no bulk-create route, so users are created with `create_user` from several
processes x threads at once (the sandbox is a threading server; the client side is GIL-bound, so
more than one process keeps it busy). Full runs keep the seeded SQLite file in `build/bench/`
(the sandbox's own `--db` option) and only create what is missing next time; `--reseed` starts
over. Quick runs seed an in-memory sandbox.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import fixtures

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "build" / "bench"
THREADS_PER_PROCESS = 8


def sourced_id(i: int) -> str:
    return f"bench-user-{i:06d}"


def _cache_file(n: int) -> Path:
    # A new sandbox store layout or a new record shape (fixtures.RECORDS_VERSION) means a new file.
    key = hashlib.sha256((ROOT / "timeback_gen" / "sandbox" / "store.py").read_bytes())
    key.update(fixtures.RECORDS_VERSION.encode())
    return CACHE / f"sandbox-users-{n}-{key.hexdigest()[:12]}.sqlite3"


def _seed_range(url: str, ids: list[int]) -> int:
    from timeback_gen import Timeback
    from timeback_gen.errors import ConflictError

    created = 0
    with Timeback.for_sandbox(url, max_retries=5, timeout=120) as tb:
        create = tb.oneroster.rostering.create_user

        def one(i: int) -> int:
            try:
                create(body={"user": fixtures.user_record(i, sourced_id=sourced_id(i))})
            except ConflictError:
                return 0
            return 1

        with ThreadPoolExecutor(THREADS_PER_PROCESS) as pool:
            created = sum(pool.map(one, ids))
    return created


def count_users(url: str) -> int:
    from timeback_gen import Timeback

    with Timeback.for_sandbox(url) as tb:
        return int(tb.oneroster.rostering.get_all_users(limit=1).total_count)


def seed(url: str, n: int) -> None:
    have = count_users(url)
    if have >= n:
        return
    missing = list(range(n))  # create is idempotent here: 409 for the ones already stored
    if have:
        print(f"[bench] sandbox has {have:,} users; creating the rest", file=sys.stderr)
    processes = max(2, min(4, (os.cpu_count() or 2) * 2))
    chunks = [missing[k::processes] for k in range(processes)]
    t0 = time.perf_counter()
    if n <= 5000:
        _seed_range(url, missing)
    else:
        with ProcessPoolExecutor(processes) as pool:
            list(pool.map(_seed_range, [url] * processes, chunks))
    seconds = time.perf_counter() - t0
    print(f"[bench] seeded {n:,} users in {seconds:.0f} s", file=sys.stderr)
    got = count_users(url)
    if got < n:
        raise RuntimeError(f"seeding left {got} users, wanted {n}")


@contextmanager
def seeded_sandbox(n: int, *, cached: bool, reseed: bool = False) -> Iterator[object]:
    from timeback_gen.sandbox.process import running_sandbox

    # Seeding runs several processes of many threads each: past the platform's in-flight limit
    # (10), which the figures on these sandboxes do not measure (the bulk figure does).
    args: list[str] = ["--max-in-flight", "0"]
    if cached:
        CACHE.mkdir(parents=True, exist_ok=True)
        db = _cache_file(n)
        if reseed and db.exists():
            db.unlink()
        args += ["--db", str(db)]
    with running_sandbox(*args) as sb:
        seed(sb.url, n)
        yield sb
