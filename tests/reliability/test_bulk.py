"""Nothing lost in bulk work: pagination under short pages and 503s, Caliper batches with a bad
event or a failed batch, and the user migration killed (SIGINT, SIGKILL) and resumed."""

from __future__ import annotations

import json
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from timeback_gen import AsyncTimeback, Timeback
from timeback_gen.caliper_events import (
    activity_completed,
    activity_context,
    asend_events,
    send_events,
    timeback_user,
)
from timeback_gen.sandbox.process import SandboxProcess
from timeback_gen.sandbox.store import Store

from .conftest import (
    USERS,
    capture_async_sleeps,
    capture_sleeps,
    close_pipe,
    read_through_faults,
    user_record,
)
from .processes import INTERRUPTIBLE_CLI, signal_when
from .rawserver import RawServer, reset_after, send

pytestmark = pytest.mark.sandbox

BULK = 10_000


def seeded_db(path: Path, ids: list[str]) -> str:
    """A sandbox SQLite file holding one user per id (written directly: the sandbox has no
    bulk-create route, and 10,000 POSTs would dominate the run)."""
    store = Store(str(path))
    try:
        assert store.insert_many("users", ((sid, user_record(sid)) for sid in ids)) == []
    finally:
        store.close()
    return str(path)


@pytest.fixture(scope="module")
def bulk_ids() -> list[str]:
    return [f"bulk-{i:05d}" for i in range(BULK)]


@pytest.fixture(scope="module")
def bulk(tmp_path_factory: pytest.TempPathFactory, bulk_ids: list[str]) -> Iterator[SandboxProcess]:
    db = seeded_db(tmp_path_factory.mktemp("bulk") / "users.sqlite3", bulk_ids)
    proc = SandboxProcess("--db", db)
    try:
        yield proc
    finally:
        assert proc.stop() == 0, "".join(proc.output[-40:])
        close_pipe(proc)


FAULTS = {"short_page_rate": 0.3, "error_503_rate": 0.05, "retry_after": 0, "seed": 11}


def injected(sb: SandboxProcess) -> dict[str, int]:
    return dict(sb.admin("/_sandbox/stats")["faults"]["injected"])


def test_paginate_10k_with_short_pages_and_503s(bulk: SandboxProcess, bulk_ids: list[str]) -> None:
    bulk.admin("/_sandbox/faults", {"reset": True, **FAULTS})
    try:
        with Timeback.for_sandbox(bulk.url, max_retries=8) as tb:
            capture_sleeps(tb)
            seen = [
                u.sourced_id
                for u in tb.paginate(tb.oneroster.rostering.get_all_users, page_size=250)
            ]
        faults = injected(bulk)
    finally:
        bulk.admin("/_sandbox/faults", {"reset": True})
    assert faults.get("short_page", 0) > 0 and faults.get("503", 0) > 0, faults
    assert len(seen) == BULK
    assert seen == bulk_ids  # every record exactly once, in order


async def test_async_paginate_10k_with_short_pages_and_503s(
    bulk: SandboxProcess, bulk_ids: list[str]
) -> None:
    bulk.admin("/_sandbox/faults", {"reset": True, **FAULTS, "seed": 12})
    try:
        async with AsyncTimeback.for_sandbox(bulk.url, max_retries=8) as tb:
            capture_async_sleeps(tb)
            seen = [
                u.sourced_id
                async for u in tb.paginate(tb.oneroster.rostering.get_all_users, page_size=250)
            ]
        faults = injected(bulk)
    finally:
        bulk.admin("/_sandbox/faults", {"reset": True})
    assert faults.get("short_page", 0) > 0 and faults.get("503", 0) > 0, faults
    assert len(seen) == len(set(seen)) == BULK
    assert seen == bulk_ids


# -- Caliper batches ----------------------------------------------------------------------------

ACTOR = timeback_user("https://example.org/users/s1", "s1@example.org")
CONTEXT = activity_context("https://example.org/ctx/1", subject="Math", app_name="Practice")
SENSOR = "https://example.org/sensors/reliability"


def events(n: int) -> list[Any]:
    return [activity_completed(actor=ACTOR, context=CONTEXT, xp_earned=i + 1) for i in range(n)]


def bad_event() -> dict[str, Any]:
    ev = activity_completed(actor=ACTOR, context=CONTEXT, xp_earned=1).model_dump(
        mode="json", by_alias=True, exclude_none=True
    )
    del ev["actor"]
    return ev


def test_caliper_bad_event_in_the_middle_is_reported_the_rest_sent(sb: SandboxProcess) -> None:
    batch = events(9)
    batch[4] = bad_event()
    with Timeback.for_sandbox(sb.url) as tb:
        result = send_events(tb, batch, sensor=SENSOR, batch_size=3)
        stored = tb.caliper.list_events(limit=100).events
    assert result.sent == 8 and [f.index for f in result.failed] == [4]
    assert "actor" in result.failed[0].reason
    sent_ids = {e["id"] for i, e in enumerate(batch) if i != 4 for e in [_json(e)]}
    assert {e.id for e in stored} == sent_ids  # the eight others, each once


def _json(ev: Any) -> dict[str, Any]:
    return ev if isinstance(ev, dict) else ev.model_dump(mode="json", by_alias=True)


def caliper_400(index: int) -> Any:
    return send(
        400,
        {
            "status": "error",
            "message": "invalid",
            "errors": [{"index": index, "field": f"data[{index}].object", "message": "bad"}],
        },
    )


OK = send(200, {"status": "success", "message": "stored"})


def test_caliper_server_rejection_resends_the_valid_ones() -> None:
    with RawServer() as srv:
        srv.api(OK, caliper_400(1), default=OK)
        with Timeback.for_sandbox(srv.url) as tb:
            result = send_events(tb, events(6), sensor=SENSOR, batch_size=3)
        bodies = [json.loads(r.body) for r in srv.api_requests]
    assert [f.index for f in result.failed] == [4] and "data[1].object" in result.failed[0].reason
    assert result.sent == 5
    assert [len(b["data"]) for b in bodies] == [3, 3, 2, 3][: len(bodies)]


@pytest.mark.parametrize("fault", [reset_after(), send(503, {}), send(200, "<html>")])
def test_caliper_failed_batch_is_reported_and_later_batches_still_sent(fault: Any) -> None:
    with RawServer() as srv:
        srv.api(OK, fault, default=OK)
        with Timeback.for_sandbox(srv.url) as tb:
            capture_sleeps(tb)
            result = send_events(tb, events(6), sensor=SENSOR, batch_size=2)
    assert result.sent == 4 and result.batches == 2
    assert [f.index for f in result.failed] == [2, 3]
    assert all("sendEvents" in f.reason for f in result.failed)
    assert len(srv.api_requests) == 3  # POST: never re-sent after a 503 or a reset


async def test_async_caliper_failed_batch_is_reported() -> None:
    with RawServer() as srv:
        srv.api(reset_after(), default=OK)
        async with AsyncTimeback.for_sandbox(srv.url) as tb:
            batch = events(5)
            batch[3] = bad_event()
            result = await asend_events(tb, batch, sensor=SENSOR, batch_size=2, validate="strict")
    assert [f.index for f in result.failed] == [0, 1, 3]
    assert result.sent == 2


# -- migration interrupted ---------------------------------------------------------------------

N = 60


@pytest.fixture(scope="module")
def pair(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[SandboxProcess, SandboxProcess]]:
    ids = [f"mig-{i:03d}" for i in range(N)]
    db = seeded_db(tmp_path_factory.mktemp("mig") / "source.sqlite3", ids)
    source, target = SandboxProcess("--db", db), SandboxProcess()
    try:
        yield source, target
    finally:
        assert source.stop() == 0
        assert target.stop() == 0
        close_pipe(source)
        close_pipe(target)


def ids(sb: SandboxProcess) -> list[str]:
    with sb.client() as c:
        params = {"limit": 3000, "fields": "sourcedId", "sort": "sourcedId"}
        return [u["sourcedId"] for u in read_through_faults(c, USERS, params)["users"]]


def migrate_cmd(source: SandboxProcess, target: SandboxProcess, state: Path) -> list[str]:
    return [
        *INTERRUPTIBLE_CLI,
        "migrate",
        "users",
        "--from-url",
        source.url,
        "--to-url",
        target.url,
        "--page-size",
        "5",
        "--resume",
        str(state),
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    "sig", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL], ids=["SIGINT", "SIGTERM", "SIGKILL"]
)
def test_migration_killed_then_resumed_has_no_gaps_or_duplicates(
    pair: tuple[SandboxProcess, SandboxProcess], tmp_path: Path, sig: signal.Signals
) -> None:
    source, target = pair
    target.admin("/_sandbox/reset", {"faults": True})
    target.admin("/_sandbox/faults", {"latency_ms": 40})
    state = tmp_path / "state.json"
    stopped = signal_when(
        migrate_cmd(source, target, state),
        lambda: state.exists() and json.loads(state.read_text())["processed"] >= 15,
        sig,
        cwd=tmp_path,
    )
    if sig != signal.SIGKILL:  # stopped cleanly: 130 for Ctrl-C, 143 for SIGTERM
        assert stopped.returncode == 128 + sig and "Traceback" not in stopped.err, stopped
        assert f"--resume {state}" in stopped.out
    else:
        assert stopped.returncode == -signal.SIGKILL
    first = json.loads(state.read_text())  # the state file is whole: written atomically
    assert 15 <= first["processed"] < N and not first["done"]
    before = ids(target)
    assert len(before) == len(set(before)) and len(before) >= first["copied"]

    target.admin("/_sandbox/faults", {"reset": True})
    r = subprocess.run(
        migrate_cmd(source, target, state), cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert r.returncode == 0, r.stdout + r.stderr
    assert "resuming after" in r.stdout and "verify: ok" in r.stdout
    final = json.loads(state.read_text())
    assert final["done"] and final["processed"] == N and final["failed"] == []
    # Users copied after the last saved page (or in flight at the kill) count as skipped now.
    assert final["copied"] + final["skipped"] == N
    assert ids(target) == ids(source)  # no gaps, no duplicates
    assert not list(tmp_path.glob(".state.json.*.tmp")) or sig == signal.SIGKILL
