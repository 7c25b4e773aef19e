"""PowerPath: the course / lesson flow on top of the OneRoster and QTI records.

A course's tree is its ``courseComponents`` (nested by ``parent``) with their
``componentResources`` and ``resources``. A lesson is a component resource (or resource) whose
questions are QTI items (``resource.metadata.questions``, or the items of the QTI test named by
``resource.metadata.assessmentTestId`` / ``url``); responses are scored with the QTI scorer.
"""

from __future__ import annotations

import uuid
from typing import Any

from .context import Context, now_iso
from .qti import ITEMS, TESTS, score_response
from .spec import operation
from .store import Condition
from .validation import validate
from .web import ApiError, Handler, Request, Response, imsx_body

API = "powerpath"
PLANS = "powerpath_lessonPlans"
RESPONSES = "powerpath_responses"


def _nf(what: str, id_: str) -> ApiError:
    return ApiError.not_found(f"{what} {id_!r} not found")


def _eq(field: str, value: str) -> Condition:
    return Condition(f"json_extract(json, '$.{field}') = :v", {"v": value})


def _sort_key(record: dict[str, Any]) -> tuple[float, str]:
    try:
        order = float(record.get("sortOrder") or 0)
    except (TypeError, ValueError):
        order = 0.0
    return (order, str(record.get("title", "")))


class PowerPath:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.store = ctx.store

    def _validate(self, op_id: str, body: Any) -> None:
        schema = operation(API, op_id).request_schema()
        if schema is None:
            return
        errors = validate(API, schema, body)
        if errors:
            path, message = errors[0]
            raise ApiError(
                422, imsx_body(f"Invalid request body at {path}: {message}", "invaliddata", path)
            )

    def _course(self, course_id: str) -> dict[str, Any]:
        course = self.store.get("courses", course_id)
        if course is None:
            raise _nf("course", course_id)
        return course

    def _tree(self, course_id: str) -> list[dict[str, Any]]:
        comps = self.store.query(
            "courseComponents", [_eq("course.sourcedId", course_id)], include_deleted=False
        ).items
        ids = [c["sourcedId"] for c in comps]
        resources_by_comp: dict[str, list[dict[str, Any]]] = {}
        if ids:
            marks = ",".join(f":c{i}" for i in range(len(ids)))
            crs = self.store.query(
                "componentResources",
                [
                    Condition(
                        f"json_extract(json, '$.courseComponent.sourcedId') IN ({marks})",
                        {f"c{i}": v for i, v in enumerate(ids)},
                    )
                ],
                include_deleted=False,
            ).items
            for cr in sorted(crs, key=_sort_key):
                res_id = (cr.get("resource") or {}).get("sourcedId")
                resource = self.store.get("resources", str(res_id)) if res_id else None
                comp_id = str((cr.get("courseComponent") or {}).get("sourcedId"))
                res_body = dict(resource or cr.get("resource") or {})
                meta = (
                    res_body.get("metadata") if isinstance(res_body.get("metadata"), dict) else {}
                )
                # the document's lesson-plan item: id, courseComponentSourcedId, string sortOrder
                # and resource.metadataDetails.type (from resource.metadata.type when given)
                res_body["metadataDetails"] = {"type": str((meta or {}).get("type") or "unknown")}
                entry = {
                    **cr,
                    "id": cr["sourcedId"],
                    "courseComponentSourcedId": comp_id,
                    "sortOrder": str(cr.get("sortOrder", "")),
                    "resource": res_body,
                }
                resources_by_comp.setdefault(comp_id, []).append(entry)

        def node(c: dict[str, Any]) -> dict[str, Any]:
            children = [
                x for x in comps if (x.get("parent") or {}).get("sourcedId") == c["sourcedId"]
            ]
            return {
                "id": c["sourcedId"],
                "sourcedId": c["sourcedId"],
                "status": c.get("status", "active"),
                "title": c.get("title", ""),
                "sortOrder": str(c.get("sortOrder", "")),
                "unlockDate": c.get("unlockDate", ""),
                "metadata": c.get("metadata") or {},
                "prerequisites": c.get("prerequisites") or [],
                "prerequisiteCriteria": c.get("prerequisiteCriteria", "ALL"),
                "componentResources": resources_by_comp.get(c["sourcedId"], []),
                "subComponents": [node(x) for x in sorted(children, key=_sort_key)],
            }

        known = set(ids)
        roots = [c for c in comps if (c.get("parent") or {}).get("sourcedId") not in known]
        return [node(c) for c in sorted(roots, key=_sort_key)]

    # ---------------------------------------------------------------- syllabus / plans
    def syllabus(self, request: Request) -> Response:
        course_id = request.params["courseSourcedId"]
        course = self._course(course_id)
        return Response.json(
            {"syllabus": {"course": course, "subComponents": self._tree(course_id)}}
        )

    def create_plan(self, request: Request) -> Response:
        body = request.json_object()
        self._validate("createLessonPlan", body)
        self._course(body["courseId"])
        if self.store.get("users", body["userId"]) is None:
            raise _nf("user", body["userId"])
        key = f"{body['courseId']}::{body['userId']}"
        existing = self.store.get(PLANS, key)
        if existing is not None:
            return Response.json({"lessonPlanId": existing["id"]}, 200)
        plan = {
            "id": str(uuid.uuid4()),
            "courseId": body["courseId"],
            "userId": body["userId"],
            "classId": body.get("classId"),
            "createdAt": now_iso(),
        }
        if not self.store.insert(PLANS, key, plan):
            existing = self.store.get(PLANS, key) or plan
            return Response.json({"lessonPlanId": existing["id"]}, 200)
        return Response.json({"lessonPlanId": plan["id"]}, 201)

    def tree(self, request: Request) -> Response:
        course_id, user_id = request.params["courseId"], request.params["userId"]
        course = self._course(course_id)
        if self.store.get(PLANS, f"{course_id}::{user_id}") is None:
            raise _nf("lesson plan for course/user", f"{course_id}/{user_id}")
        return Response.json(
            {
                "lessonPlan": {
                    "lessonPlan": {"course": course, "subComponents": self._tree(course_id)}
                }
            }
        )

    def course_progress(self, request: Request) -> Response:
        course_id, student = request.params["courseId"], request.params["studentId"]
        self._course(course_id)
        lesson_filter = request.query.get("lessonId")
        line_items = []
        for ali in self.store.query("assessmentLineItems", [], include_deleted=False).items:
            comp = (ali.get("courseComponent") or {}).get("sourcedId")
            comp_res = (ali.get("componentResource") or {}).get("sourcedId")
            belongs = False
            if comp:
                c = self.store.get("courseComponents", str(comp))
                belongs = bool(c and (c.get("course") or {}).get("sourcedId") == course_id)
            elif comp_res:
                cr = self.store.get("componentResources", str(comp_res))
                cc = (
                    self.store.get(
                        "courseComponents",
                        str((cr or {}).get("courseComponent", {}).get("sourcedId")),
                    )
                    if cr
                    else None
                )
                belongs = bool(cc and (cc.get("course") or {}).get("sourcedId") == course_id)
            if not belongs or (lesson_filter and lesson_filter not in (comp, comp_res)):
                continue
            results = self.store.query(
                "assessmentResults",
                [
                    _eq("assessmentLineItem.sourcedId", ali["sourcedId"]),
                    Condition("json_extract(json, '$.student.sourcedId') = :s", {"s": student}),
                ],
                include_deleted=False,
            ).items
            entry: dict[str, Any] = {
                "assessmentLineItemSourcedId": ali["sourcedId"],
                "title": ali.get("title", ""),
                "results": results,
            }
            if comp:
                entry.update(type="component", courseComponentSourcedId=comp)
            else:
                entry.update(type="resource", courseComponentResourceSourcedId=comp_res)
            line_items.append(entry)
        return Response.json({"lineItems": line_items, "testOut": {"status": "not_eligible"}})

    # ---------------------------------------------------------------- questions
    def _lesson_questions(self, lesson: str) -> list[str]:
        cr = self.store.get("componentResources", lesson)
        resource = None
        if cr is not None:
            res_id = (cr.get("resource") or {}).get("sourcedId")
            resource = self.store.get("resources", str(res_id)) if res_id else None
        if resource is None:
            resource = self.store.get("resources", lesson)
        if resource is None:
            raise _nf("lesson", lesson)
        meta = resource.get("metadata") or {}
        questions = meta.get("questions")
        if isinstance(questions, list):
            return [str(q.get("id") if isinstance(q, dict) else q) for q in questions]
        test_id = (
            meta.get("assessmentTestId") or str(meta.get("url", "")).rstrip("/").rsplit("/", 1)[-1]
        )
        test = self.store.get(TESTS, str(test_id)) if test_id else None
        if test is None:
            return []
        return [
            str(ref.get("identifier"))
            for part in test.get("qti-test-part") or []
            for sec in part.get("qti-assessment-section") or []
            for ref in sec.get("qti-assessment-item-ref") or []
        ]

    def _lesson_type(self, lesson: str) -> str:
        cr = self.store.get("componentResources", lesson)
        return str((cr or {}).get("lessonType") or "powerpath-100")

    def _answers(self, student: str, lesson: str) -> list[dict[str, Any]]:
        conds = [
            Condition("json_extract(json, '$.student') = :s", {"s": student}),
            Condition("json_extract(json, '$.lesson') = :l", {"l": lesson}),
        ]
        return self.store.query(RESPONSES, conds).items

    def _summary(self, student: str, lesson: str, total: int) -> dict[str, Any]:
        answers = self._answers(student, lesson)
        correct = sum(1 for a in answers if a.get("correct"))
        accuracy = round(100.0 * correct / len(answers), 2) if answers else 0.0
        score = round(100.0 * correct / total, 2) if total else 0.0
        return {"answers": answers, "correct": correct, "accuracy": accuracy, "score": score}

    def update_response(self, request: Request) -> Response:
        body = request.json_object()
        self._validate("updateStudentQuestionResponse", body)
        student, question, lesson = body["student"], body["question"], body["lesson"]
        if self.store.get("users", student) is None:
            raise _nf("student", student)
        questions = self._lesson_questions(lesson)
        item = self.store.get(ITEMS, question)
        if item is None:
            raise _nf("question", question)
        response = body.get("response")
        if response is None and isinstance(body.get("responses"), dict) and body["responses"]:
            response = next(iter(body["responses"].values()))
        try:
            result = score_response(item, response)
        except ApiError as exc:
            raise ApiError(422, imsx_body(str(exc.body), "invaliddata", "question")) from exc
        is_correct = result["score"] > 0
        record = {
            "student": student,
            "lesson": lesson,
            "question": question,
            "response": response,
            "correct": is_correct,
            "score": result["score"],
            "feedback": result["feedback"],
            "updatedAt": now_iso(),
        }
        self.store.put(RESPONSES, f"{student}::{lesson}::{question}", record)
        total = max(len(questions), 1)
        summary = self._summary(student, lesson, total)
        lesson_type = self._lesson_type(lesson)
        if lesson_type != "powerpath-100":
            return Response.json({"lessonType": lesson_type, "questionResult": record})
        return Response.json(
            {
                "lessonType": "powerpath-100",
                "powerpathScore": summary["score"],
                "responseResult": {
                    "isCorrect": is_correct,
                    "score": 1 if is_correct else 0,
                    "feedback": result["feedback"],
                },
                "questionResult": record,
                "accuracy": summary["accuracy"],
                "correctQuestions": summary["correct"],
                "totalQuestions": len(questions),
                "xp": None,
                "multiplier": None,
            }
        )

    def assessment_progress(self, request: Request) -> Response:
        student, lesson = request.query.get("student"), request.query.get("lesson")
        if not student or not lesson:
            raise ApiError.bad_request(
                "query parameters student and lesson are required",
                "student" if not student else "lesson",
            )
        questions = self._lesson_questions(lesson)
        summary = self._summary(student, lesson, len(questions))
        by_q = {a["question"]: a for a in summary["answers"]}
        seen = []
        for i, qid in enumerate(questions):
            answer = by_q.get(qid)
            if answer is None:
                continue
            item = self.store.get(ITEMS, qid) or {}
            seen.append(
                {
                    "id": qid,
                    "index": i,
                    "title": item.get("title", qid),
                    "url": f"/qti/api/assessment-items/{qid}",
                    "difficulty": str((item.get("metadata") or {}).get("difficulty") or "medium"),
                    "response": answer.get("response"),
                    "correct": answer.get("correct"),
                    "result": {
                        "score": answer.get("score", 0),
                        "feedback": str((answer.get("feedback") or {}).get("value", "")),
                    },
                }
            )
        remaining = len(questions) - len(seen)
        return Response.json(
            {
                "lessonType": self._lesson_type(lesson),
                "remainingQuestionsPerDifficulty": {"easy": 0, "medium": remaining, "hard": 0},
                "score": summary["score"],
                "seenQuestions": seen,
                "attempt": int(request.query.get("attempt") or 1),
                "xp": None,
                "multiplier": None,
                "accuracy": summary["accuracy"],
                "correctQuestions": summary["correct"],
                "totalQuestions": len(questions),
            }
        )


def handlers(ctx: Context) -> dict[str, Handler]:
    p = PowerPath(ctx)
    return {
        "getCourseSyllabus": p.syllabus,
        "createLessonPlan": p.create_plan,
        "getTree": p.tree,
        "getCourseProgress": p.course_progress,
        "updateStudentQuestionResponse": p.update_response,
        "getAssessmentProgress": p.assessment_progress,
    }
