"""A skills-practice platform syncing with TimeBack (run it twice: the second run changes nothing).

    python examples/practice_platform_sync.py http://127.0.0.1:8787   # or TIMEBACK_SANDBOX_URL

1. seed a school, a Math grade 7 course and class, its teacher and students (skipped when there);
2. pull the class roster (students and teachers);
3. push progress: one assessment line item per skill, one assessment result per finished practice
   session (score = SmartScore 0-100; accuracy, XP and zone in metadata), and a Timeback-profile
   ActivityEvent + TimeSpentEvent per session (active time with an inactivity cap);
4. PowerPath: publish the QTI questions and tests (placement at grades 6 and 7, a grade 7
   test-out, a powerpath-100 practice lesson), place each student (next placement test, answer,
   finalize, until placed), assign and take the test-out (a failed first attempt is retaken: a
   new attempt, a slip, resetAttempt, a clean run), practise the lesson question by question, and
   read course and subject progress back for a summary (level, scores, XP).

Every record has a sourcedId derived from the platform's own ids, so a 409 means "already there";
PowerPath steps look first (current level, test assignments, attempts) and skip what is done.
"""

from __future__ import annotations

import hashlib
import os
import sys
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from timeback_gen import Timeback
from timeback_gen.caliper_events import (
    activity_completed,
    activity_context,
    send_events,
    time_spent,
    timeback_user,
)
from timeback_gen.errors import ConflictError
from timeback_gen.models.powerpath import (
    GetAssessmentProgressResponse200,
    PlacementUpdateStudentQuestionResponseResult,
    PowerPath100UpdateStudentQuestionResponseResult,
    QuizUpdateStudentQuestionResponseResult,
    TestOutUpdateStudentQuestionResponseResult,
    UnitTestUpdateStudentQuestionResponseResult,
)
from timeback_gen.qti_items import (
    QtiSection,
    QtiTest,
    choice_item,
    text_entry_item,
    upsert_item,
    upsert_test,
)

APP = "https://practice.example.com"
SENSOR = f"{APP}/sensors/sync"
SCHOOL, TERM, COURSE, CLASS = "pp-school", "pp-term-2025", "pp-course-math7", "pp-class-7a"
TEACHER = "pp-teacher-1"
STUDENTS = [f"pp-student-{n}" for n in range(1, 5)]
SKILLS = {"A.1": "Add fractions", "A.2": "Subtract fractions", "B.1": "Ratios"}
INACTIVITY_CAP = 120  # seconds: a longer pause counts only this much as active time
OR_ROOT = "/ims/oneroster/rostering/v1p2"
SUBJECT, GRADE = "Math", "7"
# updateStudentQuestionResponse answers one of these, by the lesson's type
Answer = (
    PlacementUpdateStudentQuestionResponseResult
    | PowerPath100UpdateStudentQuestionResponseResult
    | QuizUpdateStudentQuestionResponseResult
    | TestOutUpdateStudentQuestionResponseResult
    | UnitTestUpdateStudentQuestionResponseResult
)


def zone(smart_score: int) -> str:
    """IXL-style SmartScore zones."""
    return "CHALLENGE" if smart_score >= 90 else "REFINING" if smart_score >= 70 else "LEARNING"


@dataclass(frozen=True)
class Session:
    """A finished practice session of one student on one skill."""

    id: str
    student: str
    skill: str
    started: datetime
    answers: int
    correct: int
    gaps: tuple[int, ...]  # seconds between interactions

    @property
    def smart_score(self) -> int:
        return min(100, round(100 * self.correct / self.answers) + (5 if self.answers >= 12 else 0))

    @property
    def active_seconds(self) -> int:
        return sum(min(g, INACTIVITY_CAP) for g in self.gaps)

    @property
    def inactive_seconds(self) -> int:
        return sum(max(0, g - INACTIVITY_CAP) for g in self.gaps)

    @property
    def xp(self) -> int:
        return self.correct * 2


def practice_sessions() -> list[Session]:
    """Deterministic stand-in for the platform's session table."""
    sessions = []
    start = datetime(2025, 10, 6, 9, 0, tzinfo=UTC)
    for s, student in enumerate(STUDENTS):
        for k, skill in enumerate(SKILLS):
            digest = hashlib.sha256(f"{student}/{skill}".encode()).digest()
            answers = 8 + digest[0] % 8
            correct = min(answers, answers // 2 + digest[1] % (answers // 2 + 1))
            gaps = (*(15 + digest[2 + i] % 60 for i in range(answers)), 300)  # one long pause
            sessions.append(
                Session(
                    f"pp-session-{s + 1}-{skill}",
                    student,
                    skill,
                    start + timedelta(days=k, minutes=10 * s),
                    answers,
                    correct,
                    gaps,
                )
            )
    return sessions


def ref(base: str, kind: str, sid: str) -> dict[str, str]:
    path = {"org": "orgs", "course": "courses", "class": "classes", "user": "users"}.get(kind)
    href = f"{base}{OR_ROOT}/{path}/{sid}" if path else sid
    return {"href": href, "sourcedId": sid, "type": kind}


class Sync:
    """Counts what was created vs already there, and prints each change."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()

    def create(self, what: str, sid: str, call: Callable[..., Any], body: dict[str, Any]) -> None:
        try:
            call(body=body)
        except ConflictError:
            self.counts["unchanged"] += 1
            return
        self.counts["created"] += 1
        print(f"  created {what} {sid}")

    def changed(self, what: str) -> None:
        """A PowerPath write (a lesson, an assignment, answers and their result)."""
        self.counts["created"] += 1
        print(f"  {what}")

    def outcome(self, what: str, outcome: str) -> None:
        """What `upsert_item` / `upsert_test` did."""
        if outcome == "unchanged":
            self.counts["unchanged"] += 1
        else:
            self.changed(f"{outcome} {what}")


def seed(tb: Timeback, sync: Sync, base: str) -> None:
    r = tb.oneroster.rostering
    school = ref(base, "org", SCHOOL)
    org = {"sourcedId": SCHOOL, "status": "active", "name": "Practice Academy", "type": "school"}
    sync.create("school", SCHOOL, r.create_org, {"org": org})
    term = {
        "sourcedId": TERM,
        "status": "active",
        "title": "2025-26",
        "type": "schoolYear",
        "startDate": "2025-09-01",
        "endDate": "2026-07-31",
        "schoolYear": "2026",
        "org": school,
    }
    sync.create("term", TERM, r.post_academic_session, {"academicSession": term})
    course = {
        "sourcedId": COURSE,
        "status": "active",
        "title": "Maths 7",
        "org": school,
        "subjects": [SUBJECT],  # PowerPath finds placement tests and test-outs by subject/grade
        "grades": [GRADE],
    }
    sync.create("course", COURSE, r.create_course, {"course": course})
    klass = {
        "sourcedId": CLASS,
        "status": "active",
        "title": "7A Maths",
        "classType": "scheduled",
        "course": ref(base, "course", COURSE),
        "org": school,
        "terms": [
            {"href": f"{base}{OR_ROOT}/terms/{TERM}", "sourcedId": TERM, "type": "academicSession"}
        ],
    }
    sync.create("class", CLASS, r.create_class, {"class": klass})
    for n, (uid, role) in enumerate([(TEACHER, "teacher")] + [(s, "student") for s in STUDENTS]):
        user = {
            "sourcedId": uid,
            "status": "active",
            "enabledUser": "true",
            "givenName": f"{role.title()}{n}",
            "familyName": "Practice",
            "email": f"{uid}@practice.example.com",
            "roles": [{"roleType": "primary", "role": role, "org": school}],
            "agents": [],
            "userProfiles": [],
        }
        sync.create(role, uid, r.create_user, {"user": user})
        enrollment = {
            "sourcedId": f"pp-enr-{uid}",
            "status": "active",
            "role": role,
            "primary": "true",
            "user": ref(base, "user", uid),
            "class": ref(base, "class", CLASS),
            "school": school,
        }
        sync.create("enrollment", f"pp-enr-{uid}", r.create_enrollment, {"enrollment": enrollment})


def known_event_ids(tb: Timeback) -> set[str]:
    # The event list pages by offset/limit until `pagination.total` (docs/api.md, paging column).
    return {e.id for e in tb.paginate(tb.caliper.list_events, sensor=SENSOR, page_size=1000)}


# --------------------------------------------------------------------------- PowerPath

PP_ITEMS = [
    choice_item("pp-q-add", "1/2 + 1/4 = ?", {"A": "2/6", "B": "3/4", "C": "1/8"}, correct="B"),
    text_entry_item("pp-q-double", "1/3 + 1/3 = ? (as a fraction)", correct="2/3"),
    text_entry_item("pp-q-sub", "3/4 - 1/4 = ? (simplest form)", correct="1/2"),
    choice_item("pp-q-ratio", "Simplify 6:9.", {"A": "2:3", "B": "3:2", "C": "1:3"}, correct="A"),
    text_entry_item("pp-q-scale", "2:5 = 4:?", correct="10"),
]
RIGHT = {
    "pp-q-add": "B",
    "pp-q-double": "2/3",
    "pp-q-sub": "1/2",
    "pp-q-ratio": "A",
    "pp-q-scale": "10",
}
WRONG = {
    "pp-q-add": "A",
    "pp-q-double": "2/6",
    "pp-q-sub": "2/4",
    "pp-q-ratio": "B",
    "pp-q-scale": "8",
}


def qti_test(ident: str, title: str, items: list[str]) -> QtiTest:
    return QtiTest(ident, title, {f"{ident}-part": [QtiSection(f"{ident}-s1", title, items)]})


PLACEMENT = {  # grade → the placement test taken at that grade
    "6": qti_test("pp-placement-6", "Math placement, grade 6", ["pp-q-add", "pp-q-double"]),
    "7": qti_test(
        "pp-placement-7", "Math placement, grade 7", ["pp-q-sub", "pp-q-ratio", "pp-q-scale"]
    ),
}
TEST_OUT = qti_test("pp-testout-7", "Math 7 test-out", list(RIGHT))
PRACTICE = qti_test(
    "pp-practice-fractions", "Fractions practice", ["pp-q-add", "pp-q-double", "pp-q-sub"]
)
PRACTICE_LESSON, PRACTICE_UNIT = "pp-lesson-fractions", "pp-unit-fractions"
PRACTICE_RESOURCE = f"{PRACTICE_LESSON}-res"
TEST_OUT_XP, PRACTICE_XP = 100, 30
# Deterministic stand-in for what each student knows (answers outside it are wrong).
MASTERED = {
    "pp-student-1": set(RIGHT),
    "pp-student-2": {"pp-q-add", "pp-q-double", "pp-q-sub", "pp-q-ratio"},
    "pp-student-3": {"pp-q-add", "pp-q-double"},
    "pp-student-4": {"pp-q-add"},
}


def answer_of(student: str, question: str) -> str:
    return (RIGHT if question in MASTERED[student] else WRONG)[question]


def show(score: float | None) -> str:
    return "-" if score is None else f"{score:g}"


def qti_url(base: str, test: QtiTest) -> str:
    """Where a PowerPath lesson's resource points: the QTI test (its id is the last segment)."""
    return f"{base}/qti/api/assessment-tests/{test.identifier}"


@dataclass
class Standing:
    """What the platform shows a student after the PowerPath steps."""

    level: str | None = None
    test_out: float | None = None
    test_out_attempts: int = 0
    test_out_xp: float = 0
    practice: float | None = None
    course_xp: float = 0
    lessons: str = ""

    def line(self) -> str:
        tries = f"{self.test_out_attempts} attempt{'' if self.test_out_attempts == 1 else 's'}"
        return (
            f"level {self.level}, test-out {show(self.test_out)} ({tries}), practice "
            f"{show(self.practice)}, XP {self.course_xp + self.test_out_xp:g} (course "
            f"{self.course_xp:g} + test-out {self.test_out_xp:g}), lessons done {self.lessons}"
        )


def publish_content(tb: Timeback, sync: Sync) -> None:
    """The QTI items and tests the PowerPath lessons point at (created, replaced or unchanged)."""
    for item in PP_ITEMS:
        sync.outcome(f"QTI item {item.identifier}", upsert_item(tb, item))
    for test in (*PLACEMENT.values(), TEST_OUT, PRACTICE):
        sync.outcome(f"QTI test {test.identifier}", upsert_test(tb, test))


def create_lessons(tb: Timeback, sync: Sync, base: str) -> None:
    """The course's PowerPath lessons: placement tests per grade and a test-out (createInternalTest,
    when missing), and a powerpath-100 practice lesson (a OneRoster unit, resource and lesson)."""
    pp = tb.powerpath
    probe = STUDENTS[0]
    placed = pp.get_all_placement_tests(student=probe, subject=SUBJECT).placement_tests
    have = {g for t in placed for g in t.resources_metadata.to_dict().get("grades") or []}
    for grade, test in PLACEMENT.items():
        if grade in have:
            sync.counts["unchanged"] += 1
            continue
        pp.create_internal_test(
            body={
                "courseId": COURSE,
                "lessonType": "placement",
                "lessonTitle": test.title,
                "unitTitle": "Placement",
                "testType": "qti",
                "qti": {"url": qti_url(base, test)},
                "grades": [grade],
            }
        )
        sync.changed(f"placement test {test.identifier} (grade {grade})")
    if pp.test_out(student=probe, course=COURSE).lesson_id is None:
        pp.create_internal_test(
            body={
                "courseId": COURSE,
                "lessonType": "test-out",
                "lessonTitle": TEST_OUT.title,
                "testType": "qti",
                "qti": {"url": qti_url(base, TEST_OUT)},
                "xp": TEST_OUT_XP,
            }
        )
        sync.changed(f"test-out {TEST_OUT.identifier}")
    else:
        sync.counts["unchanged"] += 1
    r = tb.oneroster.rostering
    unit = {
        "sourcedId": PRACTICE_UNIT,
        "status": "active",
        "title": "Fractions",
        "sortOrder": 10,
        "course": {"sourcedId": COURSE},
    }
    sync.create("unit", PRACTICE_UNIT, r.create_course_component, {"courseComponent": unit})
    resource: dict[str, Any] = {
        "sourcedId": PRACTICE_RESOURCE,
        "status": "active",
        "title": PRACTICE.title,
        "vendorResourceId": PRACTICE.identifier,
        "metadata": {"type": "qti", "url": qti_url(base, PRACTICE), "xp": PRACTICE_XP},
    }
    sync.create(
        "resource",
        PRACTICE_RESOURCE,
        tb.oneroster.resources.create_resource,
        {"resource": resource},
    )
    lesson = {
        "sourcedId": PRACTICE_LESSON,
        "status": "active",
        "title": PRACTICE.title,
        "sortOrder": 1,
        "courseComponent": {"sourcedId": PRACTICE_UNIT},
        "resource": {"sourcedId": PRACTICE_RESOURCE},
        "lessonType": "powerpath-100",
    }
    sync.create(
        "lesson", PRACTICE_LESSON, r.create_component_resource, {"componentResource": lesson}
    )


def respond(tb: Timeback, student: str, lesson: str, question: str, response: str) -> Answer:
    """Send one answer (PowerPath scores it against the QTI item's correct response)."""
    return tb.powerpath.update_student_question_response(
        body={
            "student": student,
            "lesson": lesson,
            "question": question,
            "responses": {"RESPONSE": response},
        }
    )


def answer(tb: Timeback, student: str, lesson: str, question: str) -> Answer:
    """The student's own answer to one question."""
    return respond(tb, student, lesson, question, answer_of(student, question))


def progress_of(tb: Timeback, student: str, lesson: str) -> GetAssessmentProgressResponse200:
    """A test lesson's progress: its questions (with the answers so far), score, finalized."""
    progress = tb.powerpath.get_assessment_progress(student=student, lesson=lesson)
    if not isinstance(progress, GetAssessmentProgressResponse200):
        raise RuntimeError(f"{lesson} is not a test lesson (a {progress.lesson_type} lesson)")
    return progress


def finalize(tb: Timeback, student: str, lesson: str) -> float:
    """Finalize the attempt (unanswered questions count as wrong); its score."""
    tb.powerpath.final_student_assessment_response(body={"student": student, "lesson": lesson})
    progress = progress_of(tb, student, lesson)
    if not progress.finalized:
        raise RuntimeError(f"{lesson}: attempt {progress.attempt:g} of {student} not finalized")
    return float(progress.score or 0)


def take_test(tb: Timeback, student: str, lesson: str) -> float:
    """Answer every question of a test lesson (placement, test-out) and finalize it; the score."""
    for question in progress_of(tb, student, lesson).questions:
        answer(tb, student, lesson, question.id)
    return finalize(tb, student, lesson)


def place(tb: Timeback, sync: Sync, student: str) -> str | None:
    """Take the subject's placement tests in order until PowerPath places the student."""
    pp = tb.powerpath
    level = pp.get_current_level(student=student, subject=SUBJECT)
    if level.onboarded:
        sync.counts["unchanged"] += 1
    while not level.onboarded:
        nxt = pp.get_next_placement_test(student=student, subject=SUBJECT)
        if nxt.lesson is None:
            raise RuntimeError(f"{student}: not placed and no placement test left")
        score = take_test(tb, student, nxt.lesson)
        sync.changed(f"placement grade {nxt.grade_level} for {student}: {score:g}")
        level = pp.get_current_level(student=student, subject=SUBJECT)
    return None if level.grade_level is None else str(level.grade_level)


def retake(tb: Timeback, student: str, lesson: str) -> float:
    """A failed test-out, retaken: a new attempt; the student slips on the first question and
    starts over (resetAttempt clears the answers), then answers every question right."""
    pp = tb.powerpath
    pp.create_new_attempt(body={"student": student, "lesson": lesson})
    questions = progress_of(tb, student, lesson).questions
    respond(tb, student, lesson, questions[0].id, WRONG[questions[0].id])
    pp.reset_attempt(body={"student": student, "lesson": lesson})
    for question in questions:
        respond(tb, student, lesson, question.id, RIGHT[question.id])
    return finalize(tb, student, lesson)


def take_test_out(tb: Timeback, sync: Sync, student: str, standing: Standing) -> None:
    """Assign the grade's test-out (once), take it, retake it when failed; list the attempts."""
    pp = tb.powerpath
    listed = pp.list_student_test_assignments(student=student, subject=SUBJECT, grade=GRADE)
    if listed.test_assignments:
        assignment = listed.test_assignments[-1]
        if not isinstance(assignment.component_resource_sourced_id, str):
            raise RuntimeError(f"test assignment {assignment.sourced_id} names no lesson")
        lesson = assignment.component_resource_sourced_id
    else:
        created = pp.create_test_assignment(
            body={"student": student, "subject": SUBJECT, "grade": GRADE}
        )
        sync.changed(f"test assignment {created.assignment_id} for {student}")
        assignment = pp.get_test_assignment(created.assignment_id)
        lesson = created.lesson_id
    if assignment.assignment_status in ("assigned", "in_progress"):
        pp.create_new_attempt(body={"student": student, "lesson": lesson})
        score = take_test(tb, student, lesson)
        sync.changed(f"test-out attempt 1 for {student}: {score:g}")
        if pp.get_test_assignment(assignment.sourced_id).assignment_status == "failed":
            sync.changed(f"test-out retake for {student}: {retake(tb, student, lesson):g}")
    else:
        sync.counts["unchanged"] += 1
    attempts = pp.get_attempts(student=student, lesson=lesson).attempts
    standing.test_out = attempts[-1].score if attempts else None
    standing.test_out_xp = (attempts[-1].xp or 0) if attempts else 0
    standing.test_out_attempts = len(attempts)


def practise(tb: Timeback, sync: Sync, student: str) -> None:
    """The powerpath-100 lesson, question by question (getNextQuestion → answer) until every
    question is answered; skipped once an attempt is fully graded."""
    pp = tb.powerpath
    attempts = pp.get_attempts(student=student, lesson=PRACTICE_LESSON).attempts
    if any(a.score_status == "fully graded" for a in attempts):
        sync.counts["unchanged"] += 1
        return
    pp.create_new_attempt(body={"student": student, "lesson": PRACTICE_LESSON})
    answered, total, score = 0, 1, 0.0
    while answered < total:
        question = pp.get_next_question(student=student, lesson=PRACTICE_LESSON).question
        result = answer(tb, student, PRACTICE_LESSON, question.id)
        if not isinstance(result, PowerPath100UpdateStudentQuestionResponseResult):
            raise RuntimeError(f"{PRACTICE_LESSON} answered as a {result.lesson_type} lesson")
        answered, total = answered + 1, int(result.total_questions)
        score = result.powerpath_score
    sync.changed(f"practice {PRACTICE_LESSON} for {student}: {score:g}")


def read_progress(tb: Timeback, student: str, standing: Standing) -> None:
    """Course progress (the practice lesson's result) and subject progress (lessons, XP)."""
    pp = tb.powerpath
    course = pp.get_course_progress(COURSE, student, lesson_id=PRACTICE_LESSON)
    scores = [
        r.score
        for item in course.line_items
        for r in item.results
        if isinstance(r.score, int | float)
    ]
    standing.practice = scores[-1] if scores else None
    for p in pp.get_subject_progress(student=student, subject=SUBJECT).progress:
        if p.course.sourced_id == COURSE:
            standing.course_xp = p.total_xp_earned
            standing.lessons = f"{p.completed_lessons:g}/{p.total_lessons:g}"


def powerpath_flow(tb: Timeback, sync: Sync, base: str) -> dict[str, Standing]:
    print("PowerPath: content and lessons")
    publish_content(tb, sync)
    create_lessons(tb, sync, base)
    standings = {}
    for student in STUDENTS:
        standing = Standing(level=place(tb, sync, student))
        take_test_out(tb, sync, student, standing)
        practise(tb, sync, student)
        read_progress(tb, student, standing)
        standings[student] = standing
    for student, standing in standings.items():
        print(f"{student}: {standing.line()}")
    return standings


def run(base: str) -> Counter[str]:
    sync = Sync()
    with Timeback.for_sandbox(base) as tb:
        print("seeding roster")
        seed(tb, sync, base)

        r, gb = tb.oneroster.rostering, tb.oneroster.gradebook
        students = {u.sourced_id: u for u in tb.paginate(r.get_students_for_class, CLASS)}
        teachers = [u.sourced_id for u in tb.paginate(r.get_teachers_for_class, CLASS)]
        print(f"roster of {CLASS}: {len(students)} students, teachers {teachers}")

        print("pushing progress")
        for code, title in SKILLS.items():
            sid = f"pp-ali-{CLASS}-{code}"
            body = {
                "sourcedId": sid,
                "status": "active",
                "title": f"{code} {title}",
                "class": ref(base, "class", CLASS),
                "resultValueMin": 0,
                "resultValueMax": 100,
                "metadata": {
                    "skill": code,
                    "zones": {"LEARNING": [0, 69], "REFINING": [70, 89], "CHALLENGE": [90, 100]},
                },
            }
            sync.create(
                "line item", sid, gb.create_assessment_line_item, {"assessmentLineItem": body}
            )

        events: list[Any] = []
        known = known_event_ids(tb)
        context_of = {
            code: activity_context(
                f"{APP}/skills/{code}",
                subject="Math",
                app_name="Practice",
                app_id=APP,
                activity=(f"{APP}/skills/{code}", title),
            )
            for code, title in SKILLS.items()
        }
        for s in practice_sessions():
            student = students[s.student]
            result: dict[str, Any] = {
                "sourcedId": f"pp-ar-{s.id}",
                "status": "active",
                "assessmentLineItem": {"sourcedId": f"pp-ali-{CLASS}-{s.skill}"},
                "student": {"sourcedId": s.student},
                "score": s.smart_score,
                "scoreDate": s.started.isoformat(),
                "scoreStatus": "fully graded",
                "metadata": {
                    "accuracy": round(s.correct / s.answers, 3),
                    "xp": s.xp,
                    "mastery": zone(s.smart_score),
                    "sessionId": s.id,
                },
            }
            sync.create(
                "result",
                result["sourcedId"],
                gb.create_assessment_result,
                {"assessmentResult": result},
            )
            actor = timeback_user(f"{base}{OR_ROOT}/users/{s.student}", student.email or "")
            end = s.started + timedelta(seconds=sum(s.gaps))
            ids = [
                str(uuid.uuid5(uuid.NAMESPACE_URL, f"{APP}/{s.id}/{kind}"))
                for kind in ("done", "time")
            ]
            if f"urn:uuid:{ids[0]}" not in known:
                events.append(
                    activity_completed(
                        actor=actor,
                        context=context_of[s.skill],
                        xp_earned=s.xp,
                        total_questions=s.answers,
                        correct_questions=s.correct,
                        mastered_units=int(s.smart_score >= 90),
                        event_time=end,
                        event_id=ids[0],
                    )
                )
            if f"urn:uuid:{ids[1]}" not in known:
                events.append(
                    time_spent(
                        actor=actor,
                        context=context_of[s.skill],
                        active=s.active_seconds,
                        inactive=s.inactive_seconds,
                        start=s.started,
                        end=end,
                        event_id=ids[1],
                    )
                )
        if events:
            sent = send_events(tb, events, sensor=SENSOR, batch_size=10)
            sync.counts["created"] += sent.sent
            print(f"  sent {sent.sent} Caliper events in {sent.batches} batches")
            for failure in sent.failed:
                print(f"  event {failure.index} rejected: {failure.reason}")
                sync.counts["failed"] += 1
        sync.counts["unchanged"] += len(known)

        powerpath_flow(tb, sync, base)

    changed = sync.counts["created"]
    print(
        f"summary: created={changed} unchanged={sync.counts['unchanged']} "
        f"failed={sync.counts['failed']}"
    )
    print("nothing changed: TimeBack was already in sync" if not changed else f"{changed} changes")
    return sync.counts


if __name__ == "__main__":
    url = (
        sys.argv[1]
        if len(sys.argv) > 1
        else os.environ.get("TIMEBACK_SANDBOX_URL", "http://127.0.0.1:8787")
    )
    counts = run(url.rstrip("/"))
    sys.exit(1 if counts["failed"] else 0)
