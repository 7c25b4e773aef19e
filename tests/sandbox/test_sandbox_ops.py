"""The operations the sandbox implemented last (CASE package with groups, QTI item metadata,
feedback and batch validation), the live profile's Mongo ``_id`` on QTI records, and request
validation with full JSON Schema 2020-12 — all over loopback against a real sandbox process."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import uuid
from typing import Any

import httpx
import pytest

from timeback_gen import Timeback
from timeback_gen.sandbox import qti
from timeback_gen.sandbox.context import Context
from timeback_gen.sandbox.faults import Faults
from timeback_gen.sandbox.process import SandboxProcess
from timeback_gen.sandbox.store import Store
from timeback_gen.sandbox.web import Request

OR = "/ims/oneroster/rostering/v1p2"
CASE = "/ims/case/v1p1"
QTI = "/qti/api"
OBJECT_ID = re.compile(r"^[0-9a-f]{24}$")


def uid(prefix: str = "x") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def item_body(ident: str, **extra: Any) -> dict[str, Any]:
    return {
        "identifier": ident,
        "title": "Two plus two",
        "type": "choice",
        "responseDeclarations": [
            {
                "identifier": "RESPONSE",
                "cardinality": "single",
                "baseType": "identifier",
                "correctResponse": {"value": ["B"]},
            }
        ],
        **extra,
    }


def item_xml(ident: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" '
        f'identifier="{ident}" title="XML item" adaptive="false" time-dependent="false">'
        '<qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier">'
        "<qti-correct-response><qti-value>A</qti-value></qti-correct-response>"
        "</qti-response-declaration><qti-item-body/></qti-assessment-item>"
    )


def create_item(client: httpx.Client, body: dict[str, Any]) -> dict[str, Any]:
    r = client.post(f"{QTI}/assessment-items", json=body)
    assert r.status_code == 201, r.text
    data: dict[str, Any] = r.json()
    return data


# --------------------------------------------------------------------------- CASE


def test_cf_package_with_groups_answers_the_stored_tree_grouped_by_item_type(
    client: httpx.Client,
) -> None:
    doc, domain, s1, s2, cluster, loose = (str(uuid.uuid4()) for _ in range(6))
    now = "2025-01-01T00:00:00Z"

    def item(ident: str, item_type: str, statement: str) -> dict[str, Any]:
        return {
            "identifier": ident,
            "uri": f"https://case.example.com/{ident}",
            "lastChangeDateTime": now,
            "fullStatement": statement,
            "CFItemType": item_type,
        }

    def child_of(child: str, parent: str, seq: int | None = None) -> dict[str, Any]:
        ident = str(uuid.uuid4())
        assoc: dict[str, Any] = {
            "identifier": ident,
            "uri": f"https://case.example.com/{ident}",
            "lastChangeDateTime": now,
            "associationType": "isChildOf",
            "originNodeURI": {"title": "c", "identifier": child, "uri": f"urn:{child}"},
            "destinationNodeURI": {"title": "p", "identifier": parent, "uri": f"urn:{parent}"},
        }
        if seq is not None:
            assoc["sequenceNumber"] = seq
        return assoc

    package = {
        "CFDocument": {
            "identifier": doc,
            "uri": f"https://case.example.com/{doc}",
            "lastChangeDateTime": now,
            "title": "Math",
            "creator": "Me",
        },
        "CFItems": [
            item(domain, "Domain", "Operations"),
            item(s1, "Standard", "Add within 10"),
            item(s2, "Standard", "Add within 5"),
            item(cluster, "Cluster", "Addition"),
            item(loose, "Standard", "Count to 100"),
        ],
        "CFAssociations": [
            child_of(domain, doc),
            child_of(s1, domain, 2),
            child_of(s2, domain, 1),  # sequenceNumber puts it before s1
            child_of(cluster, domain),
        ],
    }
    r = client.post(f"{CASE}/CFPackages", json=package)
    assert r.status_code == 201, r.text

    r = client.get(f"{CASE}/CFPackages/{doc}/groups")
    assert r.status_code == 200, r.text
    got = r.json()["CFPackageWithGroups"]
    assert got["sourcedId"] == doc and got["CFDocument"]["title"] == "Math"
    top = got["structuredContent"]
    assert sorted(top) == ["Domain", "Standard"]
    assert [i["sourcedId"] for i in top["Standard"]] == [loose]  # no parent: a root
    (dom,) = top["Domain"]
    assert dom["sourcedId"] == domain and dom["fullStatement"] == "Operations"
    assert [i["sourcedId"] for i in dom["childGroups"]["Standard"]] == [s2, s1]
    assert [i["sourcedId"] for i in dom["childGroups"]["Cluster"]] == [cluster]
    assert dom["childGroups"]["Standard"][0]["childGroups"] == {}

    assert client.get(f"{CASE}/CFPackages/{uuid.uuid4()}/groups").status_code == 404


# --------------------------------------------------------------------------- QTI metadata


def test_update_metadata_merges_into_the_stored_item(client: httpx.Client) -> None:
    ident = uid("meta")
    create_item(client, item_body(ident, metadata={"subject": "Math", "humanApproved": True}))
    r = client.post(
        f"{QTI}/assessment-items/metadata",
        json=item_body(ident, metadata={"humanApproved": False, "grade": "5"}),
    )
    assert r.status_code == 201, r.text
    want = {"subject": "Math", "humanApproved": False, "grade": "5"}
    assert r.json()["metadata"] == want
    stored = client.get(f"{QTI}/assessment-items/{ident}").json()
    assert stored["metadata"] == want
    assert stored["responseDeclarations"][0]["correctResponse"]["value"] == ["B"]

    # the XML form names the item by its root's identifier
    xml_ident = uid("metaxml")
    r = client.post(
        f"{QTI}/assessment-items",
        content=item_xml(xml_ident),
        headers={"Content-Type": "application/xml"},
    )
    assert r.status_code == 201, r.text
    r = client.post(
        f"{QTI}/assessment-items/metadata",
        json={"format": "xml", "xml": item_xml(xml_ident), "metadata": {"difficulty": "hard"}},
    )
    assert r.status_code == 201, r.text
    assert client.get(f"{QTI}/assessment-items/{xml_ident}").json()["metadata"] == {
        "difficulty": "hard"
    }

    r = client.post(f"{QTI}/assessment-items/metadata", json=item_body(uid("none")))
    assert r.status_code == 404 and "error" in r.json()
    r = client.post(f"{QTI}/assessment-items/metadata", json={"identifier": ident})
    assert r.status_code == 400 and "title" in r.json()["details"]


# --------------------------------------------------------------------------- QTI feedback


def test_feedback_create_list_by_lesson_delete(client: httpx.Client) -> None:
    lesson, other = uid("lesson"), uid("lesson")
    q = client.post(
        f"{QTI}/question",
        json={"questionId": "q-1", "userId": "u-1", "feedback": "typo in B", "lessonId": lesson},
    )
    assert q.status_code == 201, q.text
    question = q.json()
    assert question["type"] == "QUESTION" and question["humanApproved"] is False
    le = client.post(
        f"{QTI}/lesson",
        json={"userId": "u-2", "feedback": "too long", "lessonId": lesson, "humanApproved": True},
    )
    assert le.status_code == 201, le.text
    assert le.json()["type"] == "LESSON"
    client.post(f"{QTI}/lesson", json={"userId": "u-3", "feedback": "ok", "lessonId": other})

    listed = client.get(f"{QTI}/lesson/{lesson}")
    assert listed.status_code == 200
    assert [(f["userId"], f["type"]) for f in listed.json()] == [
        ("u-1", "QUESTION"),
        ("u-2", "LESSON"),
    ]
    assert client.get(f"{QTI}/lesson/{uid('empty')}").json() == []

    r = client.delete(f"{QTI}/{question['id']}")
    assert r.status_code == 200 and "message" in r.json()
    assert [f["userId"] for f in client.get(f"{QTI}/lesson/{lesson}").json()] == ["u-2"]
    again = client.delete(f"{QTI}/{question['id']}")
    assert again.status_code == 404 and again.json()["error"] == "Feedback not found"

    missing = client.post(f"{QTI}/question", json={"feedback": "x", "lessonId": lesson})
    assert missing.status_code == 400 and "userId" in missing.json()["details"]


# --------------------------------------------------------------------------- QTI batch validation


def test_validate_batch_reports_a_verdict_per_xml(client: httpx.Client) -> None:
    good = uid("good")
    broken = (
        item_xml(uid("bad"))
        .replace("</qti-item-body>", "")
        .replace("<qti-item-body/>", "<qti-item-body>")
    )
    stimulus = (
        '<qti-assessment-stimulus xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" '
        'identifier="st" title="s"><qti-stimulus-body/></qti-assessment-stimulus>'
    )
    r = client.post(
        f"{QTI}/validate/batch",
        json={"schema": "item", "xml": [item_xml(good), broken, stimulus], "entityIds": []},
    )
    assert r.status_code == 200, r.text
    ok, bad, wrong_root = r.json()["results"]
    assert (ok["success"], ok["entityId"], ok["validationErrors"]) == ("true", good, [])
    assert ok["message"] == "Valid XML" and ok["xmlContent"] == item_xml(good)
    assert bad["success"] == "false" and re.match(
        r"line \d+, column \d+: ", bad["validationErrors"][0]
    )
    assert bad["entityId"]  # generated when the XML names none that can be read
    assert wrong_root["success"] == "false"
    assert "expected <qti-assessment-item>" in wrong_root["validationErrors"][0]

    stored = uid("stored")
    create_item(client, item_body(stored))
    r = client.post(
        f"{QTI}/validate/batch",
        json={"schema": "item", "xml": ["ignored"], "entityIds": [stored]},
    )
    assert r.status_code == 200, r.text
    (only,) = r.json()["results"]
    assert only["success"] == "true" and only["entityId"] == stored
    assert only["xmlContent"].startswith("<?xml") and f'identifier="{stored}"' in only["xmlContent"]

    r = client.post(
        f"{QTI}/validate/batch",
        json={"schema": "item", "xml": [], "entityIds": [stored, "nope"]},
    )
    assert r.status_code == 404
    assert r.json() == {
        "success": False,
        "entityId": "nope",
        "error": "Entity not found",
        "message": "no item 'nope'",
    }
    r = client.post(f"{QTI}/validate/batch", json={"schema": "essay", "xml": [], "entityIds": []})
    assert r.status_code == 400 and "schema" in r.json()["details"]


# --------------------------------------------------------------------------- live `_id`


def test_live_profile_qti_records_carry_a_stable_mongo_id(
    client: httpx.Client, sandbox: SandboxProcess
) -> None:
    ident = uid("live")
    created = create_item(client, item_body(ident))
    oid = created["_id"]
    assert OBJECT_ID.match(oid)
    # read-modify-write (the document's update requires the whole record back): the `_id` the
    # body carries, even another one, does not replace the record's
    record = client.get(f"{QTI}/assessment-items/{ident}").json()
    r = client.put(
        f"{QTI}/assessment-items/{ident}", json={**record, "title": "Renamed", "_id": "0" * 24}
    )
    assert r.status_code == 200, r.text
    assert r.json()["_id"] == oid and r.json()["title"] == "Renamed"
    assert client.get(f"{QTI}/assessment-items/{ident}").json()["_id"] == oid
    found = client.get(f"{QTI}/assessment-items", params={"query": ident}).json()["items"]
    assert [(i["identifier"], i["_id"]) for i in found] == [(ident, oid)]
    by_id = client.get(f"{QTI}/assessment-items", params={"filter": f"_id='{oid}'"}).json()
    assert [i["identifier"] for i in by_id["items"]] == [ident]

    test_id, stim_id = uid("t"), uid("s")
    test = client.post(
        f"{QTI}/assessment-tests", json={"identifier": test_id, "title": "T", "qti-test-part": []}
    )
    assert test.status_code == 201, test.text
    test_oid = test.json()["_id"]
    part = {
        "identifier": "p1",
        "navigationMode": "linear",
        "submissionMode": "individual",
        "qti-assessment-section": [],
    }
    assert client.post(f"{QTI}/assessment-tests/{test_id}/test-parts", json=part).status_code == 201
    assert client.get(f"{QTI}/assessment-tests/{test_id}").json()["_id"] == test_oid
    stim = client.post(
        f"{QTI}/stimuli", json={"identifier": stim_id, "title": "S", "content": "<p>Read</p>"}
    )
    assert stim.status_code == 201, stim.text
    assert OBJECT_ID.match(stim.json()["_id"]) and stim.json()["_id"] not in (oid, test_oid)

    # the typed client reads the record and keeps the undocumented key
    with Timeback.for_sandbox(sandbox.url) as tb:
        item = tb.qti.get_assessment_item(ident)
        assert item.identifier == ident and item.additional_properties["_id"] == oid
        page = tb.qti.search_assessment_items(query=ident)
        assert [i.additional_properties["_id"] for i in page.items] == [oid]


def test_qti_records_keep_the_platforms_xml_to_json_shape() -> None:
    """What qti.py stores and answers, before the app's document-conform step (which the live
    profile is to skip): one child element is an object, several an array, attribute names
    as written in the XML."""
    store = Store()
    try:
        handle = qti.handlers(Context(store, Faults()))
        ident = uid("shape")
        xml_headers = {"content-type": "application/xml"}
        created = handle["createAssessmentItem"](
            Request("POST", "/assessment-items", {}, xml_headers, item_xml(ident).encode())
        )
        assert created.status == 201
        got = handle["getAssessmentItem"](
            Request("GET", "/x", {}, {}, params={"identifier": ident})
        )
        item = json.loads(got.body)
        decl = item["content"]["qti-assessment-item"]["qti-response-declaration"]
        assert decl["_attributes"]["base-type"] == "identifier" and "baseType" not in decl
        assert decl["qti-correct-response"] == {"qti-value": {"_": "A"}}
        assert OBJECT_ID.match(item["_id"])
        stim = {"identifier": uid("s"), "title": "S", "content": "<p>One</p><p>Two</p>"}
        r = handle["createStimulus"](Request("POST", "/stimuli", {}, {}, json.dumps(stim).encode()))
        content = json.loads(r.body)["content"]["qti-assessment-stimulus"]
        assert content["qti-stimulus-body"] == {"p": [{"_": "One"}, {"_": "Two"}]}
        assert content["_attributes"]["xsi:schemaLocation"].startswith("http://www.imsglobal.org/")
        html = {"identifier": uid("s"), "title": "S", "content": "Line<br>next"}  # not XML
        r = handle["createStimulus"](Request("POST", "/stimuli", {}, {}, json.dumps(html).encode()))
        assert r.status == 201
        body = json.loads(r.body)["content"]["qti-assessment-stimulus"]["qti-stimulus-body"]
        assert body == {"_": "Line<br>next"}
    finally:
        store.close()


def test_document_profile_has_no_mongo_id(sandbox_factory: type[SandboxProcess]) -> None:
    proc = sandbox_factory("--profile", "document")
    try:
        with proc.client() as client:
            ident = uid("doc")
            assert "_id" not in create_item(client, item_body(ident))
            assert "_id" not in client.get(f"{QTI}/assessment-items/{ident}").json()
            test = client.post(
                f"{QTI}/assessment-tests",
                json={"identifier": ident, "title": "T", "qti-test-part": []},
            )
            assert test.status_code == 201 and "_id" not in test.json()
            fb = client.post(
                f"{QTI}/lesson", json={"userId": "u", "feedback": "f", "lessonId": "l"}
            )
            assert fb.status_code == 201 and "_id" not in fb.json() and fb.json()["id"]
    finally:
        assert proc.stop() == 0, "".join(proc.output)


# --------------------------------------------------------------------------- JSON Schema 2020-12


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        # `pattern` on the birth date
        (
            f"{OR}/demographics/",
            {"demographics": {"sourcedId": "d-x", "status": "active", "birthDate": "2010/01/02"}},
            "demographics.birthDate",
        ),
        # `minItems: 1` on a user's roles
        (
            f"{OR}/users/",
            {
                "user": {
                    "sourcedId": "u-x",
                    "status": "active",
                    "enabledUser": True,
                    "givenName": "A",
                    "familyName": "B",
                    "email": "a@example.com",
                    "roles": [],
                }
            },
            "user.roles",
        ),
        # `minLength: 1` on a sourcedId
        (
            f"{OR}/classes/",
            {
                "class": {
                    "sourcedId": "",
                    "status": "active",
                    "title": "C",
                    "course": {"sourcedId": "c"},
                    "org": {"sourcedId": "o"},
                    "terms": [{"sourcedId": "t"}],
                }
            },
            "class.sourcedId",
        ),
    ],
)
def test_validation_applies_the_schema_keywords_beyond_type_and_required(
    client: httpx.Client, path: str, body: dict[str, Any], field: str
) -> None:
    r = client.post(path, json=body)
    assert r.status_code == 422, r.text
    error = r.json()
    assert error["imsx_codeMajor"] == "failure"
    names = [f["imsx_codeMinorFieldName"] for f in error["imsx_CodeMinor"]["imsx_codeMinorField"]]
    assert names == [field]


def test_qti_validation_applies_exclusive_minimum(client: httpx.Client) -> None:
    test_id = uid("t")
    assert (
        client.post(
            f"{QTI}/assessment-tests",
            json={"identifier": test_id, "title": "T", "qti-test-part": []},
        ).status_code
        == 201
    )
    part = {
        "identifier": "p1",
        "navigationMode": "linear",
        "submissionMode": "individual",
        "qti-assessment-section": [],
    }
    assert client.post(f"{QTI}/assessment-tests/{test_id}/test-parts", json=part).status_code == 201
    r = client.post(
        f"{QTI}/assessment-tests/{test_id}/test-parts/p1/sections",
        json={"identifier": "s1", "title": "S", "visible": True, "sequence": 0},
    )
    assert r.status_code == 400 and r.json()["details"].startswith("sequence:")


def test_jsonschema_is_loaded_by_the_sandbox_only() -> None:
    """A core dependency, yet ``import timeback_gen`` (and a client) does not pay for it."""
    code = (
        "import sys\n"
        "from timeback_gen import Timeback\n"
        "Timeback.for_sandbox('http://127.0.0.1:9').close()\n"
        "assert 'jsonschema' not in sys.modules\n"
        "import timeback_gen.sandbox.validation\n"
        "assert 'jsonschema' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
