"""The sandbox as the live platform's twin, checked with raw httpx over loopback: what the platform
is known to do (``../shared/specs/README.md``, field notes) and what ``--profile document`` turns
off. The client's side of the same behaviour is at the end: its retries absorb the 429s."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import anyio
import httpx
import pytest

from timeback_gen import AsyncTimeback, Timeback
from timeback_gen.sandbox.process import SandboxProcess

from .conftest import CHOICE_XML

pytestmark = pytest.mark.sandbox

USERS = "/ims/oneroster/rostering/v1p2/users/"
CLASSES = "/ims/oneroster/rostering/v1p2/classes/"


def uid(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def new_user(sid: str, **extra: Any) -> dict[str, Any]:
    body = {
        "sourcedId": sid,
        "status": "active",
        "enabledUser": True,
        "givenName": "Ann",
        "familyName": "Smith",
        "email": f"{sid}@example.com",
        "roles": [{"roleType": "primary", "role": "student", "org": {"sourcedId": "org-1"}}],
    }
    body.update(extra)
    return {"user": body}


@pytest.fixture(scope="module")
def limited() -> Iterator[SandboxProcess]:
    """A sandbox with the platform's in-flight limit and 50 ms latency, so requests overlap."""
    proc = SandboxProcess("--latency-ms", "50")
    try:
        yield proc
    finally:
        assert proc.stop() == 0, "".join(proc.output)


@pytest.fixture(scope="module")
def document() -> Iterator[SandboxProcess]:
    proc = SandboxProcess("--profile", "document")
    try:
        yield proc
    finally:
        assert proc.stop() == 0, "".join(proc.output)


# -- records as stored ---------------------------------------------------------------------------


def test_a_user_is_answered_as_it_was_stored(client: httpx.Client) -> None:
    sid = uid("live")
    assert client.post(USERS, json=new_user(sid)).status_code == 201
    got = client.get(USERS + sid).json()["user"]
    assert got["enabledUser"] is True  # a JSON boolean, as sent (the document says 'true')
    assert "userProfiles" not in got and "agents" not in got  # nothing invented
    # server-set fields as the platform sets them; references with href, sourcedId and type
    assert got["status"] == "active" and got["dateLastModified"].endswith("Z")
    org = got["roles"][0]["org"]
    assert org["sourcedId"] == "org-1" and org["type"] == "org"
    assert org["href"].endswith("/ims/oneroster/rostering/v1p2/orgs/org-1")
    listed = client.get(USERS, params={"filter": f"sourcedId='{sid}'"}).json()["users"]
    assert listed == [got]


def test_document_profile_shapes_answers_as_the_document_promises(document: SandboxProcess) -> None:
    sid, cid = uid("doc"), uid("class")
    with document.client() as c:
        assert c.post(USERS, json=new_user(sid, enabledUser="false")).status_code == 201
        got = c.get(USERS + sid).json()["user"]
        klass = {
            "sourcedId": cid,
            "status": "active",
            "title": "Maths",
            "course": {"sourcedId": "c"},
        }
        klass |= {"org": {"sourcedId": "org-1"}, "terms": [{"sourcedId": "t"}]}
        assert c.post(CLASSES, json={"class": klass}).status_code == 201
        got_class = c.get(CLASSES + cid).json()["class"]
    assert got["enabledUser"] is False  # the boolean the (overlaid) response schema promises
    assert got_class["classCode"] is None and got_class["location"] is None  # filled in


def test_live_profile_invents_no_property(client: httpx.Client) -> None:
    cid = uid("class")
    klass = {"sourcedId": cid, "status": "active", "title": "Maths", "course": {"sourcedId": "c"}}
    klass |= {"org": {"sourcedId": "org-1"}, "terms": [{"sourcedId": "t"}]}
    assert client.post(CLASSES, json={"class": klass}).status_code == 201
    got = client.get(CLASSES + cid).json()["class"]
    assert "classCode" not in got and "location" not in got
    assert got["school"]["sourcedId"] == "org-1"  # the platform's name for the class's org


def test_a_value_keeps_its_json_type(client: httpx.Client) -> None:
    sid = uid("types")
    body = new_user(sid, enabledUser="false", metadata={"grade": 7, "tags": ["a"]})
    assert client.post(USERS, json=body).status_code == 201
    got = client.get(USERS + sid).json()["user"]
    assert got["enabledUser"] == "false"
    assert got["metadata"] == {"grade": 7, "tags": ["a"]}


# -- paths and limits ----------------------------------------------------------------------------


def test_a_top_level_collection_needs_its_trailing_slash(client: httpx.Client) -> None:
    r = client.get(USERS.rstrip("/"))
    assert r.status_code == 404
    assert "trailing slash" in r.json()["imsx_description"]
    assert client.get("/ims/oneroster/rostering/v1p2/academicSessions").status_code == 404
    assert client.get("/ims/oneroster/rostering/v1p2/academicSessions/").status_code == 200
    assert client.post(USERS.rstrip("/"), json=new_user(uid("slash"))).status_code == 404


def test_document_profile_accepts_the_path_without_the_slash(document: SandboxProcess) -> None:
    with document.client() as c:
        assert c.get(USERS.rstrip("/")).status_code == 200


def test_limit_over_3000_is_a_bad_request(client: httpx.Client) -> None:
    r = client.get(USERS, params={"limit": 3001})
    assert r.status_code == 400
    assert r.json()["imsx_codeMajor"] == "failure" and "limit" in r.json()["imsx_description"]
    assert client.get(USERS, params={"limit": 3000}).status_code == 200


def test_put_replaces_the_whole_record(client: httpx.Client) -> None:
    sid = uid("put")
    client.post(USERS, json=new_user(sid, middleName="Q", metadata={"k": 1}))
    replaced = new_user(sid, givenName="Bea")
    assert client.put(USERS + sid, json=replaced).status_code in (200, 201)
    got = client.get(USERS + sid).json()["user"]
    assert got["givenName"] == "Bea" and "middleName" not in got and "metadata" not in got


def test_duplicate_and_soft_deleted_creates_conflict(client: httpx.Client) -> None:
    sid = uid("dup")
    assert client.post(USERS, json=new_user(sid)).status_code == 201
    assert client.post(USERS, json=new_user(sid)).status_code == 409
    assert client.delete(USERS + sid).status_code in (200, 204)
    again = client.post(USERS, json=new_user(sid))
    assert again.status_code == 409 and "deleted" in again.json()["imsx_description"]


# -- the in-flight limit -------------------------------------------------------------------------


def test_more_than_ten_in_flight_per_client_answer_429(limited: SandboxProcess) -> None:
    limited.admin("/_sandbox/reset", {})
    barrier = threading.Barrier(30)
    with limited.client(limits=httpx.Limits(max_connections=30)) as c:

        def one(_: int) -> httpx.Response:
            barrier.wait(10)
            return c.get(USERS, params={"limit": 1})

        with ThreadPoolExecutor(30) as pool:
            answers = list(pool.map(one, range(30)))
    statuses = [r.status_code for r in answers]
    assert statuses.count(429) >= 1 and statuses.count(200) >= 10
    assert all(s in (200, 429) for s in statuses)
    rejected = next(r for r in answers if r.status_code == 429)
    assert rejected.headers["Retry-After"] == "1"
    assert "in flight" in rejected.json()["imsx_description"]
    assert limited.admin("/_sandbox/stats")["rejectedInFlight"] == statuses.count(429)


def test_the_client_retries_absorb_the_429s(limited: SandboxProcess) -> None:
    limited.admin("/_sandbox/reset", {})
    with Timeback.for_sandbox(limited.url, max_retries=5) as tb, ThreadPoolExecutor(30) as pool:
        pages = list(pool.map(lambda _: tb.oneroster.rostering.get_all_users(limit=1), range(30)))
    assert len(pages) == 30
    stats = limited.admin("/_sandbox/stats")
    assert stats["rejectedInFlight"] >= 1  # the platform's limit was hit ...
    assert stats["statuses"]["200"] >= 30  # ... and every call still succeeded


def test_a_client_that_holds_to_ten_never_sees_a_429(limited: SandboxProcess) -> None:
    """Counted exactly: a request leaves the count before its answer's last byte is written."""
    limited.admin("/_sandbox/reset", {})

    async def main() -> None:
        async with AsyncTimeback.for_sandbox(limited.url, max_retries=0) as atb:
            assert atb.settings.max_concurrency == 10
            async with anyio.create_task_group() as tg:
                for _ in range(120):
                    tg.start_soon(lambda: atb.oneroster.rostering.get_all_users(limit=1))

    anyio.run(main)
    stats = limited.admin("/_sandbox/stats")
    assert stats["rejectedInFlight"] == 0 and "429" not in stats["statuses"]
    assert stats["requests"]["GET oneroster:getAllUsers"] == 120


def test_the_limit_can_be_turned_off(sandbox_factory: type[SandboxProcess]) -> None:
    proc = sandbox_factory("--max-in-flight", "0", "--latency-ms", "50")
    try:
        barrier = threading.Barrier(20)
        with proc.client(limits=httpx.Limits(max_connections=20)) as c:

            def one(_: int) -> int:
                barrier.wait(10)
                return c.get(USERS, params={"limit": 1}).status_code

            with ThreadPoolExecutor(20) as pool:
                assert set(pool.map(one, range(20))) == {200}
    finally:
        assert proc.stop() == 0


# -- QTI: XML as JSON, the platform's way --------------------------------------------------------


def _qti_item(c: httpx.Client) -> dict[str, Any]:
    ident = uid("xml")
    r = c.post(
        "/qti/api/assessment-items",
        content=CHOICE_XML.format(ident=ident),
        headers={"content-type": "application/xml"},
    )
    assert r.status_code == 201, r.text
    got = c.get(f"/qti/api/assessment-items/{ident}").json()
    assert isinstance(got, dict)
    return got


def test_qti_answers_lone_children_as_objects_with_xml_spellings(client: httpx.Client) -> None:
    item = _qti_item(client)
    content = item["content"]["qti-assessment-item"]
    decl = content["qti-response-declaration"]
    assert isinstance(decl, dict)  # one child element: an object (the document promises an array)
    assert decl["_attributes"]["base-type"] == "identifier" and "baseType" not in decl
    choices = content["qti-item-body"]["qti-choice-interaction"]["qti-simple-choice"]
    assert isinstance(choices, list) and len(choices) == 2  # several: an array
    assert len(item["_id"]) == 24  # the platform's undocumented Mongo id


def test_document_profile_answers_qti_children_as_arrays(document: SandboxProcess) -> None:
    with document.client() as c:
        item = _qti_item(c)
    decl = item["content"]["qti-assessment-item"]["qti-response-declaration"]
    assert isinstance(decl, list) and decl[0]["_attributes"]["baseType"] == "identifier"
    assert "_id" not in item


def test_the_client_reads_the_live_qti_shape(sandbox: SandboxProcess, client: httpx.Client) -> None:
    ident = _qti_item(client)["identifier"]
    with Timeback.for_sandbox(sandbox.url) as tb:
        item = tb.qti.get_assessment_item(ident)
    assert item.identifier == ident
    assert item.additional_properties["_id"]
