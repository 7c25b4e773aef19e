"""The operations oneroster-api.json added, end to end: the generated client against a real
sandbox process over loopback (PATCH on enrollments / assessment results / assessment line items,
user agents, createCourseStructure)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from _timeback_gen.oneroster.types import UNSET

from timeback_gen import Timeback
from timeback_gen.errors import ConflictError, NotFoundError, UnprocessableEntityError
from timeback_gen.sandbox.process import SandboxProcess

pytestmark = pytest.mark.sandbox

OR = "/ims/oneroster/rostering/v1p2"
GB = "/ims/oneroster/gradebook/v1p2"
NEW_OPERATIONS = {
    "partiallyUpdateEnrollment",
    "patchAssessmentResult",
    "patchAssessmentLineItem",
    "getAgents",
    "addAgent",
    "deleteAgent",
    "getAgentFor",
    "createCourseStructure",
}


def uid(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


@pytest.fixture()
def tb(sandbox: SandboxProcess) -> Iterator[Timeback]:
    with Timeback.for_sandbox(sandbox.url) as client:
        yield client


def make_user(tb: Timeback, role: str = "student", **extra: Any) -> str:
    sid = uid(role)
    body = {
        "sourcedId": sid,
        "status": "active",
        "enabledUser": True,
        "givenName": extra.pop("givenName", "Ann"),
        "familyName": "Smith",
        "email": f"{sid}@example.com",
        "roles": [{"roleType": "primary", "role": role, "org": {"sourcedId": "org-1"}}],
        **extra,
    }
    tb.oneroster.rostering.create_user(body={"user": body})
    return sid


def test_the_sandbox_implements_every_new_operation(sandbox: SandboxProcess) -> None:
    implemented = set(sandbox.admin("/_sandbox/operations")["implemented"]["oneroster"])
    assert implemented >= NEW_OPERATIONS


# --------------------------------------------------------------------------- PATCH


def make_class(tb: Timeback) -> tuple[str, str, str]:
    """A school, a course and a class of both: (school, course, class)."""
    r = tb.oneroster.rostering
    school, course, cls = uid("sch"), uid("crs"), uid("cls")
    r.create_school(
        body={"org": {"sourcedId": school, "status": "active", "name": "North", "type": "school"}}
    )
    r.create_course(
        body={
            "course": {
                "sourcedId": course,
                "status": "active",
                "title": "Math",
                "org": {"sourcedId": school},
            }
        }
    )
    r.create_class(
        body={
            "class": {
                "sourcedId": cls,
                "status": "active",
                "title": "Math 1",
                "classType": "scheduled",
                "course": {"sourcedId": course},
                "org": {"sourcedId": school},
                "terms": [],
            }
        }
    )
    return school, course, cls


def test_an_enrollment_answers_the_course_and_school_of_its_class(tb: Timeback) -> None:
    """oneroster-api.json requires an enrollment's course, which its bodies cannot carry."""
    r = tb.oneroster.rostering
    school, course, cls = make_class(tb)
    eid = uid("enr")
    r.create_enrollment(
        body={
            "enrollment": {
                "sourcedId": eid,
                "status": "active",
                "role": "student",
                "user": {"sourcedId": make_user(tb)},
                "class": {"sourcedId": cls},
            }
        }
    )
    got = r.get_enrollment(eid).enrollment
    assert (got.course.sourced_id, got.course.type_) == (course, "course")
    assert got.course.href.endswith(f"/courses/{course}")
    assert got.school.sourced_id == school
    assert got.primary is UNSET  # not sent, so not answered (the document's default is 'false')
    assert [e.sourced_id for e in r.get_enrollments_for_school(school).enrollments] == [eid]


def test_partially_update_enrollment_merges_fields_and_metadata(tb: Timeback) -> None:
    r = tb.oneroster.rostering
    school, _course, cls = make_class(tb)
    student, eid = make_user(tb), uid("enr")
    r.create_enrollment(
        body={
            "enrollment": {
                "sourcedId": eid,
                "status": "active",
                "role": "student",
                "beginDate": "2025-09-01",
                "user": {"sourcedId": student},
                "class": {"sourcedId": cls},
                "school": {"sourcedId": school},
                "metadata": {"goals": {"dailyXp": 50}, "source": "sis"},
            }
        }
    )
    answer = r.partially_update_enrollment(
        eid,
        body={
            "enrollment": {
                "primary": True,
                "metadata": {"goals": {"dailyLessons": 2}, "metrics": {"totalXp": 120}},
            }
        },
    )
    patched = answer["enrollment"]
    assert patched["sourcedId"] == eid and patched["primary"] is True
    assert patched["user"]["href"].endswith(f"/users/{student}")  # shaped like a get
    got = r.get_enrollment(eid).enrollment
    assert got.primary is True  # the response schema takes a boolean too (overlay)
    assert (got.role, got.begin_date, got.user.sourced_id) == ("student", "2025-09-01", student)
    assert got.metadata is not None and got.metadata.to_dict() == {
        "goals": {"dailyXp": 50, "dailyLessons": 2},  # merged with the stored metadata
        "metrics": {"totalXp": 120},
        "source": "sis",
    }
    # a field given replaces the stored one; the rest stays
    r.partially_update_enrollment(
        eid, body={"enrollment": {"role": "teacher", "endDate": "2026-06-30"}}
    )
    got = r.get_enrollment(eid).enrollment
    assert (got.role, got.begin_date, got.end_date) == ("teacher", "2025-09-01", "2026-06-30")
    assert got.metadata is not None and got.metadata.to_dict()["source"] == "sis"
    with pytest.raises(NotFoundError) as missing:
        r.partially_update_enrollment(uid("nope"), body={"enrollment": {"role": "student"}})
    assert missing.value.operation == "partiallyUpdateEnrollment"
    with pytest.raises(UnprocessableEntityError) as bad:
        r.partially_update_enrollment(eid, body={"enrollment": {"role": "wizard"}})
    assert "enrollment.role" in (bad.value.imsx_description or "")
    assert r.get_enrollment(eid).enrollment.role == "teacher"  # a refused PATCH changes nothing


def test_patch_assessment_line_item_and_result(tb: Timeback) -> None:
    g = tb.oneroster.gradebook
    ali, res, student = uid("ali"), uid("ares"), make_user(tb)
    g.create_assessment_line_item(
        body={
            "assessmentLineItem": {
                "sourcedId": ali,
                "status": "active",
                "title": "Unit quiz",
                "resultValueMin": 0,
                "resultValueMax": 10,
                "metadata": {"subject": "Math", "xp": {"base": 5}},
            }
        }
    )
    answer = g.patch_assessment_line_item(
        ali, body={"assessmentLineItem": {"resultValueMax": 20, "metadata": {"xp": {"bonus": 2}}}}
    )
    assert answer["assessmentLineItem"]["resultValueMax"] == 20
    item = g.get_assessment_line_item(ali).assessment_line_item
    assert (item.title, item.result_value_min, item.result_value_max) == ("Unit quiz", 0, 20)
    assert item.metadata is not None
    assert item.metadata.to_dict() == {"subject": "Math", "xp": {"base": 5, "bonus": 2}}

    g.create_assessment_result(
        body={
            "assessmentResult": {
                "sourcedId": res,
                "status": "active",
                "assessmentLineItem": {"sourcedId": ali},
                "student": {"sourcedId": student},
                "score": 6,
                "scoreDate": "2026-01-10T10:00:00Z",
                "scoreStatus": "partially graded",
                "metadata": {"attempt": 1},
            }
        }
    )
    g.patch_assessment_result(
        res,
        body={
            "assessmentResult": {
                "score": 9,
                "scoreStatus": "fully graded",
                "metadata": {"attempt": 2},
            }
        },
    )
    result = g.get_assessment_result(res).assessment_result
    assert (result.score, result.score_status) == (9, "fully graded")
    assert result.student.sourced_id == student and result.assessment_line_item.sourced_id == ali
    assert result.metadata is not None and result.metadata.to_dict() == {"attempt": 2}
    with pytest.raises(NotFoundError):
        g.patch_assessment_result(uid("nope"), body={"assessmentResult": {"score": 1}})
    with pytest.raises(NotFoundError):
        g.patch_assessment_line_item(uid("nope"), body={"assessmentLineItem": {"title": "x"}})
    # soft-deleting through PATCH: still readable as tobedeleted, and gone from active lists
    g.patch_assessment_result(res, body={"assessmentResult": {"status": "tobedeleted"}})
    assert g.get_assessment_result(res).assessment_result.status == "tobedeleted"
    active = g.get_all_assessment_results(where={"sourcedId": res, "status": "active"})
    assert active.total_count == 0


# --------------------------------------------------------------------------- agents


def test_user_agents_add_list_reverse_and_delete(tb: Timeback) -> None:
    r = tb.oneroster.rostering
    child, sibling = make_user(tb), make_user(tb, givenName="Ben")
    mum, dad = make_user(tb, "parent", givenName="Mum"), make_user(tb, "guardian", givenName="Dad")
    assert r.get_agents(child).agents == []
    added = r.add_agent(child, body={"agentSourcedId": mum})
    assert [a["sourcedId"] for a in added["user"]["agents"]] == [mum]
    r.add_agent(child, body={"agentSourcedId": dad})
    r.add_agent(child, body={"agentSourcedId": mum})  # already an agent: no duplicate
    r.add_agent(sibling, body={"agentSourcedId": mum})
    agents = r.get_agents(child).agents
    assert [(a.sourced_id, a.given_name) for a in agents] == [(mum, "Mum"), (dad, "Dad")]
    assert all(a.enabled_user is True for a in agents)  # full users, shaped like getUser
    # the child's own record carries the references
    refs = r.get_user(child).user.agents
    assert [(a.sourced_id, a.type_) for a in refs] == [(mum, "user"), (dad, "user")]
    assert refs[0].href.endswith(f"/users/{mum}")
    # the other way round: whom is mum an agent for?
    assert {u.sourced_id for u in r.get_agent_for(mum).users} == {child, sibling}
    assert [u.sourced_id for u in r.get_agent_for(dad).users] == [child]
    assert r.get_agent_for(child).users == []
    # delete one
    after = r.delete_agent(child, mum)
    assert [a["sourcedId"] for a in after["user"]["agents"]] == [dad]
    assert [a.sourced_id for a in r.get_agents(child).agents] == [dad]
    assert [u.sourced_id for u in r.get_agent_for(mum).users] == [sibling]
    with pytest.raises(NotFoundError) as not_agent:
        r.delete_agent(child, mum)  # no longer an agent
    assert not_agent.value.operation == "deleteAgent"
    assert not_agent.value.imsx_code_minor is not None


def test_agents_of_a_user_created_with_agents(tb: Timeback) -> None:
    """createUser's `agents` and addAgent are the same list."""
    r = tb.oneroster.rostering
    parent = make_user(tb, "parent")
    child = make_user(tb, agents=[{"sourcedId": parent}])
    assert [a.sourced_id for a in r.get_agents(child).agents] == [parent]
    assert [u.sourced_id for u in r.get_agent_for(parent).users] == [child]


def test_agent_operations_on_unknown_users_are_404(tb: Timeback) -> None:
    r = tb.oneroster.rostering
    known, ghost = make_user(tb), uid("ghost")
    for call in (
        lambda: r.get_agents(ghost),
        lambda: r.get_agent_for(ghost),
        lambda: r.add_agent(ghost, body={"agentSourcedId": known}),
        lambda: r.add_agent(known, body={"agentSourcedId": ghost}),
        lambda: r.delete_agent(ghost, known),
    ):
        with pytest.raises(NotFoundError):
            call()
    with pytest.raises(UnprocessableEntityError):
        r.add_agent(known, body={"agent": known})  # agentSourcedId is required
    assert r.get_agents(known).agents == []


def test_agent_routes_over_http(sandbox: SandboxProcess) -> None:
    with sandbox.client() as c:
        ids = []
        for name in ("kid", "parent"):
            sid = uid(name)
            body = {
                "sourcedId": sid,
                "status": "active",
                "enabledUser": "true",
                "givenName": name,
                "familyName": "X",
                "email": f"{sid}@example.com",
                "roles": [{"roleType": "primary", "role": "student", "org": {"sourcedId": "o"}}],
            }
            assert c.post(f"{OR}/users/", json={"user": body}).status_code == 201
            ids.append(sid)
        kid, parent = ids
        r = c.post(f"{OR}/users/{kid}/agents", json={"agentSourcedId": parent})
        assert r.status_code == 200, r.text
        listed = c.get(f"{OR}/users/{kid}/agents").json()
        assert [a["sourcedId"] for a in listed["agents"]] == [parent]
        assert listed["agents"][0]["enabledUser"] == "true"  # answered as stored
        assert c.get(f"{OR}/users/{parent}/agentFor").json()["users"][0]["sourcedId"] == kid
        gone = c.delete(f"{OR}/users/{kid}/agents/{parent}")
        assert gone.status_code == 200 and gone.json()["user"]["agents"] == []
        again = c.delete(f"{OR}/users/{kid}/agents/{parent}")
        assert again.status_code == 404
        assert again.json()["imsx_codeMajor"] == "failure"


# --------------------------------------------------------------------------- course structure


def lesson(unit: str, title: str, code: str, **extra: Any) -> dict[str, Any]:
    return {
        "url": f"https://qti.example/api/assessment-tests/{code}",
        "skillCode": f"S-{code}",
        "lessonCode": code,
        "title": title,
        "unit-title": unit,
        "status": "active",
        "xp": 10,
        **extra,
    }


def test_create_course_structure_builds_units_and_lessons(tb: Timeback) -> None:
    r = tb.oneroster.rostering
    course = uid("course")
    structure = {
        "k1": lesson(
            "Fractions", "Halves", "L1", stimulus={"title": "Pizza", "identifier": "st-1"}
        ),
        "k2": lesson("Decimals", "Tenths", "L2"),
        "k3": lesson(
            "Fractions", "Quarters", "L3", video={"url": "https://v.example/q", "title": "Q"}
        ),
    }
    created = r.create_course_structure(
        body={
            "course": {
                "sourcedId": course,
                "status": "active",
                "title": "Maths Y4",
                "org": {"sourcedId": "org-1"},
                "grades": ["4"],
                "subjects": ["Math"],
            },
            "courseStructure": structure,
        }
    )
    pairs = created.sourced_id_pairs
    assert (pairs.supplied_sourced_id, pairs.allocated_sourced_id) == (course, course)
    got = r.get_course(course).course
    assert (got.title, got.org.sourced_id, got.grades) == ("Maths Y4", "org-1", ["4"])
    units = r.get_all_course_components(where={"course.sourcedId": course}, sort="sortOrder")
    assert [(u.sourced_id, u.title, u.sort_order) for u in units.course_components] == [
        (f"{course}-unit-1", "Fractions", 1),
        (f"{course}-unit-2", "Decimals", 2),
    ]
    assert units.course_components[0].unlock_date  # given, so the component parses
    fractions = r.get_all_component_resources(
        where={"courseComponent.sourcedId": f"{course}-unit-1"}, sort="sortOrder"
    ).component_resources
    assert [(c.sourced_id, c.title, c.sort_order) for c in fractions] == [
        (f"{course}-lesson-1", "Halves", 1),
        (f"{course}-lesson-3", "Quarters", 2),
    ]
    resource = tb.oneroster.resources.get_resource(fractions[1].resource.sourced_id).resource
    assert (resource.title, resource.vendor_resource_id) == ("Quarters", "L3")
    assert resource.metadata is not None
    meta = resource.metadata.to_dict()
    assert meta["type"] == "qti" and meta["courseStructureKey"] == "k3"
    assert meta["url"].endswith("/assessment-tests/L3") and meta["video"]["title"] == "Q"
    assert meta["xp"] == 10 and meta["skillCode"] == "S-L3" and "unit-title" not in meta
    # the same course again: 409, and nothing half-written
    with pytest.raises(ConflictError):
        r.create_course_structure(body={"course": got.to_dict(), "courseStructure": structure})
    again = r.get_all_course_components(where={"course.sourcedId": course})
    assert again.total_count == 2


def test_create_course_structure_allocates_a_course_id_and_checks_the_body(tb: Timeback) -> None:
    r = tb.oneroster.rostering
    created = r.create_course_structure(
        body={
            "course": {"status": "active", "title": "Reading", "org": {"sourcedId": "org-1"}},
            "courseStructure": {"a": lesson("Unit A", "First", "R1")},
        }
    )
    course = created.sourced_id_pairs.allocated_sourced_id
    uuid.UUID(course)
    assert r.get_course(course).course.title == "Reading"
    assert r.get_course_component(f"{course}-unit-1").course_component.title == "Unit A"
    assert r.get_component_resource(f"{course}-lesson-1").component_resource.title == "First"
    bad = {"url": "u", "title": "no codes", "unit-title": "U"}  # lessonCode etc. missing
    with pytest.raises(UnprocessableEntityError) as info:
        r.create_course_structure(
            body={
                "course": {"status": "active", "title": "T", "org": {"sourcedId": "o"}},
                "courseStructure": {"x": bad},
            }
        )
    assert "courseStructure" in (info.value.imsx_description or "")


def test_a_course_structure_is_a_powerpath_course(tb: Timeback) -> None:
    """PowerPath reads the structure like any course's components and component resources."""
    course = uid("pp")
    tb.oneroster.rostering.create_course_structure(
        body={
            "course": {
                "sourcedId": course,
                "status": "active",
                "title": "Science",
                "org": {"sourcedId": "org-1"},
            },
            "courseStructure": {
                "a": lesson("Cells", "Cell parts", "C1"),
                "b": lesson("Cells", "Cell walls", "C2"),
            },
        }
    )
    syllabus = tb.powerpath.get_course_syllabus(course).to_dict()["syllabus"]
    (unit,) = syllabus["subComponents"]
    assert (unit["sourcedId"], unit["title"]) == (f"{course}-unit-1", "Cells")
    lessons = unit["componentResources"]
    assert [(x["id"], x["resource"]["metadataDetails"]["type"]) for x in lessons] == [
        (f"{course}-lesson-1", "qti"),
        (f"{course}-lesson-2", "qti"),
    ]
