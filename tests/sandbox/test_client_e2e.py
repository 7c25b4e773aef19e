"""End-to-end: the public client (`Timeback` / `AsyncTimeback`) against a real sandbox process.

Everything goes through `timeback_gen`'s public surface — typed facade methods, `paginate`,
`raw`, the typed errors — over loopback to `python -m timeback_gen.sandbox`. The admin endpoints
(`/_sandbox/...`) are only used to switch faults and read statistics.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from _timeback_gen.events.timeback import (
    TimebackActivityEvent,
    TimebackTimeSpentEvent,
)
from _timeback_gen.oneroster.types import UNSET

from timeback_gen import AsyncTimeback, Timeback, raw
from timeback_gen.errors import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    UnprocessableEntityError,
)
from timeback_gen.sandbox.process import SandboxProcess

from .conftest import CHOICE_XML

pytestmark = pytest.mark.sandbox


def uid(prefix: str = "x") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def user(
    sid: str | None, role: str = "student", org: str = "org-1", **extra: Any
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "status": "active",
        "enabledUser": True,
        "givenName": extra.pop("givenName", "Ann"),
        "familyName": extra.pop("familyName", "Smith"),
        "roles": [{"roleType": "primary", "role": role, "org": {"sourcedId": org}}],
    }
    if sid is not None:
        body["sourcedId"] = sid
    # createUser's body requires an email in oneroster-api.json (responses need not carry one)
    body["email"] = extra.pop("email", f"{sid or uid('anon')}@example.com")
    body.update(extra)
    return {"user": body}


def stats(sandbox: SandboxProcess) -> dict[str, Any]:
    result: dict[str, Any] = sandbox.admin("/_sandbox/stats")
    return result


def injected(sandbox: SandboxProcess, kind: str) -> int:
    return int(stats(sandbox)["faults"]["injected"].get(kind, 0))


@pytest.fixture()
def tb(sandbox: SandboxProcess) -> Iterator[Timeback]:
    with Timeback.for_sandbox(sandbox.url) as client:
        yield client


@pytest.fixture()
def faults(sandbox: SandboxProcess) -> Iterator[SandboxProcess]:
    """The session sandbox; its faults are switched off again after the test."""
    yield sandbox
    sandbox.admin("/_sandbox/faults", {"reset": True})


# --------------------------------------------------------------------------- auth


def test_token_fetched_once_and_reused(sandbox: SandboxProcess) -> None:
    before = stats(sandbox)["tokenRequests"]
    with Timeback.for_sandbox(sandbox.url) as tb:
        assert tb.token_requests == 0
        for _ in range(3):
            tb.oneroster.rostering.get_all_users(limit=1)
        tb.qti.search_assessment_items(limit=1)
        tb.caliper.list_events(limit=1)
        assert tb.token_requests == 1
        # with_options copies share the cached token
        tb.with_options(timeout=5).oneroster.rostering.get_all_orgs(limit=1)
        assert tb.token_requests == 1
    assert stats(sandbox)["tokenRequests"] - before == 1


def test_expired_tokens_are_refreshed_transparently(faults: SandboxProcess) -> None:
    with Timeback.for_sandbox(faults.url) as tb:
        tb.oneroster.rostering.get_all_users(limit=1)
        assert tb.token_requests == 1
        faults.admin("/_sandbox/faults", {"expire_tokens": True})
        before = stats(faults)
        tb.oneroster.rostering.get_all_users(limit=1)  # 401 → new token → retried once
        after = stats(faults)
        assert tb.token_requests == 2
        assert after["tokenRequests"] - before["tokenRequests"] == 1
        assert after["statuses"].get("401", 0) - before["statuses"].get("401", 0) == 1
        # POST bodies are replayed after the refresh too
        faults.admin("/_sandbox/faults", {"expire_tokens": True})
        sid = uid("u")
        tb.oneroster.rostering.create_user(body=user(sid))
        assert tb.token_requests == 3
        assert tb.oneroster.rostering.get_user(sid).user.sourced_id == sid


def test_short_token_lifetime_refreshes(sandbox_factory: type[SandboxProcess]) -> None:
    proc = sandbox_factory("--token-lifetime", "1")
    try:
        with Timeback.for_sandbox(proc.url) as tb:
            tb.oneroster.rostering.get_all_users(limit=1)
            time.sleep(1.2)
            tb.oneroster.rostering.get_all_users(limit=1)
            time.sleep(1.2)
            tb.oneroster.rostering.get_all_users(limit=1)
            assert tb.token_requests == 3
            assert stats(proc)["tokenRequests"] == 3
    finally:
        assert proc.stop() == 0


def test_wrong_credentials_authentication_error(sandbox: SandboxProcess) -> None:
    with (
        Timeback.for_sandbox(sandbox.url, client_secret="wrong") as tb,
        pytest.raises(AuthenticationError) as info,
    ):
        tb.oneroster.rostering.get_all_users(limit=1)
    assert info.value.status_code == 401
    assert "wrong" not in str(info.value)
    with (
        Timeback.for_sandbox(sandbox.url, client_id="nobody") as tb,
        pytest.raises(AuthenticationError),
    ):
        tb.qti.search_assessment_items()


def test_custom_credentials(sandbox_factory: type[SandboxProcess]) -> None:
    proc = sandbox_factory("--client-id", "me", "--client-secret", "pw")
    try:
        with Timeback.for_sandbox(proc.url, client_id="me", client_secret="pw") as tb:
            assert tb.oneroster.rostering.get_all_users(limit=1).total_count == 0
        with Timeback.for_sandbox(proc.url) as tb, pytest.raises(AuthenticationError):
            tb.oneroster.rostering.get_all_users(limit=1)
    finally:
        assert proc.stop() == 0


# --------------------------------------------------------------------------- OneRoster CRUD


def test_user_crud_cycle(tb: Timeback) -> None:
    r = tb.oneroster.rostering
    sid = uid("u")
    created = r.create_user(body=user(sid, email="ann@example.com"))
    pairs = created.sourced_id_pairs
    assert (pairs.supplied_sourced_id, pairs.allocated_sourced_id) == (sid, sid)
    got = r.get_user(sid).user
    assert (got.sourced_id, got.status, got.given_name, got.email) == (
        sid,
        "active",
        "Ann",
        "ann@example.com",
    )
    assert got.enabled_user is True  # a JSON boolean, as the live platform answers (overlay)
    assert [role.role for role in got.roles] == ["student"]
    assert got.roles[0].org.sourced_id == "org-1"
    # no sourcedId given → the sandbox allocates one
    allocated = r.create_user(body=user(None)).sourced_id_pairs.allocated_sourced_id
    uuid.UUID(allocated)
    assert r.get_user(allocated).user.sourced_id == allocated
    # 409 duplicate
    with pytest.raises(ConflictError) as conflict:
        r.create_user(body=user(sid))
    assert conflict.value.status_code == 409 and conflict.value.operation == "createUser"
    assert "already exists" in (conflict.value.imsx_description or "")
    # PUT replaces the whole record
    replaced = r.update_user(sid, body=user(sid, givenName="Bea")).user
    assert replaced.given_name == "Bea"
    after = r.get_user(sid).user
    assert after.given_name == "Bea" and after.email == f"{sid}@example.com"  # not ann@
    # DELETE soft-deletes: still readable as tobedeleted; again → 404; re-create → 409
    r.delete_user(sid)
    assert r.get_user(sid).user.status == "tobedeleted"
    with pytest.raises(NotFoundError):
        r.delete_user(sid)
    with pytest.raises(ConflictError) as gone:
        r.create_user(body=user(sid))
    assert "deleted" in (gone.value.imsx_description or "")


def test_unknown_id_404(tb: Timeback) -> None:
    with pytest.raises(NotFoundError) as info:
        tb.oneroster.rostering.get_user(uid("missing"))
    err = info.value
    assert err.status_code == 404 and err.operation == "getUser"
    assert err.imsx_code_major == "failure"
    assert [(m.name, m.value) for m in err.imsx_code_minor] == [("sourcedId", "unknownobject")]
    with pytest.raises(NotFoundError):
        tb.oneroster.gradebook.get_line_item(uid("missing"))
    with pytest.raises(NotFoundError):
        tb.oneroster.rostering.update_user(uid("nobody"), body=user("ignored"))
    with pytest.raises(NotFoundError):
        tb.oneroster.rostering.get_students_for_class(uid("no-class"))


def test_invalid_body_422_names_field(tb: Timeback) -> None:
    body = user(uid("u"))
    body["user"]["givenName"] = 42
    with pytest.raises(UnprocessableEntityError) as info:
        tb.oneroster.rostering.create_user(body=body)
    err = info.value
    assert err.status_code == 422 and err.operation == "createUser"
    assert "user.givenName" in (err.imsx_description or "")
    assert ("user.givenName", "invaliddata") in [(m.name, m.value) for m in err.imsx_code_minor]
    assert "user.givenName" in [d["field"] for d in err.body["imsx_error_details"]]
    missing = user(uid("u"))
    del missing["user"]["familyName"]
    with pytest.raises(UnprocessableEntityError) as info:
        tb.oneroster.rostering.create_user(body=missing)
    assert "user.familyName" in (info.value.imsx_description or "")


def test_put_upserts_only_where_document_says(tb: Timeback) -> None:
    g = tb.oneroster.gradebook
    cid = uid("cat")
    made = raw(g.put_category)(
        cid, body={"category": {"sourcedId": cid, "status": "active", "title": "Homework"}}
    )
    assert made.status_code == 201
    assert g.get_category(cid).category.title == "Homework"


def make_users(tb: Timeback, tag: str, families: list[str]) -> list[str]:
    ids = []
    for i, fam in enumerate(families):
        sid = f"{tag}-{i}"
        role = "teacher" if i % 2 else "student"
        tb.oneroster.rostering.create_user(
            body=user(sid, role=role, familyName=fam, identifier=tag, grades=[str(i)])
        )
        ids.append(sid)
    return ids


def test_list_where_operators_sort_fields_paging(tb: Timeback) -> None:
    r = tb.oneroster.rostering
    tag = uid("t")
    names = ["Smith", "Smithers", "O'Brien", "Jones", "Smitty"]
    ids = make_users(tb, tag, names)
    base: dict[str, Any] = {"identifier": tag}

    def fams(**kwargs: Any) -> list[str]:
        page = r.get_all_users(sort="familyName", **kwargs)
        return [u.family_name for u in page.users]

    assert r.get_all_users(where=base).total_count == 5
    assert fams(where={**base, "familyName": {"contains": "smi"}}) == [
        "Smith",
        "Smithers",
        "Smitty",
    ]
    assert fams(where={**base, "familyName": "O'Brien"}) == ["O'Brien"]  # quote escaping
    assert fams(where={**base, "familyName": {"ne": "Smith"}}) == [
        "Jones",
        "O'Brien",
        "Smithers",
        "Smitty",
    ]
    assert fams(where={**base, "familyName": {"gt": "Smith"}}) == ["Smithers", "Smitty"]
    assert fams(where={**base, "familyName": {"gte": "Smith"}}) == ["Smith", "Smithers", "Smitty"]
    assert fams(where={**base, "familyName": {"lt": "Smith"}}) == ["Jones", "O'Brien"]
    assert fams(where={**base, "familyName": {"lte": "Jones"}}) == ["Jones"]
    assert fams(where={**base, "role": "teacher"}) == ["Jones", "Smithers"]
    assert fams(where={**base, "role": {"in_": ["teacher", "aide"]}}) == ["Jones", "Smithers"]
    assert fams(where={**base, "grades": "3"}) == ["Jones"]
    assert fams(where={**base, "OR": [{"role": "teacher"}, {"familyName": "Smith"}]}) == [
        "Jones",
        "Smith",
        "Smithers",
    ]
    assert fams(where={**base, "status": "active", "enabledUser": True}) == sorted(names)
    # dotted field: roles[].org.sourcedId via the filter string
    assert r.get_all_users(filter=f"identifier='{tag}' AND role='student'").total_count == 3
    # sort + orderBy
    desc = r.get_all_users(where=base, sort="familyName", order_by="desc")  # type: ignore[arg-type]
    assert [u.family_name for u in desc.users] == sorted(names, reverse=True)
    # fields (with every property the typed model requires, so it still parses)
    required = "sourcedId,status,enabledUser,givenName,familyName,roles"
    slim = r.get_all_users(where=base, fields=required, limit=1).users[0]
    assert slim.sourced_id in ids and not slim.email and not slim.identifier
    # limit / offset with totalCount
    page = r.get_all_users(where=base, sort="sourcedId", limit=2, offset=2)
    assert (page.total_count, len(page.users)) == (5, 2)
    assert [u.sourced_id for u in page.users] == sorted(ids)[2:4]
    assert page.additional_properties.get("pageCount", 3) == 3
    # free-text search
    assert r.get_all_users(where=base, search="smitty").total_count == 1
    # bad filter → 400
    with pytest.raises(BadRequestError) as info:
        r.get_all_users(filter="familyName='x")
    assert info.value.operation == "getAllUsers" and "filter" in (info.value.imsx_description or "")


def test_results_filter_dotted_student_sourced_id(tb: Timeback) -> None:
    g = tb.oneroster.gradebook
    li, other = uid("li"), uid("li")
    students = [uid("stu") for _ in range(3)]
    for sid in students:
        tb.oneroster.rostering.create_user(body=user(sid))
    for line in (li, other):
        g.create_line_item(body=line_item(line, uid("cls"), uid("sch")))
    for i, sid in enumerate(students):
        g.create_result(body=result(uid("res"), li, sid, score=5 + i))
    g.create_result(body=result(uid("res"), other, students[0], score=1))
    by_student = g.get_all_results(where={"student.sourcedId": students[0]})
    assert by_student.total_count == 2
    both = g.get_all_results(
        where={
            "lineItem.sourcedId": li,
            "OR": [{"score": {"gte": 6}}, {"student.sourcedId": students[0]}],
        }
    )
    assert sorted(x.student.sourced_id for x in both.results) == sorted(students)


def line_item(sid: str, cls: str, school: str, **extra: Any) -> dict[str, Any]:
    return {
        "lineItem": {
            "sourcedId": sid,
            "status": "active",
            "title": extra.pop("title", "Quiz"),
            "assignDate": "2025-09-01T00:00:00Z",
            "dueDate": "2025-09-08T00:00:00Z",
            "class": {"sourcedId": cls},
            "school": {"sourcedId": school},
            "category": {"sourcedId": extra.pop("category", "cat-default")},
            **extra,
        }
    }


def result(sid: str, li: str, student: str, score: float = 9) -> dict[str, Any]:
    return {
        "result": {
            "sourcedId": sid,
            "status": "active",
            "lineItem": {"sourcedId": li},
            "student": {"sourcedId": student},
            "scoreStatus": "fully graded",
            "score": score,
            "scoreDate": "2025-09-09T00:00:00Z",
        }
    }


def test_nested_routes(tb: Timeback) -> None:
    r, g, res_api = tb.oneroster.rostering, tb.oneroster.gradebook, tb.oneroster.resources
    school, course, term, cls, gp = uid("sch"), uid("crs"), uid("term"), uid("cls"), uid("gp")
    r.create_school(
        body={
            "org": {
                "sourcedId": school,
                "status": "active",
                "name": "North",
                "type": "school",
                "identifier": school,
            }
        }
    )
    assert r.get_school(school).org.name == "North"
    r.post_academic_session(
        body={
            "academicSession": {
                "sourcedId": term,
                "status": "active",
                "title": "Fall",
                "startDate": "2025-08-01",
                "endDate": "2025-12-20",
                "type": "term",
                "schoolYear": "2026",
                "org": {"sourcedId": school},
            }
        }
    )
    r.create_grading_period_for_term(
        term,
        body={
            "academicSession": {
                "sourcedId": gp,
                "status": "active",
                "title": "Q1",
                "tenantId": None,  # required (nullable) by this operation's document schema
                "clientAppId": None,
                "startDate": "2025-08-01",
                "endDate": "2025-10-01",
                "type": "gradingPeriod",
                "schoolYear": "2026",
                "org": {"sourcedId": school},
            }
        },
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
                "terms": [{"sourcedId": term}],
            }
        }
    )
    students = [uid("stu") for _ in range(3)]
    teacher = uid("tea")
    for s in students:
        r.create_user(body=user(s, org=school))
    r.create_user(body=user(teacher, role="teacher", org=school))
    for s in students[:2]:
        r.create_enrollment(
            body={
                "enrollment": {
                    "status": "active",
                    "role": "student",
                    "user": {"sourcedId": s},
                    "class": {"sourcedId": cls},
                    "school": {"sourcedId": school},
                }
            }
        )
    r.add_teacher_to_class(cls, body={"enrollment": {"user": {"sourcedId": teacher}}})

    def ids(page: Any) -> set[str]:
        (items,) = (v for v in page.to_dict().values() if isinstance(v, list))
        return {x["sourcedId"] for x in items}

    assert ids(r.get_students_for_class(cls)) == set(students[:2])
    assert ids(r.get_teachers_for_class(cls)) == {teacher}
    assert ids(r.get_students_for_class_in_school(school, cls)) == set(students[:2])
    assert ids(r.get_teachers_for_class_in_school(school, cls)) == {teacher}
    assert ids(r.get_classes_for_user(students[0])) == {cls}
    assert ids(r.get_classes_for_student(students[2])) == set()
    assert ids(r.get_classes_for_teacher(teacher)) == {cls}
    assert ids(r.get_classes_for_school(school)) == {cls}
    assert ids(r.get_classes_for_term(term)) == {cls}
    assert ids(r.get_classes_for_course(course)) == {cls}
    assert ids(r.get_terms_for_school(school)) == {term}
    assert ids(r.get_grading_periods_for_term(term)) == {gp}
    assert ids(r.get_courses_for_school(school)) == {course}
    assert ids(r.get_students_for_school(school)) == set(students)
    assert ids(r.get_teachers_for_school(school)) == {teacher}
    assert len(ids(r.get_enrollments_for_school(school))) == 3
    assert len(ids(r.get_enrollments_for_class_in_school(school, cls))) == 3
    one = r.get_all_enrollments(where={"user.sourcedId": students[0]})
    assert one.total_count == 1 and one.enrollments[0].class_.sourced_id == cls
    assert r.get_teacher(teacher).user.sourced_id == teacher
    with pytest.raises(NotFoundError):
        r.get_student(teacher)
    # gradebook: line items and results of the class / student / line item
    li, res, cat = uid("li"), uid("res"), uid("cat")
    g.create_category(body={"category": {"sourcedId": cat, "status": "active", "title": "Quizzes"}})
    g.create_line_item(body=line_item(li, cls, school, category=cat))
    g.create_result(body=result(res, li, students[0]))
    assert ids(g.get_line_items_for_class(cls)) == {li}
    assert ids(g.get_line_items_for_school(school)) == {li}
    assert ids(g.get_results_for_class(cls)) == {res}
    assert ids(g.get_results_for_student_for_class(cls, students[0])) == {res}
    assert ids(g.get_results_for_student_for_class(cls, students[1])) == set()
    assert ids(g.get_results_for_line_item_for_class(cls, li)) == {res}
    assert ids(g.get_categories_for_class(cls)) == {cat}
    got = g.get_result(res).result
    assert (
        got.score == 9 and got.line_item.sourced_id == li and got.student.sourced_id == students[0]
    )
    # resources of a class / course
    rid = uid("res")
    res_api.create_resource(
        body={
            "resource": {
                "sourcedId": rid,
                "status": "active",
                "title": "Book",
                "vendorResourceId": "v1",
            }
        }
    )
    # updateClass's body has no required fields (and no course/org): a partial update
    updated = r.update_class(cls, body={"class": {"resources": [{"sourcedId": rid}]}})
    assert updated.sourced_id == cls and updated.course.sourced_id == course
    assert updated.school.sourced_id == school
    assert ids(res_api.get_resources_for_class(cls)) == {rid}
    assert r.get_class(cls).class_.title == "Math 1"


# --------------------------------------------------------------------------- pagination


def test_paginate_across_pages_short_pages_and_503s(faults: SandboxProcess) -> None:
    tag = uid("pg")
    with Timeback.for_sandbox(faults.url, max_retries=6) as tb:
        r = tb.oneroster.rostering
        ids = {f"{tag}-{i:03d}" for i in range(23)}
        for sid in sorted(ids):
            r.create_user(body=user(sid, identifier=tag))
        where = {"identifier": tag}
        seen = [u.sourced_id for u in tb.paginate(r.get_all_users, where=where, page_size=5)]
        assert sorted(seen) == sorted(ids) and len(seen) == 23
        capped = list(tb.paginate(r.get_all_users, where=where, page_size=5, max_items=7))
        assert len(capped) == 7
        # short pages mid-list and 503s (Retry-After: 0): still every record exactly once
        before = stats(faults)
        faults.admin(
            "/_sandbox/faults",
            {"short_page_rate": 0.7, "error_503_rate": 0.3, "retry_after": 0, "seed": 3},
        )
        again = [
            u.sourced_id
            for u in tb.paginate(r.get_all_users, where=where, sort="sourcedId", page_size=4)
        ]
        after = stats(faults)
        assert again == sorted(ids)
        injected_503 = after["faults"]["injected"].get("503", 0) - before["faults"]["injected"].get(
            "503", 0
        )
        short = after["faults"]["injected"].get("short_page", 0) - before["faults"]["injected"].get(
            "short_page", 0
        )
        assert injected_503 > 0 and short > 0
        calls = after["requests"]["GET oneroster:getAllUsers"] - before["requests"].get(
            "GET oneroster:getAllUsers", 0
        )
        # every 503 was retried by the client: requests = pages fetched + 503s
        assert after["statuses"]["503"] - before["statuses"].get("503", 0) == injected_503
        assert calls > injected_503
        # nested list operations paginate too (path arguments positional)
        faults.admin("/_sandbox/faults", {"reset": True})
        cls = uid("cls")
        for sid in sorted(ids)[:7]:
            r.create_enrollment(
                body={
                    "enrollment": {
                        "role": "student",
                        "user": {"sourcedId": sid},
                        "class": {"sourcedId": cls},
                        "school": {"sourcedId": "sch"},
                    }
                }
            )
        r.create_class(
            body={
                "class": {
                    "sourcedId": cls,
                    "title": "C",
                    "classType": "homeroom",
                    "course": {"sourcedId": "crs"},
                    "org": {"sourcedId": "sch"},
                    "terms": [{"sourcedId": "term"}],
                }
            }
        )
        students = tb.paginate(r.get_students_for_class, cls, page_size=3)
        assert sorted(s.sourced_id for s in students) == sorted(ids)[:7]


async def test_async_paginate(sandbox: SandboxProcess) -> None:
    tag = uid("apg")
    async with AsyncTimeback.for_sandbox(sandbox.url) as tb:
        r = tb.oneroster.rostering
        await asyncio.gather(
            *(r.create_user(body=user(f"{tag}-{i:02d}", identifier=tag)) for i in range(11))
        )
        seen = [
            u.sourced_id
            async for u in tb.paginate(
                r.get_all_users, where={"identifier": tag}, sort="sourcedId", page_size=3
            )
        ]
        assert seen == [f"{tag}-{i:02d}" for i in range(11)]


def short_pages(sandbox: SandboxProcess) -> int:
    """Cut every full, non-final list page to half from now on (the totals stay right);
    returns the short pages injected so far, to compare with later."""
    sandbox.admin("/_sandbox/faults", {"short_page_rate": 1.0})
    return injected(sandbox, "short_page")


def test_paginate_typed_pager_over_short_pages_mid_list(faults: SandboxProcess) -> None:
    """OneRoster (offset/limit until totalCount): the pager's records, pages, first and
    to_list agree with one big page, short pages mid-list included."""
    tag = uid("tp")
    with Timeback.for_sandbox(faults.url) as tb:
        r = tb.oneroster.rostering
        for i in range(17):
            r.create_user(body=user(f"{tag}-{i:02d}", identifier=tag))
        where = {"identifier": tag}
        whole = r.get_all_users(where=where, sort="sourcedId", limit=100)
        expected = [u.sourced_id for u in whole.users]
        assert len(expected) == 17
        before = short_pages(faults)
        pager = tb.paginate(r.get_all_users, where=where, sort="sourcedId", page_size=4)
        assert [u.sourced_id for u in pager] == expected
        pages = list(pager.pages())
        assert all(type(p) is type(whole) for p in pages)
        assert [u.sourced_id for p in pages for u in p.users] == expected
        # some page mid-list came back short, and the walk went on where it stopped
        assert any(len(p.users) < 4 and p.offset + len(p.users) < 17 for p in pages)
        assert injected(faults, "short_page") > before
        first = pager.first()
        assert first is not None and first.sourced_id == expected[0]
        assert [u.sourced_id for u in pager.to_list()] == expected
        capped = tb.paginate(r.get_all_users, where=where, sort="sourcedId", max_items=6)
        assert [u.sourced_id for u in capped] == expected[:6]
        none = tb.paginate(r.get_all_users, where={"identifier": uid("nobody")})
        assert none.first() is None and none.to_list() == [] and list(none.pages()) == []


def test_paginate_qti_search_page_limit_with_short_pages(faults: SandboxProcess) -> None:
    """QTI (page/limit until total): every item once, in the search's order, while the sandbox
    cuts pages short mid-list."""
    tag = uid("qp")
    with Timeback.for_sandbox(faults.url) as tb:
        q = tb.qti
        for i in range(23):
            q.create_assessment_item(body={**text_entry_item(f"{tag}-{i:02d}"), "title": tag})
        order = {"query": tag, "sort": "identifier", "order": "asc"}
        whole = q.search_assessment_items(**order, limit="100")
        expected = [i.identifier for i in whole.items]
        assert len(expected) == whole.total == 23
        before = short_pages(faults)
        walked = [
            i.identifier for i in tb.paginate(q.search_assessment_items, **order, page_size=5)
        ]
        assert walked == expected
        assert injected(faults, "short_page") > before
        pages = list(tb.paginate(q.search_assessment_items, **order, page_size=5).pages())
        assert [i.identifier for p in pages for i in p.items] == expected


def test_paginate_caliper_events_until_pagination_total(faults: SandboxProcess) -> None:
    """Caliper's event list (offset/limit until pagination.total): every event once, in the
    list's order, typed, while the sandbox cuts pages short mid-list."""
    actor = f"https://api.example.com/users/{uid('a')}"
    sensor = f"https://{uid('s')}.example.com"
    with Timeback.for_sandbox(faults.url) as tb:
        c = tb.caliper
        days = [f"2025-01-{d:02d}T10:00:00.000Z" for d in range(1, 12)]
        c.send_events(body=envelope(*(activity_event(actor, when) for when in days), sensor=sensor))
        listed = c.list_events(sensor=sensor, limit=100)
        expected = [e.id for e in listed.events]
        assert len(expected) == listed.pagination.total == 11
        before = short_pages(faults)
        events = list(tb.paginate(c.list_events, sensor=sensor, page_size=3))
        assert [e.id for e in events] == expected
        assert {type(e) for e in events} == {type(listed.events[0])}
        assert injected(faults, "short_page") > before


async def test_async_paginate_every_style_with_short_pages(faults: SandboxProcess) -> None:
    tag = uid("as")
    actor = f"https://api.example.com/users/{uid('a')}"
    sensor = f"https://{uid('s')}.example.com"
    async with AsyncTimeback.for_sandbox(faults.url) as tb:
        r, q, c = tb.oneroster.rostering, tb.qti, tb.caliper
        await asyncio.gather(
            *(r.create_user(body=user(f"{tag}-{i:02d}", identifier=tag)) for i in range(19)),
            *(
                q.create_assessment_item(body={**text_entry_item(f"{tag}-{i:02d}"), "title": tag})
                for i in range(19)
            ),
        )
        days = [f"2025-02-{d:02d}T10:00:00.000Z" for d in range(1, 20)]
        await c.send_events(
            body=envelope(*(activity_event(actor, when) for when in days), sensor=sensor)
        )
        users = await r.get_all_users(where={"identifier": tag}, sort="sourcedId", limit=100)
        items = await q.search_assessment_items(
            query=tag, sort="identifier", order="asc", limit="100"
        )
        events = await c.list_events(sensor=sensor, limit=100)
        before = short_pages(faults)
        walked_users = [
            u.sourced_id
            async for u in tb.paginate(
                r.get_all_users, where={"identifier": tag}, sort="sourcedId", page_size=3
            )
        ]
        async with tb.paginate(
            q.search_assessment_items, query=tag, sort="identifier", order="asc", page_size=3
        ) as pager:
            walked_items = [i.identifier async for i in pager]
        walked_events = await tb.paginate(c.list_events, sensor=sensor, page_size=3).to_list()
        assert walked_users == [u.sourced_id for u in users.users] and len(walked_users) == 19
        assert walked_items == [i.identifier for i in items.items] and len(walked_items) == 19
        assert [e.id for e in walked_events] == [e.id for e in events.events]
        assert len(walked_events) == 19
        assert injected(faults, "short_page") > before


def test_trio_walks_the_paging_layer_over_loopback(sandbox: SandboxProcess) -> None:
    """`AsyncPager` on trio: a list callable of our own (httpx on trio, the sandbox's users read
    as the generated `UserList`), walked with concurrent pages, in a bare `async for`, inside
    `async with` and by `to_list()`."""
    import trio
    from _timeback_gen.oneroster.models import UserList

    from timeback_gen.pagination import AsyncPager

    tag = uid("trio")
    ids = [f"{tag}-{i:02d}" for i in range(14)]
    with Timeback.for_sandbox(sandbox.url) as sync:
        for sid in ids:
            sync.oneroster.rostering.create_user(body=user(sid, identifier=tag))
    token = sandbox.token()

    async def main() -> tuple[list[str], list[str], list[str], list[int]]:
        started: list[int] = []
        async with httpx.AsyncClient(
            base_url=sandbox.url, headers={"Authorization": f"Bearer {token}"}
        ) as http:

            class Users:
                async def list_users(self, *, offset: int, limit: int) -> UserList:
                    started.append(offset)
                    response = await http.get(
                        "/ims/oneroster/rostering/v1p2/users/",
                        params={
                            "offset": offset,
                            "limit": limit,
                            "filter": f"identifier='{tag}'",
                            "sort": "sourcedId",
                        },
                    )
                    response.raise_for_status()
                    return UserList.from_dict(response.json())

            pager = AsyncPager(Users().list_users, page_size=3, concurrency=3)
            bare = [u.sourced_id async for u in pager]
            async with pager:
                held = [u.sourced_id async for u in pager]
            listed = [u.sourced_id for u in await pager.to_list()]
        return bare, held, listed, started

    bare, held, listed, started = trio.run(main)
    assert bare == held == listed == ids
    assert sorted(started) == sorted(3 * list(range(0, 14, 3)))  # each walk asked each page once


def test_trio_async_timeback_walks_a_list(sandbox: SandboxProcess) -> None:
    import trio

    tag = uid("trio-tb")
    ids = [f"{tag}-{i:02d}" for i in range(9)]
    with Timeback.for_sandbox(sandbox.url) as sync:
        for sid in ids:
            sync.oneroster.rostering.create_user(body=user(sid, identifier=tag))

    async def main() -> list[str]:
        async with AsyncTimeback.for_sandbox(sandbox.url) as tb:
            return [
                u.sourced_id
                async for u in tb.paginate(
                    tb.oneroster.rostering.get_all_users,
                    where={"identifier": tag},
                    sort="sourcedId",
                    page_size=2,
                )
            ]

    assert trio.run(main) == ids


async def test_leaving_an_async_walk_early_cancels_its_requests(faults: SandboxProcess) -> None:
    """Leave a walk with pages in flight (`async with pager:`, whose requests go on while the
    body runs): the walk's requests are cancelled (no task outlives the block), and the client's
    connections serve the next calls."""
    tag = uid("early")
    async with AsyncTimeback.for_sandbox(faults.url, timeout=30) as tb:
        r = tb.oneroster.rostering
        await asyncio.gather(
            *(r.create_user(body=user(f"{tag}-{i:02d}", identifier=tag)) for i in range(30))
        )
        faults.admin("/_sandbox/faults", {"latency_ms": 2000})
        tasks_before = len(asyncio.all_tasks())
        pager = tb.paginate(
            r.get_all_users, where={"identifier": tag}, page_size=2, max_items=30, concurrency=4
        )
        async with pager:
            walk = aiter(pager)
            first = await anext(walk)  # at 2 s; the four pages started when the first four
            # came back are out for 2 s more. Leave, as a `break` out of `async for` does: the
            # walk cancels them rather than waiting for their answers.
            left = time.monotonic()
            async with asyncio.timeout(1):
                await walk.aclose()
        assert time.monotonic() - left < 1  # the block did not wait for the cancelled pages
        assert first.sourced_id.startswith(tag)
        assert len(asyncio.all_tasks()) == tasks_before  # nothing left running behind the walk
        faults.admin("/_sandbox/faults", {"reset": True})
        again = await asyncio.gather(*(r.get_user(f"{tag}-{i:02d}") for i in range(12)))
        assert [u.user.sourced_id for u in again] == [f"{tag}-{i:02d}" for i in range(12)]
    # The sandbox is still sleeping on the abandoned pages: let it finish them, so they do not
    # land in a later test's request statistics.
    deadline = time.monotonic() + 10
    while stats(faults)["inFlight"] > 1:  # 1: the stats request itself
        assert time.monotonic() < deadline, "the sandbox kept the abandoned pages for 10 s"
        await asyncio.sleep(0.05)


async def test_50_parallel_async_creates_none_lost(sandbox: SandboxProcess) -> None:
    tag = uid("par")
    async with AsyncTimeback.for_sandbox(sandbox.url, max_concurrency=50) as tb:
        r = tb.oneroster.rostering
        answers = await asyncio.gather(
            *(r.create_user(body=user(f"{tag}-{i}", identifier=tag)) for i in range(50))
        )
        assert sorted(a.sourced_id_pairs.allocated_sourced_id for a in answers) == sorted(
            f"{tag}-{i}" for i in range(50)
        )
        page = await r.get_all_users(where={"identifier": tag}, limit=3000)
        assert page.total_count == 50 and len(page.users) == 50
        assert tb.token_requests == 1  # single flight: one token for 50 concurrent calls


def test_one_async_client_across_event_loops(sandbox: SandboxProcess) -> None:
    """A module-level `AsyncTimeback` used by several `asyncio.run` calls (scripts, notebooks,
    a loop per test): each loop gets its own connections, the token is fetched once, and the
    in-flight limit holds on every loop."""
    tag = uid("loops")
    tb = AsyncTimeback.for_sandbox(sandbox.url, max_concurrency=2)
    http_before_any_loop = tb.oneroster_http  # read at start-up: the first loop adopts it

    async def round_trip(i: int) -> tuple[str, httpx.AsyncClient]:
        r = tb.oneroster.rostering
        await asyncio.gather(
            *(r.create_user(body=user(f"{tag}-{i}-{k}", identifier=tag)) for k in range(5))
        )
        got = await r.get_user(f"{tag}-{i}-0")
        return got.user.sourced_id, tb.oneroster_http

    results = [asyncio.run(round_trip(i)) for i in range(3)]
    assert [sid for sid, _ in results] == [f"{tag}-{i}-0" for i in range(3)]
    assert results[0][1] is http_before_any_loop
    assert len({id(pool) for _, pool in results}) == 3  # one set of connections per loop
    assert tb.token_requests == 1
    assert len(tb._loops) == 1  # the clients of closed loops were dropped as new loops came

    async def closing() -> None:
        async with tb:
            await tb.oneroster.rostering.get_user(f"{tag}-0-0")

    asyncio.run(closing())
    assert all(not state.clients for state in tb._loops.values())


def test_async_client_on_uvloop_walks_a_list(sandbox: SandboxProcess) -> None:
    """uvicorn (FastAPI's server) runs on uvloop by default: the async client must work there
    as on asyncio's own loop: calls, a concurrent walk, typed errors."""
    import uvloop

    tag = uid("uv")
    with Timeback.for_sandbox(sandbox.url) as sync:
        for i in range(25):
            sync.oneroster.rostering.create_user(body=user(f"{tag}-{i}", identifier=tag))

    async def walk() -> list[str]:
        async with AsyncTimeback.for_sandbox(sandbox.url) as tb:
            with pytest.raises(NotFoundError):
                await tb.oneroster.rostering.get_user(f"{tag}-missing")
            return [
                u.sourced_id
                async for u in tb.paginate(
                    tb.oneroster.rostering.get_all_users, where={"identifier": tag}, page_size=4
                )
            ]

    got = uvloop.run(walk())
    assert sorted(got) == sorted(f"{tag}-{i}" for i in range(25))


def test_restart_with_db_keeps_data(tmp_path: Path, sandbox_factory: type[SandboxProcess]) -> None:
    db = tmp_path / "sandbox.sqlite3"
    first = sandbox_factory("--db", str(db))
    try:
        with Timeback.for_sandbox(first.url) as tb:
            tb.oneroster.rostering.create_user(body=user("kept", email="kept@example.com"))
            tb.oneroster.rostering.create_user(body=user("gone"))
            tb.oneroster.rostering.delete_user("gone")
            tb.qti.create_assessment_item(body=text_entry_item("kept-item"))
    finally:
        assert first.stop() == 0
    second = sandbox_factory("--db", str(db))
    try:
        with Timeback.for_sandbox(second.url) as tb:
            kept = tb.oneroster.rostering.get_user("kept").user
            assert kept.email == "kept@example.com" and kept.enabled_user is True
            assert tb.oneroster.rostering.get_user("gone").user.status == "tobedeleted"
            assert tb.qti.get_assessment_item("kept-item").identifier == "kept-item"
            with pytest.raises(ConflictError):
                tb.oneroster.rostering.create_user(body=user("kept"))
    finally:
        assert second.stop() == 0


# --------------------------------------------------------------------------- QTI


def text_entry_item(ident: str, answer: str = "Paris") -> dict[str, Any]:
    return {
        "identifier": ident,
        "title": "Capital of France",
        "type": "text-entry",
        "responseDeclarations": [
            {
                "identifier": "RESPONSE",
                "cardinality": "single",
                "baseType": "string",
                "correctResponse": {"value": [answer]},
                "mapping": {
                    "defaultValue": 0,
                    "mapEntries": [{"mapKey": answer, "mappedValue": 1, "caseSensitive": False}],
                },
            }
        ],
        "responseProcessing": {
            "templateType": "map_response",
            "responseDeclarationIdentifier": "RESPONSE",
            "outcomeIdentifier": "FEEDBACK",
            "correctResponseIdentifier": "CORRECT",
            "incorrectResponseIdentifier": "INCORRECT",
        },
    }


def test_qti_items_json_and_xml_and_scoring(tb: Timeback) -> None:
    q = tb.qti
    te = uid("te")
    item = q.create_assessment_item(body=text_entry_item(te))
    assert item.identifier == te and item.raw_xml.startswith("<?xml")
    with pytest.raises(ConflictError) as dup:
        q.create_assessment_item(body=text_entry_item(te))
    assert dup.value.operation == "createAssessmentItem"
    ch = uid("ch")
    xml = CHOICE_XML.format(ident=ch)
    made = raw(q.create_assessment_item)(body={"format": "xml", "xml": xml})
    assert made.status_code == 201
    got = q.get_assessment_item(ch)
    assert got.raw_xml == xml and got.type_ == "choice"
    with pytest.raises(NotFoundError):
        q.get_assessment_item(uid("none"))
    # processResponse: choice (match_correct) and text entry (map_response, case-insensitive)
    right = q.process_response(ch, body={"identifier": ch, "response": "B"})
    assert right.score == 1.0 and right.feedback.value == "CORRECT"
    wrong = q.process_response(ch, body={"identifier": ch, "response": "A"})
    assert wrong.score == 0.0 and wrong.feedback.value == "INCORRECT"
    assert q.process_response(te, body={"identifier": te, "response": "paris"}).score == 1.0
    assert q.process_response(te, body={"identifier": te, "response": "Lyon"}).score == 0.0
    # search with pagination
    tag = uid("srch")
    for i in range(5):
        q.create_assessment_item(body={**text_entry_item(f"{tag}-{i}"), "title": f"{tag} {i}"})
    first = q.search_assessment_items(query=tag, limit=2, page=1, sort="identifier", order="asc")
    assert (first.total, first.pages, first.page) == (5, 3, 1)
    third = q.search_assessment_items(query=tag, limit=2, page=3, sort="identifier", order="asc")
    assert [i.identifier for i in third.items] == [f"{tag}-4"]
    only = q.search_assessment_items(filter=f"identifier='{te}'")
    assert [i.identifier for i in only.items] == [te]


def quiz_test(test_id: str, first_item: str) -> dict[str, Any]:
    return {
        "identifier": test_id,
        "title": "Quiz",
        "qti-test-part": [
            {
                "identifier": "part1",
                "navigationMode": "linear",
                "submissionMode": "individual",
                "qti-assessment-section": [
                    {
                        "identifier": "sec1",
                        "title": "S1",
                        "visible": True,
                        "qti-assessment-item-ref": [
                            {"identifier": first_item, "href": f"assessment-items/{first_item}"}
                        ],
                    }
                ],
            }
        ],
    }


def test_qti_tests_parts_sections_item_refs(tb: Timeback) -> None:
    q = tb.qti
    items = [uid("i") for _ in range(3)]
    for i in items:
        q.create_assessment_item(body=text_entry_item(i))
    test_id = uid("test")
    made = raw(q.create_assessment_test)(body=quiz_test(test_id, items[0]))
    assert made.status_code == 201
    assert q.get_assessment_test(test_id).identifier == test_id
    with pytest.raises(ConflictError):
        q.create_assessment_test(body=quiz_test(test_id, items[0]))
    renamed = {**quiz_test(test_id, items[0]), "title": "Quiz (renamed)"}
    assert q.update_assessment_test(test_id, body=renamed).title == "Quiz (renamed)"
    q.add_assessment_item(test_id, "part1", "sec1", body={"identifier": items[1]})
    sec = q.add_assessment_item(
        test_id, "part1", "sec1", body={"identifier": items[2], "sequence": 1}
    )
    assert [r.identifier for r in sec.qti_assessment_item_ref] == [items[2], items[0], items[1]]
    sec = q.update_assessment_item_order(
        test_id,
        "part1",
        "sec1",
        body={"items": [{"identifier": it, "sequence": n} for n, it in enumerate(items, 1)]},
    )
    assert [r.identifier for r in sec.qti_assessment_item_ref] == items
    q.remove_assessment_item(test_id, "part1", "sec1", items[1])
    questions = q.get_all_questions(test_id)
    assert questions.total_questions == 2
    assert [x.question.identifier for x in questions.questions] == [items[0], items[2]]
    q.create_section(test_id, "part1", body={"identifier": "sec2", "title": "S2", "visible": True})
    secs = q.search_sections(test_id, "part1", limit=1, page=2)
    assert (secs.total, secs.pages) == (2, 2) and [s.identifier for s in secs.items] == ["sec2"]
    assert [p.identifier for p in q.search_test_parts(test_id).items] == ["part1"]
    assert q.get_section(test_id, "part1", "sec2").title == "S2"
    with pytest.raises(NotFoundError):
        q.get_test_part(test_id, "nope")
    found = q.search_assessment_tests(query=test_id)
    assert [t.identifier for t in found.items] == [test_id]


def test_qti_validate_xml_line_numbers(tb: Timeback) -> None:
    broken = (
        '<?xml version="1.0"?>\n<qti-assessment-item identifier="a">\n  <qti-item-body>\n'
        "</qti-assessment-item>\n"
    )
    result = tb.qti.validate_xml(body={"xml": broken, "schema": "item", "entityId": "a"})
    assert result.success == "false" and result.validation_errors[0].startswith("line 4,")
    wrong_root = '<?xml version="1.0"?>\n\n<qti-assessment-test identifier="t"/>\n'
    result = tb.qti.validate_xml(body={"xml": wrong_root, "schema": "item"})
    assert result.success == "false" and "line 3" in result.validation_errors[0]
    ok = tb.qti.validate_xml(body={"xml": CHOICE_XML.format(ident="v"), "schema": "item"})
    assert ok.success == "true" and ok.validation_errors == []


# --------------------------------------------------------------------------- Caliper


def activity_event(actor: str, when: str = "2025-01-02T10:00:00.000Z") -> dict[str, Any]:
    event = TimebackActivityEvent.model_validate(
        {
            "@context": "http://purl.imsglobal.org/ctx/caliper/v1p2",
            "id": f"urn:uuid:{uuid.uuid4()}",
            "type": "ActivityEvent",
            "profile": "TimebackProfile",
            "actor": {"id": actor, "type": "TimebackUser", "email": "kid@example.com"},
            "action": "Completed",
            "object": {
                "id": "https://app.example.com/activity/1",
                "type": "TimebackActivityContext",
                "subject": "Reading",
                "app": {"name": "Reader"},
            },
            "eventTime": when,
            "generated": {
                "id": "https://app.example.com/metrics/1",
                "type": "TimebackActivityMetricsCollection",
                "items": [
                    {"type": "xpEarned", "value": 10},
                    {"type": "totalQuestions", "value": 4},
                ],
            },
        }
    )
    return event.model_dump(mode="json", by_alias=True, exclude_none=True)


def time_spent_event(actor: str) -> dict[str, Any]:
    event = TimebackTimeSpentEvent.model_validate(
        {
            "@context": "http://purl.imsglobal.org/ctx/caliper/v1p2",
            "id": f"urn:uuid:{uuid.uuid4()}",
            "type": "TimeSpentEvent",
            "profile": "TimebackProfile",
            "actor": {"id": actor, "type": "TimebackUser", "email": "kid@example.com"},
            "action": "SpentTime",
            "object": {
                "id": "https://app.example.com/activity/1",
                "type": "TimebackActivityContext",
                "subject": "Math",
                "app": {"name": "Mathy"},
            },
            "eventTime": "2025-01-03T10:00:00.000Z",
            "generated": {
                "id": "https://app.example.com/metrics/2",
                "type": "TimebackTimeSpentMetricsCollection",
                "items": [{"type": "active", "value": 120}, {"type": "waste", "value": 5}],
            },
        }
    )
    return event.model_dump(mode="json", by_alias=True, exclude_none=True)


def envelope(*events: dict[str, Any], sensor: str) -> dict[str, Any]:
    return {
        "sensor": sensor,
        "sendTime": "2025-01-03T10:00:01.000Z",
        "dataVersion": "http://purl.imsglobal.org/ctx/caliper/v1p2",
        "data": list(events),
    }


def test_caliper_send_validate_list(tb: Timeback) -> None:
    c = tb.caliper
    actor = f"https://api.example.com/users/{uid('a')}"
    sensor = f"https://{uid('s')}.example.com"
    first = activity_event(actor)
    later = activity_event(actor, when="2025-03-01T00:00:00.000Z")
    spent = time_spent_event(actor)
    checked = c.validate_events(body=envelope(first, spent, sensor=sensor))
    assert checked.status == "success"
    # listEvents answers typed `events` and `pagination` (overlays/caliper.yaml adds them to the
    # document's status/message schema).
    assert c.list_events(sensor=sensor).pagination.total == 0  # validate stores nothing
    sent = c.send_events(body=envelope(first, later, spent, sensor=sensor))
    assert sent.status == "success"
    listed = c.list_events(sensor=sensor)
    assert listed.status == "success" and listed.pagination.total == 3
    types = sorted(e.type_ for e in listed.events)
    assert types == ["ActivityEvent", "ActivityEvent", "TimeSpentEvent"]
    by_actor = c.list_events(actor_id=actor, end_date="2025-02-01T00:00:00Z")
    assert sorted(e.id for e in by_actor.events) == sorted([first["id"], spent["id"]])
    paged = c.list_events(sensor=sensor, actor_email="kid@example.com", limit=2, offset=2)
    assert paged.pagination.total == 3 and len(paged.events) == 1


def test_caliper_bad_event_reported_with_index_and_field(tb: Timeback) -> None:
    sensor = f"https://{uid('s')}.example.com"
    bad = activity_event("https://x.example.com/users/1")
    del bad["actor"]
    with pytest.raises(BadRequestError) as info:
        tb.caliper.send_events(
            body=envelope(activity_event("https://x.example.com/users/2"), bad, sensor=sensor)
        )
    body = info.value.body
    assert body["status"] == "error" and body["errors"]
    assert all(e["index"] == 1 for e in body["errors"])
    assert any(
        e["field"].startswith("data[1]") and "actor" in e["field"] + e["message"]
        for e in body["errors"]
    )
    with pytest.raises(BadRequestError) as info:
        tb.caliper.validate_events(body=envelope(bad, sensor=sensor))
    assert info.value.body["results"][0]["valid"] is False
    assert tb.caliper.list_events(sensor=sensor).events == []


# --------------------------------------------------------------------------- PowerPath + CASE


def test_powerpath_course_flow(tb: Timeback) -> None:
    r, pp = tb.oneroster.rostering, tb.powerpath
    school, course, unit1, unit2, res, cr, stu = (
        uid(p) for p in ("sch", "crs", "cmp", "cmp", "res", "cr", "stu")
    )
    r.create_org(
        body={"org": {"sourcedId": school, "name": "S", "type": "school", "identifier": school}}
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
    r.create_user(body=user(stu, org=school))
    for cid, title, order in ((unit1, "Unit 1", 1), (unit2, "Unit 2", 2)):
        r.create_course_component(
            body={
                "courseComponent": {
                    "sourcedId": cid,
                    "status": "active",
                    "title": title,
                    "sortOrder": order,
                    "unlockDate": "2025-01-01T00:00:00.000Z",
                    "course": {"sourcedId": course},
                }
            }
        )
    q1, q2 = uid("q"), uid("q")
    for q in (q1, q2):
        tb.qti.create_assessment_item(body=text_entry_item(q))
    tb.oneroster.resources.create_resource(
        body={
            "resource": {
                "sourcedId": res,
                "status": "active",
                "title": "Quiz",
                "vendorResourceId": "v1",
                "metadata": {"questions": [q1, q2]},
            }
        }
    )
    r.create_component_resource(
        body={
            "componentResource": {
                "sourcedId": cr,
                "status": "active",
                "title": "Quiz",
                "sortOrder": 1,
                "courseComponent": {"sourcedId": unit1},
                "resource": {"sourcedId": res},
            }
        }
    )
    syllabus = pp.get_course_syllabus(course).to_dict()["syllabus"]
    units = syllabus["subComponents"]
    assert [u["title"] for u in units] == ["Unit 1", "Unit 2"]
    assert units[0]["componentResources"][0]["resource"]["sourcedId"] == res
    with pytest.raises(NotFoundError):
        pp.get_course_syllabus(uid("none"))
    plan = raw(pp.create_lesson_plan)(body={"courseId": course, "userId": stu})
    assert plan.status_code == 201
    again = raw(pp.create_lesson_plan)(body={"courseId": course, "userId": stu})
    assert again.status_code == 200 and again.parsed.to_dict() == plan.parsed.to_dict()
    tree = pp.get_tree(course, stu).to_dict()
    assert tree["lessonPlan"]["lessonPlan"]["course"]["sourcedId"] == course
    answer = pp.update_student_question_response(
        body={"student": stu, "question": q1, "response": "Paris", "lesson": cr}
    ).to_dict()
    assert answer["responseResult"]["isCorrect"] is True and answer["correctQuestions"] == 1
    answer = pp.update_student_question_response(
        body={"student": stu, "question": q2, "response": "Rome", "lesson": cr}
    ).to_dict()
    assert answer["responseResult"]["isCorrect"] is False and answer["totalQuestions"] == 2
    progress = pp.get_assessment_progress(student=stu, lesson=cr).to_dict()
    assert progress["correctQuestions"] == 1 and progress["totalQuestions"] == 2
    course_progress = pp.get_course_progress(course, stu).to_dict()
    assert course_progress["testOut"] == {"status": "not_eligible"}


def test_case_package_lookups(tb: Timeback) -> None:
    # CASE identifiers are UUIDs (the typed models parse them as uuid.UUID)
    doc_id, item_id, item2, assoc = (str(uuid.uuid4()) for _ in range(4))
    now = "2025-01-01T00:00:00Z"

    def cf_item(ident: str, statement: str) -> dict[str, Any]:
        return {
            "identifier": ident,
            "uri": f"https://case.example.com/{ident}",
            "lastChangeDateTime": now,
            "fullStatement": statement,
            "CFItemType": "Standard",
        }

    uploaded = tb.case.upload_cf_package(
        body={
            "CFDocument": {
                "identifier": doc_id,
                "uri": f"https://case.example.com/{doc_id}",
                "lastChangeDateTime": now,
                "title": "Standards",
                "creator": "Me",
            },
            "CFItems": [cf_item(item_id, "Add within 10"), cf_item(item2, "Add within 20")],
            "CFAssociations": [
                {
                    "identifier": assoc,
                    "uri": f"https://case.example.com/{assoc}",
                    "lastChangeDateTime": now,
                    "associationType": "isChildOf",
                    "originNodeURI": {
                        "title": "a",
                        "identifier": item2,
                        "uri": f"https://case.example.com/{item2}",
                    },
                    "destinationNodeURI": {
                        "title": "b",
                        "identifier": item_id,
                        "uri": f"https://case.example.com/{item_id}",
                    },
                }
            ],
        }
    )
    assert uploaded.to_dict()["result"]["documentId"] == doc_id
    assert tb.case.get_cf_document(doc_id).cf_document.title == "Standards"
    assert doc_id in {str(d.sourced_id) for d in tb.case.get_all_cf_documents().cf_documents}
    assert tb.case.get_cf_item(item_id).cf_item.full_statement == "Add within 10"
    assert {str(i.sourced_id) for i in tb.case.get_all_cf_items().cf_items} >= {item_id, item2}
    # CASE lists are answered whole: a walk is one request, handing out its records
    listed = [str(i.sourced_id) for i in tb.case.get_all_cf_items().cf_items]
    assert [str(i.sourced_id) for i in tb.paginate(tb.case.get_all_cf_items)] == listed
    first = tb.paginate(tb.case.get_all_cf_documents).first()
    assert first is not None and str(first.sourced_id) in {
        str(d.sourced_id) for d in tb.case.get_all_cf_documents().cf_documents
    }
    assert len(tb.paginate(tb.case.get_all_cf_items, max_items=1).to_list()) == 1
    assert tb.case.get_cf_association(assoc).cf_association.association_type == "isChildOf"
    package = tb.case.get_cf_package(doc_id).to_dict()
    assert package["CFPackage"]["CFDocument"]["sourcedId"] == doc_id
    with pytest.raises(NotFoundError):
        tb.case.get_cf_item(str(uuid.uuid4()))


# --------------------------------------------------------------------------- 501


def test_unimplemented_operation_501(tb: Timeback) -> None:
    with pytest.raises(APIStatusError) as info:
        tb.oneroster.resources.export_resource_to_common_cartridge("a")
    err = info.value
    assert err.status_code == 501 and isinstance(err, InternalServerError)
    assert err.operation == "exportResourceToCommonCartridge"
    assert "does not implement" in (err.imsx_description or "")
    with pytest.raises(InternalServerError) as info:
        tb.oneroster.rostering.decrypt_credential("a", "b")
    assert info.value.status_code == 501


# --------------------------------------------------------------------------- faults


def test_fault_latency(tb: Timeback, faults: SandboxProcess) -> None:
    tb.oneroster.rostering.get_all_users(limit=1)  # token fetched outside the timing
    faults.admin("/_sandbox/faults", {"latency_ms": 200})
    start = time.monotonic()
    tb.oneroster.rostering.get_all_users(limit=1)
    assert time.monotonic() - start >= 0.19


def test_fault_500_503_shares_are_retried(faults: SandboxProcess) -> None:
    with Timeback.for_sandbox(faults.url, max_retries=8) as tb:
        r = tb.oneroster.rostering
        r.get_all_users(limit=1)
        faults.admin(
            "/_sandbox/faults",
            {"error_500_rate": 0.15, "error_503_rate": 0.25, "retry_after": 0, "seed": 11},
        )
        before = stats(faults)
        for _ in range(12):
            assert r.get_all_users(limit=1).total_count >= 0
        after = stats(faults)

    def delta(kind: str) -> int:
        return int(after["statuses"].get(kind, 0)) - int(before["statuses"].get(kind, 0))

    assert delta("500") > 0 and delta("503") > 0
    calls = after["requests"]["GET oneroster:getAllUsers"] - before["requests"].get(
        "GET oneroster:getAllUsers", 0
    )
    assert delta("200") == 12 + 1  # every call succeeded in the end (+1: the stats call) ...
    assert calls == 12 + delta("500") + delta("503")  # ... after one retry per injected error


def test_fault_500_not_retried_for_post(faults: SandboxProcess) -> None:
    with Timeback.for_sandbox(faults.url, max_retries=3) as tb:
        tb.oneroster.rostering.get_all_users(limit=1)
        faults.admin("/_sandbox/faults", {"error_500_rate": 1.0})
        before = stats(faults)
        with pytest.raises(InternalServerError) as info:
            tb.oneroster.rostering.create_user(body=user(uid("u")))
        after = stats(faults)
    assert info.value.status_code == 500 and info.value.operation == "createUser"
    assert "injected" in (info.value.imsx_description or "")
    assert after["statuses"]["500"] - before["statuses"].get("500", 0) == 1


def test_fault_429_retry_after_honoured(faults: SandboxProcess) -> None:
    with Timeback.for_sandbox(faults.url, max_retries=3) as tb:
        r = tb.oneroster.rostering
        r.get_all_users(limit=1)
        faults.admin("/_sandbox/faults", {"burst_429": 2, "retry_after": 1})
        before = stats(faults)
        start = time.monotonic()
        sid = uid("u")
        r.create_user(body=user(sid))  # 429 is retried even for POST
        elapsed = time.monotonic() - start
        after = stats(faults)
        assert after["statuses"]["429"] - before["statuses"].get("429", 0) == 2
        assert elapsed >= 1.9  # waited Retry-After (1 s) before each of the two retries
        assert r.get_user(sid).user.sourced_id == sid
        # more 429s than retries → RateLimitError, with the imsx description
        faults.admin("/_sandbox/faults", {"burst_429": 5, "retry_after": 0})
        with pytest.raises(RateLimitError) as info:
            tb.with_options(max_retries=1).oneroster.rostering.get_all_users(limit=1)
        assert info.value.status_code == 429 and "Too many" in (info.value.imsx_description or "")


# --------------------------------------------------------------------------- projections


def test_fields_projection_parses(tb: Timeback) -> None:
    """`fields=` leaves out properties the document requires: they read as UNSET (drift), the
    projected ones are there, and nothing else is invented."""
    sid = uid("u")
    tb.oneroster.rostering.create_user(body=user(sid, email="p@example.com"))
    got = tb.oneroster.rostering.get_user(sid, fields="sourcedId,email").user
    assert got.email == "p@example.com" and got.sourced_id == sid
    assert got.given_name is UNSET
    assert got.to_dict() == {"sourcedId": sid, "email": "p@example.com"}
