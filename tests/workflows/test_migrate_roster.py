"""`timeback-gen migrate roster` and `migrate gradebook` between two real sandbox processes:
the graph copied in dependency order, a second run copying nothing, differences reported and
replaced only with `--update`."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from reliability.processes import INTERRUPTIBLE_CLI, signal_when

from timeback_gen import Timeback
from timeback_gen.sandbox.process import SandboxProcess

pytestmark = pytest.mark.sandbox

OR = "/ims/oneroster/rostering/v1p2"
GB = "/ims/oneroster/gradebook/v1p2"


def ref(sid: str, kind: str) -> dict[str, str]:
    return {"sourcedId": sid, "type": kind}


def roster() -> list[tuple[str, str, dict[str, Any]]]:
    """(path, wrapper, record): orgs and sessions with parents, courses, classes, users,
    enrollments."""
    orgs = [
        {"sourcedId": "org-district", "name": "District", "type": "district"},
        {"sourcedId": "org-school-1", "name": "School 1", "type": "school",
         "parent": ref("org-district", "org")},
        {"sourcedId": "org-school-2", "name": "School 2", "type": "school",
         "parent": ref("org-district", "org")},
        {"sourcedId": "org-dept", "name": "Maths dept", "type": "department",
         "parent": ref("org-school-1", "org")},
    ]  # fmt: skip
    year = {"startDate": "2025-09-01", "endDate": "2026-07-31", "schoolYear": "2026"}
    sessions = [
        {"sourcedId": "as-year", "title": "2025-26", "type": "schoolYear", **year,
         "org": ref("org-district", "org")},
        {"sourcedId": "as-term-1", "title": "Autumn", "type": "term", **year,
         "org": ref("org-district", "org"), "parent": ref("as-year", "academicSession")},
        {"sourcedId": "as-gp-1", "title": "Autumn 1", "type": "gradingPeriod", **year,
         "org": ref("org-district", "org"), "parent": ref("as-term-1", "academicSession")},
    ]  # fmt: skip
    courses = [
        {"sourcedId": f"course-{n}", "title": f"Course {n}", "org": ref("org-school-1", "org")}
        for n in range(2)
    ]
    classes = [
        {
            "sourcedId": f"class-{n}",
            "title": f"Class {n}",
            "classType": "scheduled",
            "course": ref(f"course-{n % 2}", "course"),
            "org": ref("org-school-1", "org"),
            "terms": [ref("as-term-1", "academicSession")],
        }
        for n in range(3)
    ]
    users = [
        {
            "sourcedId": f"user-{n:02d}",
            "enabledUser": True,
            "givenName": f"Given{n}",
            "familyName": "Smith",
            "email": f"user{n}@example.org",
            "roles": [
                {"roleType": "primary", "role": "student", "org": ref("org-school-1", "org")}
            ],
            "metadata": {"grade": n % 12},
        }
        for n in range(12)
    ]
    enrollments = [
        {
            "sourcedId": f"enr-{n:02d}",
            "role": "student",
            "user": ref(f"user-{n:02d}", "user"),
            "class": ref(f"class-{n % 3}", "class"),
            "school": ref("org-school-1", "org"),
        }
        for n in range(12)
    ]
    out: list[tuple[str, str, dict[str, Any]]] = []
    for path, wrapper, records in (
        ("orgs", "org", orgs),
        ("academicSessions", "academicSession", sessions),
        ("courses", "course", courses),
        ("classes", "class", classes),
        ("users", "user", users),
        ("enrollments", "enrollment", enrollments),
    ):
        out += [(f"{OR}/{path}/", wrapper, {"status": "active", **r}) for r in records]
    return out


def gradebook() -> list[tuple[str, str, dict[str, Any]]]:
    categories = [{"sourcedId": f"cat-{n}", "title": f"Category {n}"} for n in range(2)]
    line_items = [
        {
            "sourcedId": f"li-{n}",
            "title": f"Quiz {n}",
            "assignDate": "2025-10-01T00:00:00Z",
            "dueDate": "2025-10-08T00:00:00Z",
            "class": ref(f"class-{n % 3}", "class"),
            "category": ref(f"cat-{n % 2}", "category"),
            "school": ref("org-school-1", "org"),
            "resultValueMin": 0,
            "resultValueMax": 100,
        }
        for n in range(4)
    ]
    results = [
        {
            "sourcedId": f"res-{n:02d}",
            "lineItem": ref(f"li-{n % 4}", "lineItem"),
            "student": ref(f"user-{n:02d}", "user"),
            "score": 50 + n,
            "scoreDate": "2025-10-09T00:00:00Z",
            "scoreStatus": "fully graded",
        }
        for n in range(12)
    ]
    out: list[tuple[str, str, dict[str, Any]]] = []
    for path, wrapper, records in (
        ("categories", "category", categories),
        ("lineItems", "lineItem", line_items),
        ("results", "result", results),
    ):
        out += [(f"{GB}/{path}/", wrapper, {"status": "active", **r}) for r in records]
    return out


COLLECTIONS = {
    "roster": [
        (f"{OR}/{p}/", p)
        for p in ("orgs", "academicSessions", "courses", "classes", "users", "enrollments")
    ],
    "gradebook": [(f"{GB}/{p}/", p) for p in ("categories", "lineItems", "results")],
}


@pytest.fixture(scope="module")
def source() -> Iterator[SandboxProcess]:
    sb = SandboxProcess()
    try:
        with sb.client() as c:
            for path, wrapper, record in roster() + gradebook():
                r = c.post(path, json={wrapper: record})
                assert r.status_code == 201, (path, r.text)
        yield sb
    finally:
        assert sb.stop() == 0


@pytest.fixture()
def target() -> Iterator[SandboxProcess]:
    sb = SandboxProcess()
    try:
        yield sb
    finally:
        assert sb.stop() == 0


def listing(sb: SandboxProcess, path: str, key: str) -> dict[str, dict[str, Any]]:
    with sb.client() as c:
        r = c.get(path, params={"limit": 3000})
        r.raise_for_status()
        return {rec["sourcedId"]: rec for rec in r.json()[key]}


def strip(record: dict[str, Any]) -> Any:
    if isinstance(record, dict):
        return {k: strip(v) for k, v in record.items() if k not in ("dateLastModified", "href")}
    if isinstance(record, list):
        return [strip(v) for v in record]
    return record


def migrate(
    what: str, source: SandboxProcess, target: SandboxProcess, *extra: str, cwd: Path
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "timeback_gen.cli", "migrate", what, "--from-url", source.url,
         "--to-url", target.url, *extra],
        cwd=cwd, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def assert_same(source: SandboxProcess, target: SandboxProcess, what: str) -> None:
    for path, key in COLLECTIONS[what]:
        a, b = listing(source, path, key), listing(target, path, key)
        assert a.keys() == b.keys(), key
        assert {k: strip(v) for k, v in a.items()} == {k: strip(v) for k, v in b.items()}, key


def test_roster_and_gradebook_copied_then_rerun_copies_nothing(
    source: SandboxProcess, target: SandboxProcess, tmp_path: Path
) -> None:
    n_roster, n_gradebook = len(roster()), len(gradebook())
    r = migrate("roster", source, target, cwd=tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    assert f"summary: copied {n_roster}, skipped 0 (same), differ 0" in r.stdout
    assert "orgs: 4 in source; copied 4" in r.stdout and "enrollments: 12 in source" in r.stdout
    assert "verify: ok (orgs 4/4, academicSessions 3/3, courses 2/2, classes 3/3" in r.stdout
    assert_same(source, target, "roster")

    g = migrate("gradebook", source, target, cwd=tmp_path)
    assert g.returncode == 0, g.stdout + g.stderr
    assert f"summary: copied {n_gradebook}, skipped 0 (same)" in g.stdout
    assert "verify: ok (categories 2/2, lineItems 4/4, results 12/12" in g.stdout
    assert_same(source, target, "gradebook")

    for what, n in (("roster", n_roster), ("gradebook", n_gradebook)):
        again = migrate(what, source, target, cwd=tmp_path)
        assert again.returncode == 0, again.stdout + again.stderr
        assert f"summary: copied 0, skipped {n} (same), differ 0, updated 0, failed 0" in (
            again.stdout
        )
    with target.client() as c:
        posts = c.get("/_sandbox/stats").json()["requests"]
    # one create per record, none on the reruns
    assert sum(v for k, v in posts.items() if k.startswith("POST oneroster:")) == (
        n_roster + n_gradebook
    ), posts


def test_a_differing_record_is_reported_and_replaced_only_with_update(
    source: SandboxProcess, target: SandboxProcess, tmp_path: Path
) -> None:
    assert migrate("roster", source, target, cwd=tmp_path).returncode == 0
    with target.client() as c:  # someone changed a course in the target
        course = c.get(f"{OR}/courses/course-1").json()["course"]
        course["title"] = "Renamed"
        assert c.put(f"{OR}/courses/course-1", json={"course": course}).status_code in (200, 201)
    state = tmp_path / "state.json"
    r = migrate("roster", source, target, "--resume", str(state), cwd=tmp_path)
    assert r.returncode == 1, r.stdout + r.stderr
    assert "differs courses/course-1: fields differ: title (--update replaces it)" in r.stdout
    assert "copied 0," in r.stdout
    assert listing(target, f"{OR}/courses/", "courses")["course-1"]["title"] == "Renamed"
    assert json.loads(state.read_text())["done"]

    u = migrate("roster", source, target, "--update", cwd=tmp_path)
    assert u.returncode == 0, u.stdout + u.stderr
    assert "courses: 2 in source; copied 0, skipped 1 (same), differ 1 (updated 1)" in u.stdout
    assert "verify: ok" in u.stdout
    assert_same(source, target, "roster")


def test_dry_run_writes_nothing(
    source: SandboxProcess, target: SandboxProcess, tmp_path: Path
) -> None:
    r = migrate("roster", source, target, "--dry-run", cwd=tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    assert f"summary: would copy {len(roster())}, skipped 0" in r.stdout
    assert listing(target, f"{OR}/orgs/", "orgs") == {}
    assert list(tmp_path.iterdir()) == []


MANY = 400


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_roster_interrupted_then_resumed_writes_nothing_twice(
    tmp_path: Path, sig: signal.Signals
) -> None:
    big = SandboxProcess()
    dst = SandboxProcess()
    try:
        with Timeback.for_sandbox(big.url) as tb:  # the roster, and 400 more users
            for path, wrapper, record in roster():
                key = {"academicSession": "post_academic_session"}.get(wrapper, "")
                assert tb.bulk(
                    f"oneroster.rostering.{key or 'create_' + wrapper}",
                    [{"body": {wrapper: record}}],
                ).ok, path
            user = next(r for _, w, r in roster() if w == "user")
            users = [
                {"body": {"user": {**user, "sourcedId": f"many-{n:04d}"}}} for n in range(MANY)
            ]
            assert tb.bulk(tb.oneroster.rostering.create_user, users).ok
        dst.admin("/_sandbox/faults", {"latency_ms": 60})
        state = tmp_path / "state.json"
        argv = ["migrate", "roster", "--from-url", big.url, "--to-url", dst.url]
        stopped = signal_when(
            [*INTERRUPTIBLE_CLI, *argv, "--resume", str(state)],
            lambda: (
                dst.admin("/_sandbox/stats")["requests"].get("POST oneroster:createUser", 0) >= 60
            ),
            sig,
            cwd=tmp_path,
            wait=60,
        )
        assert stopped.returncode == 128 + sig and "Traceback" not in stopped.err, stopped
        assert f"continue with: --resume {state}" in stopped.out
        saved = json.loads(state.read_text())
        assert saved["finished"] == ["orgs", "academicSessions", "courses", "classes"]
        assert not saved["done"]

        dst.admin("/_sandbox/faults", {"reset": True})
        r = subprocess.run(
            [sys.executable, "-m", "timeback_gen.cli", *argv, "--resume", str(state)],
            cwd=tmp_path, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert r.returncode == 0, r.stdout + r.stderr
        assert "resuming: orgs, academicSessions, courses, classes finished before" in r.stdout
        assert "verify: ok" in r.stdout
        final = json.loads(state.read_text())
        assert final["done"]
        users_n = final["counts"]["users"]
        assert users_n["copied"] + users_n["skipped"] == users_n["source"] == MANY + 12
        posts = dst.admin("/_sandbox/stats")["requests"]
        assert posts["POST oneroster:createUser"] == MANY + 12  # none written twice
        assert posts["POST oneroster:createOrg"] == 4  # finished collections not redone
    finally:
        assert big.stop() == 0
        assert dst.stop() == 0


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["roster", "--from-url", "http://127.0.0.1:9", "--to-url", "http://127.0.0.1:10",
          "--dry-run"], 1, "cannot reach http://127.0.0.1:9"),
        (["users", "--from-url", "http://a", "--to-url", "http://b", "--update"], 2, "--update"),
        (["gradebook", "--from-url", "http://a", "--to-url", "http://a"], 2, "same"),
    ],
)  # fmt: skip
def test_errors_are_one_line(argv: list[str], code: int, message: str, tmp_path: Path) -> None:
    r = subprocess.run(
        [sys.executable, "-m", "timeback_gen.cli", "migrate", *argv],
        cwd=tmp_path, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert r.returncode == code, r.stdout + r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], r.stderr
