"""specs/paging.yaml against the documents (scripts/paging.py, run by `make regen`): every list
operation declared, a new one stopping the build with a message that says what to add."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import paging  # noqa: E402

from timeback_gen.services import OPERATIONS  # noqa: E402

SPECDATA = ROOT / "generated" / "_timeback_gen" / "specdata"
RULES = paging.load(ROOT / "specs" / "paging.yaml")


def normalized(api: str) -> dict[str, Any]:
    """The normalized document of `api` (what regen resolves the rules against)."""
    return json.loads((SPECDATA / f"{api}.json").read_text())  # type: ignore[no-any-return]


def list_op(op_id: str, params: list[str]) -> dict[str, Any]:
    return {
        "operationId": op_id,
        "parameters": [
            {"name": name, "in": "query", "schema": {"type": "integer"}} for name in params
        ],
        "responses": {
            "200": {
                "description": "ok",
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "properties": {
                                "widgets": {"type": "array", "items": {"type": "object"}},
                                "totalCount": {"type": "number"},
                            },
                        }
                    }
                },
            }
        },
    }


def test_every_api_resolves_to_the_styles_the_registry_holds() -> None:
    registry = {
        (spec.api, spec.operation_id): (spec.paging.style, spec.paging.items, spec.paging.total)
        for spec in OPERATIONS.values()
        if spec.paging is not None
    }
    resolved = {
        (api, op_id): (plan.style, plan.items, plan.total)
        for api in ("oneroster", "powerpath", "qti", "caliper", "case")
        for op_id, plan in paging.resolve(api, normalized(api), RULES).items()
    }
    assert resolved == registry
    styles: dict[str, set[str]] = {}
    for (api, _op_id), (style, _items, _total) in resolved.items():
        styles.setdefault(api, set()).add(style)
    assert styles == {
        "oneroster": {"offset"},
        "powerpath": {"offset"},
        "qti": {"page"},
        "caliper": {"offset"},
        "case": {"whole"},
    }
    assert resolved["caliper", "listEvents"] == ("offset", "events", "pagination.total")
    assert sum(a == "qti" for a, _ in resolved) == 5  # the five searches


def test_a_new_list_operation_no_rule_covers_stops_the_build() -> None:
    doc = normalized("qti")
    doc["paths"]["/widgets"] = {"get": list_op("listWidgets", ["limit", "offset"])}
    with pytest.raises(paging.PagingError) as caught:
        paging.resolve("qti", doc, RULES)
    message = str(caught.value)
    assert "qti listWidgets (GET /widgets) takes limit, offset, so it looks like a list" in message
    assert "specs/paging.yaml declares no paging for it" in message
    assert "apis.qti (style offset | page | whole)" in message


def test_a_new_list_operation_a_rule_covers_is_paged_by_it() -> None:
    doc = normalized("oneroster")
    doc["paths"]["/ims/oneroster/rostering/v1p2/widgets/"] = {
        "get": list_op("getAllWidgets", ["offset", "limit", "filter"])
    }
    plan = paging.resolve("oneroster", doc, RULES)["getAllWidgets"]
    assert (plan.style, plan.items, plan.total) == ("offset", "widgets", "totalCount")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda doc: doc["paths"].pop("/caliper/events"),
            "no operation listEvents in the document",
        ),
        (
            lambda doc: doc["paths"]["/caliper/events"]["get"]["responses"]["200"]["content"][
                "application/json"
            ]["schema"]["properties"].pop("pagination"),
            "caliper listEvents: its 200 answer declares no 'pagination.total'",
        ),
        (
            lambda doc: doc["paths"]["/caliper/events"]["get"]["parameters"].pop(0),
            "caliper listEvents takes no query parameter limit (style offset)",
        ),
    ],
)
def test_a_declaration_the_document_no_longer_fits_stops_the_build(
    change: Any, message: str
) -> None:
    doc = copy.deepcopy(normalized("caliper"))
    change(doc)
    with pytest.raises(paging.PagingError, match=message.replace("(", r"\(").replace(")", r"\)")):
        paging.resolve("caliper", doc, RULES)


def test_mark_names_the_records_on_the_response_schema_the_template_reads() -> None:
    doc = normalized("oneroster")
    plans = paging.resolve("oneroster", doc, RULES)
    paging.mark(doc, plans)
    schemas = doc["components"]["schemas"]
    assert schemas["UserList"][paging.EXTENSION] == "users"
    assert schemas["ClassList"][paging.EXTENSION] == "classes"
    # an answer shared by two lists whose records differ cannot carry both
    clash = {"getAllUsers": plans["getAllUsers"], "getAllClasses": plans["getAllUsers"]}
    with pytest.raises(paging.PagingError, match="shared with a list whose records are"):
        paging.mark(doc, clash)
