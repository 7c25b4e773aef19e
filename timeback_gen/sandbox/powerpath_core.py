"""What the PowerPath handlers share: request checks, lessons, attempts and their gradebook records.

A *lesson* is a OneRoster component resource (its ``lessonType``, else its resource's
``metadata.lessonType``, else ``powerpath-100``) with its resource. Its questions are QTI items:
``resource.metadata.questions``, or the items of the QTI test named by
``resource.metadata.assessmentTestId`` or by the last segment of ``resource.metadata.url``; an
assessment bank (``metadata.type`` ``assessment-bank``) serves its ``metadata.resources`` round
robin, one per attempt.

Progress lives in the OneRoster gradebook, as the document says PowerPath writes it: a lesson has
an assessment line item (``componentResource`` = the lesson) and each attempt of a student one
assessment result on it (``metadata.attempt``, ``startedAt``, ``completedAt``, ``xp``); each answered
question a result on the question's line item (``parentAssessmentLineItem`` = the lesson's,
``metadata.question``), carrying ``metadata.lesson``/``attempt``/``correct``/``response``.
"""

from __future__ import annotations

import functools
import math
import threading
import uuid
from dataclasses import dataclass, field
from typing import Any

from .conform import RefFill, conform
from .context import Context, int_param, now_iso
from .qti import ITEMS, TESTS, score_response
from .spec import load_document, operation, resolve
from .store import Condition
from .validation import validate
from .web import ApiError, Request, Response, imsx_body

API = "powerpath"
PASS_SCORE = 90.0  # placement: a score of 90 or more moves the level up; test-outs pass at 90
GRADED = "fully graded"
PP100 = "powerpath-100"
TEST_LESSONS = ("quiz", "test-out", "placement", "unit-test")
ALIS, RESULTS = "assessmentLineItems", "assessmentResults"
PLANS = "powerpath_lessonPlans"
OPERATIONS = "powerpath_operations"
ASSIGNMENTS = "powerpath_testAssignments"
SESSIONS = "powerpath_screeningSessions"
ONBOARDING = "powerpath_onboarding"
ACTIVE_ASSIGNMENT = ("assigned", "in_progress")


@functools.cache
def enum_of(schema: str) -> tuple[str, ...]:
    return tuple(str(s) for s in load_document(API)["components"]["schemas"][schema]["enum"])


@functools.cache
def response_fields(operation_id: str, *path: str) -> tuple[str, ...]:
    """The property names of an operation's success response schema, or of the schema below it
    at ``path`` (property names; ``[]`` for array items): what a view of a stored record keeps."""
    doc = load_document(API)
    schema: Any = operation(API, operation_id).response_schema()
    for step in path:
        schema = resolve(doc, schema["items"] if step == "[]" else schema["properties"][step])
    return tuple(resolve(doc, schema)["properties"])


def view(record: dict[str, Any], operation_id: str, *path: str) -> dict[str, Any]:
    return {k: record.get(k) for k in response_fields(operation_id, *path)}


def subjects() -> tuple[str, ...]:
    return enum_of("SubjectEnum")


def grades() -> tuple[str, ...]:
    return enum_of("GradeEnum")


def ref(value: Any) -> str | None:
    """The sourcedId of a GUIDRef ``{"sourcedId": ...}`` (or of a bare id string)."""
    if isinstance(value, dict):
        value = value.get("sourcedId")
    return str(value) if isinstance(value, str | int) and str(value) else None


def eq(path: str, value: Any) -> Condition:
    return Condition(f"json_extract(json, '$.{path}') = :v", {"v": value})


def one_of(path: str, values: list[str]) -> Condition:
    if not values:
        return Condition("0")
    marks = ",".join(f":v{i}" for i in range(len(values)))
    return Condition(
        f"json_extract(json, '$.{path}') IN ({marks})", {f"v{i}": v for i, v in enumerate(values)}
    )


def absent(path: str) -> Condition:
    return Condition(f"json_extract(json, '$.{path}') IS NULL")


def not_found(kind: str, id_: str) -> ApiError:
    return ApiError.not_found(f"{kind} {id_!r} not found")


def unprocessable(message: str, field_name: str = "TargetEndSystem") -> ApiError:
    return ApiError(422, imsx_body(message, "invaliddata", field_name))


def grade_number(value: Any) -> int | None:
    try:
        return int(str(value))
    except ValueError:
        return None


def sort_key(record: dict[str, Any]) -> tuple[float, str]:
    try:
        order = float(record.get("sortOrder") or 0)
    except (TypeError, ValueError):
        order = 0.0
    return (order, str(record.get("title", "")))


def metadata(record: dict[str, Any] | None) -> dict[str, Any]:
    meta = (record or {}).get("metadata")
    return meta if isinstance(meta, dict) else {}


def listed(record: dict[str, Any], key: str) -> list[str]:
    """A list field (a course's ``subjects``, ``grades``) as strings, whatever JSON types it was
    stored with (grades sent as numbers, a lone value)."""
    value = record.get(key)
    return [str(v) for v in (value if isinstance(value, list) else [value]) if v is not None]


def number(value: Any) -> float | None:
    """A number stored as a JSON number or a numeric string (``"30"``); None otherwise."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        out = float(value)
    except (TypeError, ValueError):
        return None
    return out if math.isfinite(out) else None


def children_of(record: dict[str, Any] | None, key: str) -> list[dict[str, Any]]:
    """The child elements ``key`` of a stored QTI record: a list, or one element as an object
    (a record kept as sent, e.g. XML with a lone child); anything else has none."""
    value = (record or {}).get(key)
    items = value if isinstance(value, list) else [value]
    return [x for x in items if isinstance(x, dict)]


def attempt_number(result: dict[str, Any]) -> int:
    return grade_number(metadata(result).get("attempt")) or 1


def attempt_view(result: dict[str, Any]) -> dict[str, Any]:
    """An attempt as createNewAttempt / getAttempts answer it."""
    meta = metadata(result)
    return {
        "attempt": attempt_number(result),
        "score": result.get("score") or 0,
        "scoreStatus": result.get("scoreStatus", "not submitted"),
        "xp": meta.get("xp"),
        "startedAt": meta.get("startedAt"),
        "completedAt": meta.get("completedAt"),
    }


@dataclass
class Lesson:
    id: str
    cr: dict[str, Any]
    resource: dict[str, Any]
    course_id: str | None

    @property
    def meta(self) -> dict[str, Any]:
        return metadata(self.resource)

    @property
    def kind(self) -> str:
        return str(self.cr.get("lessonType") or self.meta.get("lessonType") or PP100)

    @property
    def title(self) -> str:
        return str(self.cr.get("title") or self.resource.get("title") or self.id)

    @property
    def tool(self) -> str | None:
        """The external tool provider (edulastic, mastery-track) of an external test."""
        tool = self.meta.get("toolProvider")
        return str(tool) if tool else None

    @property
    def xp(self) -> float | None:
        return number(self.meta.get("xp"))

    @property
    def grades(self) -> list[str]:
        grades = self.meta.get("grades")
        if isinstance(grades, list):
            return [str(g) for g in grades]
        return [str(self.meta["grade"])] if self.meta.get("grade") is not None else []

    def earned(self, score: float) -> float | None:
        return None if self.xp is None else round(self.xp * score / 100)


@dataclass
class Progress:
    """One attempt of a student in a lesson: its questions and the answered ones."""

    questions: list[str]
    answers: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def correct(self) -> int:
        return sum(1 for a in self.answers.values() if metadata(a).get("correct"))

    @property
    def accuracy(self) -> float:
        return round(100.0 * self.correct / len(self.answers), 2) if self.answers else 0.0

    @property
    def score(self) -> float:
        return round(100.0 * self.correct / len(self.questions), 2) if self.questions else 0.0

    def next(self) -> tuple[int, str] | None:
        return next(((i, q) for i, q in enumerate(self.questions) if q not in self.answers), None)


class Core:
    def __init__(self, ctx: Context) -> None:
        self.store = ctx.store
        self.lock = threading.RLock()  # attempts, plans and assignments change under it

    # ---------------------------------------------------------------- requests
    def body(self, request: Request, *, objects: tuple[str, ...] = ()) -> dict[str, Any]:
        """The JSON body, valid against the operation's request schema (else 422). Properties
        named in ``objects`` may also be objects (the document types them ``null`` only)."""
        body = request.json_object()
        kept = {k: body.pop(k) for k in objects if isinstance(body.get(k), dict)}
        schema = operation(API, request.operation_id).request_schema()
        errors = validate(API, schema, body) if schema is not None else []
        if errors:
            path, message = errors[0]
            raise ApiError(
                422,
                imsx_body(
                    f"Invalid request body at {path}: {message}", "invaliddata", path, field=path
                ),
            )
        return {**body, **kept}

    def params(self, request: Request) -> dict[str, str]:
        """The query, checked against the operation's query parameters (required, enum,
        integer bounds; else 400)."""
        doc = load_document(API)
        for raw in operation(API, request.operation_id).raw.get("parameters") or []:
            param = resolve(doc, raw)
            if param.get("in") != "query":
                continue
            name, schema = str(param["name"]), resolve(doc, param.get("schema") or {})
            value = request.query.get(name)
            if value is None or value == "":
                if param.get("required"):
                    raise ApiError.bad_request(f"query parameter {name!r} is required", name)
                continue
            enum = schema.get("enum")
            if isinstance(enum, list) and value not in enum:
                raise ApiError.bad_request(
                    f"{name} must be one of {', '.join(map(str, enum))}; got {value!r}", name
                )
            if schema.get("type") == "integer":
                int_param(request.query, name, 0, schema.get("minimum", 0), schema.get("maximum"))
        return request.query

    def answer(self, request: Request, data: Any, status: int | None = None) -> Response:
        """``data`` shaped by the operation's response schema (GUIDRefs get ``href``/``type``)."""
        op = operation(API, request.operation_id)
        status = status or op.success_status()
        schema = op.response_schema(status)
        if schema is None:
            return Response.json(data, status) if data is not None else Response.empty(status)
        host = request.headers.get("host") or "127.0.0.1"
        return Response.json(conform(API, schema, data, RefFill(f"http://{host}")), status)

    # ---------------------------------------------------------------- records
    def get(self, collection: str, id_: str | None) -> dict[str, Any] | None:
        """An active (not soft-deleted) record."""
        return self.store.get(collection, id_, include_deleted=False) if id_ else None

    def need(self, collection: str, id_: str, kind: str) -> dict[str, Any]:
        record = self.get(collection, id_)
        if record is None:
            raise not_found(kind, id_)
        return record

    def active(self, collection: str, *conditions: Condition) -> list[dict[str, Any]]:
        return self.store.query(collection, conditions, include_deleted=False).items

    def create(self, collection: str, record: dict[str, Any]) -> dict[str, Any]:
        record = {"sourcedId": str(uuid.uuid4()), "status": "active", **record}
        record["dateLastModified"] = now_iso()
        if not self.store.insert(collection, record["sourcedId"], record):
            raise ApiError.conflict(f"sourcedId {record['sourcedId']!r} already exists")
        return record

    def save(self, collection: str, record: dict[str, Any], *, deleted: bool = False) -> None:
        record["dateLastModified"] = now_iso()
        if deleted:
            record["status"] = "tobedeleted"
        self.store.put(collection, str(record["sourcedId"]), record, deleted=deleted)

    def user(self, id_: str) -> dict[str, Any]:
        return self.need("users", id_, "user")

    def course(self, id_: str) -> dict[str, Any]:
        return self.need("courses", id_, "course")

    # ---------------------------------------------------------------- courses and lessons
    def components(self, course_id: str) -> list[dict[str, Any]]:
        return sorted(
            self.active("courseComponents", eq("course.sourcedId", course_id)), key=sort_key
        )

    def component_resources(self, component_ids: list[str]) -> list[dict[str, Any]]:
        rows = self.active("componentResources", one_of("courseComponent.sourcedId", component_ids))
        return sorted(rows, key=sort_key)

    def make_lesson(self, cr: dict[str, Any]) -> Lesson:
        resource = self.get("resources", ref(cr.get("resource"))) or {}
        component = self.get("courseComponents", ref(cr.get("courseComponent")))
        return Lesson(str(cr["sourcedId"]), cr, resource, ref((component or {}).get("course")))

    def lesson(self, id_: str) -> Lesson:
        return self.make_lesson(self.need("componentResources", id_, "lesson (component resource)"))

    def course_lessons(self, course_id: str) -> list[Lesson]:
        order = {c["sourcedId"]: i for i, c in enumerate(self.components(course_id))}
        crs = self.component_resources(list(order))
        crs.sort(key=lambda cr: order.get(ref(cr.get("courseComponent")) or "", 0))
        return [self.make_lesson(cr) for cr in crs]

    def courses_for(self, subject: str, grade: str | None = None) -> list[dict[str, Any]]:
        rows = [c for c in self.active("courses") if subject in listed(c, "subjects")]
        return [c for c in rows if grade is None or grade in listed(c, "grades")]

    def enrolled_courses(self, student: str) -> set[str]:
        """Courses of the classes the student is actively enrolled in."""
        out: set[str] = set()
        for enrollment in self.active("enrollments", eq("user.sourcedId", student)):
            cls = self.get("classes", ref(enrollment.get("class")))
            course = ref((cls or {}).get("course"))
            if course:
                out.add(course)
        return out

    def enroll(self, student: str, course_id: str) -> bool:
        """Enroll the student in the course's first active class (unless enrolled already)."""
        if course_id in self.enrolled_courses(student):
            return True
        classes = self.active("classes", eq("course.sourcedId", course_id))
        if not classes:
            return False
        cls = classes[0]
        record: dict[str, Any] = {
            "role": "student",
            "primary": "false",
            "user": {"sourcedId": student},
            "class": {"sourcedId": cls["sourcedId"]},
            "course": {"sourcedId": course_id},
            "beginDate": now_iso()[:10],
        }
        school = ref(cls.get("school")) or ref(cls.get("org"))
        if school:
            record["school"] = {"sourcedId": school}
        self.create("enrollments", record)
        return True

    # ---------------------------------------------------------------- questions
    def questions(self, lesson: Lesson, attempt: int) -> list[str]:
        meta = lesson.meta
        if meta.get("type") == "assessment-bank":
            children = [c for c in (ref(x) for x in meta.get("resources") or []) if c]
            if not children:
                return []
            meta = metadata(self.get("resources", children[(attempt - 1) % len(children)]))
        given = meta.get("questions")
        if isinstance(given, list):
            return [str(q.get("id") if isinstance(q, dict) else q) for q in given]
        url = str(meta.get("url") or "").rstrip("/")
        test = self.store.get(TESTS, str(meta.get("assessmentTestId") or url.rsplit("/", 1)[-1]))
        return [
            str(item_ref.get("identifier"))
            for part in children_of(test, "qti-test-part")
            for section in children_of(part, "qti-assessment-section")
            for item_ref in children_of(section, "qti-assessment-item-ref")
            if item_ref.get("identifier") is not None
        ]

    def question_entry(
        self, request: Request, index: int, qid: str, answer: dict[str, Any] | None
    ) -> dict[str, Any]:
        """A question as the document's PowerPathTestQuestion (with the student's answer)."""
        item = self.store.get(ITEMS, qid) or {}
        meta = metadata(item)
        host = request.headers.get("host") or "127.0.0.1"
        entry: dict[str, Any] = {
            "id": qid,
            "index": index,
            "title": str(item.get("title") or qid),
            "url": f"http://{host}/qti/api/assessment-items/{qid}",
            "difficulty": str(meta.get("difficulty") or "medium"),
        }
        for key in ("humanApproved", "learningObjectives"):
            if key in meta:
                entry[key] = meta[key]
        if item.get("rawXml"):
            entry["content"] = {"type": str(item.get("type") or ""), "rawXml": item["rawXml"]}
        if answer is not None:
            given = metadata(answer)
            entry.update({k: given[k] for k in ("response", "responses") if k in given})
            entry["correct"] = bool(given.get("correct"))
            entry["result"] = {
                "score": answer.get("score") or 0,
                "feedback": str(given.get("feedback") or ""),
            }
        return entry

    @staticmethod
    def score(
        item: dict[str, Any], response: Any, responses: Any
    ) -> tuple[bool, float, dict[str, Any]]:
        """Score an answer with the QTI scorer: ``response`` against the item's response
        declaration, or each entry of ``responses`` against the declaration of that identifier
        (correct when all are). Returns (correct, score, feedback)."""
        parts: list[tuple[dict[str, Any], Any]] = [(item, response)]
        if isinstance(responses, dict) and responses:
            decls = {d.get("identifier"): d for d in children_of(item, "responseDeclarations")}
            rp = item.get("responseProcessing") or {}
            parts = []
            for key, value in responses.items():
                if key not in decls and len(responses) > 1:
                    raise unprocessable(f"the item has no response declaration {key!r}", key)
                if key not in decls:
                    parts.append((item, value))
                    continue
                sub_rp = {**rp, "responseDeclarationIdentifier": key}
                parts.append(
                    (
                        {
                            **item,
                            "responseDeclarations": [decls[key]],
                            "responseProcessing": sub_rp,
                        },
                        value,
                    )
                )
        try:
            results = [score_response(sub, value) for sub, value in parts]
        except ApiError as exc:
            details = exc.body.get("details") if isinstance(exc.body, dict) else None
            raise unprocessable(
                f"cannot score the question: {details or exc.body}", "question"
            ) from exc
        wrong = [r for r in results if r["score"] <= 0]
        return not wrong, float(sum(r["score"] for r in results)), (wrong or results)[0]["feedback"]

    # ---------------------------------------------------------------- gradebook
    def line_item(self, lesson: Lesson, *, create: bool = False) -> dict[str, Any] | None:
        found = self.active(
            ALIS, eq("componentResource.sourcedId", lesson.id), absent("parentAssessmentLineItem")
        )
        if found or not create:
            return found[0] if found else None
        record: dict[str, Any] = {
            "title": lesson.title,
            "componentResource": {"sourcedId": lesson.id},
            "resultValueMin": 0,
            "resultValueMax": 100,
            "metadata": {"lessonType": lesson.kind},
        }
        if lesson.course_id:
            record["course"] = {"sourcedId": lesson.course_id}
        return self.create(ALIS, record)

    def attempts(self, lesson: Lesson, student: str) -> list[dict[str, Any]]:
        """The student's test results on the lesson, one per attempt, oldest first."""
        ali = self.line_item(lesson)
        if ali is None:
            return []
        rows = self.active(
            RESULTS,
            eq("assessmentLineItem.sourcedId", ali["sourcedId"]),
            eq("student.sourcedId", student),
        )
        return sorted(rows, key=attempt_number)

    def current(self, lesson: Lesson, student: str) -> dict[str, Any] | None:
        rows = self.attempts(lesson, student)
        return rows[-1] if rows else None

    def completed(self, lesson: Lesson, student: str) -> dict[str, Any] | None:
        """The latest fully graded attempt."""
        done = [r for r in self.attempts(lesson, student) if r.get("scoreStatus") == GRADED]
        return done[-1] if done else None

    def start_attempt(self, lesson: Lesson, student: str, number: int) -> dict[str, Any]:
        ali = self.line_item(lesson, create=True) or {}
        now = now_iso()
        meta = {
            "lesson": lesson.id,
            "lessonType": lesson.kind,
            "attempt": number,
            "startedAt": now,
            "completedAt": None,
            "xp": None if lesson.xp is None else 0,
        }
        return self.create(
            RESULTS,
            {
                "assessmentLineItem": {"sourcedId": ali["sourcedId"]},
                "student": {"sourcedId": student},
                "score": 0,
                "scoreDate": now,
                "scoreStatus": "not submitted",
                "metadata": meta,
            },
        )

    def open_attempt(self, lesson: Lesson, student: str) -> dict[str, Any]:
        """The current attempt, started (attempt 1) when there is none."""
        return self.current(lesson, student) or self.start_attempt(lesson, student, 1)

    def question_results(
        self, lesson: Lesson, student: str, number: int
    ) -> dict[str, dict[str, Any]]:
        rows = self.active(
            RESULTS,
            eq("metadata.lesson", lesson.id),
            eq("student.sourcedId", student),
            eq("metadata.attempt", number),
            Condition("json_extract(json, '$.metadata.question') IS NOT NULL"),
        )
        return {str(metadata(r)["question"]): r for r in rows}

    def progress(self, lesson: Lesson, student: str, number: int) -> Progress:
        questions = self.questions(lesson, number)
        answers = self.question_results(lesson, student, number)
        return Progress(questions, {q: a for q, a in answers.items() if q in questions})

    def question_line_item(
        self, lesson: Lesson, parent: dict[str, Any], question: str
    ) -> dict[str, Any]:
        found = self.active(
            ALIS,
            eq("parentAssessmentLineItem.sourcedId", parent["sourcedId"]),
            eq("metadata.question", question),
        )
        if found:
            return found[0]
        item = self.store.get(ITEMS, question) or {}
        return self.create(
            ALIS,
            {
                "title": str(item.get("title") or question),
                "parentAssessmentLineItem": {"sourcedId": parent["sourcedId"]},
                "metadata": {"lesson": lesson.id, "question": question},
            },
        )

    def grade(
        self, lesson: Lesson, result: dict[str, Any], progress: Progress, *, final: bool
    ) -> None:
        """Write the attempt's score: in progress, or fully graded (``final``) with its XP."""
        meta = dict(metadata(result))
        now = now_iso()
        result["score"] = progress.score
        result["scoreDate"] = now
        if final:
            result["scoreStatus"] = GRADED
            meta.update(completedAt=now, xp=lesson.earned(progress.score))
        else:
            result["scoreStatus"] = "partially graded" if progress.answers else "not submitted"
        result["metadata"] = meta
        self.save(RESULTS, result)

    # ---------------------------------------------------------------- test assignments
    def assignment_of(self, lesson_id: str) -> dict[str, Any] | None:
        rows = self.active(ASSIGNMENTS, eq("componentResourceSourcedId", lesson_id))
        return rows[-1] if rows else None

    def set_assignment(
        self, lesson_id: str, status: str, *, only_from: tuple[str, ...] = ()
    ) -> None:
        assignment = self.assignment_of(lesson_id)
        if assignment is None or (
            only_from and assignment.get("assignmentStatus") not in only_from
        ):
            return
        assignment["assignmentStatus"] = status
        assignment["completedAt"] = now_iso() if status in ("completed", "failed") else None
        self.store.put(ASSIGNMENTS, assignment["sourcedId"], assignment)

    def onboarding(self, student: str, subject: str) -> dict[str, Any] | None:
        return self.store.get(ONBOARDING, f"{student}::{subject}")

    def set_onboarding(self, student: str, subject: str, state: dict[str, Any]) -> None:
        self.store.put(
            ONBOARDING, f"{student}::{subject}", {"student": student, "subject": subject, **state}
        )
