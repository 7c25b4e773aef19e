"""Bodies shaped the way the live platform is known to answer (../shared/specs/README.md), read
through the client as a user would: they parse, keep every value, report their drift, and fail
only in strict mode."""

from __future__ import annotations

import copy
import logging
from typing import Any

import httpx
import pytest
from _timeback_gen.oneroster.types import UNSET

from timeback_gen import Timeback, raw
from timeback_gen.errors import ResponseValidationError

TOKEN = {"access_token": "t", "token_type": "Bearer", "expires_in": 3600}

# The user object printed in the timeback-client README: enabledUser a JSON boolean, no
# userProfiles, no agents.
README_USER: dict[str, Any] = {
    "sourcedId": "u1",
    "status": "active",
    "dateLastModified": "2025-03-14T12:07:50.211Z",
    "enabledUser": True,
    "givenName": "John",
    "familyName": "Doe",
    "email": "john.doe@example.org",
    "roles": [
        {
            "roleType": "primary",
            "role": "student",
            "org": {"href": "https://h/orgs/o1", "sourcedId": "o1", "type": "org"},
        }
    ],
}


class Platform:
    """A scripted platform over MockTransport: answers by path suffix, counts requests."""

    def __init__(self, routes: dict[tuple[str, str], Any]) -> None:
        self.routes = routes
        self.calls: list[tuple[str, str]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/oauth2/token"):
            return httpx.Response(200, json=TOKEN)
        self.calls.append((request.method, request.url.path))
        for (method, suffix), answer in self.routes.items():
            if request.method == method and request.url.path.endswith(suffix):
                return answer(request) if callable(answer) else answer
        return httpx.Response(404, json={"imsx_description": "no route"})


def client(platform: Platform, **kwargs: Any) -> Timeback:
    return Timeback(
        client_id="cid",
        client_secret="secret",
        max_retries=2,
        transport=httpx.MockTransport(platform),
        **kwargs,
    )


def same_instant(a: str, b: str) -> bool:
    from datetime import datetime

    return datetime.fromisoformat(a) == datetime.fromisoformat(b)


def test_the_readme_user_object_reads_and_round_trips() -> None:
    platform = Platform({("GET", "/users/u1"): httpx.Response(200, json={"user": README_USER})})
    with client(platform) as tb:
        user = tb.oneroster.rostering.get_user("u1").user
        assert user.enabled_user is True
        assert user.given_name == "John" and user.roles[0].org.sourced_id == "o1"
        assert user.user_profiles is UNSET and user.agents is UNSET
        back = user.to_dict()
        assert same_instant(back.pop("dateLastModified"), README_USER["dateLastModified"])
        assert back == {k: v for k, v in README_USER.items() if k != "dateLastModified"}


def test_a_page_of_live_users_reads_and_paginate_walks_it() -> None:
    users = []
    for i in range(250):
        u = copy.deepcopy(README_USER)
        u["sourcedId"] = f"u{i}"
        users.append(u)

    def page(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params["offset"])
        limit = int(request.url.params["limit"])
        return httpx.Response(
            200, json={"users": users[offset : offset + limit], "totalCount": len(users)}
        )

    platform = Platform({("GET", "/users/"): page})
    with client(platform) as tb:
        got = [
            u.sourced_id for u in tb.paginate(tb.oneroster.rostering.get_all_users, page_size=100)
        ]
    assert got == [u["sourcedId"] for u in users]


def test_an_extension_role_is_kept_as_the_string_it_is() -> None:
    body = copy.deepcopy(README_USER)
    body["roles"][0]["role"] = "ext:coach"
    platform = Platform({("GET", "/users/u1"): httpx.Response(200, json={"user": body})})
    with client(platform) as tb:
        result = raw(tb.oneroster.rostering.get_user)("u1")
        assert result.parsed.user.roles[0].role == "ext:coach"
        assert result.parsed.user.to_dict()["roles"] == body["roles"]
        kinds = {(d.path, d.kind) for d in result.drift}
        assert ("$.user.roles[*].role", "enum") in kinds


def test_drift_is_logged_once_counted_and_passed_on_without_values(
    caplog: pytest.LogCaptureFixture,
) -> None:
    seen: list[Any] = []
    body = copy.deepcopy(README_USER)
    body["givenName"] = 12345  # another JSON type: kept, reported by type only
    platform = Platform({("GET", "/users/u1"): httpx.Response(200, json={"user": body})})
    with (
        caplog.at_level(logging.WARNING, logger="timeback_gen.drift"),
        client(platform, on_drift=seen.append) as tb,
    ):
        for _ in range(3):
            assert tb.oneroster.rostering.get_user("u1").user.given_name == 12345
        report = {(r.path, r.kind): r.count for r in tb.drift_report()}
    assert report == {("$.user.givenName", "type"): 3}
    lines = [r.getMessage() for r in caplog.records if "$.user.givenName" in r.getMessage()]
    assert len(lines) == 1 and "got integer" in lines[0]
    assert not any("12345" in r.getMessage() or "John" in r.getMessage() for r in caplog.records)
    assert [d.path for d in seen] == ["$.user.givenName"] * 3


def test_the_readme_user_fits_the_overlaid_document_exactly() -> None:
    # The evidence overlays (specs/overlays/oneroster.yaml) make the models tell the truth:
    # a boolean enabledUser, no userProfiles or agents required. So strict mode accepts it.
    platform = Platform({("GET", "/users/u1"): httpx.Response(200, json={"user": README_USER})})
    with client(platform, strict=True) as tb:
        assert tb.oneroster.rostering.get_user("u1").user.enabled_user is True
        assert tb.drift_report() == []


def test_enabled_user_as_text_reads_as_a_boolean_and_is_reported() -> None:
    body = {**README_USER, "enabledUser": "false"}
    platform = Platform({("GET", "/users/u1"): httpx.Response(200, json={"user": body})})
    with client(platform) as tb:
        result = raw(tb.oneroster.rostering.get_user)("u1")
    assert result.parsed.user.enabled_user is False
    assert [(d.path, d.kind, d.got) for d in result.drift] == [
        ("$.user.enabledUser", "type", "string")
    ]


def test_strict_mode_refuses_live_shapes(monkeypatch: pytest.MonkeyPatch) -> None:
    body = copy.deepcopy(README_USER)
    body["roles"][0]["role"] = "ext:coach"
    platform = Platform({("GET", "/users/u1"): httpx.Response(200, json={"user": body})})
    with client(platform, strict=True) as tb, pytest.raises(ResponseValidationError) as info:
        tb.oneroster.rostering.get_user("u1")
    assert "strict mode" in str(info.value) and info.value.drift
    monkeypatch.setenv("TIMEBACK_STRICT", "1")
    with client(platform) as tb, pytest.raises(ResponseValidationError):
        tb.oneroster.rostering.get_user("u1")


def qti_item(**changes: Any) -> dict[str, Any]:
    """A QTI item as the QTI API answers it (XML turned into JSON, Mongo `_id` keys)."""
    item: dict[str, Any] = {
        "_id": "665f1c0e",
        "identifier": "item-1",
        "title": "Fractions 1",
        "type": "choice",
        "qtiVersion": "3.0",
        "timeDependent": False,
        "adaptive": False,
        "rawXml": "<qti-assessment-item identifier='item-1'/>",
        "content": {
            "qti-assessment-item": {
                "_attributes": {
                    "xmlns": "http://www.imsglobal.org/xsd/imsqtiasi_v3p0",
                    "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
                    "xsi:schemaLocation": "http://www.imsglobal.org/xsd/imsqtiasi_v3p0 x.xsd",
                    "identifier": "item-1",
                    "title": "Fractions 1",
                    "adaptive": "false",
                    "time-dependent": "false",
                },
            }
        },
        "responseDeclarations": [
            {"identifier": "RESPONSE", "cardinality": "single", "baseType": "identifier"}
        ],
        "createdAt": "2025-05-01T10:00:00.000Z",
        "updatedAt": "2025-05-01T10:00:00.000Z",
    }
    item.update(changes)
    return item


def test_a_qti_item_with_one_response_declaration_reads_it_as_a_list() -> None:
    lone = qti_item()
    lone["responseDeclarations"] = lone["responseDeclarations"][0]  # one child: an object
    platform = Platform({("GET", "/assessment-items/item-1"): httpx.Response(200, json=lone)})
    with client(platform) as tb:
        result = raw(tb.qti.get_assessment_item)("item-1")
    item = result.parsed
    assert [d.identifier for d in item.response_declarations] == ["RESPONSE"]
    assert item["_id"] == "665f1c0e"
    assert ("$.responseDeclarations", "single") in {(d.path, d.kind) for d in result.drift}


def test_a_create_whose_answer_drifts_is_a_success_sent_once() -> None:
    created = qti_item()
    del created["content"]["qti-assessment-item"]["_attributes"]["xmlns:xsi"]
    store: dict[str, Any] = {}

    def create(request: httpx.Request) -> httpx.Response:
        if "item-1" in store:
            return httpx.Response(409, json={"imsx_description": "exists"})
        store["item-1"] = created
        return httpx.Response(201, json=created)

    platform = Platform({("POST", "/assessment-items"): create})
    with client(platform) as tb:
        item = tb.qti.create_assessment_item(
            body={"format": "xml", "xml": "<qti-assessment-item/>"}
        )
        assert item.identifier == "item-1"
        drift = {(r.path, r.kind) for r in tb.drift_report()}
    assert [method for method, _ in platform.calls] == ["POST"]  # no retry, so no 409
    assert ("$.content.qti-assessment-item._attributes.xmlns:xsi", "missing") in drift
    with (
        client(
            Platform({("POST", "/assessment-items"): httpx.Response(201, json=created)}),
            strict=True,
        ) as tb,
        pytest.raises(ResponseValidationError),
    ):
        tb.qti.create_assessment_item(body={"format": "xml", "xml": "<qti-assessment-item/>"})


def test_an_undeclared_2xx_with_a_json_body_is_read() -> None:
    # deleteUser declares 204 (no body); a platform answering 200 {"message": ...} is a success.
    platform = Platform({("DELETE", "/users/u1"): httpx.Response(200, json={"message": "deleted"})})
    with client(platform) as tb:
        result = raw(tb.oneroster.rostering.delete_user)("u1")
    assert result.parsed == {"message": "deleted"}
    assert [(d.path, d.kind, d.got) for d in result.drift] == [("$", "status", "200")]


def test_a_body_nested_deeper_than_python_can_follow_is_a_typed_error() -> None:
    # Users whose metadata nests users, 900 deep: decoding or reading it must give a
    # ResponseValidationError or a result, never a RecursionError.
    body = '{"user": {"sourcedId": "u", "roles": [], "metadata": ' * 900 + "{}" + "}}" * 900
    platform = Platform({("GET", "/users/u1"): httpx.Response(200, content=body.encode())})
    with client(platform) as tb:
        try:
            answer = tb.oneroster.rostering.get_user("u1")
        except ResponseValidationError as exc:
            assert exc.operation == "getUser"
        else:
            assert answer.user.sourced_id == "u"
