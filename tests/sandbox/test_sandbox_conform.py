"""Unit tests of the response shaping in `timeback_gen/sandbox/conform.py` (no process)."""

from __future__ import annotations

from typing import Any

from timeback_gen.sandbox.conform import RefFill, conform

SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "user": {
            "type": "object",
            "required": ["sourcedId", "enabledUser", "agents", "middle", "tags", "org", "parent"],
            "properties": {
                "sourcedId": {"type": "string"},
                "enabledUser": {"type": "string", "enum": ["true", "false"]},
                "agents": {"type": "array", "items": {"type": "string"}, "default": []},
                "middle": {"type": ["string", "null"]},
                "tags": {"type": "array", "items": {"type": "string"}},
                "year": {"type": "number"},
                "org": {
                    "type": "object",
                    "required": ["href", "sourcedId", "type"],
                    "properties": {
                        "href": {"type": "string"},
                        "sourcedId": {"type": "string"},
                        "type": {"type": "string"},
                    },
                },
                "parent": {
                    "anyOf": [
                        {
                            "type": "object",
                            "required": ["href", "sourcedId", "type"],
                            "properties": {
                                "href": {"type": "string"},
                                "sourcedId": {"type": "string"},
                                "type": {"type": "string"},
                            },
                        },
                        {"type": "null"},
                    ]
                },
                "decl": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["baseType", "value"],
                        "properties": {
                            "baseType": {"type": "string"},
                            "value": {"type": "array", "items": {"type": "string"}},
                        },
                    },
                },
            },
        }
    },
}


def test_conform_shapes_a_record_without_mutating_it() -> None:
    stored = {
        "sourcedId": "u1",
        "enabledUser": True,
        "year": "2026",
        "org": {"sourcedId": "o1"},
        "parent": {"sourcedId": "u0"},
        "decl": {"base-type": "string", "value": {"_": "B"}},
    }
    out = conform("oneroster", SCHEMA, {"user": stored}, RefFill("http://h", "user"))["user"]
    assert out["enabledUser"] == "true" and out["year"] == 2026
    assert out["agents"] == [] and out["middle"] is None and out["tags"] == []
    assert out["org"] == {
        "sourcedId": "o1",
        "type": "org",
        "href": "http://h/ims/oneroster/rostering/v1p2/orgs/o1",
    }
    assert out["parent"]["type"] == "user"  # parent/children: the owner's type
    assert out["decl"] == [{"base-type": "string", "baseType": "string", "value": ["B"]}]
    assert stored["enabledUser"] is True and "agents" not in stored  # input untouched


def test_conform_keeps_given_values() -> None:
    stored = {
        "sourcedId": "u1",
        "enabledUser": "false",
        "agents": ["a"],
        "middle": "M",
        "tags": ["t"],
        "year": "not a number",
        "org": {"sourcedId": "o1", "type": "district", "href": "https://x/o1"},
        "parent": None,
    }
    out = conform("oneroster", SCHEMA, {"user": stored}, RefFill("http://h", "user"))["user"]
    assert out == stored


def test_encoded_records_cache_is_bounded_and_keyed_by_the_stored_text() -> None:
    import json

    from timeback_gen.sandbox.conform import plan_for, subplan
    from timeback_gen.sandbox.oneroster import EncodedRecords

    plan = subplan(plan_for("oneroster", SCHEMA), "user")
    refs = RefFill("http://127.0.0.1:1", "user")
    cache = EncodedRecords(max_entries=3)
    texts = [
        json.dumps({"sourcedId": f"u{i}", "enabledUser": True, "org": {"sourcedId": "o"}})
        for i in range(5)
    ]
    encoded = [cache.get(plan, "users", refs, t) for t in texts]
    assert len(cache._entries) == 3  # the two oldest went first
    for text, out in zip(texts, encoded, strict=True):
        # The same answer as conforming afresh; a changed stored text is a different entry.
        assert (
            json.loads(out)
            == conform("oneroster", SCHEMA, {"user": json.loads(text)}, refs)["user"]
        )
    changed = texts[4].replace("true", "false")
    assert json.loads(cache.get(plan, "users", refs, changed))["enabledUser"] == "false"
    assert json.loads(cache.get(plan, "users", refs, texts[4]))["enabledUser"] == "true"


def test_conform_answers_a_boolean_where_the_schema_wants_one() -> None:
    """Response users answer enabledUser as a JSON boolean (overlays/oneroster.yaml), whichever
    form createUser was given (its body takes a boolean or 'true'/'false')."""
    schema = {
        "type": "object",
        "required": ["enabledUser"],
        "properties": {
            "enabledUser": {"type": "boolean"},
            "flag": {"type": ["boolean", "null"]},
            "note": {"type": "string"},
        },
    }
    given = {"enabledUser": "false", "flag": "true", "note": "true"}
    assert conform("oneroster", schema, given) == {
        "enabledUser": False,
        "flag": True,
        "note": "true",  # a string property keeps its string
    }
    assert conform("oneroster", schema, {"enabledUser": True, "flag": None}) == {
        "enabledUser": True,
        "flag": None,
    }
    assert conform("oneroster", schema, {"enabledUser": "yes"}) == {"enabledUser": "yes"}


def test_the_document_user_answers_enabled_user_as_a_boolean() -> None:
    from timeback_gen.sandbox.spec import load_document

    doc = load_document("oneroster")
    user = doc["components"]["schemas"]["User"]
    assert user["properties"]["enabledUser"] == {"type": "boolean"}
    assert not {"agents", "userProfiles", "email"} & set(user["required"])
    stored = {"sourcedId": "u1", "status": "active", "enabledUser": "true", "roles": []}
    out = conform("oneroster", {"$ref": "#/components/schemas/User"}, stored)
    assert out["enabledUser"] is True and "agents" not in out and "email" not in out


def test_a_required_widened_property_answers_its_branch_default() -> None:
    """Response enrollments' primary is boolean or the document's enum (default 'false'): a stored
    enrollment without one answers the default, one with a boolean keeps it."""
    from timeback_gen.sandbox.spec import load_document

    enrollment = load_document("oneroster")["components"]["schemas"]["Enrollment"]
    assert "anyOf" in enrollment["properties"]["primary"]
    ref = {"$ref": "#/components/schemas/Enrollment"}
    assert conform("oneroster", ref, {"sourcedId": "e1"})["primary"] == "false"
    assert conform("oneroster", ref, {"sourcedId": "e1", "primary": True})["primary"] is True
