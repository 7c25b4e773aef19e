"""The two example programs against a real sandbox, each run twice (the second changes nothing),
then the records they promised read back over raw HTTP."""

from __future__ import annotations

import csv
from typing import TYPE_CHECKING, Any

import pytest

from timeback_gen import Timeback

from .conftest import load_example, run_program

if TYPE_CHECKING:
    from pathlib import Path

    import httpx

    from timeback_gen.sandbox.process import SandboxProcess

pytestmark = pytest.mark.sandbox


# What each student's PowerPath run ends with: placed level, the test-out attempts' scores (a
# failed first attempt is retaken after a reset), the practice lesson's score and XP (of 30).
STANDINGS = {
    "pp-student-1": ("7", [100.0], 100.0, 30),
    "pp-student-2": ("7", [80.0, 100.0], 100.0, 30),
    "pp-student-3": ("7", [40.0, 100.0], 66.67, 20),
    "pp-student-4": ("6", [20.0, 100.0], 33.33, 10),
}
# The PowerPath operations the flow promises, and those of them that write.
FLOW = {
    "getAllPlacementTests",
    "createInternalTest",
    "getCurrentLevel",
    "getNextPlacementTest",
    "getAssessmentProgress",
    "updateStudentQuestionResponse",
    "finalStudentAssessmentResponse",
    "createTestAssignment",
    "listStudentTestAssignments",
    "getTestAssignment",
    "createNewAttempt",
    "getAttempts",
    "resetAttempt",
    "getNextQuestion",
    "getCourseProgress",
    "getSubjectProgress",
}
WRITES = {
    "createInternalTest",
    "updateStudentQuestionResponse",
    "finalStudentAssessmentResponse",
    "createTestAssignment",
    "createNewAttempt",
    "resetAttempt",
}


def powerpath_calls(sandbox: SandboxProcess) -> dict[str, int]:
    """Requests per PowerPath operation so far (`/_sandbox/stats`)."""
    requests = sandbox.admin("/_sandbox/stats")["requests"]
    return {
        key.split(":", 1)[1]: n
        for key, n in requests.items()
        if key.split()[-1].startswith("powerpath:")
    }


def get(http: httpx.Client, path: str, **query: str) -> Any:
    r = http.get(f"/powerpath/{path}", params=query)
    assert r.status_code == 200, r.text
    return r.json()


def test_practice_platform_sync_twice(sandbox: SandboxProcess) -> None:
    before = powerpath_calls(sandbox)
    first = run_program("examples/practice_platform_sync.py", sandbox.url)
    assert first.returncode == 0, first.stdout + first.stderr
    assert "roster of pp-class-7a: 4 students, teachers ['pp-teacher-1']" in first.stdout
    assert "  test-out retake for pp-student-2: 100" in first.stdout
    for student, (level, tries, practice, xp) in STANDINGS.items():
        plural = "" if len(tries) == 1 else "s"
        assert (
            f"{student}: level {level}, test-out {tries[-1]:g} ({len(tries)} attempt{plural}), "
            f"practice {practice:g}, XP {xp + 100} (course {xp} + test-out 100)"
        ) in first.stdout
    used = powerpath_calls(sandbox)
    assert {op for op in FLOW if used.get(op, 0) > before.get(op, 0)} == FLOW
    second = run_program("examples/practice_platform_sync.py", sandbox.url)
    assert second.returncode == 0, second.stdout + second.stderr
    assert "nothing changed" in second.stdout
    assert "summary: created=0 " in second.stdout
    assert "  created " not in second.stdout
    again = powerpath_calls(sandbox)
    assert {op for op in WRITES if again.get(op, 0) != used.get(op, 0)} == set()

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

        powerpath_state_is_as_promised(tb.oneroster_http, ex)


def powerpath_state_is_as_promised(http: httpx.Client, ex: Any) -> None:
    """Each student placed, the test-out assignment completed with its attempts (the retake's
    reset answer gone), the practice lesson fully graded with XP, and course progress showing it."""
    for student, (level, tries, practice, xp) in STANDINGS.items():
        placed = get(http, "placement/getCurrentLevel", student=student, subject=ex.SUBJECT)
        assert (placed["gradeLevel"], placed["onboarded"]) == (level, True)
        listed = get(http, "test-assignments", student=student)["testAssignments"]
        assert [(a["subject"], a["grade"], a["assignmentStatus"]) for a in listed] == [
            (ex.SUBJECT, ex.GRADE, "completed")
        ]
        lesson = listed[0]["componentResourceSourcedId"]
        attempts = get(http, "getAttempts", student=student, lesson=lesson)["attempts"]
        assert [(a["score"], a["scoreStatus"]) for a in attempts] == [
            (score, "fully graded") for score in tries
        ]
        assert attempts[-1]["xp"] == ex.TEST_OUT_XP and attempts[-1]["completedAt"]
        last = get(
            http, "getAssessmentProgress", student=student, lesson=lesson, attempt=str(len(tries))
        )
        assert (last["finalized"], last["correctQuestions"], last["totalQuestions"]) == (
            True,
            len(ex.RIGHT),
            len(ex.RIGHT),
        )
        assert all(q["correct"] for q in last["questions"])
        (done,) = get(http, "getAttempts", student=student, lesson=ex.PRACTICE_LESSON)["attempts"]
        assert (done["score"], done["scoreStatus"], done["xp"]) == (practice, "fully graded", xp)
        course = get(http, f"lessonPlans/getCourseProgress/{ex.COURSE}/student/{student}")
        (entry,) = [
            x
            for x in course["lineItems"]
            if x.get("courseComponentResourceSourcedId") == ex.PRACTICE_LESSON
        ]
        assert [r["score"] for r in entry["results"]] == [practice]


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
