"""PowerPath external tests, against an external tool (Edulastic, MasteryTrack) the sandbox plays.

``makeExternalTestAssignment`` assigns an external test-out, placement or unit-test lesson to the
student "on the tool": the tool's record of the assignment (``powerpath_externalTool``, keyed by
the tool's assignment id) and, in the current attempt's assessment result
(``metadata.externalAssignment``), what PowerPath keeps for results retrieval — the tool,
assignment, class and test ids, the test link (into the sandbox:
``/_sandbox/external/<tool>/tests/<assignmentId>``) and the student's credentials on the tool
(fake: the student's email and a password derived from the assignment id).

The tool's side is the admin endpoint ``POST /_sandbox/external/<tool>/results``: a test or a
developer plays the student and posts what the tool would report (score, question results,
whether the test is complete). ``importExternalTestAssignmentResults`` reads that back and writes it
as the internal tests are written (question results, the attempt's score and status, XP, then what
finalizing changes: the test assignment's status, placement onboarding, ``courseIdOnFail``).
"""

from __future__ import annotations

import hashlib
import re
import threading
import uuid
from typing import Any
from urllib.parse import quote

from .context import now_iso
from .powerpath_core import (
    GRADED,
    RESULTS,
    Core,
    Lesson,
    attempt_number,
    metadata,
    number,
    unprocessable,
)
from .powerpath_placement import after_final
from .store import Store
from .web import ApiError, Request, Response, imsx_body

TOOLS = ("edulastic", "mastery-track")
EXTERNAL_KINDS = ("test-out", "placement", "unit-test")
TOOL_RECORDS = "powerpath_externalTool"  # the simulated tool's assignments, by assignment id
EXTERNAL = "externalAssignment"  # where an attempt's result keeps its assignment on the tool
ADMIN_PATH = "/_sandbox/external"
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
# what the answers of both operations (and the legacy testOut) take from externalAssignment
ANSWERED = ("credentials", "assignmentId", "classId", "testUrl", "testId")
_TOOL_LOCK = threading.Lock()  # the tool's records change under it (admin posts, assignments)


def fake_password(assignment_id: str) -> str:
    """The student's password on the simulated tool: fixed per assignment, visibly fake."""
    digest = hashlib.sha256(f"timeback-sandbox:{assignment_id}".encode()).hexdigest()
    return f"sandbox-fake-{digest[:12]}"


def tool_email(student: dict[str, Any], tool: str) -> str:
    """The student's login on the tool: their email, else one made from the sourcedId."""
    email = str(student.get("email") or "")
    if EMAIL.fullmatch(email):
        return email
    local = re.sub(r"[^A-Za-z0-9._-]", "-", str(student["sourcedId"])).strip(".-") or "student"
    return f"{local}@{tool}.sandbox.invalid"


def external_tool(lesson: Lesson, operation_id: str) -> str:
    """The lesson's tool provider; 400 unless it is an external test, 422 for another tool."""
    if lesson.kind not in EXTERNAL_KINDS or not lesson.tool:
        what = f"{lesson.kind} lesson" if lesson.tool else f"internal {lesson.kind} lesson"
        raise ApiError.bad_request(
            f"{operation_id} applies to external {', '.join(EXTERNAL_KINDS)} lessons (a resource "
            f"with metadata.toolProvider); {lesson.id!r} is an {what}",
            "lesson",
        )
    if lesson.tool not in TOOLS:
        raise unprocessable(
            f"lesson {lesson.id!r} has toolProvider {lesson.tool!r}, not one of {', '.join(TOOLS)}",
            "toolProvider",
        )
    return lesson.tool


def external_fields(held: dict[str, Any] | None) -> dict[str, Any]:
    """The tool link, credentials and ids an attempt's ``externalAssignment`` holds."""
    return {k: held[k] for k in ANSWERED if k in held} if isinstance(held, dict) else {}


def held_assignment(result: dict[str, Any] | None) -> dict[str, Any] | None:
    held = metadata(result).get(EXTERNAL)
    return held if isinstance(held, dict) else None


class External:
    def __init__(self, core: Core) -> None:
        self.c = core

    def _assign(
        self,
        lesson: Lesson,
        student: dict[str, Any],
        tool: str,
        attempt: int,
        body: dict[str, Any],
        host: str,
    ) -> dict[str, Any]:
        """Create the assignment on the tool; answer what PowerPath keeps of it."""
        assignment_id = str(uuid.uuid4())
        meta, resource = lesson.meta, lesson.resource
        test_id = str(body.get("testId") or "") if tool == "mastery-track" else ""
        if not test_id and tool == "mastery-track" and meta.get("subject") and meta.get("grade"):
            test_id = f"{meta['subject']}-grade-{meta['grade']}"
        test_id = test_id or str(
            meta.get("vendorId") or resource.get("vendorResourceId") or resource.get("sourcedId")
        )
        class_id = (
            str(uuid.uuid5(uuid.NAMESPACE_URL, f"timeback-sandbox:edulastic-class:{lesson.id}"))
            if tool == "edulastic"
            else ""
        )
        email = tool_email(student, tool)
        held = {
            "toolProvider": tool,
            "assignmentId": assignment_id,
            "classId": class_id,
            "testId": test_id,
            "testUrl": f"http://{host}{ADMIN_PATH}/{tool}/tests/{assignment_id}",
            "credentials": {"email": email, "password": fake_password(assignment_id)},
            "assignedAt": now_iso(),
        }
        record = {
            **{k: held[k] for k in ("toolProvider", "assignmentId", "classId", "testId")},
            "testUrl": held["testUrl"],
            "title": lesson.title,
            "student": student["sourcedId"],
            "email": email,
            "lesson": lesson.id,
            "lessonType": lesson.kind,
            "attempt": attempt,
            "assignedAt": held["assignedAt"],
            "status": "assigned",
            "results": None,
        }
        with _TOOL_LOCK:
            self.c.store.insert(TOOL_RECORDS, assignment_id, record)
        return held

    def make_external_test_assignment(self, request: Request) -> Response:
        body = self.c.body(request)
        lesson = self.c.lesson(str(body["lesson"]))
        student = self.c.user(str(body["student"]))
        tool = external_tool(lesson, "makeExternalTestAssignment")
        sid = str(student["sourcedId"])
        with self.c.lock:
            result = self.c.current(lesson, sid)
            if result is None or result.get("scoreStatus") == GRADED:  # a first test or a retake
                number_ = attempt_number(result) + 1 if result else 1
                result = self.c.start_attempt(lesson, sid, number_)
            attempt = attempt_number(result)
            held = held_assignment(result)
            if held is None or held.get("toolProvider") != tool:
                host = request.headers.get("host") or "127.0.0.1"
                held = self._assign(lesson, student, tool, attempt, body, host)
                meta = {**metadata(result), EXTERNAL: held}
                meta["skipCourseEnrollment"] = bool(body.get("skipCourseEnrollment"))
                result["metadata"] = meta
                self.c.save(RESULTS, result)
            self.c.set_assignment(lesson.id, "in_progress", only_from=("assigned",))
        answer = {"toolProvider": tool, "lessonType": lesson.kind, "attempt": attempt}
        return self.c.answer(request, {**answer, **external_fields(held)})

    def import_external_test_assignment_results(self, request: Request) -> Response:
        query = self.c.params(request)
        lesson = self.c.lesson(query["lesson"])
        student = str(self.c.user(query["student"])["sourcedId"])
        tool = external_tool(lesson, "importExternalTestAssignmentResults")
        with self.c.lock:
            result = self.c.current(lesson, student)
            held = held_assignment(result)
            if result is None or held is None:
                raise unprocessable(
                    f"the test result of student {student!r} in lesson {lesson.id!r} holds no "
                    "credentials of the external tool: makeExternalTestAssignment first",
                    "lesson",
                )
            if result.get("scoreStatus") != GRADED:  # a finalized attempt imports nothing
                with _TOOL_LOCK:
                    record = self.c.store.get(TOOL_RECORDS, str(held.get("assignmentId"))) or {}
                reported = record.get("results")
                if isinstance(reported, dict):
                    self._record(lesson, student, result, reported, str(held.get("testUrl")))
        answer = {
            "lessonType": lesson.kind,
            "lessonId": lesson.id,
            "toolProvider": tool,
            "finalized": result.get("scoreStatus") == GRADED,
            "attempt": attempt_number(result),
        }
        return self.c.answer(request, {**answer, **external_fields(held)})

    def _record(
        self,
        lesson: Lesson,
        student: str,
        result: dict[str, Any],
        reported: dict[str, Any],
        test_url: str,
    ) -> None:
        """Write the tool's report as the attempt's question results and score; a complete report
        finalizes the attempt (XP, then what finalizing an internal test changes)."""
        attempt = attempt_number(result)
        now = now_iso()
        parent = self.c.line_item(lesson, create=True) or {}
        answers = self.c.question_results(lesson, student, attempt)
        for index, question in enumerate(reported.get("questions") or []):
            qid = str(question["id"])
            given = {k: question[k] for k in ("response", "responses") if k in question}
            fields: dict[str, Any] = {
                "student": {"sourcedId": student},
                "score": question["score"],
                "scoreDate": now,
                "scoreStatus": GRADED,
                "metadata": {
                    "lesson": lesson.id,
                    "question": qid,
                    "attempt": attempt,
                    "index": index,
                    "correct": question["correct"],
                    "feedback": question.get("feedback"),
                    "source": lesson.tool,
                    "url": f"{test_url}#{quote(qid)}",
                    **given,
                },
            }
            answer = answers.get(qid)
            if answer is None:
                ali = self.c.question_line_item(lesson, parent, qid)
                self.c.create(
                    RESULTS, {"assessmentLineItem": {"sourcedId": ali["sourcedId"]}, **fields}
                )
            else:
                answer.update(fields)
                self.c.save(RESULTS, answer)
        score = float(reported["score"])
        complete = bool(reported.get("completed"))
        meta = dict(metadata(result))
        result.update(score=score, scoreDate=now)
        if complete:
            result["scoreStatus"] = GRADED
            meta.update(completedAt=now, xp=lesson.earned(score))
            if lesson.tool == "mastery-track":
                meta["masteryTrackProcessed"] = True
        else:
            result["scoreStatus"] = "partially graded"
        result["metadata"] = meta
        self.c.save(RESULTS, result)
        if complete:
            enroll = not meta.get("skipCourseEnrollment")
            after_final(self.c, lesson, student, score, enroll=enroll)


# --------------------------------------------------------------------------- the tool's side


def _bad(message: str, field_name: str) -> ApiError:
    return ApiError(400, imsx_body(message, "invalid_data", field_name))


def _questions(raw: Any) -> list[dict[str, Any]]:
    """The posted question results: ``{id, correct, score?, feedback?, response(s)?}`` each."""
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise _bad("questions must be a list of {id, correct, score?, feedback?}", "questions")
    out = []
    for i, q in enumerate(raw):
        if not isinstance(q, dict) or not isinstance(q.get("id"), str) or not q["id"]:
            raise _bad(f"questions[{i}] needs an id (a non-empty string)", f"questions[{i}].id")
        if not isinstance(q.get("correct"), bool):
            raise _bad(f"questions[{i}].correct must be true or false", f"questions[{i}].correct")
        score = number(q.get("score", 1 if q["correct"] else 0))
        if score is None or score < 0:
            raise _bad(f"questions[{i}].score must be a number >= 0", f"questions[{i}].score")
        kept = {k: q[k] for k in ("response", "responses") if k in q}
        feedback = q.get("feedback")
        out.append(
            {
                "id": q["id"],
                "correct": q["correct"],
                "score": score,
                "feedback": None if feedback is None else str(feedback),
                **kept,
            }
        )
    return out


def _post_results(store: Store, tool: str, request: Request) -> Response:
    body = request.json_object()
    assignment_id = body.get("assignmentId")
    if not isinstance(assignment_id, str) or not assignment_id:
        raise _bad(
            "assignmentId (the id makeExternalTestAssignment answered) is required", "assignmentId"
        )
    questions = _questions(body.get("questions"))
    if "score" in body:
        score = number(body["score"])
        if score is None or not 0 <= score <= 100:
            raise _bad("score must be a number from 0 to 100", "score")
    elif questions:
        score = round(100.0 * sum(q["correct"] for q in questions) / len(questions), 2)
    else:
        raise _bad("give the test's score (0-100), its questions' results, or both", "score")
    completed = body.get("completed", True)
    if not isinstance(completed, bool):
        raise _bad("completed must be true or false", "completed")
    with _TOOL_LOCK:
        record = _tool_record(store, tool, assignment_id)
        record["results"] = {
            "score": score,
            "completed": completed,
            "questions": questions,
            "reportedAt": now_iso(),
        }
        record["status"] = "graded" if completed else "in_progress"
        store.put(TOOL_RECORDS, assignment_id, record)
    return Response.json(record)


def _tool_record(store: Store, tool: str, assignment_id: str) -> dict[str, Any]:
    record = store.get(TOOL_RECORDS, assignment_id)
    if record is None or record.get("toolProvider") != tool:
        raise ApiError.not_found(f"no {tool} assignment {assignment_id!r} in the sandbox", "id")
    return record


def tool_admin(store: Store, request: Request, name: str) -> Response:
    """``/_sandbox/external/<tool>/…``, the simulated tool: ``GET tests/<assignmentId>`` describes
    an assignment (the test link's page), ``POST results`` records what the student did there."""
    parts = name.split("/")
    tool = parts[1] if len(parts) > 1 else ""
    if tool in TOOLS and parts[2:] == ["results"] and request.method == "POST":
        return _post_results(store, tool, request)
    if tool in TOOLS and len(parts) == 4 and parts[2] == "tests" and request.method == "GET":
        with _TOOL_LOCK:
            record = _tool_record(store, tool, parts[3])
        post = {"method": "POST", "path": f"{ADMIN_PATH}/{tool}/results"}
        example = {"assignmentId": parts[3], "score": 80, "completed": True}
        return Response.json({**record, "postResults": {**post, "example": example}})
    raise ApiError(
        404,
        imsx_body(
            f"no admin endpoint {request.method} {request.path}: the simulated tools ("
            f"{', '.join(TOOLS)}) answer GET {ADMIN_PATH}/<tool>/tests/<assignmentId> and POST "
            f"{ADMIN_PATH}/<tool>/results",
            "unknownobject",
            "path",
        ),
    )
