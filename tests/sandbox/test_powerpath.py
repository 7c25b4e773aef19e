"""PowerPath in the sandbox, through the public client in strict mode (any drift from the
document raises): every operation, a practice platform's flow end to end, and its consistency with
the OneRoster and QTI records the sandbox holds.

The module runs its own sandbox: placement is per subject across all courses, so other modules'
courses must not take part. It runs with ``--profile document``: strict mode checks answers against
the document, which the live profile (records as stored) does not promise to meet.
"""

from __future__ import annotations

import base64
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import pytest

from timeback_gen import Timeback, raw
from timeback_gen.errors import (
    BadRequestError,
    InternalServerError,
    NotFoundError,
    UnprocessableEntityError,
)
from timeback_gen.sandbox.context import Context
from timeback_gen.sandbox.faults import Faults
from timeback_gen.sandbox.powerpath_core import Core, Lesson
from timeback_gen.sandbox.process import SandboxProcess
from timeback_gen.sandbox.qti import TESTS
from timeback_gen.sandbox.spec import operations
from timeback_gen.sandbox.store import Store

pytestmark = pytest.mark.sandbox

ALL_OPERATIONS = {op.operation_id for op in operations("powerpath")}
NOT_IMPLEMENTED = {"makeExternalTestAssignment", "importExternalTestAssignmentResults"}


def uid(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


@pytest.fixture(scope="module")
def pp_sandbox() -> Iterator[SandboxProcess]:
    proc = SandboxProcess("--profile", "document")
    try:
        yield proc
    finally:
        assert proc.stop() == 0, "".join(proc.output)


@pytest.fixture()
def tb(pp_sandbox: SandboxProcess) -> Iterator[Timeback]:
    with Timeback.for_sandbox(pp_sandbox.url, strict=True) as client:
        yield client


def d(model: Any) -> Any:
    """A parsed answer as plain JSON."""
    return model.to_dict() if hasattr(model, "to_dict") else model


# --------------------------------------------------------------------------- the world


def choice_xml(ident: str) -> str:
    """A QTI choice item (XML): 2 + 2, choices A (3) and B (4, correct)."""
    ns = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0"
    rp = "https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct.xml"
    choices = "".join(
        f'<qti-simple-choice identifier="{k}">{v}</qti-simple-choice>'
        for k, v in (("A", 3), ("B", 4))
    )
    return (
        f'<qti-assessment-item xmlns="{ns}" identifier="{ident}" title="Two plus two" '
        'adaptive="false" time-dependent="false">'
        '<qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier">'
        "<qti-correct-response><qti-value>B</qti-value></qti-correct-response></qti-response-declaration>"
        f'<qti-item-body><qti-choice-interaction response-identifier="RESPONSE" max-choices="1">{choices}'
        f'</qti-choice-interaction></qti-item-body><qti-response-processing template="{rp}"/>'
        "</qti-assessment-item>"
    )


def text_entry_item(ident: str, answer: str) -> dict[str, Any]:
    """A QTI text-entry item (JSON), easy, whose correct response is ``answer``."""
    declaration = {"identifier": "RESPONSE", "cardinality": "single", "baseType": "string"}
    return {
        "identifier": ident,
        "title": f"Type {answer}",
        "type": "text-entry",
        "metadata": {"difficulty": "easy"},
        "responseDeclarations": [{**declaration, "correctResponse": {"value": [answer]}}],
        "responseProcessing": {
            "templateType": "match_correct",
            "responseDeclarationIdentifier": "RESPONSE",
            "outcomeIdentifier": "FEEDBACK",
            "correctResponseIdentifier": "CORRECT",
            "incorrectResponseIdentifier": "INCORRECT",
        },
    }


def sid(value: str) -> dict[str, str]:
    return {"sourcedId": value}


@dataclass
class World:
    """A school, a course of one subject and grade with a class, two units and a powerpath-100
    lesson (a QTI test of a choice and a text-entry item), and a student enrolled in the class."""

    tb: Timeback
    subject: str
    grade: str = "3"
    school: str = field(default_factory=lambda: uid("sch"))
    course: str = field(default_factory=lambda: uid("crs"))
    cls: str = field(default_factory=lambda: uid("cls"))
    term: str = field(default_factory=lambda: uid("term"))
    units: list[str] = field(default_factory=lambda: [uid("unit"), uid("unit")])
    lesson: str = field(default_factory=lambda: uid("les"))
    choice: str = field(default_factory=lambda: uid("q"))
    text: str = field(default_factory=lambda: uid("q"))

    def __post_init__(self) -> None:
        # seeding reads its answers tolerantly (the XML item here lacks the xsi declarations the
        # QTI document requires); PowerPath and the gradebook reads stay strict
        self.seed = self.tb.with_options(strict=False)
        r = self.seed.oneroster.rostering
        org = {"name": "S", "type": "school", "identifier": self.school}
        self.make(r.create_org, "org", sourcedId=self.school, **org)
        self.add_course(self.course, f"{self.subject} {self.grade}", self.grade)
        year = {"startDate": "2020-01-01", "endDate": "2099-12-31", "schoolYear": "2025"}
        term = {"title": "Year", "type": "term", "org": sid(self.school), **year}
        self.make(r.post_academic_session, "academicSession", sourcedId=self.term, **term)
        self.add_class(self.cls, self.course)
        self.student = self.add_student()
        self.enroll(self.student, self.cls)
        for n, unit in enumerate(self.units, 1):
            self.add_unit(unit, f"Unit {n}", n)
        self.seed.qti.create_assessment_item(body={"format": "xml", "xml": choice_xml(self.choice)})
        self.seed.qti.create_assessment_item(body=text_entry_item(self.text, "Paris"))
        self.test = self.qti_test(self.choice, self.text)
        self.add_lesson(
            self.lesson,
            self.units[0],
            "Practice",
            {"type": "qti", "url": self.url(self.test), "xp": 10},
        )

    @staticmethod
    def make(create: Callable[..., Any], key: str, **record: Any) -> None:
        create(body={key: {"status": "active", **record}})

    def add_course(self, course: str, title: str, grade: str) -> None:
        r = self.seed.oneroster.rostering
        fields = {
            "title": title,
            "courseCode": course,
            "subjects": [self.subject],
            "grades": [grade],
        }
        self.make(r.create_course, "course", sourcedId=course, org=sid(self.school), **fields)

    def add_class(self, cls: str, course: str) -> None:
        r = self.seed.oneroster.rostering
        fields = {"title": "Class", "classType": "scheduled", "terms": [sid(self.term)]}
        self.make(
            r.create_class,
            "class",
            sourcedId=cls,
            course=sid(course),
            org=sid(self.school),
            **fields,
        )

    def add_unit(self, unit: str, title: str, order: int) -> None:
        r = self.seed.oneroster.rostering
        when = "2025-01-01T00:00:00.000Z"
        self.make(
            r.create_course_component,
            "courseComponent",
            sourcedId=unit,
            title=title,
            sortOrder=order,
            unlockDate=when,
            course=sid(self.course),
        )

    def add_student(self) -> str:
        student = uid("stu")
        role = {"roleType": "primary", "role": "student", "org": sid(self.school)}
        names = {"givenName": "Ann", "familyName": "Lee", "email": f"{student}@example.com"}
        self.make(
            self.seed.oneroster.rostering.create_user,
            "user",
            sourcedId=student,
            enabledUser=True,
            roles=[role],
            **names,
        )
        return student

    def enroll(self, student: str, cls: str) -> None:
        r = self.seed.oneroster.rostering
        self.make(
            r.create_enrollment,
            "enrollment",
            role="student",
            user=sid(student),
            **{"class": sid(cls)},
        )

    def qti_test(self, *items: str) -> str:
        test_id = uid("test")
        refs = [{"identifier": i, "href": f"assessment-items/{i}"} for i in items]
        section = {
            "identifier": "s1",
            "title": "S1",
            "visible": True,
            "qti-assessment-item-ref": refs,
        }
        part = {"identifier": "p1", "navigationMode": "linear", "submissionMode": "individual"}
        self.seed.qti.create_assessment_test(
            body={
                "identifier": test_id,
                "title": "Test",
                "qti-test-part": [{**part, "qti-assessment-section": [section]}],
            }
        )
        return test_id

    @staticmethod
    def url(test_id: str) -> str:
        return f"https://qti.example.com/api/assessment-tests/{test_id}"

    def add_resource(self, res: str, title: str, meta: dict[str, Any]) -> None:
        create = self.seed.oneroster.resources.create_resource
        self.make(
            create, "resource", sourcedId=res, title=title, vendorResourceId=res, metadata=meta
        )

    def add_lesson(
        self, lesson: str, unit: str, title: str, meta: dict[str, Any], kind: str | None = None
    ) -> None:
        self.add_resource(f"{lesson}-res", title, meta)
        extra = {"lessonType": kind} if kind else {}
        create = self.seed.oneroster.rostering.create_component_resource
        refs = {"courseComponent": sid(unit), "resource": sid(f"{lesson}-res")}
        self.make(
            create, "componentResource", sourcedId=lesson, title=title, sortOrder=1, **refs, **extra
        )

    def answer(self, lesson: str, question: str, response: str, student: str | None = None) -> Any:
        body = {
            "student": student or self.student,
            "question": question,
            "lesson": lesson,
            "response": response,
        }
        return d(self.tb.powerpath.update_student_question_response(body=body))

    def results_of(self, lesson: str) -> list[dict[str, Any]]:
        """The student's test results on the lesson, read through the OneRoster gradebook."""
        g = self.tb.oneroster.gradebook
        lines = g.get_all_assessment_line_items(filter=f"componentResource.sourcedId='{lesson}'")
        (ali,) = d(lines)["assessmentLineItems"]
        wanted = f"assessmentLineItem.sourcedId='{ali['sourcedId']}' AND student.sourcedId='{self.student}'"
        return list(d(g.get_all_assessment_results(filter=wanted))["assessmentResults"])


def internal_test(tb: Timeback, w: World, kind: str, test_id: str, **extra: Any) -> dict[str, Any]:
    body = {
        "courseId": w.course,
        "lessonType": kind,
        "testType": "qti",
        "qti": {"url": w.url(test_id)},
        **extra,
    }
    return dict(d(tb.powerpath.create_internal_test(body=body)))


# --------------------------------------------------------------------------- the flow


def test_practice_platform_flow(tb: Timeback) -> None:
    """Place a student, assign a test, take it (right and wrong answers), finalize, list and
    reset attempts; a powerpath-100 lesson question by question."""
    pp = tb.powerpath
    w = World(tb, "Math")
    # placement: grade 3 then grade 4, internal QTI tests; a fail at grade 4 enrolls in the fallback
    fallback = uid("crs")
    w.add_course(fallback, "Math 4 support", "4")
    support_class = uid("cls")
    w.add_class(support_class, fallback)
    g3 = internal_test(
        tb, w, "placement", w.qti_test(w.choice), grades=["3"], unitTitle="Placement"
    )
    g4 = internal_test(
        tb, w, "placement", w.qti_test(w.choice, w.text), grades=["4"], courseIdOnFail=fallback
    )
    assert g3["lessonType"] == "placement" and g3["testType"] == "qti"
    level = d(pp.get_current_level(student=w.student, subject="Math"))
    assert level == {"gradeLevel": "3", "onboarded": False, "availableTests": 2}
    nxt = d(pp.get_next_placement_test(student=w.student, subject="Math"))
    assert (nxt["lesson"], nxt["gradeLevel"], nxt["exhaustedTests"]) == (g3["lessonId"], "3", False)
    tests = d(pp.get_all_placement_tests(student=w.student, subject="Math"))["placementTests"]
    assert [t["component_resources"]["sourcedId"] for t in tests] == [
        g3["lessonId"],
        g4["lessonId"],
    ]
    assert tests[0]["assessment_results"] is None  # not taken yet: no line item
    # grade 3 passed (100) → level 4, next test grade 4
    progress = d(pp.get_assessment_progress(student=w.student, lesson=g3["lessonId"]))
    assert [q["id"] for q in progress["questions"]] == [w.choice] and progress["finalized"] is False
    assert "qti-choice-interaction" in progress["questions"][0]["content"]["rawXml"]
    right = w.answer(g3["lessonId"], w.choice, "B")
    assert (
        right["lessonType"] == "placement"
        and right["questionResult"]["metadata"]["correct"] is True
    )
    final = d(
        pp.final_student_assessment_response(body={"student": w.student, "lesson": g3["lessonId"]})
    )
    assert final == {"lessonType": "placement", "finalized": True, "attempt": 1}
    level = d(pp.get_current_level(student=w.student, subject="Math"))
    assert (level["gradeLevel"], level["onboarded"]) == ("4", False)
    assert (
        d(pp.get_next_placement_test(student=w.student, subject="Math"))["lesson"] == g4["lessonId"]
    )
    # grade 4: one right, one wrong → 50 → placed at 4 (onboarded), enrolled in the fallback course
    w.answer(g4["lessonId"], w.choice, "B")
    wrong = w.answer(g4["lessonId"], w.text, "Rome")
    assert wrong["questionResult"]["metadata"]["correct"] is False
    pp.final_student_assessment_response(body={"student": w.student, "lesson": g4["lessonId"]})
    level = d(pp.get_current_level(student=w.student, subject="Math"))
    assert (level["gradeLevel"], level["onboarded"]) == ("4", True)
    nxt = d(pp.get_next_placement_test(student=w.student, subject="Math"))
    assert (nxt["lesson"], nxt["exhaustedTests"], nxt["onboarded"]) == (None, True, True)
    classes = d(tb.oneroster.rostering.get_classes_for_student(w.student))["classes"]
    assert support_class in {c["sourcedId"] for c in classes}
    placement = d(pp.get_student_placement_data(w.student))["Math"]
    assert [(r["grade"], r["status"]) for r in placement["results"]] == [
        (3, "PASSED"),
        (4, "FAILED"),
    ]
    assert (placement["currentGrade"], placement["status"], placement["nextTestId"]) == (
        4,
        "completed",
        None,
    )

    # a test-out: createInternalTest in the course makes the assigned test an internal QTI test
    internal_test(tb, w, "test-out", w.qti_test(w.choice, w.text), xp=100)
    assigned = d(
        pp.create_test_assignment(body={"student": w.student, "subject": "Math", "grade": "3"})
    )
    lesson = assigned["lessonId"]
    assignment = d(pp.get_test_assignment(assigned["assignmentId"]))
    assert (assignment["assignmentStatus"], assignment["componentResourceSourcedId"]) == (
        "assigned",
        lesson,
    )
    attempt = d(pp.create_new_attempt(body={"student": w.student, "lesson": lesson}))["attempt"]
    assert (attempt["attempt"], attempt["scoreStatus"], attempt["completedAt"]) == (
        1,
        "not submitted",
        None,
    )
    # a new attempt while one is open answers the open one
    again = d(pp.create_new_attempt(body={"student": w.student, "lesson": lesson}))["attempt"]
    assert again["attempt"] == 1
    questions = d(pp.get_assessment_progress(student=w.student, lesson=lesson))["questions"]
    assert [q["id"] for q in questions] == [w.choice, w.text]
    assert w.answer(lesson, w.choice, "B")["lessonType"] == "test-out"
    w.answer(lesson, w.text, "Lyon")
    assert d(pp.get_test_assignment(assigned["assignmentId"]))["assignmentStatus"] == "in_progress"
    progress = d(pp.get_assessment_progress(student=w.student, lesson=lesson))
    assert [q["correct"] for q in progress["questions"]] == [True, False]
    assert (progress["correctQuestions"], progress["accuracy"], progress["finalized"]) == (
        1,
        50.0,
        False,
    )
    pp.final_student_assessment_response(body={"student": w.student, "lesson": lesson})
    done = d(pp.get_assessment_progress(student=w.student, lesson=lesson))
    assert (done["finalized"], done["score"], done["xp"]) == (True, 50.0, 50)
    assignment = d(pp.get_test_assignment(assigned["assignmentId"]))
    assert assignment["assignmentStatus"] == "failed" and assignment["completedAt"]
    with pytest.raises(UnprocessableEntityError):  # a finalized attempt takes no more answers
        w.answer(lesson, w.text, "Paris")
    second = d(pp.create_new_attempt(body={"student": w.student, "lesson": lesson}))["attempt"]
    assert second["attempt"] == 2
    w.answer(lesson, w.text, "Paris")
    attempts = d(pp.get_attempts(student=w.student, lesson=lesson))["attempts"]
    assert [(a["attempt"], a["score"], a["scoreStatus"]) for a in attempts] == [
        (1, 50.0, "fully graded"),
        (2, 50.0, "partially graded"),
    ]
    assert d(pp.reset_attempt(body={"student": w.student, "lesson": lesson})) == {
        "success": True,
        "score": 0,
    }
    attempts = d(pp.get_attempts(student=w.student, lesson=lesson))["attempts"]
    assert [(a["attempt"], a["score"], a["scoreStatus"]) for a in attempts][-1] == (
        2,
        0,
        "not submitted",
    )
    assert d(pp.get_assessment_progress(student=w.student, lesson=lesson))["correctQuestions"] == 0

    # a powerpath-100 lesson: the questions in order, scored as they come
    first = d(pp.get_next_question(student=w.student, lesson=w.lesson))
    assert (first["score"], first["question"]["id"], first["question"]["index"]) == (0, w.choice, 0)
    right = w.answer(w.lesson, w.choice, "B")
    assert right["responseResult"] == {
        "isCorrect": True,
        "score": 1,
        "feedback": {"identifier": "FEEDBACK", "value": "CORRECT"},
    }
    assert (right["powerpathScore"], right["correctQuestions"], right["totalQuestions"]) == (
        50.0,
        1,
        2,
    )
    second_q = d(pp.get_next_question(student=w.student, lesson=w.lesson))
    assert (second_q["score"], second_q["question"]["id"]) == (50.0, w.text)
    progress = d(pp.get_assessment_progress(student=w.student, lesson=w.lesson))
    assert progress["remainingQuestionsPerDifficulty"] == {"easy": 1, "medium": 0, "hard": 0}
    last = w.answer(w.lesson, w.text, "Berlin")
    assert (last["responseResult"]["isCorrect"], last["powerpathScore"], last["xp"]) == (
        False,
        50.0,
        5,
    )
    with pytest.raises(NotFoundError):  # every question answered: the attempt is complete
        pp.get_next_question(student=w.student, lesson=w.lesson)
    assert (
        d(pp.create_new_attempt(body={"student": w.student, "lesson": w.lesson}))["attempt"][
            "attempt"
        ]
        == 2
    )
    assert d(pp.get_next_question(student=w.student, lesson=w.lesson))["question"]["id"] == w.choice


# --------------------------------------------------------------------------- consistency


def test_results_are_gradebook_records_and_progress_follows_answers(tb: Timeback) -> None:
    pp, g = tb.powerpath, tb.oneroster.gradebook
    w = World(tb, "Science")
    quiz = uid("quiz")
    w.add_lesson(
        quiz, w.units[1], "Quiz", {"type": "qti", "url": w.url(w.test), "xp": 20}, kind="quiz"
    )
    assert w.answer(quiz, w.choice, "A")["questionResult"]["metadata"]["correct"] is False
    w.answer(quiz, w.choice, "B")  # answering again replaces the answer
    w.answer(quiz, w.text, "Paris")
    pp.final_student_assessment_response(body={"student": w.student, "lesson": quiz})
    # the lesson's line item and the attempt's result, read through OneRoster (strict)
    (result,) = w.results_of(quiz)
    assert (result["score"], result["scoreStatus"]) == (100.0, "fully graded")
    assert result["metadata"]["attempt"] == 1 and result["metadata"]["xp"] == 20
    got = d(g.get_assessment_result(result["sourcedId"]))["assessmentResult"]
    assert got["student"]["sourcedId"] == w.student
    # each answered question has its result on the question's line item, under the lesson's
    (ali,) = d(g.get_all_assessment_line_items(filter=f"componentResource.sourcedId='{quiz}'"))[
        "assessmentLineItems"
    ]
    questions = d(
        g.get_all_assessment_line_items(
            filter=f"parentAssessmentLineItem.sourcedId='{ali['sourcedId']}'"
        )
    )
    assert {q["metadata"]["question"] for q in questions["assessmentLineItems"]} == {
        w.choice,
        w.text,
    }
    answers = d(
        g.get_all_assessment_results(
            filter=f"metadata.lesson='{quiz}' AND student.sourcedId='{w.student}'"
        )
    )
    assert len(answers["assessmentResults"]) == 3  # the attempt and two questions
    # course progress lists the line item with the result; subject progress counts the lesson
    cp = d(pp.get_course_progress(w.course, w.student))
    (entry,) = [x for x in cp["lineItems"] if x.get("courseComponentResourceSourcedId") == quiz]
    assert entry["type"] == "resource" and [r["sourcedId"] for r in entry["results"]] == [
        result["sourcedId"]
    ]
    assert d(pp.get_course_progress(w.course, w.student, lesson_id=w.lesson))["lineItems"] == []
    assert cp["testOut"] == {"status": "available"}  # Science 3 course, enrolled, nothing taken
    (course,) = [
        p
        for p in d(pp.get_subject_progress(student=w.student, subject="Science"))["progress"]
        if p["course"]["sourcedId"] == w.course
    ]
    assert (course["completedLessons"], course["totalLessons"], course["inEnrolled"]) == (
        1,
        2,
        True,
    )
    assert (course["totalAttainableXp"], course["totalXpEarned"]) == (30, 20)
    # a line item and a result written through OneRoster are PowerPath progress too
    ali, stamp = uid("ali"), "2025-02-01T00:00:00.000Z"
    w.make(
        g.create_assessment_line_item,
        "assessmentLineItem",
        sourcedId=ali,
        title="Practice",
        componentResource=sid(w.lesson),
    )
    graded = {"score": 70, "scoreDate": stamp, "scoreStatus": "fully graded"}
    w.make(
        g.create_assessment_result,
        "assessmentResult",
        assessmentLineItem=sid(ali),
        student=sid(w.student),
        **graded,
    )
    attempts = d(pp.get_attempts(student=w.student, lesson=w.lesson))["attempts"]
    assert [(a["attempt"], a["score"], a["scoreStatus"]) for a in attempts] == [
        (1, 70, "fully graded")
    ]
    # the result of a lesson that is not a QTI test (a video): updateStudentItemResponse
    video = uid("les")
    w.add_lesson(video, w.units[1], "Video", {"type": "video", "xp": 5})
    result = {"status": "active", **graded, "score": 80, "metadata": {"watched": 1.0}}
    item = d(
        pp.update_student_item_response(
            body={"studentId": w.student, "componentResourceId": video, "result": result}
        )
    )
    assert item["componentResourceLineItem"]["componentResource"]["sourcedId"] == video
    written = item["componentResourceResult"]
    assert (written["score"], written["metadata"]["watched"], written["scoreStatus"]) == (
        80,
        1.0,
        "fully graded",
    )
    assert [r["sourcedId"] for r in w.results_of(video)] == [written["sourcedId"]]
    progress = d(pp.get_subject_progress(student=w.student, subject="Science"))["progress"]
    (course,) = [p for p in progress if p["course"]["sourcedId"] == w.course]
    assert (course["completedLessons"], course["totalLessons"]) == (3, 3)


def test_question_responses_are_scored_against_the_qti_item(tb: Timeback) -> None:
    pp = tb.powerpath
    w = World(tb, "Writing")
    # responses keyed by response identifier (the current form), and the deprecated response
    ok = d(
        pp.update_student_question_response(
            body={
                "student": w.student,
                "question": w.text,
                "lesson": w.lesson,
                "responses": {"RESPONSE": "Paris"},
            }
        )
    )
    assert ok["responseResult"]["isCorrect"] is True
    assert ok["questionResult"]["metadata"]["responses"] == {"RESPONSE": "Paris"}
    assert w.answer(w.lesson, w.choice, "A")["responseResult"]["isCorrect"] is False
    seen = d(pp.get_assessment_progress(student=w.student, lesson=w.lesson))["seenQuestions"]
    assert {(q["id"], q["correct"], q["result"]["feedback"]) for q in seen} == {
        (w.text, True, "CORRECT"),
        (w.choice, False, "INCORRECT"),
    }
    # a question outside the lesson, an unknown lesson or student: 404
    other = uid("q")
    w.seed.qti.create_assessment_item(body=text_entry_item(other, "x"))
    for body in (
        {"student": w.student, "question": other, "lesson": w.lesson, "response": "x"},
        {"student": w.student, "question": w.text, "lesson": uid("none"), "response": "x"},
        {"student": uid("none"), "question": w.text, "lesson": w.lesson, "response": "x"},
    ):
        with pytest.raises(NotFoundError):
            pp.update_student_question_response(body=body)
    with pytest.raises(UnprocessableEntityError) as info:  # the body against the document's schema
        pp.update_student_question_response(body={"student": w.student, "lesson": w.lesson})
    assert "question" in (info.value.imsx_description or "")
    # powerpath-100 lessons are not finalized; quizzes do not hand out questions one by one
    with pytest.raises(BadRequestError):
        pp.final_student_assessment_response(body={"student": w.student, "lesson": w.lesson})
    quiz = uid("quiz")
    w.add_lesson(quiz, w.units[0], "Quiz", {"type": "qti", "url": w.url(w.test)}, kind="quiz")
    with pytest.raises(BadRequestError):
        pp.get_next_question(student=w.student, lesson=quiz)


def test_records_kept_as_sent_are_read_tolerantly(tb: Timeback) -> None:
    """Records are stored as sent (live profile): a lesson's XP given as a numeric string still
    earns XP, and a QTI test whose lone part, section and item reference are objects rather than
    one-element lists still yields its questions."""
    pp = tb.powerpath
    w = World(tb, "Writing")
    lesson = uid("les")
    w.add_lesson(lesson, w.units[1], "Practice", {"type": "qti", "url": w.url(w.test), "xp": "40"})
    w.answer(lesson, w.choice, "B")
    done = w.answer(lesson, w.text, "Lyon")
    assert (done["powerpathScore"], done["xp"]) == (50.0, 20)
    (attempt,) = d(pp.get_attempts(student=w.student, lesson=lesson))["attempts"]
    assert (attempt["scoreStatus"], attempt["xp"]) == ("fully graded", 20)

    store = Store()
    core = Core(Context(store, Faults()))
    ref = {"identifier": "q1", "href": "q1"}
    section = {"identifier": "s1", "qti-assessment-item-ref": ref}
    store.put(
        TESTS, "lone", {"identifier": "lone", "qti-test-part": {"qti-assessment-section": section}}
    )
    meta = {"type": "qti", "url": "https://qti.example.com/api/assessment-tests/lone"}
    assert core.questions(Lesson("l", {}, {"metadata": meta}, None), 1) == ["q1"]
    two = {**section, "qti-assessment-item-ref": [ref, {"identifier": "q2"}, "junk"]}
    store.put(
        TESTS, "lone", {"identifier": "lone", "qti-test-part": [{"qti-assessment-section": two}]}
    )
    assert core.questions(Lesson("l", {}, {"metadata": meta}, None), 1) == ["q1", "q2"]


# --------------------------------------------------------------------------- lesson plans


def test_lesson_plan_operations_sync_and_recreate(tb: Timeback) -> None:
    pp = tb.powerpath
    w = World(tb, "Vocabulary")
    second = uid("les")
    w.add_lesson(second, w.units[1], "Reading", {"type": "video"})
    made = raw(pp.create_lesson_plan)(body={"courseId": w.course, "userId": w.student})
    assert made.status_code == 201
    plan = made.parsed.lesson_plan_id
    again = raw(pp.create_lesson_plan)(body={"courseId": w.course, "userId": w.student})
    assert again.status_code == 200 and again.parsed.lesson_plan_id == plan

    def units(tree: Any) -> list[tuple[str, list[str]]]:
        comps = d(tree)["lessonPlan"]["lessonPlan"]["subComponents"]
        return [
            (c["sourcedId"], [r["resource"]["sourcedId"] for r in c["componentResources"]])
            for c in comps
        ]

    assert units(pp.get_tree(w.course, w.student)) == [
        (w.units[0], [f"{w.lesson}-res"]),
        (w.units[1], [f"{second}-res"]),
    ]
    assert units(pp.get_lesson_plan(plan)) == units(pp.get_tree(w.course, w.student))
    extra = uid("res")
    w.add_resource(extra, "Extra", {"type": "article"})
    for op in (
        {
            "type": "set-skipped",
            "payload": {"target": {"type": "resource", "id": w.lesson}, "value": True},
        },
        {
            "type": "move-item-before",
            "payload": {
                "target": {"type": "component", "id": w.units[1]},
                "reference_id": w.units[0],
            },
        },
        {
            "type": "add-custom-resource",
            "payload": {"resource_id": extra, "parent_component_id": w.units[0]},
        },
        {
            "type": "change-item-parent",
            "payload": {
                "target": {"type": "resource", "id": second},
                "new_parent_id": w.units[0],
                "position": "start",
            },
        },
        {
            "type": "move-item-to-end",
            "payload": {"target": {"type": "resource", "id": uid("none")}},
        },
    ):
        stored = raw(pp.store_operation)(plan, body={"operation": op, "reason": "personalize"})
        assert stored.status_code == 201 and stored.parsed.success is True
    log = d(pp.get_operations(plan))["operations"]
    assert [o["sequenceNumber"] for o in log] == [1, 2, 3, 4, 5] and log[0][
        "reason"
    ] == "personalize"
    # stored, not applied until synced
    assert units(pp.get_lesson_plan(plan))[0][0] == w.units[0]
    synced = d(pp.sync_operations(plan))
    assert synced["operationCount"] == 5 and synced["success"] is False
    assert [r["success"] for r in synced["operationResults"]] == [True, True, True, True, False]
    assert units(pp.get_lesson_plan(plan)) == [
        (w.units[1], []),
        (w.units[0], [f"{second}-res", extra]),
    ]
    structure = d(pp.get_lesson_plan_structure(plan))["lessonPlan"]["lessonPlan"]
    assert structure["courseId"] == w.course and structure["courseTitle"] == "Vocabulary 3"
    unit1 = structure["structure"][1]
    assert [(n.get("componentResourceId"), n["skipped"]) for n in unit1["componentResources"]] == [
        (second, False),
        (w.lesson, True),  # skipped items show in the structure only
        (None, False),  # the custom resource
    ]
    assert d(pp.sync_operations(plan))["operationCount"] == 0  # nothing pending
    # a new unit in the course shows after recreate (which replays the log)
    unit3 = uid("unit")
    w.add_unit(unit3, "Unit 3", 3)
    assert unit3 not in [u for u, _ in units(pp.get_lesson_plan(plan))]
    assert d(pp.recreate_lesson_plan(plan))["operationCount"] == 5
    assert [u for u, _ in units(pp.get_lesson_plan(plan))] == [w.units[1], w.units[0], unit3]
    other = w.add_student()
    other_plan = pp.create_lesson_plan(body={"courseId": w.course, "userId": other}).lesson_plan_id
    assert set(d(pp.sync_course_lesson_plans(w.course))["lessonPlansAffected"]) == {
        plan,
        other_plan,
    }
    syllabus = d(pp.get_course_syllabus(w.course))["syllabus"]
    assert [c["sourcedId"] for c in syllabus["subComponents"]] == [*w.units, unit3]
    pp.delete_lesson_plans_by_course_id(w.course)
    with pytest.raises(NotFoundError):
        pp.get_lesson_plan(plan)
    with pytest.raises(NotFoundError):
        pp.get_tree(w.course, w.student)
    with pytest.raises(UnprocessableEntityError):
        pp.store_operation(other_plan, body={"operation": {"type": "set-skipped", "payload": {}}})


# --------------------------------------------------------------------------- test assignments


def test_test_assignments_bulk_import_list_update_delete(tb: Timeback) -> None:
    pp = tb.powerpath
    w = World(tb, "Language")
    b = w.add_student()
    bulk = d(
        pp.create_bulk_test_assignments(
            body={
                "items": [
                    {"student": w.student, "subject": "Language", "grade": "3"},
                    {"student": b, "subject": "Language", "grade": "4", "testName": "Lang 4"},
                ]
            }
        )
    )
    assert bulk["success"] is True and len(bulk["results"]) == 2 and bulk["errors"] == []
    # external by default (no test-out lesson for Language 4): MasteryTrack, subject and grade
    resource = d(w.seed.oneroster.resources.get_resource(bulk["results"][1]["resourceId"]))[
        "resource"
    ]
    assert resource["metadata"] == {
        "toolProvider": "mastery-track",
        "lessonType": "test-out",
        "subject": "Language",
        "grade": "4",
    }
    before = d(pp.list_all_test_assignments(subject="Language"))["totalCount"]
    with pytest.raises(BadRequestError) as info:  # all or nothing: every problem reported
        pp.create_bulk_test_assignments(
            body={
                "items": [
                    {"student": b, "subject": "Language", "grade": "3"},
                    {"student": uid("none"), "subject": "Language", "grade": "5"},
                ]
            }
        )
    assert info.value.body["errors"] == [
        {"row": 1, "message": pytest.approx(info.value.body["errors"][0]["message"])}
    ]
    assert "not found" in info.value.body["errors"][0]["message"]
    csv_text = f"Student,Subject,Grade,TestName\n{b}@example.com,Language,5,Imported\n{w.student},Language,6,\n"
    imported = d(
        pp.import_test_assignments(
            body={"spreadsheetUrl": "data:text/csv," + quote(csv_text), "sheet": "Sheet1"}
        )
    )
    assert imported["success"] is True and len(imported["results"]) == 2
    with pytest.raises(BadRequestError) as info:
        pp.import_test_assignments(
            body={
                "spreadsheetUrl": "data:text/csv," + quote("student,subject,grade\nnobody,Art,3\n"),
                "sheet": "S",
            }
        )
    assert [e["row"] for e in info.value.body["errors"]] == [0, 0]
    with pytest.raises(BadRequestError) as info:
        pp.import_test_assignments(
            body={"spreadsheetUrl": "data:text/csv,student,grade%0Ax,3", "sheet": "S"}
        )
    assert (
        info.value.body["errors"][0]["row"] == -1
        and "subject" in info.value.body["errors"][0]["message"]
    )
    with pytest.raises(InternalServerError) as failed:
        pp.import_test_assignments(
            body={"spreadsheetUrl": "https://docs.google.com/spreadsheets/d/x/edit", "sheet": "S"}
        )
    assert failed.value.status_code == 501
    assert d(pp.list_all_test_assignments(subject="Language"))["totalCount"] == before + 2
    mine = d(pp.list_student_test_assignments(student=b, limit=1, offset=1))
    assert (
        mine["totalCount"],
        mine["pageCount"],
        mine["pageNumber"],
        len(mine["testAssignments"]),
    ) == (2, 2, 2, 1)
    assert mine["testAssignments"][0]["testName"] == "Imported"
    assert (
        d(pp.list_student_test_assignments(student=b, grade="4"))["testAssignments"][0]["testName"]
        == "Lang 4"
    )
    assert d(pp.list_student_test_assignments(student=b, status="completed"))["totalCount"] == 0
    with pytest.raises(BadRequestError):
        pp.list_student_test_assignments(student=b, limit=0)
    target = bulk["results"][1]["assignmentId"]
    assert raw(pp.update_test_assignment)(target, body={"testName": "Renamed"}).status_code == 204
    assert d(pp.get_test_assignment(target))["testName"] == "Renamed"
    lesson = d(w.seed.oneroster.rostering.get_component_resource(bulk["results"][1]["lessonId"]))
    assert lesson["componentResource"]["title"] == "Renamed"
    assert raw(pp.delete_test_assignment)(target).status_code == 204
    with pytest.raises(NotFoundError):
        pp.get_test_assignment(target)
    with pytest.raises(NotFoundError):
        pp.delete_test_assignment(target)
    assert d(pp.list_student_test_assignments(student=b))["totalCount"] == 1


def test_test_out_eligibility_and_legacy_endpoints(tb: Timeback) -> None:
    pp = tb.powerpath
    w = World(tb, "FastMath")
    stranger = w.add_student()  # not enrolled in a FastMath 3 course
    assert d(pp.get_course_progress(w.course, stranger))["testOut"] == {"status": "not_eligible"}
    with pytest.raises(UnprocessableEntityError):
        pp.start_test_out(body={"courseId": w.course, "studentId": stranger})
    # an external test-out lesson (deprecated endpoint) is the legacy testOut's lesson
    base = {
        "courseId": w.course,
        "lessonType": "test-out",
        "toolProvider": "edulastic",
        "grades": ["3"],
    }
    link = {"launchUrl": "https://edulastic.example.com/t/1", "vendorId": "v1"}
    ext = d(
        pp.create_external_test_out(
            body={**base, **link, "xp": 50, "resourceMetadata": {"note": "kept"}}
        )
    )
    assert (ext["toolProvider"], ext["vendorId"]) == ("edulastic", "v1")
    meta = d(w.seed.oneroster.resources.get_resource(ext["resourceId"]))["resource"]["metadata"]
    assert (meta["note"], meta["launchUrl"], meta["lessonType"]) == (
        "kept",
        link["launchUrl"],
        "test-out",
    )
    legacy = d(pp.test_out(student=w.student, course=w.course))
    expected = {
        "lessonId": ext["lessonId"],
        "finalized": False,
        "toolProvider": "edulastic",
        "attempt": 1,
    }
    assert legacy == {"lessonType": "test-out", **expected}
    again = d(pp.create_external_test_out(body={**base, "xp": 60, "lessonTitle": "Final"}))
    assert again["lessonId"] == ext["lessonId"]  # updated in place
    res = d(w.seed.oneroster.resources.get_resource(ext["resourceId"]))["resource"]
    assert (res["title"], res["metadata"]["xp"], res["metadata"]["toolProvider"]) == (
        "Final",
        60,
        "edulastic",
    )
    assert "note" not in res["metadata"]  # the update's metadata replaces the old
    with pytest.raises(UnprocessableEntityError):  # another tool for the same test-out
        pp.create_external_test_out(body={**base, "toolProvider": "mastery-track", "xp": 1})
    started = d(pp.start_test_out(body={"courseId": w.course, "studentId": w.student}))
    assert started["status"] == "created"
    assert d(pp.start_test_out(body={"courseId": w.course, "studentId": w.student})) == {
        **started,
        "status": "existing",
    }
    progress = d(pp.get_course_progress(w.course, w.student))["testOut"]
    assert progress == {
        "status": "in_progress",
        "assignmentId": started["assignmentId"],
        "lessonId": started["lessonId"],
    }
    # the assignment's lesson is the external test: answers and finalization belong to the tool
    with pytest.raises(BadRequestError):
        pp.final_student_assessment_response(
            body={"student": w.student, "lesson": started["lessonId"]}
        )
    attempt = d(pp.get_assessment_progress(student=w.student, lesson=started["lessonId"]))
    assert (attempt["toolProvider"], attempt["questions"]) == ("edulastic", [])
    entry = {"courseId": w.course, "lessonType": "placement", "toolProvider": "mastery-track"}
    placement = d(
        pp.create_external_placement_test(body={**entry, "grades": ["2"], "unitTitle": "Entry"})
    )
    assert placement["lessonType"] == "placement" and placement["grades"] == ["2"]
    unit = d(w.seed.oneroster.rostering.get_course_component(placement["courseComponentId"]))
    assert unit["courseComponent"]["title"] == "Entry"
    upcoming = d(pp.get_next_placement_test(student=w.student, subject="FastMath"))
    assert upcoming["lesson"] == placement["lessonId"]
    with pytest.raises(NotFoundError):  # courseIdOnFail names no course
        pp.create_external_placement_test(
            body={**entry, "grades": ["5"], "courseIdOnFail": uid("none")}
        )
    bank = d(
        pp.create_internal_test(
            body={
                "courseId": w.course,
                "lessonType": "quiz",
                "testType": "assessment-bank",
                "assessmentBank": {
                    "resources": [
                        {"url": w.url(w.qti_test(w.choice))},
                        {"url": w.url(w.qti_test(w.text)), "title": "B"},
                    ]
                },
            }
        )
    )
    assert len(bank["childResourceIds"]) == 2 and bank["testType"] == "assessment-bank"
    # an assessment bank serves its tests round robin, one per attempt
    first = d(pp.get_assessment_progress(student=w.student, lesson=bank["lessonId"]))["questions"]
    pp.final_student_assessment_response(body={"student": w.student, "lesson": bank["lessonId"]})
    pp.create_new_attempt(body={"student": w.student, "lesson": bank["lessonId"]})
    second = d(pp.get_assessment_progress(student=w.student, lesson=bank["lessonId"]))["questions"]
    assert ([q["id"] for q in first], [q["id"] for q in second]) == ([w.choice], [w.text])
    assert (
        d(pp.get_assessment_progress(student=w.student, lesson=bank["lessonId"], attempt="1"))[
            "finalized"
        ]
        is True
    )


# --------------------------------------------------------------------------- placement + screening


def test_reset_placement_and_screening_sessions(tb: Timeback) -> None:
    pp = tb.powerpath
    w = World(tb, "Social Studies")
    g3 = internal_test(tb, w, "placement", w.test, grades=["3"])
    w.answer(g3["lessonId"], w.choice, "B")
    pp.final_student_assessment_response(body={"student": w.student, "lesson": g3["lessonId"]})
    level = d(pp.get_current_level(student=w.student, subject="Social Studies"))
    assert (level["gradeLevel"], level["onboarded"]) == ("3", True)  # 50 < 90 on the only test
    reset = d(pp.reset_user_placement(body={"student": w.student, "subject": "Social Studies"}))
    assert reset == {"success": True, "placementResultsDeleted": 2, "onboardingReset": True}
    level = d(pp.get_current_level(student=w.student, subject="Social Studies"))
    assert (level["gradeLevel"], level["onboarded"]) == ("3", False)
    assert (
        d(pp.get_all_placement_tests(student=w.student, subject="Social Studies"))[
            "placementTests"
        ][0]["assessment_results"]
        == []
    )
    assert d(pp.get_student_placement_data(w.student))["Social Studies"]["status"] == "in_progress"
    with pytest.raises(NotFoundError):
        pp.get_session(w.student)
    session = d(pp.assign_test(body={"userId": w.student, "subject": "Reading"}))
    assert session["status"] == "active" and session["assignment"]["status"] == "assigned"
    assert session["name"] == "Ann Lee" and len(session["pin"]) == 6 and session["termId"]
    again = d(pp.assign_test(body={"userId": w.student, "subject": "Math"}))
    assert (
        again["nweaStudentId"] == session["nweaStudentId"]
        and again["testSessionId"] != session["testSessionId"]
    )
    assert d(pp.get_session(w.student)) == again
    assert d(pp.get_results(w.student)) == {"Math": None, "Reading": None}
    assert raw(pp.reset_session)(body={"userId": w.student}).status_code == 204
    assert d(pp.get_session(w.student))["status"] == "inactive"
    with pytest.raises(UnprocessableEntityError):
        pp.assign_test(body={"userId": w.student, "subject": "Writing"})  # not a screening subject
    with pytest.raises(NotFoundError):
        pp.get_results(uid("none"))


def test_query_parameters_are_checked(tb: Timeback) -> None:
    pp = tb.powerpath
    w = World(tb, "Reading")
    with pytest.raises(BadRequestError) as info:
        pp.get_current_level(student=w.student, subject="Art")  # type: ignore[arg-type]
    assert "subject" in (info.value.imsx_description or "")
    with pytest.raises(NotFoundError):
        pp.get_subject_progress(student=uid("none"), subject="Reading")
    with pytest.raises(BadRequestError):
        pp.get_assessment_progress(student=w.student, lesson=w.lesson, attempt="first")
    with pytest.raises(BadRequestError) as info:
        tb.request("GET", "/powerpath/getAttempts", params={"student": w.student})
    assert "lesson" in (info.value.imsx_description or "")


# --------------------------------------------------------------------------- every operation


def test_every_operation_answers_in_strict_mode(tb: Timeback, pp_sandbox: SandboxProcess) -> None:
    """All 45 operations through the typed client (strict: no drift); the two that need an
    external tool answer 501."""
    before = pp_sandbox.admin("/_sandbox/stats")["requests"]
    pp = tb.powerpath
    w = World(tb, "Reading")
    s = w.student
    placement = internal_test(tb, w, "placement", w.test, grades=["3"])
    w.answer(placement["lessonId"], w.choice, "B")
    pp.final_student_assessment_response(body={"student": s, "lesson": placement["lessonId"]})
    pp.get_all_placement_tests(student=s, subject="Reading")
    pp.get_current_level(student=s, subject="Reading")
    pp.get_next_placement_test(student=s, subject="Reading")
    pp.get_subject_progress(student=s, subject="Reading")
    assert "Reading" in d(pp.get_student_placement_data(s))
    pp.reset_user_placement(body={"student": s, "subject": "Reading"})
    pp.assign_test(body={"userId": s, "subject": "Reading"})
    pp.get_session(s)
    pp.get_results(s)
    pp.reset_session(body={"userId": s})
    made = pp.create_test_assignment(
        body={"student": s, "subject": "Reading", "grade": "3", "testName": "T"}
    )
    pp.create_bulk_test_assignments(
        body={"items": [{"student": s, "subject": "Reading", "grade": "4"}]}
    )
    pp.import_test_assignments(
        body={
            "spreadsheetUrl": "data:text/csv;base64,"
            + base64.b64encode(f"student,subject,grade\n{s},Reading,5\n".encode()).decode(),
            "sheet": "x",
        }
    )
    pp.list_student_test_assignments(student=s)
    pp.list_all_test_assignments()
    pp.get_test_assignment(made.assignment_id)
    pp.update_test_assignment(made.assignment_id, body={"testName": "T2"})
    pp.delete_test_assignment(made.assignment_id)
    pp.create_external_placement_test(
        body={
            "courseId": w.course,
            "lessonType": "placement",
            "toolProvider": "edulastic",
            "grades": ["5"],
        }
    )
    pp.create_external_test_out(
        body={
            "courseId": w.course,
            "lessonType": "test-out",
            "toolProvider": "edulastic",
            "grades": ["3"],
            "xp": 5,
        }
    )
    pp.create_internal_test(
        body={
            "courseId": w.course,
            "lessonType": "unit-test",
            "testType": "qti",
            "qti": {"url": w.url(w.test)},
        }
    )
    pp.test_out(student=s, course=w.course)
    started = pp.start_test_out(body={"courseId": w.course, "studentId": s})
    assert started.status == "created"
    pp.get_course_syllabus(w.course)
    plan = pp.create_lesson_plan(
        body={"courseId": w.course, "userId": s, "classId": w.cls}
    ).lesson_plan_id
    pp.get_tree(w.course, s)
    pp.get_lesson_plan(plan)
    pp.get_lesson_plan_structure(plan)
    pp.store_operation(
        plan,
        body={
            "operation": {
                "type": "move-item-to-start",
                "payload": {"target": {"type": "component", "id": w.units[1]}},
            }
        },
    )
    pp.get_operations(plan)
    pp.sync_operations(plan)
    pp.recreate_lesson_plan(plan)
    pp.sync_course_lesson_plans(w.course)
    pp.get_course_progress(w.course, s)
    pp.update_student_item_response(
        body={
            "studentId": s,
            "componentResourceId": w.lesson,
            "result": {
                "status": "active",
                "scoreDate": "2025-03-01T00:00:00.000Z",
                "scoreStatus": "submitted",
            },
        }
    )
    pp.delete_lesson_plans_by_course_id(w.course)
    quiz = uid("quiz")
    w.add_lesson(quiz, w.units[0], "Quiz", {"type": "qti", "url": w.url(w.test)}, kind="quiz")
    pp.create_new_attempt(body={"student": s, "lesson": quiz})
    pp.get_next_question(student=s, lesson=w.lesson)
    pp.update_student_question_response(
        body={"student": s, "question": w.text, "lesson": quiz, "response": "Paris"}
    )
    pp.get_assessment_progress(student=s, lesson=quiz)
    pp.get_assessment_progress(student=s, lesson=w.lesson)
    pp.final_student_assessment_response(body={"student": s, "lesson": quiz})
    pp.get_attempts(student=s, lesson=quiz)
    pp.reset_attempt(body={"student": s, "lesson": quiz})
    for call in (
        lambda: pp.make_external_test_assignment(body={"student": s, "lesson": started.lesson_id}),
        lambda: pp.import_external_test_assignment_results(student=s, lesson=started.lesson_id),
    ):
        with pytest.raises(InternalServerError) as info:
            call()
        assert info.value.status_code == 501 and "does not implement" in (
            info.value.imsx_description or ""
        )
    after = pp_sandbox.admin("/_sandbox/stats")["requests"]
    called = {
        key.split(":", 1)[1]
        for key, n in after.items()
        if key.split(" ")[-1].startswith("powerpath:") and n > before.get(key, 0)
    }
    assert called == ALL_OPERATIONS and len(ALL_OPERATIONS) == 45


def test_sandbox_operations_lists_every_powerpath_operation(pp_sandbox: SandboxProcess) -> None:
    listing = pp_sandbox.admin("/_sandbox/operations")
    implemented = set(listing["implemented"]["powerpath"])
    missing = listing["notImplemented"]["powerpath"]
    assert implemented | set(missing) == ALL_OPERATIONS and not implemented & set(missing)
    assert set(missing) == NOT_IMPLEMENTED
    assert all("external tool" in reason for reason in missing.values())
    assert set(listing["notImplemented"]["oneroster"]) == {
        "exportResourceToCommonCartridge",
        "registerStudentCredentials",
        "decryptCredential",
    }
