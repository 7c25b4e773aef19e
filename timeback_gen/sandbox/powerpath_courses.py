"""PowerPath course mastery: test assignments, test-outs, external and internal test lessons.

A test assignment is a standalone test-out: a resource and an *unlisted* component resource (no
course component) of lesson type ``test-out``, with the assignment record (``assigned`` →
``in_progress`` on the first answer → ``completed``/``failed`` when finalized, 90 passes). Its
content is that of the test-out lesson of a course with the same subject and grade when one
exists (so an internal QTI test-out can be taken in the sandbox), else an external MasteryTrack
test (``toolProvider: mastery-track``, subject and grade in the resource's metadata).
"""

from __future__ import annotations

import base64
import binascii
import csv
import io
import uuid
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote_to_bytes

from .context import int_param, now_iso, page_count
from .powerpath_core import (
    ACTIVE_ASSIGNMENT,
    ASSIGNMENTS,
    GRADED,
    Core,
    Lesson,
    attempt_number,
    eq,
    grades,
    listed,
    ref,
    subjects,
    unprocessable,
    view,
)
from .web import ApiError, Request, Response, imsx_body

# What a test assignment's resource takes over from a course's test-out lesson.
CONTENT_KEYS = (
    "type",
    "subType",
    "url",
    "assessmentTestId",
    "questions",
    "resources",
    "toolProvider",
    "launchUrl",
    "vendorId",
    "xp",
)
LIST_FILTERS = (
    ("student", "studentSourcedId"),
    ("status", "assignmentStatus"),
    ("subject", "subject"),
    ("grade", "grade"),
)


def test_out_state(
    c: Core, course: dict[str, Any], student: str
) -> tuple[str | None, str | None, dict[str, Any] | None, bool]:
    """(subject, grade, the student's latest assignment for them, whether the student is enrolled
    in a course of that subject and grade); subject/grade are None unless the course has both."""
    subject = next((s for s in listed(course, "subjects") if s in subjects()), None)
    grade = next((g for g in listed(course, "grades") if g in grades()), None)
    if subject is None or grade is None:
        return None, None, None, False
    mine = c.active(
        ASSIGNMENTS, eq("studentSourcedId", student), eq("subject", subject), eq("grade", grade)
    )
    same = {x["sourcedId"] for x in c.courses_for(subject, grade)}
    return subject, grade, (mine[-1] if mine else None), bool(same & c.enrolled_courses(student))


def test_out_status(c: Core, course: dict[str, Any], student: str) -> dict[str, Any]:
    """getCourseProgress's ``testOut``: not_eligible / available / in_progress / completed / failed."""
    subject, _grade, assignment, enrolled = test_out_state(c, course, student)
    status = (assignment or {}).get("assignmentStatus")
    if assignment is not None and status in (*ACTIVE_ASSIGNMENT, "completed", "failed"):
        return {
            "status": "in_progress" if status in ACTIVE_ASSIGNMENT else status,
            "assignmentId": assignment["sourcedId"],
            "lessonId": assignment["componentResourceSourcedId"],
        }
    return {"status": "available" if subject and enrolled else "not_eligible"}


def data_url_text(url: str) -> str:
    head, comma, data = url[len("data:") :].partition(",")
    if not comma:
        raise ApiError.bad_request(
            "spreadsheetUrl: a data: URL needs a ',' before its data", "spreadsheetUrl"
        )
    try:
        raw = unquote_to_bytes(data)
        return (base64.b64decode(raw, validate=True) if head.endswith(";base64") else raw).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError) as exc:
        raise ApiError.bad_request(
            f"spreadsheetUrl is not a readable data: URL: {exc}", "spreadsheetUrl"
        ) from exc


class Courses:
    def __init__(self, core: Core) -> None:
        self.c = core

    # ---------------------------------------------------------------- test assignments
    def _template(self, subject: str, grade: str) -> tuple[dict[str, Any], str | None]:
        """The content (resource metadata) and vendorResourceId of the subject+grade's test-out."""
        lessons = [
            x
            for course in self.c.courses_for(subject, grade)
            for x in self.c.course_lessons(course["sourcedId"])
            if x.kind == "test-out"
        ]
        lessons.sort(key=lambda x: x.tool is not None)  # internal (QTI) first
        if not lessons:
            return {"toolProvider": "mastery-track"}, None
        meta = lessons[0].meta
        return {k: meta[k] for k in CONTENT_KEYS if k in meta}, lessons[0].resource.get(
            "vendorResourceId"
        )

    def assign(
        self, student: dict[str, Any], subject: str, grade: str, name: str | None
    ) -> dict[str, str]:
        content, vendor = self._template(subject, grade)
        assignment_id = str(uuid.uuid4())
        title = name or f"{subject} grade {grade} test-out"
        meta = {**content, "lessonType": "test-out", "subject": subject, "grade": grade}
        resource = self.c.create(
            "resources",
            {"title": title, "vendorResourceId": vendor or assignment_id, "metadata": meta},
        )
        lesson = self.c.create(
            "componentResources",
            {
                "title": title,
                "resource": {"sourcedId": resource["sourcedId"]},
                "lessonType": "test-out",
                "sortOrder": 0,
            },
        )
        record = {
            "sourcedId": assignment_id,
            "studentSourcedId": student["sourcedId"],
            "studentEmail": str(student.get("email") or ""),
            "assignedByUserSourcedId": None,
            "subject": subject,
            "grade": grade,
            "assignmentStatus": "assigned",
            "testName": name,
            "assignedAt": now_iso(),
            "expiresAt": None,
            "completedAt": None,
            "resourceSourcedId": resource["sourcedId"],
            "componentResourceSourcedId": lesson["sourcedId"],
        }
        self.c.store.insert(ASSIGNMENTS, assignment_id, record)
        return {
            "assignmentId": assignment_id,
            "lessonId": lesson["sourcedId"],
            "resourceId": resource["sourcedId"],
        }

    def create_test_assignment(self, request: Request) -> Response:
        body = self.c.body(request)
        student = self.c.user(str(body["student"]))
        with self.c.lock:
            ids = self.assign(student, body["subject"], body["grade"], body.get("testName"))
        return self.c.answer(request, ids)

    def _student(self, key: str) -> dict[str, Any] | None:
        return self.c.get("users", key) or next(
            iter(self.c.active("users", eq("email", key))), None
        )

    def _bulk(
        self, request: Request, items: list[dict[str, Any]], find: Callable[[str], Any]
    ) -> Response:
        """Create every assignment, or none when any row is wrong (400 listing every problem)."""
        errors, ready = [], []
        for row, item in enumerate(items):
            student = find(str(item.get("student") or ""))
            problems = [
                f"{name} {item.get(name)!r} is not one of {', '.join(allowed)}"
                for name, allowed in (("subject", subjects()), ("grade", grades()))
                if item.get(name) not in allowed
            ]
            if student is None:
                problems.insert(0, f"student {item.get('student')!r} not found")
            errors += [{"row": row, "message": m} for m in problems]
            ready.append((student, item))
        if errors:
            return Response.json({"success": False, "results": [], "errors": errors}, 400)
        with self.c.lock:
            results = [
                self.assign(s, i["subject"], i["grade"], i.get("testName") or None)
                for s, i in ready
            ]
        return self.c.answer(request, {"success": True, "results": results, "errors": []})

    def create_bulk_test_assignments(self, request: Request) -> Response:
        return self._bulk(request, self.c.body(request)["items"], lambda k: self.c.get("users", k))

    def import_test_assignments(self, request: Request) -> Response:
        url = str(self.c.body(request)["spreadsheetUrl"])
        if not url.startswith("data:"):
            raise ApiError(
                501,
                imsx_body(
                    "The TimeBack sandbox does not fetch spreadsheets over the internet; give the "
                    "sheet's CSV as a data: URL (data:text/csv,student,subject,grade%0A...)",
                    "unsupported",
                    "spreadsheetUrl",
                ),
            )
        reader = csv.DictReader(io.StringIO(data_url_text(url)))
        columns = {h.strip().lower(): h for h in reader.fieldnames or []}
        missing = [name for name in ("student", "subject", "grade") if name not in columns]
        if missing:
            message = (
                f"the sheet has no column {', '.join(missing)} (needs student, subject, grade)"
            )
            return Response.json(
                {"success": False, "results": [], "errors": [{"row": -1, "message": message}]}, 400
            )
        names = {
            "student": "student",
            "subject": "subject",
            "grade": "grade",
            "testname": "testName",
        }
        items: list[dict[str, Any]] = [
            {
                key: (row.get(columns[name]) or "").strip()
                for name, key in names.items()
                if name in columns
            }
            for row in reader
        ]
        return self._bulk(request, items, self._student)

    def list_student_test_assignments(self, request: Request) -> Response:
        query = self.c.params(request)
        limit = int_param(query, "limit", 100, 1, 3000)
        offset = int_param(query, "offset", 0, 0, None)
        conditions = [eq(column, query[name]) for name, column in LIST_FILTERS if query.get(name)]
        page = self.c.store.query(
            ASSIGNMENTS, conditions, include_deleted=False, limit=limit, offset=offset
        )
        return self.c.answer(
            request,
            {
                "testAssignments": [view(a, "getTestAssignment") for a in page.items],
                "totalCount": page.total,
                "pageCount": page_count(page.total, limit),
                "pageNumber": offset // limit + 1,
                "offset": offset,
                "limit": limit,
            },
        )

    def _assignment(self, request: Request) -> dict[str, Any]:
        return self.c.need(ASSIGNMENTS, request.params["id"], "test assignment")

    def get_test_assignment(self, request: Request) -> Response:
        assignment = self._assignment(request)
        return self.c.answer(request, view(assignment, "getTestAssignment"))

    def update_test_assignment(self, request: Request) -> Response:
        name = str(self.c.body(request)["testName"])
        with self.c.lock:
            assignment = self._assignment(request)
            assignment["testName"] = name
            self.c.store.put(ASSIGNMENTS, assignment["sourcedId"], assignment)
            for collection, key in (
                ("resources", "resourceSourcedId"),
                ("componentResources", "componentResourceSourcedId"),
            ):
                record = self.c.get(collection, assignment.get(key))
                if record is not None:
                    record["title"] = name
                    self.c.save(collection, record)
        return self.c.answer(request, None)

    def delete_test_assignment(self, request: Request) -> Response:
        with self.c.lock:
            assignment = self._assignment(request)
            self.c.store.put(ASSIGNMENTS, assignment["sourcedId"], assignment, deleted=True)
        return self.c.answer(request, None)

    # ---------------------------------------------------------------- test-outs
    def start_test_out(self, request: Request) -> Response:
        body = self.c.body(request)
        course = self.c.course(str(body["courseId"]))
        student = self.c.user(str(body["studentId"]))
        with self.c.lock:
            subject, grade, assignment, enrolled = test_out_state(
                self.c, course, student["sourcedId"]
            )
            status = (assignment or {}).get("assignmentStatus")
            if assignment is not None and status in ACTIVE_ASSIGNMENT:
                ids = {
                    k: assignment[f]
                    for k, f in (
                        ("assignmentId", "sourcedId"),
                        ("lessonId", "componentResourceSourcedId"),
                        ("resourceId", "resourceSourcedId"),
                    )
                }
                return self.c.answer(request, {**ids, "status": "existing"})
            if (
                subject is None
                or grade is None
                or not enrolled
                or status in ("completed", "failed")
            ):
                why = (
                    "the course has no supported subject and grade"
                    if subject is None
                    else f"the student already has a {status} {subject} grade {grade} test-out"
                    if status in ("completed", "failed")
                    else f"the student is not enrolled in a {subject} grade {grade} course"
                )
                raise unprocessable(
                    f"student {student['sourcedId']!r} is not eligible for a test-out: {why}",
                    "studentId",
                )
            ids = self.assign(student, subject, grade, f"{course.get('title', subject)} test-out")
        return self.c.answer(request, {**ids, "status": "created"})

    def test_out(self, request: Request) -> Response:
        query = self.c.params(request)
        student = self.c.user(query["student"])["sourcedId"]
        course = self.c.course(query["course"])
        lesson = next(
            (x for x in self.c.course_lessons(course["sourcedId"]) if x.kind == "test-out"), None
        )
        assignment = test_out_state(self.c, course, student)[2]
        if lesson is None and assignment is not None:
            lesson = self.c.lesson(assignment["componentResourceSourcedId"])
        out: dict[str, Any] = {
            "lessonType": "test-out",
            "lessonId": None,
            "finalized": False,
            "toolProvider": None,
        }
        if lesson is not None:
            current = self.c.current(lesson, student) or {}
            out.update(
                lessonId=lesson.id,
                finalized=current.get("scoreStatus") == GRADED,
                toolProvider=lesson.tool,
                attempt=attempt_number(current) if current else 1,
            )
        return self.c.answer(request, out)

    # ---------------------------------------------------------------- test lessons in a course
    def _place(
        self,
        body: dict[str, Any],
        meta: dict[str, Any],
        same: Callable[[Lesson], bool] | None,
        children: list[dict[str, Any]] | None = None,
    ) -> dict[str, Any]:
        """Create the lesson (unit, resource, component resource) of a test in a course, or update
        the course's lesson ``same`` picks. ``children``: the resources of an assessment bank."""
        course = self.c.course(str(body["courseId"]))
        if body.get("courseIdOnFail"):
            self.c.course(str(body["courseIdOnFail"]))
        kind = str(body["lessonType"])
        title = str(body.get("lessonTitle") or f"{course.get('title', '')} {kind}".strip())
        lessons = self.c.course_lessons(course["sourcedId"]) if same else []
        existing = next((x for x in lessons if x.kind == kind and same and same(x)), None)
        if (
            existing is not None
            and "toolProvider" in meta
            and existing.tool != meta["toolProvider"]
        ):
            raise unprocessable(
                f"the course's {kind} lesson {existing.id!r} has toolProvider {existing.tool!r}, not "
                f"{meta['toolProvider']!r}; update its resource's toolProvider first",
                "toolProvider",
            )
        child_ids = [
            self.c.create(
                "resources",
                {
                    "title": ch.get("title") or title,
                    "vendorResourceId": str(uuid.uuid4()),
                    "metadata": {k: v for k, v in ch.items() if k != "title"},
                },
            )["sourcedId"]
            for ch in children or []
        ]
        if children is not None:
            meta = {**meta, "resources": child_ids}
        if existing is not None:
            resource, cr = existing.resource, existing.cr
            resource.update(title=body.get("lessonTitle") or resource.get("title"), metadata=meta)
            self.c.save("resources", resource)
            component = ref(cr.get("courseComponent")) or ""
        else:
            component = self._unit(course, body)
            resource = self.c.create(
                "resources",
                {
                    "title": title,
                    "vendorResourceId": str(body.get("vendorId") or uuid.uuid4()),
                    "metadata": meta,
                },
            )
            siblings = self.c.component_resources([component])
            cr = self.c.create(
                "componentResources",
                {
                    "title": title,
                    "courseComponent": {"sourcedId": component},
                    "resource": {"sourcedId": resource["sourcedId"]},
                    "sortOrder": len(siblings) + 1,
                    "lessonType": kind,
                },
            )
        out: dict[str, Any] = {
            "lessonType": kind,
            "lessonId": cr["sourcedId"],
            "courseComponentId": component,
            "resourceId": resource["sourcedId"],
        }
        if children is not None:
            out["childResourceIds"] = child_ids
        out.update({k: body[k] for k in ("courseIdOnFail", "grades") if k in body})
        return out

    def _unit(self, course: dict[str, Any], body: dict[str, Any]) -> str:
        given = body.get("courseComponentSourcedId")
        if given:
            unit = self.c.need("courseComponents", str(given), "course component")
            if ref(unit.get("course")) != course["sourcedId"]:
                raise unprocessable(
                    f"course component {given!r} is not in course {course['sourcedId']!r}",
                    "courseComponentSourcedId",
                )
            return str(given)
        count = len(self.c.components(course["sourcedId"]))
        title = body.get("unitTitle") or {"placement": "Placement", "test-out": "Test Out"}.get(
            body["lessonType"], "Tests"
        )
        unit = {
            "title": title,
            "course": {"sourcedId": course["sourcedId"]},
            "sortOrder": count + 1,
            "unlockDate": now_iso(),
        }
        return str(self.c.create("courseComponents", unit)["sourcedId"])

    @staticmethod
    def _same(body: dict[str, Any]) -> Callable[[Lesson], bool] | None:
        """Which lesson of the course a new test replaces: the test-out, the placement test of the
        same grade; None (always a new lesson) for other lesson types."""
        if body["lessonType"] == "test-out":
            return lambda lesson: True
        if body["lessonType"] == "placement":
            wanted = set(body.get("grades") or [])
            return lambda lesson: bool(wanted & set(lesson.grades)) or not (wanted or lesson.grades)
        return None

    def create_external_placement_test(self, request: Request) -> Response:
        body = self.c.body(request, objects=("resourceMetadata",))
        keys = (
            "lessonType",
            "toolProvider",
            "launchUrl",
            "vendorId",
            "description",
            "grades",
            "xp",
            "courseIdOnFail",
        )
        meta = {k: body[k] for k in keys if k in body}
        meta.update(body.get("resourceMetadata") or {})
        with self.c.lock:
            out = self._place(body, meta, self._same(body))
        out.update({k: body[k] for k in ("launchUrl", "toolProvider", "vendorId") if k in body})
        return self.c.answer(request, out)

    def create_internal_test(self, request: Request) -> Response:
        body = self.c.body(request, objects=("resourceMetadata",))
        meta: dict[str, Any] = {
            k: body[k] for k in ("lessonType", "xp", "grades", "courseIdOnFail") if k in body
        }
        meta.update(body.get("resourceMetadata") or {})
        children = None
        if body["testType"] == "qti":
            qti = body["qti"]
            meta = {
                "type": "qti",
                "subType": "qti-test",
                "url": qti["url"],
                **(qti.get("metadata") or {}),
                **meta,
            }
        else:
            meta["type"] = "assessment-bank"
            children = [
                {
                    "type": "qti",
                    "subType": "qti-test",
                    "url": r["url"],
                    "title": r.get("title"),
                    **(r.get("metadata") or {}),
                }
                for r in body["assessmentBank"]["resources"]
            ]
        with self.c.lock:
            out = self._place(body, meta, self._same(body), children)
        return self.c.answer(request, {**out, "testType": body["testType"]})

    # the same handlers serve these (the admin list filters by student only when given; the
    # deprecated createExternalTestOut takes the same bodies as createExternalPlacementTest)
    list_all_test_assignments = list_student_test_assignments
    create_external_test_out = create_external_placement_test
