"""`timeback-gen migrate users` end to end, between two real sandbox processes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from reliability.processes import INTERRUPTIBLE_CLI, signal_when

from timeback_gen.sandbox.process import SandboxProcess

from .conftest import ROOT

pytestmark = pytest.mark.sandbox

USERS = "/ims/oneroster/rostering/v1p2/users/"
N = 60


def user(n: int) -> dict[str, object]:
    return {
        "user": {
            "sourcedId": f"mig-user-{n:03d}",
            "status": "active",
            "enabledUser": True,
            "givenName": f"Given{n}",
            "familyName": "O'Brien" if n % 7 == 0 else "Smith",
            "email": f"user{n}@example.org",
            "roles": [{"roleType": "primary", "role": "student", "org": {"sourcedId": "org-1"}}],
            "metadata": {"grade": n % 12, "tags": ["a", "b"]},
        }
    }


@pytest.fixture(scope="module")
def pair() -> Iterator[tuple[SandboxProcess, SandboxProcess]]:
    source, target = SandboxProcess(), SandboxProcess()
    try:
        with source.client() as c:
            for n in range(N):
                assert c.post(USERS, json=user(n)).status_code == 201
        yield source, target
    finally:
        assert source.stop() == 0
        assert target.stop() == 0


@pytest.fixture()
def target(pair: tuple[SandboxProcess, SandboxProcess]) -> Iterator[SandboxProcess]:
    _, tgt = pair
    tgt.admin("/_sandbox/reset", {"faults": True})
    yield tgt
    tgt.admin("/_sandbox/faults", {"reset": True})


def ids(sb: SandboxProcess) -> list[str]:
    with sb.client() as c:
        r = c.get(USERS, params={"limit": 3000, "fields": "sourcedId", "sort": "sourcedId"})
        r.raise_for_status()
        return [u["sourcedId"] for u in r.json()["users"]]


def cli(*args: str, env: dict[str, str] | None = None, cwd: Path = ROOT) -> list[str]:
    return [sys.executable, "-m", "timeback_gen.cli", *args]


def migrate(
    source: SandboxProcess, target: SandboxProcess, *extra: str, cwd: Path
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        cli("migrate", "users", "--from-url", source.url, "--to-url", target.url, *extra),
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_dry_run_changes_nothing(
    pair: tuple[SandboxProcess, SandboxProcess], target: SandboxProcess, tmp_path: Path
) -> None:
    source, _ = pair
    r = migrate(source, target, "--dry-run", cwd=tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    assert f"summary: would copy {N}, skipped 0" in r.stdout
    assert ids(target) == []
    assert list(tmp_path.iterdir()) == []  # no state file either


def test_migrate_verify_and_rerun(
    pair: tuple[SandboxProcess, SandboxProcess], target: SandboxProcess, tmp_path: Path
) -> None:
    source, _ = pair
    with target.client() as c:  # one user already there: skipped, not copied again
        assert c.post(USERS, json=user(5)).status_code == 201
    state = tmp_path / "state.json"
    r = migrate(source, target, "--page-size", "7", "--resume", str(state), cwd=tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    assert f"summary: copied {N - 1}, skipped 1 (already present), failed 0" in r.stdout
    assert "verify: ok" in r.stdout
    assert ids(target) == ids(source)
    saved = json.loads(state.read_text())
    assert saved["done"] and saved["processed"] == N and saved["failed"] == []
    # field by field, hrefs aside
    with source.client() as a, target.client() as b:
        for sid in ("mig-user-000", "mig-user-007", "mig-user-059"):
            x, y = (c.get(USERS + sid).json()["user"] for c in (a, b))
            for rec in (x, y):
                rec.pop("dateLastModified")
                for role in rec["roles"]:
                    role["org"].pop("href", None)
            assert x == y
    again = migrate(source, target, cwd=tmp_path)
    assert again.returncode == 0, again.stdout + again.stderr
    assert f"summary: copied 0, skipped {N} (already present), failed 0" in again.stdout
    assert len(ids(target)) == N


def test_interrupt_and_resume(
    pair: tuple[SandboxProcess, SandboxProcess], target: SandboxProcess, tmp_path: Path
) -> None:
    source, _ = pair
    target.admin("/_sandbox/faults", {"latency_ms": 40})
    state = tmp_path / "state.json"
    stopped = signal_when(
        [
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
        ],
        lambda: state.exists() and json.loads(state.read_text())["processed"] >= 10,
        signal.SIGINT,
        cwd=tmp_path,
    )
    assert stopped.returncode == 130, stopped
    assert "Traceback" not in stopped.err
    assert f"--resume {state}" in stopped.out
    first = json.loads(state.read_text())
    assert 10 <= first["processed"] < N and not first["done"]
    copied_before = ids(target)
    assert len(copied_before) in (first["copied"], first["copied"] + 1)  # one POST may be in flight

    target.admin("/_sandbox/faults", {"reset": True})
    r = migrate(source, target, "--page-size", "5", "--resume", str(state), cwd=tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "resuming after" in r.stdout
    final = json.loads(state.read_text())
    assert final["done"] and final["processed"] == N
    assert final["copied"] + final["skipped"] == N and final["failed"] == []
    assert "verify: ok" in r.stdout
    assert ids(target) == ids(source)  # no gaps, no duplicates


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["migrate", "users", "--from-url", "http://a", "--to-url", "http://a"], "same"),
        (
            ["migrate", "groups", "--from-url", "http://a", "--to-url", "http://b"],
            "unknown migrate operation",
        ),
        (
            ["migrate", "users", "--from", "staging", "--to", "production"],
            "TIMEBACK_STAGING_CLIENT_ID",
        ),
        (["migrate", "users", "--from-url", "http://a"], "--to"),
        (
            [
                "migrate",
                "users",
                "--from-url",
                "http://a",
                "--to-url",
                "http://b",
                "--page-size",
                "x",
            ],
            "page-size",
        ),
        (["migrate", "users", "--bogus"], "--bogus"),
    ],
)
def test_usage_errors_exit_2_with_one_line(args: list[str], message: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TIMEBACK_")}
    r = subprocess.run(cli(*args), capture_output=True, text=True, env=env, timeout=30)
    assert r.returncode == 2, r.stdout + r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], r.stderr
    assert r.stdout == ""


def test_unreachable_source_is_one_line() -> None:
    r = subprocess.run(
        cli(
            "migrate",
            "users",
            "--from-url",
            "http://127.0.0.1:9",
            "--to-url",
            "http://127.0.0.1:10",
            "--dry-run",
        ),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert r.returncode == 1
    assert len(r.stderr.strip().splitlines()) == 1 and "cannot reach" in r.stderr
