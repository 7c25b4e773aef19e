"""Every operation of every document: the request built by ``examples.build_request`` must be
accepted by a static Prism (no request violation, no routing/security error).

Prism serves the OVERLAID documents (upstream + specs/overlays, see ``documents.py``), the same
ones the client is generated from and the client contracts run against. This test therefore
checks the request builder itself: when a client contract fails for an operation while this test
passes, the defect is in the client, not in the arguments it was given.

The raw upstream documents are no longer served. Their two request defects (PowerPath's
Express-style path ``/powerpath/placement/:studentId`` and the path parameter ``userId`` that
``POST /powerpath/screening/session/reset`` declares without a slot for it) were strict xfails
here; the PowerPath overlay fixes both, so they now pass and are gone from KNOWN_FAILURES.

Prism's verdict is read from the ``sl-violations`` header and from its problem+json bodies (see
``prism.PrismVerdict``), never from the status code alone: a documented 4xx may be served as a
mock answer to a perfectly valid request.

Operations that cannot pass because of a defect in the (overlaid) document or a Prism quirk are
listed in KNOWN_FAILURES with the reason; they run as strict xfails, so they show up in the
summary and the run fails if one of them starts passing.
"""

from __future__ import annotations

import json
import re
from typing import Any

import httpx
import pytest

from .conftest import ContractReport, OperationResult
from .documents import overlaid_document as load_document
from .examples import ExampleError, build_request, iter_operations, validate
from .prism import DOCUMENTS, REPO_ROOT, PrismServer, PrismVerdict, server_base_path

pytestmark = pytest.mark.contract

PRISM_SLOTS = [(key, False) for key in DOCUMENTS] + [("powerpath", True)]

#: (document, METHOD, path) -> why the operation cannot pass against the overlaid document.
KNOWN_FAILURES: dict[tuple[str, str, str], str] = {}


def _operation_params() -> list[Any]:
    params: list[Any] = []
    for key in DOCUMENTS:
        try:
            doc = load_document(key)
        except Exception as exc:  # unreadable document or an overlay that no longer applies
            params.append(pytest.param((key, None, None, str(exc)), id=f"{key}:unavailable"))
            continue
        for method, path, _ in iter_operations(doc):
            marks = []
            reason = KNOWN_FAILURES.get((key, method, path))
            if reason:
                marks.append(pytest.mark.xfail(reason=reason, strict=True))
            params.append(
                pytest.param((key, method, path, None), id=f"{key}:{method} {path}", marks=marks)
            )
    return params


@pytest.fixture
def operation(request: pytest.FixtureRequest) -> tuple[str, str, str]:
    key, method, path, error = request.param
    if error is not None:
        # An unreadable document is a setup problem: make the test ERROR, not skip.
        raise RuntimeError(f"cannot load the {key} document: {error}")
    return key, method, path


@pytest.fixture
def server(operation: tuple[str, str, str], prism_static: Any) -> PrismServer:
    """The static Prism for the operation's document (started in setup: failures ERROR)."""
    return prism_static(operation[0])  # type: ignore[no-any-return]


@pytest.mark.parametrize("operation", _operation_params(), indirect=True)
def test_example_request_is_valid_for_prism(
    operation: tuple[str, str, str],
    server: PrismServer,
    contract_http: httpx.Client,
    contract_report: ContractReport,
) -> None:
    key, method, path = operation
    doc = load_document(key)
    expected_failure = KNOWN_FAILURES.get((key, method, path))

    try:
        example = build_request(doc, method, path)
    except ExampleError as exc:
        contract_report.add(
            OperationResult(key, method, path, None, False, f"no example: {exc}", expected_failure)
        )
        raise

    headers = dict(example.headers)
    if example.has_body and example.content_type:
        headers["Content-Type"] = example.content_type
    mark = server.log_mark()
    response = contract_http.request(
        method,
        server.base_url + example.url_path(),
        params=example.query_pairs(),
        headers=headers,
        cookies=example.cookies or None,
        content=example.content(),
    )
    verdict = PrismVerdict.from_response(response)
    message = "" if verdict.ok else verdict.describe()
    contract_report.add(
        OperationResult(
            key,
            method,
            path,
            response.status_code,
            verdict.ok,
            message,
            expected_failure,
            response_note=verdict.describe_response(limit=1),
        )
    )
    assert verdict.ok, (
        f"Prism rejected {method} {example.url_path()} ({key}): {message}\n"
        f"query={example.query_pairs()} body={str(example.body)[:800]}\n"
        f"--- Prism log ---\n{server.output_since(mark)[-3000:]}"
    )


def test_every_operation_is_checked() -> None:
    """The documents still declare the operations this suite was written for: 239 in all, 237
    distinct ones (the events document re-describes two of Caliper's three endpoints). The files
    are the ones specs/sources.lock pins (OneRoster's current document, oneroster-api.json)."""
    lock = json.loads((REPO_ROOT / "specs" / "sources.lock").read_text())["documents"]
    assert {key: fname for key, (fname, _) in DOCUMENTS.items()} == {
        key: entry["file"] for key, entry in lock.items()
    }
    assert DOCUMENTS["oneroster"] == ("oneroster-api.json", 143)
    counts = {key: sum(1 for _ in iter_operations(load_document(key))) for key in DOCUMENTS}
    assert counts == {key: n for key, (_, n) in DOCUMENTS.items()}
    distinct = {
        (method, path)
        for key in DOCUMENTS
        for method, path, _ in iter_operations(load_document(key))
    }
    assert len(distinct) == 237


# ---------------------------------------------------------------------------------------------
# controls: the verdict detection and the base-URL rule really work


def test_prism_flags_invalid_requests(prism_static: Any, contract_http: httpx.Client) -> None:
    """Negative controls, so that a green run cannot be vacuous."""
    qti: PrismServer = prism_static("qti")
    # Documented 400 -> Prism serves the 400 example and sets sl-violations.
    r = contract_http.post(qti.base_url + "/stimuli", json={"unexpected": 1})
    verdict = PrismVerdict.from_response(r)
    assert r.status_code == 400 and "sl-violations" in r.headers
    assert verdict.request_rejected and not verdict.ok
    assert any("identifier" in v["message"] for v in verdict.request_errors)
    # No documented 4xx -> Prism's own 422 problem+json with a `validation` list.
    r = contract_http.get(qti.base_url + "/stimuli", params={"sort": "not-a-field"})
    verdict = PrismVerdict.from_response(r)
    assert r.status_code == 422 and verdict.problem_type == "UNPROCESSABLE_ENTITY"
    assert [v["location"] for v in verdict.request_errors] == [["query", "sort"]]
    # Missing credentials -> 401 UNAUTHORIZED problem.
    r = httpx.get(qti.base_url + "/stimuli/id-1")
    assert PrismVerdict.from_response(r).problem_type == "UNAUTHORIZED"


def test_base_url_rule(prism_static: Any, contract_http: httpx.Client) -> None:
    """Prism ignores the servers' base path: QTI's '/api' must NOT be sent; plain paths route."""
    qti: PrismServer = prism_static("qti")
    assert server_base_path(load_document("qti")) == "/api"
    ok = contract_http.get(qti.base_url + "/stimuli/id-1")
    assert PrismVerdict.from_response(ok).ok, ok.text
    prefixed = contract_http.get(qti.base_url + "/api/stimuli/id-1")
    assert PrismVerdict.from_response(prefixed).problem_type == "NO_PATH_MATCHED_ERROR"
    for key in ("oneroster", "powerpath", "caliper", "events", "case"):
        assert server_base_path(load_document(key)) == ""


# ---------------------------------------------------------------------------------------------
# the builder on synthetic schemas


_DOC: dict[str, Any] = {
    "openapi": "3.1.0",
    "paths": {
        "/things/{thingId}": {
            "parameters": [
                {"name": "thingId", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "put": {
                "parameters": [
                    {
                        "name": "limit",
                        "in": "query",
                        "schema": {"type": "integer", "minimum": 5, "maximum": 9},
                    },
                    {
                        "name": "mode",
                        "in": "query",
                        "required": True,
                        "schema": {"enum": ["a", "b"]},
                    },
                    {
                        "name": "X-Trace",
                        "in": "header",
                        "required": True,
                        "schema": {"type": "string", "format": "uuid"},
                    },
                ],
                "requestBody": {
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                    }
                },
                "responses": {"200": {"description": "ok"}},
            },
        }
    },
    "components": {
        "schemas": {
            "Node": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string"},
                    "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
                },
                "additionalProperties": False,
            },
            "Base": {
                "type": "object",
                "required": ["id"],
                "properties": {"id": {"type": "string", "format": "uuid"}},
            },
            "Thing": {
                "allOf": [
                    {"$ref": "#/components/schemas/Base"},
                    {
                        "type": "object",
                        "required": [
                            "kind",
                            "when",
                            "day",
                            "urn",
                            "tags",
                            "size",
                            "extra",
                            "tree",
                            "fixed",
                            "note",
                        ],
                        "properties": {
                            "kind": {
                                "oneOf": [
                                    {"type": "integer", "minimum": 10},
                                    {"type": "string", "enum": ["x"]},
                                ]
                            },
                            "when": {"type": ["string", "null"], "format": "date-time"},
                            "day": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
                            "urn": {"type": "string", "pattern": "^urn:uuid:(.*)$"},
                            "code": {"type": "string", "pattern": "^[A-Z]{3}[0-9]{2}$"},
                            "tags": {
                                "type": "array",
                                "minItems": 2,
                                "uniqueItems": True,
                                "items": {"type": "string", "minLength": 4},
                            },
                            "size": {"type": "number", "exclusiveMinimum": 0, "maximum": 1},
                            "extra": {
                                "type": "object",
                                "minProperties": 1,
                                "additionalProperties": {"type": "integer"},
                            },
                            "tree": {"$ref": "#/components/schemas/Node"},
                            "fixed": {"const": "v1"},
                            "note": {
                                "type": "string",
                                "maxLength": 3,
                                "example": "too long example",
                            },
                            "email": {"type": "string", "format": "email"},
                        },
                    },
                ]
            },
        }
    },
}


def test_builder_on_synthetic_schemas() -> None:
    ops = list(iter_operations(_DOC))
    assert [(m, p) for m, p, _ in ops] == [("PUT", "/things/{thingId}")]
    req = build_request(_DOC, "PUT", "/things/{thingId}")
    assert req.path_params == {"thingId": "id-1"} and req.url_path() == "/things/id-1"
    assert req.query["mode"] == "a" and 5 <= req.query["limit"] <= 9
    assert req.headers["X-Trace"] == "123e4567-e89b-12d3-a456-426614174000"
    body = req.body
    assert req.content_type == "application/json"
    assert validate(_DOC, _DOC["components"]["schemas"]["Thing"], body) == []
    assert body["kind"] == 10 and body["fixed"] == "v1" and len(body["note"]) <= 3
    assert body["urn"].startswith("urn:uuid:") and body["day"] == "2024-01-15"
    assert re.fullmatch(r"[A-Z]{3}[0-9]{2}", body["code"])
    assert len(set(body["tags"])) == 2 and 0 < body["size"] <= 1
    assert body["tree"]["name"] and body["extra"]
    # Deterministic.
    assert build_request(_DOC, "PUT", "/things/{thingId}") == req


def test_dynamic_prism_serves_schema_valid_responses(
    prism_dynamic: Any, contract_http: httpx.Client
) -> None:
    """The dynamic variant starts (``-d``) and its generated bodies match the schema,
    including the operations whose static mock violates it (pattern / recursion)."""
    pp: PrismServer = prism_dynamic("powerpath")
    assert pp.dynamic
    for path in ("/powerpath/screening/results/id-1", "/powerpath/lessonPlans/tree/id-1"):
        r = contract_http.get(pp.base_url + path)
        verdict = PrismVerdict.from_response(r)
        assert r.status_code == 200 and verdict.ok, verdict.describe(include_response=True)
        assert verdict.response_errors == [], verdict.describe_response()
