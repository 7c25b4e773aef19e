"""The two example programs against a real sandbox, each run twice (the second changes nothing)."""

from __future__ import annotations

import csv
from typing import TYPE_CHECKING

import pytest

from timeback_gen import Timeback

from .conftest import load_example, run_program

if TYPE_CHECKING:
    from pathlib import Path

    from timeback_gen.sandbox.process import SandboxProcess

pytestmark = pytest.mark.sandbox


def test_practice_platform_sync_twice(sandbox: SandboxProcess) -> None:
    first = run_program("examples/practice_platform_sync.py", sandbox.url)
    assert first.returncode == 0, first.stdout + first.stderr
    assert "roster of pp-class-7a: 4 students, teachers ['pp-teacher-1']" in first.stdout
    second = run_program("examples/practice_platform_sync.py", sandbox.url)
    assert second.returncode == 0, second.stdout + second.stderr
    assert "nothing changed" in second.stdout
    assert "summary: created=0 " in second.stdout
    assert "  created " not in second.stdout

    ex = load_example("practice_platform_sync")
    sessions = ex.practice_sessions()
    with Timeback.for_sandbox(sandbox.url) as tb:
        gb = tb.oneroster.gradebook
        items = list(
            tb.paginate(gb.get_all_assessment_line_items, where={"class.sourcedId": ex.CLASS})
        )
        assert sorted(i.sourced_id for i in items) == sorted(
            f"pp-ali-{ex.CLASS}-{code}" for code in ex.SKILLS
        )
        results = {
            r.sourced_id: r
            for r in tb.paginate(
                gb.get_all_assessment_results, where={"sourcedId": {"contains": "pp-ar-"}}
            )
        }
        assert len(results) == len(sessions) == 12
        for s in sessions:
            r = results[f"pp-ar-{s.id}"]
            assert r.score == s.smart_score
            meta = r.metadata.to_dict()
            assert meta["mastery"] == ex.zone(s.smart_score)
            assert meta["xp"] == s.xp
        page = tb.caliper.list_events(sensor=ex.SENSOR, limit=1000).to_dict()
        events = page["events"]
        assert page["pagination"]["total"] == len(events) == 2 * len(sessions)
        active = sum(
            m["value"]
            for e in events
            if e["type"] == "TimeSpentEvent"
            for m in e["generated"]["items"]
            if m["type"] == "active"
        )
        assert active == sum(s.active_seconds for s in sessions)
        xp = sum(
            m["value"]
            for e in events
            if e["type"] == "ActivityEvent"
            for m in e["generated"]["items"]
            if m["type"] == "xpEarned"
        )
        assert xp == sum(s.xp for s in sessions)


def test_assessment_publishing_twice(sandbox: SandboxProcess, tmp_path: Path) -> None:
    first = run_program(
        "examples/assessment_publishing.py", sandbox.url, "--export-dir", str(tmp_path)
    )
    assert first.returncode == 0, first.stdout + first.stderr
    assert "created ks3-dr-test" in first.stdout
    exported = {p.name: p.read_text() for p in tmp_path.iterdir()}
    second = run_program(
        "examples/assessment_publishing.py", sandbox.url, "--export-dir", str(tmp_path)
    )
    assert second.returncode == 0, second.stdout + second.stderr
    assert "nothing changed" in second.stdout
    assert "summary: created=0 " in second.stdout
    assert {p.name: p.read_text() for p in tmp_path.iterdir()} == exported

    ex = load_example("assessment_publishing")
    with Timeback.for_sandbox(sandbox.url) as tb:
        questions = tb.qti_http.get(f"/assessment-tests/{ex.TEST.identifier}/questions").json()
        assert questions["totalQuestions"] == len(ex.ITEMS) == 5
        assert [q["reference"]["section"] for q in questions["questions"]] == [
            "ks3-dr-s1",
            "ks3-dr-s1",
            "ks3-dr-s1",
            "ks3-dr-s2",
            "ks3-dr-s2",
        ]
        gb = tb.oneroster.gradebook
        for cid in ex.CLASSES:
            line_items = list(tb.paginate(gb.get_line_items_for_class, cid))
            assert [li.sourced_id for li in line_items] == [f"ks3-li-{cid}-{ex.TEST.identifier}"]
            assert line_items[0].due_date.isoformat().startswith("2025-11-14T17:00")
            results = list(tb.paginate(gb.get_results_for_class, cid))
            assert sorted(r.student.sourced_id for r in results) == ex.PUPILS[cid]
            rows = list(csv.DictReader((tmp_path / f"{cid}.csv").open()))
            assert {row["pupil"]: float(row["score"]) for row in rows} == {
                r.student.sourced_id: r.score for r in results
            }
            for r in results:
                items = r.metadata.to_dict()["items"]
                assert r.score == sum(items.values())
                assert items["ks3-dr-q1"] == (
                    1.0 if ex.attempt(r.student.sourced_id, "ks3-dr-q1") == "B" else 0.0
                )
