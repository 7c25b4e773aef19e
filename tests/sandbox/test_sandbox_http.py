"""End-to-end tests: plain httpx against a real sandbox subprocess."""

from __future__ import annotations

import base64
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import pytest

from .conftest import CHOICE_XML

if TYPE_CHECKING:
    from conftest import SandboxProcess

pytestmark = pytest.mark.sandbox

OR = "/ims/oneroster/rostering/v1p2"
GB = "/ims/oneroster/gradebook/v1p2"
QTI = "/qti/api"
CAL = "/caliper-api"


def uid(prefix: str = "x") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def user(sid: str, role: str = "student", **extra: Any) -> dict[str, Any]:
    body = {
        "sourcedId": sid,
        "status": "active",
        "enabledUser": True,
        "givenName": extra.pop("givenName", "Ann"),
        "familyName": extra.pop("familyName", "Smith"),
        "roles": [
            {"roleType": "primary", "role": role, "org": {"sourcedId": extra.pop("org", "org-1")}}
        ],
        # createUser's body requires an email in oneroster-api.json (responses need not carry one)
        "email": extra.pop("email", f"{sid}@example.com"),
    }
    body.update(extra)
    return {"user": body}


def create(client: httpx.Client, path: str, body: dict[str, Any]) -> httpx.Response:
    r = client.post(path, json=body)
    assert r.status_code == 201, r.text
    return r


# --------------------------------------------------------------------------- auth


def test_token_form_and_basic(sandbox: SandboxProcess) -> None:
    r = httpx.post(
        sandbox.url + "/oauth2/token",
        data={
            "grant_type": "client_credentials",
            "client_id": "sandbox-client",
            "client_secret": "sandbox-secret",
        },
    )
    assert r.status_code == 200
    body = r.json()
    assert body["token_type"] == "Bearer" and body["expires_in"] == 3600 and body["access_token"]
    basic = base64.b64encode(b"sandbox-client:sandbox-secret").decode()
    r2 = httpx.post(
        sandbox.url + "/oauth2/token",
        data={"grant_type": "client_credentials"},
        headers={"Authorization": f"Basic {basic}"},
    )
    assert r2.status_code == 200 and r2.json()["access_token"] != body["access_token"]


def test_token_bad_credentials(sandbox: SandboxProcess) -> None:
    r = httpx.post(
        sandbox.url + "/oauth2/token",
        data={
            "grant_type": "client_credentials",
            "client_id": "sandbox-client",
            "client_secret": "nope",
        },
    )
    assert r.status_code == 401
    assert r.json()["error"] == "invalid_client" and r.json()["error_description"]


@pytest.mark.parametrize("header", [None, "Bearer not-a-token", "Basic abc"])
def test_api_requires_valid_bearer(sandbox: SandboxProcess, header: str | None) -> None:
    headers = {"Authorization": header} if header else {}
    r = httpx.get(sandbox.url + f"{OR}/users/", headers=headers)
    assert r.status_code == 401
    assert r.json()["error"] == "invalid_token"
    assert r.headers["WWW-Authenticate"].startswith('Bearer error="invalid_token"')


# --------------------------------------------------------------------------- OneRoster CRUD


def test_user_crud_cycle(client: httpx.Client) -> None:
    sid = uid("u")
    r = create(client, f"{OR}/users/", user(sid, familyName="O'Brien", email="ann@example.com"))
    assert r.json() == {"sourcedIdPairs": {"suppliedSourcedId": sid, "allocatedSourcedId": sid}}
    got = client.get(f"{OR}/users/{sid}")
    assert got.status_code == 200
    assert (
        got.json()["user"]["familyName"] == "O'Brien" and got.json()["user"]["status"] == "active"
    )
    assert client.get(f"{OR}/users/{sid}", params={"fields": "sourcedId,email"}).json() == {
        "user": {"sourcedId": sid, "email": "ann@example.com"}
    }
    # duplicate → 409
    dup = client.post(f"{OR}/users/", json=user(sid))
    assert dup.status_code == 409
    assert dup.json()["imsx_codeMajor"] == "failure"
    # PUT replaces the whole record
    put = client.put(f"{OR}/users/{sid}", json=user(sid, givenName="Bea"))
    assert put.status_code == 200, put.text
    after = client.get(f"{OR}/users/{sid}").json()["user"]
    assert after["givenName"] == "Bea" and after["familyName"] == "Smith"  # not O'Brien
    assert after["email"] == f"{sid}@example.com"  # the replacement's, not ann@
    # DELETE soft-deletes; re-creating the sourcedId is refused
    assert client.delete(f"{OR}/users/{sid}").status_code == 204
    assert client.get(f"{OR}/users/{sid}").json()["user"]["status"] == "tobedeleted"
    assert client.delete(f"{OR}/users/{sid}").status_code == 404
    again = client.post(f"{OR}/users/", json=user(sid))
    assert again.status_code == 409 and "deleted" in again.json()["imsx_description"]


def test_create_allocates_sourced_id(client: httpx.Client) -> None:
    body = user("x")
    del body["user"]["sourcedId"]
    r = create(client, f"{OR}/users/", body)
    allocated = r.json()["sourcedIdPairs"]["allocatedSourcedId"]
    uuid.UUID(allocated)
    assert client.get(f"{OR}/users/{allocated}").status_code == 200


def test_unknown_id_404_imsx(client: httpx.Client) -> None:
    r = client.get(f"{OR}/users/does-not-exist")
    assert r.status_code == 404
    body = r.json()
    assert body["imsx_codeMajor"] == "failure" and body["imsx_severity"] == "error"
    field = body["imsx_CodeMinor"]["imsx_codeMinorField"][0]
    assert field == {
        "imsx_codeMinorFieldName": "sourcedId",
        "imsx_codeMinorFieldValue": "unknownobject",
    }


def test_invalid_body_422_names_field(client: httpx.Client) -> None:
    body = user(uid("u"))
    body["user"]["givenName"] = 42
    r = client.post(f"{OR}/users/", json=body)
    assert r.status_code == 422
    names = [d["field"] for d in r.json()["imsx_error_details"]]
    assert "user.givenName" in names
    assert (
        client.post(
            f"{OR}/users/", content=b"{not json", headers={"Content-Type": "application/json"}
        ).status_code
        == 400
    )


def test_put_upsert_only_where_document_says(client: httpx.Client) -> None:
    # putCategory: "update ... or create a new one if it doesn't exist"
    cid = uid("cat")
    r = client.put(
        f"{GB}/categories/{cid}",
        json={"category": {"sourcedId": cid, "status": "active", "title": "Homework"}},
    )
    assert r.status_code == 201, r.text
    assert client.get(f"{GB}/categories/{cid}").json()["category"]["title"] == "Homework"
    # updateUser has no such clause → 404
    r = client.put(f"{OR}/users/{uid('nobody')}", json=user("ignored"))
    assert r.status_code == 404


def test_list_filter_sort_fields_pagination(client: httpx.Client) -> None:
    tag = uid("t")
    names = ["Smith", "Smithers", "O'Brien", "Jones", "Smitty"]
    for i, fam in enumerate(names):
        role = "teacher" if i % 2 else "student"
        create(
            client,
            f"{OR}/users/",
            user(f"{tag}-{i}", role=role, familyName=fam, identifier=tag, grades=[str(i)]),
        )
    base = f"identifier='{tag}'"

    def q(**params: Any) -> dict[str, Any]:
        r = client.get(f"{OR}/users/", params=params)
        assert r.status_code == 200, r.text
        return r.json()

    assert q(filter=base)["totalCount"] == 5
    assert [
        u["familyName"]
        for u in q(filter=f"{base} AND familyName~'smi'", sort="familyName")["users"]
    ] == [
        "Smith",
        "Smithers",
        "Smitty",
    ]
    assert q(filter=f"{base} AND familyName='O''Brien'")["totalCount"] == 1
    assert q(filter=f"{base} AND role='teacher'")["totalCount"] == 2
    both = q(filter=f"status='active' AND {base} AND (role='teacher' OR familyName='Smith')")
    assert both["totalCount"] == 3
    assert q(filter=f"{base} AND grades='3'")["totalCount"] == 1
    assert q(filter=f"{base} AND familyName!='Smith'")["totalCount"] == 4
    desc = q(filter=base, sort="familyName", orderBy="desc", fields="sourcedId,familyName")
    assert [u["familyName"] for u in desc["users"]] == sorted(names, reverse=True)
    assert set(desc["users"][0]) == {"sourcedId", "familyName"}
    page = q(filter=base, limit=2, offset=2)
    assert (
        page["totalCount"],
        page["pageCount"],
        page["pageNumber"],
        page["offset"],
        page["limit"],
    ) == (5, 3, 2, 2, 2)
    assert len(page["users"]) == 2
    # without the trailing slash: 404, as the live platform answers
    assert client.get(f"{OR}/users", params={"filter": base, "limit": 1}).status_code == 404


def test_list_answers_what_get_answers_and_follows_updates(client: httpx.Client) -> None:
    """List pages re-serve conformed records from a cache keyed by the stored text: a page
    must answer the same record as a get, and the new version right after an update."""
    sid = uid("cached")
    create(client, f"{OR}/users/", user(sid, familyName="Before", org="org-c"))

    def listed() -> dict[str, Any]:
        r = client.get(f"{OR}/users/", params={"filter": f"sourcedId='{sid}'"})
        assert r.status_code == 200, r.text
        (record,) = r.json()["users"]
        return record  # type: ignore[no-any-return]

    first, again = listed(), listed()
    assert first == again == client.get(f"{OR}/users/{sid}").json()["user"]
    assert first["enabledUser"] is True  # the response schema's boolean (overlays/oneroster.yaml)
    assert first["roles"][0]["org"]["href"].endswith("/orgs/org-c")
    r = client.put(f"{OR}/users/{sid}", json=user(sid, familyName="After", org="org-c"))
    assert r.status_code in (200, 201), r.text
    assert listed()["familyName"] == "After"


@pytest.mark.parametrize(
    "params",
    [
        {"limit": 0},
        {"limit": 3001},
        {"limit": "x"},
        {"offset": -1},
        {"filter": "name='x"},
        {"filter": "a = 'b' AND"},
        {"orderBy": "up"},
    ],
)
def test_list_bad_params_400(client: httpx.Client, params: dict[str, Any]) -> None:
    r = client.get(f"{OR}/users/", params=params)
    assert r.status_code == 400
    assert r.json()["imsx_codeMajor"] == "failure"


def test_views_schools_and_students(client: httpx.Client) -> None:
    school = uid("sch")
    create(
        client,
        f"{OR}/schools/",
        {"org": {"sourcedId": school, "status": "active", "name": "North", "type": "school"}},
    )
    assert client.get(f"{OR}/schools/{school}").status_code == 200
    assert client.get(f"{OR}/orgs/{school}").json()["org"]["type"] == "school"
    sid = uid("u")
    create(client, f"{OR}/users/", user(sid, role="teacher"))
    assert client.get(f"{OR}/teachers/{sid}").status_code == 200
    assert client.get(f"{OR}/students/{sid}").status_code == 404


def test_nested_routes(client: httpx.Client) -> None:
    school, course, term, cls = uid("sch"), uid("crs"), uid("term"), uid("cls")
    create(
        client,
        f"{OR}/orgs/",
        {"org": {"sourcedId": school, "status": "active", "name": "S", "type": "school"}},
    )
    r = client.post(
        f"{OR}/academicSessions/",
        json={
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
        },
    )
    assert r.status_code == 201, r.text
    create(
        client,
        f"{OR}/courses/",
        {
            "course": {
                "sourcedId": course,
                "status": "active",
                "title": "Math",
                "org": {"sourcedId": school},
            }
        },
    )
    r = client.post(
        f"{OR}/classes/",
        json={
            "class": {
                "sourcedId": cls,
                "status": "active",
                "title": "Math 1",
                "classType": "scheduled",
                "course": {"sourcedId": course},
                "org": {"sourcedId": school},
                "terms": [{"sourcedId": term}],
            }
        },
    )
    assert r.status_code == 201, r.text
    students = [uid("stu") for _ in range(3)]
    teacher = uid("tea")
    for s in students:
        create(client, f"{OR}/users/", user(s, org=school))
    create(client, f"{OR}/users/", user(teacher, role="teacher", org=school))
    for s in students[:2]:
        create(
            client,
            f"{OR}/enrollments/",
            {
                "enrollment": {
                    "status": "active",
                    "role": "student",
                    "user": {"sourcedId": s},
                    "class": {"sourcedId": cls},
                    "school": {"sourcedId": school},
                }
            },
        )
    r = client.post(
        f"{OR}/classes/{cls}/teachers", json={"enrollment": {"user": {"sourcedId": teacher}}}
    )
    assert r.status_code == 201, r.text

    def ids(path: str, key: str, **params: Any) -> set[str]:
        resp = client.get(path, params=params)
        assert resp.status_code == 200, resp.text
        return {x["sourcedId"] for x in resp.json()[key]}

    # list keys come from the document: getStudentsForClass answers {"students": [...]}
    assert ids(f"{OR}/classes/{cls}/students", "students") == set(students[:2])
    assert ids(f"{OR}/classes/{cls}/teachers", "teachers") == {teacher}
    assert ids(f"{OR}/schools/{school}/classes/{cls}/students", "users") == set(students[:2])
    assert ids(f"{OR}/users/{students[0]}/classes", "classes") == {cls}
    assert ids(f"{OR}/students/{students[2]}/classes", "classes") == set()
    assert ids(f"{OR}/teachers/{teacher}/classes", "classes") == {cls}
    assert ids(f"{OR}/schools/{school}/classes", "classes") == {cls}
    assert ids(f"{OR}/terms/{term}/classes", "classes") == {cls}
    assert ids(f"{OR}/courses/{course}/classes", "classes") == {cls}
    assert ids(f"{OR}/schools/{school}/terms", "terms") == {term}
    assert ids(f"{OR}/schools/{school}/courses", "courses") == {course}
    assert ids(f"{OR}/schools/{school}/students", "users") == set(students)
    assert ids(f"{OR}/schools/{school}/teachers", "users") == {teacher}
    assert (
        len(ids(f"{OR}/schools/{school}/enrollments", "enrollments")) == 3
    )  # 2 students + teacher
    assert (
        len(ids(f"{OR}/enrollments/", "enrollments", filter=f"user.sourcedId='{students[0]}'")) == 1
    )
    assert client.get(f"{OR}/classes/{uid('nope')}/students").status_code == 404
    # gradebook: line item + results for the class / student
    li, cat = uid("li"), uid("cat")
    create(
        client,
        f"{GB}/categories/",
        {"category": {"sourcedId": cat, "status": "active", "title": "Quizzes"}},
    )
    r = client.post(
        f"{GB}/lineItems/",
        json={
            "lineItem": {
                "sourcedId": li,
                "status": "active",
                "title": "Quiz 1",
                "assignDate": "2025-09-01",
                "dueDate": "2025-09-08",
                "class": {"sourcedId": cls},
                "school": {"sourcedId": school},
                "category": {"sourcedId": cat},
            }
        },
    )
    assert r.status_code == 201, r.text
    res = uid("res")
    r = client.post(
        f"{GB}/results/",
        json={
            "result": {
                "sourcedId": res,
                "status": "active",
                "lineItem": {"sourcedId": li},
                "student": {"sourcedId": students[0]},
                "scoreStatus": "fully graded",
                "score": 9,
                "scoreDate": "2025-09-09",
            }
        },
    )
    assert r.status_code == 201, r.text
    assert ids(f"{GB}/classes/{cls}/lineItems", "lineItems") == {li}
    assert ids(f"{GB}/classes/{cls}/results", "results") == {res}
    assert ids(f"{GB}/classes/{cls}/students/{students[0]}/results", "results") == {res}
    assert ids(f"{GB}/classes/{cls}/lineItems/{li}/results", "results") == {res}
    assert ids(f"{GB}/classes/{cls}/categories", "categories") == {cat}
    assert ids(f"{GB}/results/", "results", filter=f"score>'8' AND lineItem.sourcedId='{li}'") == {
        res
    }


def test_parallel_creates_lose_nothing(sandbox: SandboxProcess) -> None:
    tag = uid("par")
    token = sandbox.token()

    def one(i: int) -> int:
        with httpx.Client(
            base_url=sandbox.url, headers={"Authorization": f"Bearer {token}"}, timeout=30
        ) as c:
            return c.post(f"{OR}/users/", json=user(f"{tag}-{i}", identifier=tag)).status_code

    with ThreadPoolExecutor(50) as pool:
        codes = list(pool.map(one, range(50)))
    assert codes == [201] * 50
    with sandbox.client() as c:
        body = c.get(f"{OR}/users/", params={"filter": f"identifier='{tag}'", "limit": 3000}).json()
    assert body["totalCount"] == 50 and len(body["users"]) == 50


def test_restart_with_db_keeps_data_and_token_lifetime(
    tmp_path: Path, sandbox_factory: type[SandboxProcess]
) -> None:
    db = tmp_path / "sandbox.sqlite3"
    first = sandbox_factory(
        "--db",
        str(db),
        "--token-lifetime",
        "1",
        env={"TIMEBACK_SANDBOX_CLIENT_ID": "me", "TIMEBACK_SANDBOX_CLIENT_SECRET": "pw"},
    )
    try:
        token = first.token("me", "pw")
        h = {"Authorization": f"Bearer {token}"}
        r = httpx.post(first.url + f"{OR}/users/", json=user("kept"), headers=h)
        assert r.status_code == 201
        time.sleep(1.2)
        expired = httpx.get(first.url + f"{OR}/users/kept", headers=h)
        assert expired.status_code == 401 and "expired" in expired.json()["error_description"]
    finally:
        assert first.stop() == 0
    second = sandbox_factory("--db", str(db), "--client-id", "me", "--client-secret", "pw")
    try:
        h = {"Authorization": f"Bearer {second.token('me', 'pw')}"}
        r = httpx.get(second.url + f"{OR}/users/kept", headers=h)
        assert r.status_code == 200 and r.json()["user"]["sourcedId"] == "kept"
    finally:
        assert second.stop() == 0


def test_unimplemented_operations_answer_501(client: httpx.Client) -> None:
    for method, path in [
        ("POST", f"{OR}/users/x/credentials"),
        ("POST", "/ims/oneroster/resources/v1p2/resources/export/x"),
    ]:
        r = client.request(method, path, json={})
        assert r.status_code == 501, (path, r.text)
        assert "does not implement" in r.json()["imsx_description"]


def test_unknown_path_404(client: httpx.Client) -> None:
    assert client.get("/nowhere/at/all").status_code == 404


# --------------------------------------------------------------------------- QTI


def text_entry_item(ident: str) -> dict[str, Any]:
    return {
        "identifier": ident,
        "title": "Capital of France",
        "type": "text-entry",
        "responseDeclarations": [
            {
                "identifier": "RESPONSE",
                "cardinality": "single",
                "baseType": "string",
                "correctResponse": {"value": ["Paris"]},
                "mapping": {
                    "defaultValue": 0,
                    "mapEntries": [{"mapKey": "Paris", "mappedValue": 1, "caseSensitive": False}],
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


def test_qti_items_json_and_xml(client: httpx.Client) -> None:
    te = uid("te")
    r = client.post(f"{QTI}/assessment-items", json=text_entry_item(te))
    assert r.status_code == 201, r.text
    item = r.json()
    assert (
        item["identifier"] == te
        and item["qtiVersion"] == "3.0"
        and item["rawXml"].startswith("<?xml")
    )
    assert "qti-assessment-item" in item["content"]
    assert client.post(f"{QTI}/assessment-items", json=text_entry_item(te)).status_code == 409
    bad = client.post(
        f"{QTI}/assessment-items", json={"identifier": uid("b"), "title": "t", "type": "nonsense"}
    )
    assert bad.status_code == 400
    ch = uid("ch")
    xml = CHOICE_XML.format(ident=ch)
    r = client.post(
        f"{QTI}/assessment-items", content=xml.encode(), headers={"Content-Type": "application/xml"}
    )
    assert r.status_code == 201, r.text
    got = client.get(f"{QTI}/assessment-items/{ch}").json()
    assert got["rawXml"] == xml and got["type"] == "choice"
    assert got["responseDeclarations"][0]["correctResponse"] == {"value": ["B"]}
    raw = client.get(f"{QTI}/assessment-items/{ch}", headers={"Accept": "application/xml"})
    assert raw.headers["content-type"].startswith("application/xml") and raw.text == xml
    assert client.get(f"{QTI}/assessment-items/{uid('none')}").status_code == 404
    # processResponse
    pr = client.post(
        f"{QTI}/assessment-items/{ch}/process-response", json={"identifier": ch, "response": "B"}
    )
    assert pr.json() == {"score": 1.0, "feedback": {"identifier": "FEEDBACK", "value": "CORRECT"}}
    pr = client.post(
        f"{QTI}/assessment-items/{ch}/process-response", json={"identifier": ch, "response": "A"}
    )
    assert pr.json()["score"] == 0.0 and pr.json()["feedback"]["value"] == "INCORRECT"
    pr = client.post(
        f"{QTI}/assessment-items/{te}/process-response",
        json={"identifier": te, "response": "paris"},
    )
    assert pr.json()["score"] == 1.0
    pr = client.post(
        f"{QTI}/assessment-items/{te}/process-response", json={"identifier": te, "response": "Lyon"}
    )
    assert pr.json()["score"] == 0.0
    # search with pagination
    s = client.get(f"{QTI}/assessment-items", params={"query": ch, "limit": 5}).json()
    assert (
        s["total"] == 1 and s["items"][0]["identifier"] == ch and s["page"] == 1 and s["pages"] == 1
    )
    s = client.get(f"{QTI}/assessment-items", params={"filter": f"identifier='{te}'"}).json()
    assert [i["identifier"] for i in s["items"]] == [te]


def test_qti_tests_parts_sections(client: httpx.Client) -> None:
    items = [uid("i") for _ in range(3)]
    for i in items:
        assert client.post(f"{QTI}/assessment-items", json=text_entry_item(i)).status_code == 201
    test_id = uid("test")
    body = {
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
                            {"identifier": items[0], "href": f"assessment-items/{items[0]}"}
                        ],
                    }
                ],
            }
        ],
    }
    r = client.post(f"{QTI}/assessment-tests", json=body)
    assert r.status_code == 201, r.text
    base = f"{QTI}/assessment-tests/{test_id}/test-parts/part1/sections/sec1"
    assert client.post(f"{base}/items", json={"identifier": items[1]}).status_code == 201
    r = client.post(f"{base}/items", json={"identifier": items[2], "sequence": 1})
    assert [x["identifier"] for x in r.json()["qti-assessment-item-ref"]] == [
        items[2],
        items[0],
        items[1],
    ]
    r = client.put(
        f"{base}/items/order",
        json={
            "items": [
                {"identifier": items[0], "sequence": 1},
                {"identifier": items[1], "sequence": 2},
                {"identifier": items[2], "sequence": 3},
            ]
        },
    )
    assert r.status_code == 200, r.text
    assert [x["identifier"] for x in r.json()["qti-assessment-item-ref"]] == items
    assert client.delete(f"{base}/items/{items[1]}").status_code == 204
    questions = client.get(f"{QTI}/assessment-tests/{test_id}/questions").json()
    assert questions["totalQuestions"] == 2
    assert [q["question"]["identifier"] for q in questions["questions"]] == [items[0], items[2]]
    r = client.post(
        f"{QTI}/assessment-tests/{test_id}/test-parts/part1/sections",
        json={"identifier": "sec2", "title": "S2", "visible": True},
    )
    assert r.status_code == 201
    secs = client.get(
        f"{QTI}/assessment-tests/{test_id}/test-parts/part1/sections",
        params={"limit": 1, "page": 2},
    ).json()
    assert (
        secs["total"] == 2
        and secs["pages"] == 2
        and [s["identifier"] for s in secs["items"]] == ["sec2"]
    )
    parts = client.get(f"{QTI}/assessment-tests/{test_id}/test-parts").json()
    assert [p["identifier"] for p in parts["items"]] == ["part1"]
    assert client.get(f"{QTI}/assessment-tests/{test_id}/test-parts/nope").status_code == 404


def test_qti_validate_xml(client: httpx.Client) -> None:
    broken = '<?xml version="1.0"?>\n<qti-assessment-item identifier="a">\n  <qti-item-body>\n</qti-assessment-item>\n'
    r = client.post(f"{QTI}/validate", json={"xml": broken, "schema": "item", "entityId": "a"})
    body = r.json()
    assert r.status_code == 200 and body["success"] == "false"
    assert body["validationErrors"][0].startswith("line 4,")
    wrong_root = '<?xml version="1.0"?>\n\n<qti-assessment-test identifier="t"/>\n'
    body = client.post(f"{QTI}/validate", json={"xml": wrong_root, "schema": "item"}).json()
    assert (
        body["success"] == "false"
        and "line 3" in body["validationErrors"][0]
        and "qti-assessment-item" in body["validationErrors"][0]
    )
    doctype = '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<qti-assessment-item>&e;</qti-assessment-item>'
    body = client.post(f"{QTI}/validate", json={"xml": doctype, "schema": "item"}).json()
    assert body["success"] == "false" and "not allowed" in body["validationErrors"][0]
    ok = client.post(
        f"{QTI}/validate", json={"xml": CHOICE_XML.format(ident="v"), "schema": "item"}
    ).json()
    assert ok["success"] == "true" and ok["validationErrors"] == []


# --------------------------------------------------------------------------- Caliper


def caliper_event(actor: str, **extra: Any) -> dict[str, Any]:
    event = {
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
        "eventTime": "2025-01-02T10:00:00.000Z",
        "generated": {
            "id": "https://app.example.com/metrics/1",
            "type": "TimebackActivityMetricsCollection",
            "items": [{"type": "xpEarned", "value": 10}],
        },
    }
    event.update(extra)
    return event


def envelope(*events: dict[str, Any], sensor: str = "https://sensor.example.com") -> dict[str, Any]:
    return {
        "sensor": sensor,
        "sendTime": "2025-01-02T10:00:01.000Z",
        "dataVersion": "http://purl.imsglobal.org/ctx/caliper/v1p2",
        "data": list(events),
    }


def test_caliper_send_list_validate(client: httpx.Client) -> None:
    actor = f"https://api.example.com/users/{uid('a')}"
    sensor = f"https://{uid('s')}.example.com"
    good = caliper_event(actor)
    check = client.post(f"{CAL}/caliper/event/validate", json=envelope(good, sensor=sensor))
    assert check.status_code == 200, check.text
    assert check.json()["status"] == "success"
    r = client.post(
        f"{CAL}/caliper/event",
        json=envelope(
            good, caliper_event(actor, eventTime="2025-03-01T00:00:00.000Z"), sensor=sensor
        ),
    )
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "success"
    listed = client.get(f"{CAL}/caliper/events", params={"sensor": sensor}).json()
    assert (
        listed["status"] == "success"
        and len(listed["events"]) == 2
        and listed["pagination"]["total"] == 2
    )
    by_actor = client.get(
        f"{CAL}/caliper/events", params={"actorId": actor, "endDate": "2025-02-01T00:00:00Z"}
    ).json()
    assert [e["id"] for e in by_actor["events"]] == [good["id"]]
    assert (
        client.get(
            f"{CAL}/caliper/events",
            params={"actorEmail": "kid@example.com", "sensor": sensor, "limit": 1},
        ).json()["pagination"]["total"]
        == 2
    )


def test_caliper_bad_event_reports_index(client: httpx.Client) -> None:
    sensor = f"https://{uid('s')}.example.com"
    bad = caliper_event("https://x/users/1")
    del bad["actor"]
    r = client.post(
        f"{CAL}/caliper/event",
        json=envelope(caliper_event("https://x/users/1"), bad, sensor=sensor),
    )
    assert r.status_code == 400
    body = r.json()
    assert body["status"] == "error"
    assert body["errors"] and all(e["index"] == 1 for e in body["errors"])
    assert any(
        e["field"].startswith("data[1]") and "actor" in (e["field"] + e["message"])
        for e in body["errors"]
    )
    # nothing stored, and validate does not store either
    v = client.post(f"{CAL}/caliper/event/validate", json=envelope(bad, sensor=sensor))
    assert v.status_code == 400 and v.json()["results"][0]["valid"] is False
    assert client.get(f"{CAL}/caliper/events", params={"sensor": sensor}).json()["events"] == []
    assert client.post(f"{CAL}/caliper/event", json={"sensor": "s"}).status_code == 400


# --------------------------------------------------------------------------- PowerPath + CASE


def test_powerpath_lesson_flow(client: httpx.Client) -> None:
    school, course, comp, unit2, res, cr, stu = (
        uid(p) for p in ("sch", "crs", "cmp", "cmp", "res", "cr", "stu")
    )
    create(
        client,
        f"{OR}/orgs/",
        {"org": {"sourcedId": school, "status": "active", "name": "S", "type": "school"}},
    )
    create(
        client,
        f"{OR}/courses/",
        {
            "course": {
                "sourcedId": course,
                "status": "active",
                "title": "Math",
                "org": {"sourcedId": school},
            }
        },
    )
    create(client, f"{OR}/users/", user(stu))
    for cid, title, order in ((comp, "Unit 1", 1), (unit2, "Unit 2", 2)):
        r = client.post(
            f"{OR}/courses/components",
            json={
                "courseComponent": {
                    "sourcedId": cid,
                    "status": "active",
                    "title": title,
                    "sortOrder": order,
                    "course": {"sourcedId": course},
                }
            },
        )
        assert r.status_code == 201, r.text
    q1, q2 = uid("q"), uid("q")
    for q in (q1, q2):
        assert client.post(f"{QTI}/assessment-items", json=text_entry_item(q)).status_code == 201
    r = client.post(
        "/ims/oneroster/resources/v1p2/resources/",
        json={
            "resource": {
                "sourcedId": res,
                "status": "active",
                "title": "Quiz",
                "vendorResourceId": "v1",
                "metadata": {"questions": [q1, q2]},
            }
        },
    )
    assert r.status_code == 201, r.text
    r = client.post(
        f"{OR}/courses/component-resources",
        json={
            "componentResource": {
                "sourcedId": cr,
                "status": "active",
                "title": "Quiz",
                "courseComponent": {"sourcedId": comp},
                "resource": {"sourcedId": res},
            }
        },
    )
    assert r.status_code == 201, r.text
    syl = client.get(f"/powerpath/syllabus/{course}")
    assert syl.status_code == 200, syl.text
    units = syl.json()["syllabus"]["subComponents"]
    assert [u["title"] for u in units] == ["Unit 1", "Unit 2"]
    assert units[0]["componentResources"][0]["resource"]["sourcedId"] == res
    assert client.get(f"/powerpath/syllabus/{uid('none')}").status_code == 404
    plan = client.post("/powerpath/lessonPlans/", json={"courseId": course, "userId": stu})
    assert plan.status_code == 201, plan.text
    again = client.post("/powerpath/lessonPlans/", json={"courseId": course, "userId": stu})
    assert again.status_code == 200 and again.json() == plan.json()
    tree = client.get(f"/powerpath/lessonPlans/{course}/{stu}").json()
    assert tree["lessonPlan"]["lessonPlan"]["course"]["sourcedId"] == course
    r = client.put(
        "/powerpath/updateStudentQuestionResponse",
        json={"student": stu, "question": q1, "response": "Paris", "lesson": cr},
    )
    assert r.status_code == 200, r.text
    assert r.json()["responseResult"]["isCorrect"] is True and r.json()["correctQuestions"] == 1
    r = client.put(
        "/powerpath/updateStudentQuestionResponse",
        json={"student": stu, "question": q2, "response": "Rome", "lesson": cr},
    )
    assert r.json()["responseResult"]["isCorrect"] is False and r.json()["totalQuestions"] == 2
    prog = client.get(
        "/powerpath/getAssessmentProgress", params={"student": stu, "lesson": cr}
    ).json()
    assert (
        prog["correctQuestions"] == 1
        and prog["totalQuestions"] == 2
        and len(prog["seenQuestions"]) == 2
    )
    cp = client.get(f"/powerpath/lessonPlans/getCourseProgress/{course}/student/{stu}")
    assert cp.status_code == 200 and cp.json()["testOut"] == {"status": "not_eligible"}


def test_case_package(client: httpx.Client) -> None:
    doc_id, item_id = uid("doc"), uid("item")
    now = "2025-01-01T00:00:00Z"
    pkg = {
        "CFDocument": {
            "identifier": doc_id,
            "uri": f"https://case.example.com/{doc_id}",
            "lastChangeDateTime": now,
            "title": "Standards",
            "creator": "Me",
        },
        "CFItems": [
            {
                "identifier": item_id,
                "uri": f"https://case.example.com/{item_id}",
                "lastChangeDateTime": now,
                "fullStatement": "Add within 10",
                "CFItemType": "Standard",
            }
        ],
        "CFAssociations": [],
    }
    r = client.post("/ims/case/v1p1/CFPackages", json=pkg)
    assert r.status_code == 201, r.text
    assert r.json()["result"]["documentId"] == doc_id
    assert (
        client.get(f"/ims/case/v1p1/CFDocuments/{doc_id}").json()["CFDocument"]["title"]
        == "Standards"
    )
    assert doc_id in {
        d["sourcedId"] for d in client.get("/ims/case/v1p1/CFDocuments").json()["CFDocuments"]
    }
    assert (
        client.get(f"/ims/case/v1p1/CFItems/{item_id}").json()["CFItem"]["fullStatement"]
        == "Add within 10"
    )
    assert client.get(f"/ims/case/v1p1/CFItems/{uid('no')}").status_code == 404


# --------------------------------------------------------------------------- faults


def test_fault_latency(client: httpx.Client, admin: httpx.Client) -> None:
    assert admin.post("/_sandbox/faults", json={"latency_ms": 250}).status_code == 200
    start = time.monotonic()
    assert client.get(f"{OR}/users/", params={"limit": 1}).status_code == 200
    assert time.monotonic() - start >= 0.24


def test_fault_503_share_is_seeded(client: httpx.Client, admin: httpx.Client) -> None:
    def run() -> list[int]:
        admin.post("/_sandbox/faults", json={"error_503_rate": 0.5, "seed": 7})
        return [client.get(f"{OR}/users/", params={"limit": 1}).status_code for _ in range(20)]

    first, second = run(), run()
    assert first == second
    assert set(first) == {200, 503}


def test_fault_429_burst_retry_after(client: httpx.Client, admin: httpx.Client) -> None:
    admin.post("/_sandbox/faults", json={"burst_429": 2, "retry_after": 3})
    r1 = client.get(f"{OR}/users/", params={"limit": 1})
    r2 = client.get(f"{OR}/users/", params={"limit": 1})
    r3 = client.get(f"{OR}/users/", params={"limit": 1})
    assert (r1.status_code, r2.status_code, r3.status_code) == (429, 429, 200)
    assert r1.headers["Retry-After"] == "3"
    assert (
        r1.json()["imsx_CodeMinor"]["imsx_codeMinorField"][0]["imsx_codeMinorFieldValue"]
        == "server_busy"
    )


def test_fault_short_page_keeps_total(client: httpx.Client, admin: httpx.Client) -> None:
    tag = uid("sp")
    for i in range(6):
        create(client, f"{OR}/users/", user(f"{tag}-{i}", identifier=tag))
    admin.post("/_sandbox/faults", json={"short_page_rate": 1.0, "seed": 1})
    page = client.get(f"{OR}/users/", params={"filter": f"identifier='{tag}'", "limit": 4}).json()
    assert page["totalCount"] == 6 and 0 < len(page["users"]) < 4
    # the last page is never cut
    last = client.get(
        f"{OR}/users/", params={"filter": f"identifier='{tag}'", "limit": 4, "offset": 4}
    ).json()
    assert len(last["users"]) == 2


def test_fault_expire_tokens_and_stats(sandbox: SandboxProcess, admin: httpx.Client) -> None:
    with sandbox.client() as c:
        assert c.get(f"{OR}/users/", params={"limit": 1}).status_code == 200
        r = admin.post("/_sandbox/faults", json={"expire_tokens": True})
        assert r.status_code == 200 and r.json()["expiredTokens"] >= 1
        gone = c.get(f"{OR}/users/", params={"limit": 1})
        assert gone.status_code == 401 and gone.json()["error"] == "invalid_token"
    stats = admin.get("/_sandbox/stats").json()
    assert stats["tokenRequests"] >= 1
    assert stats["requests"].get("GET oneroster:getAllUsers", 0) >= 2
    assert "latency_ms" in stats["faults"]
    assert admin.post("/_sandbox/faults", json={"bogus": 1}).status_code == 400


def test_stats_count_requests_in_flight(sandbox: SandboxProcess, admin: httpx.Client) -> None:
    """`inFlight` counts requests still being handled (the stats request itself included), so a
    test can wait for requests a client gave up on."""
    admin.post("/_sandbox/faults", json={"latency_ms": 800})
    try:
        with sandbox.client() as c, ThreadPoolExecutor(2) as pool:
            slow = [pool.submit(c.get, f"{OR}/users/", params={"limit": 1}) for _ in range(2)]
            deadline = time.monotonic() + 5
            while admin.get("/_sandbox/stats").json()["inFlight"] < 3:
                assert time.monotonic() < deadline
                time.sleep(0.02)
            assert [f.result().status_code for f in slow] == [200, 200]
    finally:
        admin.post("/_sandbox/faults", json={"reset": True})
    assert admin.get("/_sandbox/stats").json()["inFlight"] == 1


def test_request_body_cap(client: httpx.Client) -> None:
    r = client.post(
        f"{OR}/users/",
        content=b"x" * (10 * 1024 * 1024 + 1),
        headers={"Content-Type": "application/json"},
    )
    assert r.status_code == 413
