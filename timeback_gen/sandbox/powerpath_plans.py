"""PowerPath syllabus, lesson plans (items, operation log, sync / recreate) and course progress.

A lesson plan is a student's copy of a course's structure, taken when it is created: *items* for
the course components (nested by ``parent``) and their component resources, each with an item id,
its parent item and ``skipped``. The trees (``getTree``, ``getLessonPlan``) show the non-skipped
items with the current OneRoster records; ``getLessonPlanStructure`` shows every item.
``storeOperation`` only logs an operation; ``syncOperations`` applies the ones not applied yet,
``recreateLessonPlan`` rebuilds the items from the course and applies the whole log, and
``SyncCourseLessonPlans`` recreates every plan of a course.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from .context import now_iso
from .powerpath_core import (
    ALIS,
    OPERATIONS,
    PLANS,
    RESULTS,
    Core,
    eq,
    metadata,
    not_found,
    one_of,
    ref,
    view,
)
from .powerpath_courses import test_out_status
from .web import Request, Response

Item = dict[str, Any]  # {itemId, type: component|resource, ref, parent, skipped, custom?}


def children(items: list[Item], parent: str | None) -> list[Item]:
    return [i for i in items if i.get("parent") == parent]


def below(items: list[Item], item: Item) -> set[str]:
    """The item ids of ``item`` and everything under it."""
    out, todo = set(), [item["itemId"]]
    while todo:
        current = todo.pop()
        out.add(current)
        todo += [i["itemId"] for i in items if i.get("parent") == current]
    return out


class Plans:
    def __init__(self, core: Core) -> None:
        self.c = core

    # ---------------------------------------------------------------- items
    def build(self, course_id: str, item_id: Callable[[str], str]) -> list[Item]:
        comps = self.c.components(course_id)
        known = {c["sourcedId"] for c in comps}
        items: list[Item] = []

        def add(comp: dict[str, Any], parent: str | None) -> None:
            me = item_id(comp["sourcedId"])
            items.append(
                {
                    "itemId": me,
                    "type": "component",
                    "ref": comp["sourcedId"],
                    "parent": parent,
                    "skipped": False,
                }
            )
            for cr in self.c.component_resources([comp["sourcedId"]]):
                items.append(
                    {
                        "itemId": item_id(cr["sourcedId"]),
                        "type": "resource",
                        "ref": cr["sourcedId"],
                        "parent": me,
                        "skipped": False,
                    }
                )
            for child in comps:
                if ref(child.get("parent")) == comp["sourcedId"]:
                    add(child, me)

        for comp in comps:
            if ref(comp.get("parent")) not in known:
                add(comp, None)
        return items

    def _lesson_entry(self, item: Item, component: str, position: int) -> dict[str, Any] | None:
        """A component resource of a tree (a custom resource: its resource alone)."""
        cr = {} if item.get("custom") else self.c.get("componentResources", item["ref"])
        if cr is None:
            return None
        resource = dict(
            self.c.get("resources", item["ref"] if item.get("custom") else ref(cr.get("resource")))
            or cr.get("resource")
            or {}
        )
        if not resource:
            return None
        resource["metadataDetails"] = {"type": str(metadata(resource).get("type") or "unknown")}
        return {
            **cr,
            "id": item["itemId"],
            "courseComponentSourcedId": component,
            "sortOrder": str(cr.get("sortOrder", position)),
            "resource": resource,
        }

    def render(self, items: list[Item], parent: str | None = None) -> list[dict[str, Any]]:
        """The non-skipped items under ``parent`` as the document's LessonPlanTreeComponents."""
        out = []
        for item in children(items, parent):
            comp = (
                self.c.get("courseComponents", item["ref"]) if item["type"] == "component" else None
            )
            if comp is None or item["skipped"]:
                continue
            node: dict[str, Any] = {
                "id": item["itemId"],
                "sourcedId": comp["sourcedId"],
                "status": comp.get("status", "active"),
                "title": comp.get("title", ""),
                "sortOrder": str(comp.get("sortOrder", "")),
                "metadata": metadata(comp),
            }
            node.update(
                {
                    k: comp[k]
                    for k in ("unlockDate", "prerequisites", "prerequisiteCriteria")
                    if k in comp
                }
            )
            lessons = [
                i
                for i in children(items, item["itemId"])
                if i["type"] == "resource" and not i["skipped"]
            ]
            entries = (
                self._lesson_entry(i, comp["sourcedId"], n) for n, i in enumerate(lessons, 1)
            )
            node["componentResources"] = [e for e in entries if e is not None]
            node["subComponents"] = self.render(items, item["itemId"])
            out.append(node)
        return out

    def structure(self, items: list[Item], parent: str | None = None) -> list[dict[str, Any]]:
        """Every item under ``parent`` (skipped ones too) as LessonPlanStructureNodes."""
        out = []
        for position, item in enumerate(children(items, parent), 1):
            component = item["type"] == "component"
            collection = (
                "courseComponents"
                if component
                else "resources"
                if item.get("custom")
                else "componentResources"
            )
            record = self.c.get(collection, item["ref"])
            if record is None:
                continue
            node: dict[str, Any] = {
                "type": item["type"],
                "title": str(record.get("title", "")),
                "order": str(position),
                "skipped": item["skipped"],
                "itemId": item["itemId"],
            }
            if component:
                below_nodes = self.structure(items, item["itemId"])
                node["componentId"] = item["ref"]
                node["componentResources"] = [n for n in below_nodes if n["type"] == "resource"]
                node["subComponents"] = [n for n in below_nodes if n["type"] == "component"]
            elif not item.get("custom"):
                node["componentResourceId"] = item["ref"]
            out.append(node)
        return out

    # ---------------------------------------------------------------- operations on items
    @staticmethod
    def _find(items: list[Item], id_: str, kind: str | None = None) -> Item | None:
        return next(
            (
                i
                for i in items
                if (kind is None or i["type"] == kind) and id_ in (i["ref"], i["itemId"])
            ),
            None,
        )

    def apply(self, items: list[Item], operation: dict[str, Any]) -> list[str]:
        """Apply one logged operation to ``items`` (in place); the problems, if it cannot be."""
        kind, payload = str(operation["type"]), operation.get("payload") or {}
        if kind == "add-custom-resource":
            parent = self._find(items, str(payload["parent_component_id"]), "component")
            if self.c.get("resources", str(payload["resource_id"])) is None:
                return [f"resource {payload['resource_id']!r} not found"]
            if parent is None:
                return [f"component {payload['parent_component_id']!r} is not in the lesson plan"]
            custom = {
                "itemId": str(uuid.uuid4()),
                "type": "resource",
                "ref": str(payload["resource_id"]),
            }
            items.append(
                {
                    **custom,
                    "parent": parent["itemId"],
                    "skipped": bool(payload.get("skipped")),
                    "custom": True,
                }
            )
            return []
        target_ref = payload.get("target") or {}
        target = self._find(items, str(target_ref.get("id")), str(target_ref.get("type")))
        if target is None:
            return [f"{target_ref.get('type')} {target_ref.get('id')!r} is not in the lesson plan"]
        if kind == "set-skipped":
            target["skipped"] = bool(payload["value"])
            return []
        inside = below(items, target)
        if kind in ("move-item-before", "move-item-after"):
            anchor = self._find(items, str(payload["reference_id"]))
            if anchor is None or anchor is target or anchor.get("parent") in inside:
                return [
                    f"cannot move next to {payload['reference_id']!r}: not an item outside the moved one"
                ]
            return self._move(
                items,
                target,
                anchor.get("parent"),
                items.index(anchor) + (kind == "move-item-after"),
            )
        if kind == "change-item-parent":
            parent = self._find(items, str(payload["new_parent_id"]), "component")
            if parent is None or parent["itemId"] in inside:
                return [
                    f"{payload['new_parent_id']!r} is not a component of the lesson plan outside the moved item"
                ]
            return self._move(
                items, target, parent["itemId"], 0 if payload.get("position") == "start" else None
            )
        return self._move(
            items, target, target.get("parent"), 0 if kind == "move-item-to-start" else None
        )

    @staticmethod
    def _move(items: list[Item], target: Item, parent: str | None, index: int | None) -> list[str]:
        if target["type"] == "resource" and parent is None:
            return ["a resource must stay inside a component"]
        position = items.index(target)
        items.remove(target)
        target["parent"] = parent
        if index is None:
            items.append(target)
        else:
            items.insert(index - (index > position), target)
        return []

    def _log(self, plan: dict[str, Any]) -> list[dict[str, Any]]:
        rows = self.c.active(OPERATIONS, eq("lessonPlanId", plan["id"]))
        return sorted(rows, key=lambda o: int(o["sequenceNumber"]))

    def _run(self, plan: dict[str, Any], operations: list[dict[str, Any]]) -> dict[str, Any]:
        results = []
        for operation in operations:
            errors = self.apply(plan["items"], operation)
            results.append(
                {"success": True}
                if not errors
                else {"success": False, "errors": [{"message": m} for m in errors]}
            )
            plan["appliedSequence"] = int(operation["sequenceNumber"])
        self.c.store.put(PLANS, f"{plan['courseId']}::{plan['userId']}", plan)
        ok = all(r["success"] for r in results)
        return {
            "success": ok,
            "message": f"{len(results)} operation(s) applied" + ("" if ok else ", some failed"),
            "operationCount": len(results),
            "operationResults": results,
        }

    def _recreate(self, plan: dict[str, Any]) -> dict[str, Any]:
        plan["items"] = self.build(plan["courseId"], lambda _id: str(uuid.uuid4()))
        return self._run(plan, self._log(plan))

    # ---------------------------------------------------------------- handlers
    def _plan(self, request: Request) -> dict[str, Any]:
        plan_id = request.params["lessonPlanId"]
        found = self.c.active(PLANS, eq("id", plan_id))
        if not found:
            raise not_found("lesson plan", plan_id)
        return found[0]

    def _tree(self, request: Request, plan: dict[str, Any]) -> Response:
        course = self.c.course(plan["courseId"])
        tree = {"course": course, "subComponents": self.render(plan["items"])}
        return self.c.answer(request, {"lessonPlan": {"lessonPlan": tree}})

    def get_course_syllabus(self, request: Request) -> Response:
        course = self.c.course(request.params["courseSourcedId"])
        items = self.build(course["sourcedId"], lambda sid: sid)
        return self.c.answer(
            request, {"syllabus": {"course": course, "subComponents": self.render(items)}}
        )

    def create_lesson_plan(self, request: Request) -> Response:
        body = self.c.body(request)
        course, user = self.c.course(str(body["courseId"])), self.c.user(str(body["userId"]))
        class_id = body.get("classId")
        if class_id:
            self.c.need("classes", str(class_id), "class")
        else:
            classes = {
                ref(e.get("class"))
                for e in self.c.active("enrollments", eq("user.sourcedId", user["sourcedId"]))
            }
            mine = [
                c
                for c in self.c.active("classes", eq("course.sourcedId", course["sourcedId"]))
                if c["sourcedId"] in classes
            ]
            class_id = mine[0]["sourcedId"] if mine else None
        key = f"{course['sourcedId']}::{user['sourcedId']}"
        with self.c.lock:
            existing = self.c.store.get(PLANS, key)
            if existing is not None:
                return self.c.answer(request, {"lessonPlanId": existing["id"]}, 200)
            plan = {
                "id": str(uuid.uuid4()),
                "courseId": course["sourcedId"],
                "userId": user["sourcedId"],
                "classId": class_id,
                "createdAt": now_iso(),
                "items": self.build(course["sourcedId"], lambda _id: str(uuid.uuid4())),
                "appliedSequence": 0,
            }
            self.c.store.put(PLANS, key, plan)
        return self.c.answer(request, {"lessonPlanId": plan["id"]}, 201)

    def get_tree(self, request: Request) -> Response:
        course_id, user_id = request.params["courseId"], request.params["userId"]
        self.c.course(course_id)
        plan = self.c.store.get(PLANS, f"{course_id}::{user_id}")
        if plan is None:
            raise not_found("lesson plan of course/user", f"{course_id}/{user_id}")
        return self._tree(request, plan)

    def get_lesson_plan(self, request: Request) -> Response:
        return self._tree(request, self._plan(request))

    def get_lesson_plan_structure(self, request: Request) -> Response:
        plan = self._plan(request)
        course = self.c.course(plan["courseId"])
        view = {
            "id": plan["id"],
            "courseId": plan["courseId"],
            "courseTitle": str(course.get("title", "")),
            "structure": self.structure(plan["items"]),
        }
        return self.c.answer(request, {"lessonPlan": {"lessonPlan": view}})

    def delete_lesson_plans_by_course_id(self, request: Request) -> Response:
        course_id = self.c.course(request.params["courseId"])["sourcedId"]
        with self.c.lock:
            for plan in self.c.active(PLANS, eq("courseId", course_id)):
                for operation in self._log(plan):
                    self.c.store.remove(
                        OPERATIONS, f"{plan['id']}::{int(operation['sequenceNumber']):08d}"
                    )
                self.c.store.remove(PLANS, f"{plan['courseId']}::{plan['userId']}")
        return self.c.answer(request, None)

    def store_operation(self, request: Request) -> Response:
        body = self.c.body(request)
        with self.c.lock:
            plan = self._plan(request)
            sequence = len(self._log(plan)) + 1
            record = {
                "id": str(uuid.uuid4()),
                "lessonPlanId": plan["id"],
                "type": body["operation"]["type"],
                "payload": body["operation"]["payload"],
                "reason": body.get("reason"),
                "createdAt": now_iso(),
                "sequenceNumber": sequence,
                "createdBy": None,
            }
            self.c.store.put(OPERATIONS, f"{plan['id']}::{sequence:08d}", record)
        return self.c.answer(
            request, {"success": True, "message": "Operation stored", "operationId": record["id"]}
        )

    def get_operations(self, request: Request) -> Response:
        log = self._log(self._plan(request))
        return self.c.answer(
            request, {"operations": [view(o, "getOperations", "operations", "[]") for o in log]}
        )

    def sync_operations(self, request: Request) -> Response:
        with self.c.lock:
            plan = self._plan(request)
            pending = [
                o
                for o in self._log(plan)
                if int(o["sequenceNumber"]) > int(plan.get("appliedSequence") or 0)
            ]
            return self.c.answer(request, self._run(plan, pending))

    def recreate_lesson_plan(self, request: Request) -> Response:
        with self.c.lock:
            return self.c.answer(request, self._recreate(self._plan(request)))

    def sync_course_lesson_plans(self, request: Request) -> Response:
        course_id = self.c.course(request.params["courseId"])["sourcedId"]
        with self.c.lock:
            plans = self.c.active(PLANS, eq("courseId", course_id))
            for plan in plans:
                self._recreate(plan)
        return self.c.answer(request, {"lessonPlansAffected": [p["id"] for p in plans]})

    def get_course_progress(self, request: Request) -> Response:
        course = self.c.course(request.params["courseId"])
        student = self.c.user(request.params["studentId"])["sourcedId"]
        wanted = self.c.params(request).get("lessonId")
        comps = [c["sourcedId"] for c in self.c.components(course["sourcedId"])]
        lessons = [cr["sourcedId"] for cr in self.c.component_resources(comps)]
        found = {
            ali["sourcedId"]: ali
            for path, ids in (
                ("component.sourcedId", comps),
                ("courseComponent.sourcedId", comps),
                ("componentResource.sourcedId", lessons),
            )
            for ali in self.c.active(ALIS, one_of(path, ids))
        }
        line_items = []
        for ali in found.values():
            lesson = ref(ali.get("componentResource"))
            comp = ref(ali.get("component")) or ref(ali.get("courseComponent"))
            if wanted and wanted not in (lesson, comp):
                continue
            entry: dict[str, Any] = {
                "assessmentLineItemSourcedId": ali["sourcedId"],
                "title": ali.get("title", ""),
            }
            if lesson in lessons:
                entry.update(type="resource", courseComponentResourceSourcedId=lesson)
            else:
                entry.update(type="component", courseComponentSourcedId=comp)
            entry["results"] = self.c.active(
                RESULTS,
                eq("assessmentLineItem.sourcedId", ali["sourcedId"]),
                eq("student.sourcedId", student),
            )
            line_items.append(entry)
        return self.c.answer(
            request, {"lineItems": line_items, "testOut": test_out_status(self.c, course, student)}
        )
