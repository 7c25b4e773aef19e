"""PowerPath placement (levels per subject) and screening sessions.

A subject's placement tests are the lessons of type ``placement`` whose resource names the subject
(``metadata.subject``) or whose course lists it in ``subjects``, ordered by grade (the resource's
``metadata.grades``, else the course's ``grades``). A test is completed by a fully graded attempt;
a score of 90 or more moves the student on to the next test, a lower one places them (onboarded).

Screening stands in for the NWEA MAP integration: ``assignTest`` opens (or re-opens) a session with
generated NWEA ids, pin and password; the sandbox has no NWEA to take the test on, so screening
results stay ``null`` per assigned subject.
"""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from typing import Any

from .context import now_iso
from .powerpath_core import (
    ASSIGNMENTS,
    PASS_SCORE,
    RESULTS,
    SESSIONS,
    Core,
    Lesson,
    eq,
    grade_number,
    listed,
    not_found,
    one_of,
    ref,
    subjects,
    view,
)
from .web import Request, Response


def subject_of(c: Core, lesson: Lesson) -> str | None:
    named = lesson.meta.get("subject")
    if named in subjects():
        return str(named)
    course = c.get("courses", lesson.course_id) or {}
    return next((s for s in listed(course, "subjects") if s in subjects()), None)


def lesson_grade(c: Core, lesson: Lesson) -> int | None:
    grades = lesson.grades or listed(c.get("courses", lesson.course_id) or {}, "grades")
    numbers = [n for n in (grade_number(g) for g in grades) if n is not None]
    return min(numbers) if numbers else None


def placement_tests(c: Core, subject: str) -> list[tuple[Lesson, int | None]]:
    by_resource = [
        r["sourcedId"] for r in c.active("resources", eq("metadata.lessonType", "placement"))
    ]
    crs = {
        cr["sourcedId"]: cr
        for cr in c.active("componentResources", eq("lessonType", "placement"))
        + c.active("componentResources", one_of("resource.sourcedId", by_resource))
    }
    lessons = [c.make_lesson(cr) for cr in crs.values()]
    tests = [
        (x, lesson_grade(c, x))
        for x in lessons
        if x.kind == "placement" and subject_of(c, x) == subject
    ]
    return sorted(tests, key=lambda t: (t[1] is None, t[1] or 0, t[0].title, t[0].id))


@dataclass
class Placement:
    tests: list[tuple[Lesson, int | None]]
    done: list[dict[str, Any] | None]  # the completed attempt of each test
    level: int | None
    next: Lesson | None
    onboarded: bool

    @property
    def exhausted(self) -> bool:
        return bool(self.tests) and all(d is not None for d in self.done)


def placement(c: Core, student: str, subject: str) -> Placement:
    tests = placement_tests(c, subject)
    done = [c.completed(lesson, student) for lesson, _ in tests]
    state = Placement(tests, done, tests[0][1] if tests else None, None, False)
    for i, ((lesson, grade), result) in enumerate(zip(tests, done, strict=True)):
        if result is None:
            state.next = lesson
            break
        if float(result.get("score") or 0) < PASS_SCORE or i + 1 == len(tests):
            state.level, state.onboarded = grade, True
            break
        state.level = tests[i + 1][1]
    return state


def after_final(c: Core, lesson: Lesson, student: str, score: float) -> None:
    """What finalizing a test changes besides its result: a test assignment's status; for a
    placement test the student's onboarding (and the ``courseIdOnFail`` enrollment on a fail)."""
    c.set_assignment(lesson.id, "completed" if score >= PASS_SCORE else "failed")
    subject = subject_of(c, lesson)
    if lesson.kind != "placement" or subject is None:
        return
    state = placement(c, student, subject)
    record: dict[str, Any] = {"status": "completed" if state.onboarded else "in_progress"}
    if state.onboarded:
        record["completedAt"] = now_iso()
    fail_course = ref(lesson.meta.get("courseIdOnFail"))
    if score < PASS_SCORE and fail_course and c.enroll(student, fail_course):
        record["courseId"] = fail_course
    c.set_onboarding(student, subject, record)


class Placements:
    def __init__(self, core: Core) -> None:
        self.c = core

    def _query(self, request: Request) -> tuple[str, str]:
        query = self.c.params(request)
        self.c.user(query["student"])
        return query["student"], query["subject"]

    def get_all_placement_tests(self, request: Request) -> Response:
        student, subject = self._query(request)
        out = []
        for lesson, _grade in placement_tests(self.c, subject):
            ali = self.c.line_item(lesson)
            out.append(
                {
                    "component_resources": lesson.cr,
                    "resources": lesson.resource,
                    "resources_metadata": lesson.meta,
                    "assessment_line_items": ali,
                    "assessment_results": self.c.attempts(lesson, student) if ali else None,
                }
            )
        return self.c.answer(request, {"placementTests": out})

    def get_current_level(self, request: Request) -> Response:
        state = placement(self.c, *self._query(request))
        level = None if state.level is None else str(state.level)
        return self.c.answer(
            request,
            {"gradeLevel": level, "onboarded": state.onboarded, "availableTests": len(state.tests)},
        )

    def get_next_placement_test(self, request: Request) -> Response:
        state = placement(self.c, *self._query(request))
        grade = next(
            (g for x, g in state.tests if state.next is not None and x.id == state.next.id), None
        )
        return self.c.answer(
            request,
            {
                "exhaustedTests": state.exhausted,
                "gradeLevel": None if grade is None else str(grade),
                "lesson": state.next.id if state.next else None,
                "onboarded": state.onboarded,
                "availableTests": len(state.tests),
            },
        )

    def get_subject_progress(self, request: Request) -> Response:
        student, subject = self._query(request)
        enrolled = self.c.enrolled_courses(student)
        finished = {
            (a.get("subject"), a.get("grade"))
            for a in self.c.active(ASSIGNMENTS, eq("studentSourcedId", student))
            if a.get("assignmentStatus") in ("completed", "failed")
        }
        progress = []
        for course in self.c.courses_for(subject):
            lessons = self.c.course_lessons(course["sourcedId"])
            done = [(x, self.c.completed(x, student)) for x in lessons]
            test_out = next((x for x in lessons if x.kind == "test-out"), None)
            used = any(r is not None and x.kind == "test-out" for x, r in done) or any(
                (subject, g) in finished for g in listed(course, "grades")
            )
            progress.append(
                {
                    "course": {
                        "courseCode": course.get("courseCode"),
                        "dateLastModified": course.get("dateLastModified"),
                        "grades": course.get("grades"),
                        "level": course.get("level"),
                        "orgSourcedId": ref(course.get("org")),
                        "sourcedId": course["sourcedId"],
                        "status": course.get("status", "active"),
                        "subjects": course.get("subjects"),
                        "title": course.get("title", ""),
                    },
                    "inEnrolled": course["sourcedId"] in enrolled,
                    "hasUsedTestOut": used,
                    "testOutLessonId": test_out.id if test_out else None,
                    "completedLessons": sum(1 for _, r in done if r is not None),
                    "totalLessons": len(lessons),
                    "totalAttainableXp": sum(x.xp or 0 for x in lessons),
                    "totalXpEarned": sum(
                        (r.get("metadata") or {}).get("xp") or 0 for _, r in done if r
                    ),
                }
            )
        return self.c.answer(request, {"progress": progress})

    def reset_user_placement(self, request: Request) -> Response:
        body = self.c.body(request)
        student, subject = str(body["student"]), str(body["subject"])
        self.c.user(student)
        deleted = 0
        with self.c.lock:
            for lesson, _grade in placement_tests(self.c, subject):
                rows = self.c.attempts(lesson, student) + self.c.active(
                    RESULTS, eq("metadata.lesson", lesson.id), eq("student.sourcedId", student)
                )
                for result in {r["sourcedId"]: r for r in rows}.values():
                    self.c.save(RESULTS, result, deleted=True)
                    deleted += 1
            self.c.set_onboarding(student, subject, {"status": "in_progress"})
        return self.c.answer(
            request, {"success": True, "placementResultsDeleted": deleted, "onboardingReset": True}
        )

    def get_student_placement_data(self, request: Request) -> Response:
        student = request.params["studentId"]
        self.c.user(student)
        out: dict[str, Any] = {}
        for subject in subjects():
            state = placement(self.c, student, subject)
            graded = [
                (x, g, d)
                for (x, g), d in zip(state.tests, state.done, strict=True)
                if g is not None
            ]
            if not graded:
                continue
            results = []
            for lesson, grade, done in graded:
                entry: dict[str, Any] = {
                    "testId": lesson.id,
                    "title": lesson.title,
                    "subject": subject,
                    "grade": grade,
                    "status": "STARTED" if self.c.current(lesson, student) else "NOT_STARTED",
                    "source": "PLACEMENT",
                }
                if done is not None:
                    score = float(done.get("score") or 0)
                    entry.update(
                        status="PASSED" if score >= PASS_SCORE else "FAILED",
                        score=score,
                        completedAt=(done.get("metadata") or {}).get("completedAt")
                        or done.get("scoreDate"),
                    )
                results.append(entry)
            grades = [g for _, g, _ in graded]
            onboarding = self.c.onboarding(student, subject) or {}
            started = any(r["status"] != "NOT_STARTED" for r in results)
            status = (
                "completed" if state.onboarded else ("in_progress" if started else "not_started")
            )
            out[subject] = {
                "startingGrade": grades[0],
                "currentGrade": grades[0] if state.level is None else state.level,
                "subjectLowestGrade": min(grades),
                "subjectHighestGrade": max(grades),
                "RIT": {},
                "results": results,
                "status": onboarding.get("status")
                if onboarding and not state.onboarded
                else status,
                "nextTestId": state.next.id if state.next else None,
            }
        return self.c.answer(request, out)

    # ---------------------------------------------------------------- screening
    def _session(self, user_id: str) -> dict[str, Any]:
        self.c.user(user_id)
        session = self.c.store.get(SESSIONS, user_id)
        if session is None:
            raise not_found("screening session of user", user_id)
        return session

    def _term(self) -> str:
        today = now_iso()[:10]
        for term in self.c.active("academicSessions", eq("type", "term")):
            if (
                str(term.get("startDate", ""))[:10]
                <= today
                <= str(term.get("endDate", "9999"))[:10]
            ):
                return str(term["sourcedId"])
        return ""

    def assign_test(self, request: Request) -> Response:
        body = self.c.body(request)
        user = self.c.user(str(body["userId"]))
        with self.c.lock:
            session = self.c.store.get(SESSIONS, user["sourcedId"]) or {
                "nweaStudentId": str(uuid.uuid4()),
                "password": secrets.token_urlsafe(9),
                "name": f"{user.get('givenName', '')} {user.get('familyName', '')}".strip(),
                "proctorId": str(uuid.uuid4()),
                "pin": f"{secrets.randbelow(10**6):06d}",
                "subjects": [],
            }
            session.update(
                createdOn=now_iso(),
                testSessionId=str(uuid.uuid4()),
                status="active",
                termId=self._term(),
                assignment={
                    "assignedTestKey": body["subject"],
                    "status": "assigned",
                    "nweaStatus": "AWAITING_STUDENT",
                },
                subjects=sorted({*session.get("subjects", []), body["subject"]}),
            )
            self.c.store.put(SESSIONS, user["sourcedId"], session)
        return self.c.answer(request, view(session, "getSession"))

    def get_session(self, request: Request) -> Response:
        session = self._session(request.params["userId"])
        return self.c.answer(request, view(session, "getSession"))

    def reset_session(self, request: Request) -> Response:
        user_id = str(self.c.body(request)["userId"])
        with self.c.lock:
            session = self._session(user_id)
            session.update(
                status="inactive",
                assignment={"assignedTestKey": None, "status": None, "nweaStatus": None},
            )
            self.c.store.put(SESSIONS, user_id, session)
        return self.c.answer(request, None)

    def get_results(self, request: Request) -> Response:
        user_id = request.params["userId"]
        self.c.user(user_id)
        session = self.c.store.get(SESSIONS, user_id) or {}
        return self.c.answer(request, dict.fromkeys(session.get("subjects", [])))
