"""Request contract: every registry operation, called through the public client, sends a request
that Prism validates against the overlaid document.

For each of the operations in ``_timeback_gen.services.registry.OPERATIONS`` the arguments are
built from the operation's schemas (``harness.build_call``), the facade method is called on a real
``Timeback`` pointed at the static Prism for the operation's document (token endpoint stubbed in
the transport), and the REQUEST is judged from Prism's verdict: no ``sl-violations`` request
error, no Prism problem+json (routing, security, validation). The call may raise - a
``ResponseValidationError`` when Prism's static example does not fit the schema, an
``APIStatusError`` for a documented 4xx example - the response is taken from the exception.

On top of Prism's verdict the wire request is compared with what was asked for, so mistakes Prism
cannot see are caught too: HTTP method, path (each path parameter has its own value, so swapped
positional arguments show), the exact query pairs (a facade name sent under the wrong wire name
is an unknown parameter Prism would ignore), the content type and the body.

Bodies are sent in every form a caller may use: a plain mapping (``dict``), the generated model
built from it (``model``), and for XML request bodies a ``File`` with the document's XML example
(``xml``: QTI's JSON-or-XML assessment tests).
"""

from __future__ import annotations

import inspect
import json
import re
from datetime import datetime
from typing import Any
from urllib.parse import unquote

import httpx
import pytest

from timeback_gen.errors import APIStatusError, ResponseValidationError
from timeback_gen.services import OPERATIONS, OperationSpec, raw

from .conftest import CLIENT_RESULTS, ContractClient
from .documents import CLIENT_DOCUMENTS, overlaid_document
from .examples import iter_operations
from .harness import (
    Call,
    async_facade_class,
    build_call,
    facade_method,
    sync_facade_class,
)
from .known_issues import GENERATED_CLIENT_BUGS, client_bug_marks
from .prism import PrismServer, PrismVerdict

pytestmark = pytest.mark.contract

PRISM_SLOTS = [(key, False) for key in (*CLIENT_DOCUMENTS, "events")]

#: Operations whose endpoint the events document re-describes (Timeback event profile).
EVENTS_OPERATIONS = ("caliper.send_events", "caliper.validate_events")

_DATETIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")

CLIENT_RESULTS.known_failures["request"] = {k: r for k, (_, r) in GENERATED_CLIENT_BUGS.items()}


def _operation_params() -> list[Any]:
    return [pytest.param(key, id=key, marks=client_bug_marks(key)) for key in OPERATIONS]


def _instant(value: str) -> datetime | None:
    if not _DATETIME_RE.match(value):
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None


def same_json(a: Any, b: Any) -> bool:
    """JSON equality where two RFC 3339 date-times denoting the same instant are equal (the
    generated models re-serialize ``...Z`` as ``...+00:00``; both are valid ``date-time``)."""
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same_json(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same_json(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, str) and isinstance(b, str) and a != b:
        ta, tb = _instant(a), _instant(b)
        return ta is not None and ta == tb
    return type(a) is type(b) and a == b


def _wire_problems(call: Call, variant: str, request: httpx.Request) -> list[str]:
    """Differences between the request that went out and the one that was asked for."""
    spec, example = call.spec, call.example
    problems = []
    if request.method != spec.http_method:
        problems.append(f"method {request.method}, expected {spec.http_method}")
    expected_path = unquote(example.url_path())
    if request.url.path != expected_path:
        problems.append(f"path {request.url.path!r}, expected {expected_path!r}")
    sent = sorted(request.url.params.multi_items())
    expected_query = sorted(example.query_pairs())
    if sent != expected_query:
        problems.append(f"query {sent}, expected {expected_query}")
    if variant in call.wire_bodies:
        ctype, expected = call.wire_bodies[variant]
        got_type = request.headers.get("content-type", "")
        if got_type.split(";")[0].strip() != ctype:
            problems.append(f"content-type {got_type!r}, expected {ctype!r}")
        content = request.content
        if isinstance(expected, bytes):
            if content != expected:
                problems.append(f"body {content[:200]!r}, expected {expected[:200]!r}")
        else:
            try:
                got = json.loads(content)
            except ValueError:
                got = content
            if not same_json(got, expected):
                problems.append(
                    f"JSON body differs from the arguments:\n  sent     {json.dumps(got)[:1500]}"
                    f"\n  expected {json.dumps(expected)[:1500]}"
                )
    elif request.content:
        problems.append(f"a body was sent for an operation without one: {request.content[:200]!r}")
    return problems


def check_requests(spec: OperationSpec, client: ContractClient, document: str) -> list[str]:
    """Call the facade once per body variant; return what Prism or the wire check objected to."""
    spec.load()  # an endpoint module that does not import fails here, with its own exception
    call = build_call(spec, document=document)
    server: PrismServer = client.server
    method = facade_method(client.tb, spec)
    problems: list[str] = []
    for variant in call.variants:
        try:
            kwargs = call.kwargs_for(variant)
        except Exception as exc:
            problems.append(
                f"[{variant}] the generated body model rejects a valid body: "
                f"{type(exc).__name__}: {exc}"
            )
            continue
        mark = server.log_mark()
        try:
            response = raw(method)(*call.args, **kwargs).http_response
        except (ResponseValidationError, APIStatusError) as exc:
            response = exc.response  # a static example or a documented 4xx: judge the request
        except Exception as exc:
            problems.append(
                f"[{variant}] the client raised {type(exc).__name__} instead of sending: {exc}"
            )
            continue
        verdict = PrismVerdict.from_response(response)
        if not verdict.ok:
            problems.append(
                f"[{variant}] Prism rejected {spec.http_method} {response.request.url}: "
                f"{verdict.describe()}\n--- Prism log ---\n{server.output_since(mark)[-2000:]}"
            )
        problems += [f"[{variant}] {p}" for p in _wire_problems(call, variant, response.request)]
    return problems


@pytest.mark.parametrize("key", _operation_params())
def test_request_is_valid_for_prism(key: str, static_client: ContractClient) -> None:
    spec = OPERATIONS[key]
    CLIENT_RESULTS.request[key] = (spec.api, False, "")
    problems = check_requests(spec, static_client, spec.api)
    CLIENT_RESULTS.request[key] = (spec.api, not problems, "; ".join(problems)[:300])
    assert not problems, f"{key} ({spec.operation_id}):\n" + "\n".join(problems)


@pytest.mark.parametrize("key", EVENTS_OPERATIONS)
def test_caliper_requests_fit_the_events_document(key: str, events_client: ContractClient) -> None:
    """The Caliper facade (generated from caliper-api.yaml) can send the Timeback-profile events
    of timeback-events-api.yaml: bodies built from the events document, sent through the Caliper
    send/validate methods (as a mapping and as the generated ``Envelope``), validated by a Prism
    serving the events document."""
    spec = OPERATIONS[key]
    CLIENT_RESULTS.request_extra[key] = False
    problems = check_requests(spec, events_client, "events")
    CLIENT_RESULTS.request_extra[key] = not problems
    assert not problems, f"{key} against the events document:\n" + "\n".join(problems)


def test_registry_covers_every_documented_operation() -> None:
    """One registry entry (and so one facade method) per operation of the client documents, with
    the document's operationId; the events document only re-describes Caliper endpoints."""
    documented = {
        (key, method, path): op.get("operationId")
        for key in CLIENT_DOCUMENTS
        for method, path, op in iter_operations(overlaid_document(key))
    }
    registered = {(s.api, s.http_method, s.path): s.operation_id for s in OPERATIONS.values()}
    assert sorted(set(documented) - set(registered)) == [], "documented but not in the registry"
    assert sorted(set(registered) - set(documented)) == [], "in the registry but not documented"
    assert documented == registered, "operationIds differ"
    assert len(OPERATIONS) == len(documented)
    caliper = {(m, p) for (k, m, p) in documented if k == "caliper"}
    events = {(m, p) for m, p, _ in iter_operations(overlaid_document("events"))}
    assert events <= caliper
    assert {OPERATIONS[k].path for k in EVENTS_OPERATIONS} == {p for _, p in events}


def test_async_facade_mirrors_the_sync_one() -> None:
    """``AsyncTimeback`` has every operation too, as a coroutine with the same parameters (the
    contracts above run the sync client; both call the same request builder and parser)."""
    problems = []
    for key, spec in OPERATIONS.items():
        sync = inspect.signature(getattr(sync_facade_class(spec), spec.name))
        method = getattr(async_facade_class(spec), spec.name, None)
        if method is None or not inspect.iscoroutinefunction(method):
            problems.append(f"{key}: no async method")
            continue
        if inspect.signature(method).parameters != sync.parameters:
            problems.append(f"{key}: async parameters {inspect.signature(method)} != {sync}")
    assert not problems, "\n".join(problems)
