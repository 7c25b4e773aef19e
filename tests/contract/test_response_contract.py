"""Response contract: every operation with a JSON 2xx response parses what a dynamic Prism
generates from the overlaid document's response schema, through the typed facade method.

For each such operation and each of its JSON 2xx statuses (``Prefer: code=<status>``), the method
is called CALLS_PER_STATUS times on a real ``Timeback`` pointed at the dynamic Prism (``-d``,
unseeded: every response body is generated independently). Every call must return the facade's
documented return type - the generated model, never a dict or None - without raising.

When a body does not parse, the failure says whether it is the client's fault or Prism's: Prism
validates its own generated body against the schema (``sl-violations`` entries located at
``response``) and the body is validated again by ``examples.validate``. A body that both find
valid but the client rejects is a client/generator bug.

Operations without a JSON 2xx response are excluded - in EXCLUSIONS, the one table, each with its
reason. The run fails if an operation is neither checked nor listed, and if a listed exclusion
is checkable after all (stale entry). Excluded operations still get one call each to check that
they return their documented non-JSON result (None for 204, the zip bytes as ``File``).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import pytest

from timeback_gen.errors import APIStatusError, ResponseValidationError
from timeback_gen.services import OPERATIONS, OperationSpec

from .conftest import CLIENT_RESULTS, ContractClient
from .documents import CLIENT_DOCUMENTS, json_media, overlaid_document, responses_of
from .examples import validate
from .harness import Call, build_call, call_raw, expected_return_types, facade_method, matches_type
from .known_issues import GENERATED_CLIENT_BUGS, client_bug_marks
from .prism import PrismVerdict

pytestmark = pytest.mark.contract

PRISM_SLOTS = [(key, True) for key in CLIENT_DOCUMENTS]

#: Independently generated bodies per (operation, JSON 2xx status); at least 20.
#: ``TIMEBACK_CONTRACT_CALLS=500`` runs a longer hunt for rare parse failures.
CALLS_PER_STATUS = max(20, int(os.environ.get("TIMEBACK_CONTRACT_CALLS", "20")))
#: Concurrent calls per operation (Prism generates while the client parses).
CONCURRENCY = 4

_NO_CONTENT = "204 No Content is its only success response: there is no body to parse"

#: operation key -> why its success response cannot be checked here (no JSON 2xx body).
EXCLUSIONS: dict[str, str] = {
    "oneroster.gradebook.delete_assessment_line_item": _NO_CONTENT,
    "oneroster.gradebook.delete_assessment_result": _NO_CONTENT,
    "oneroster.gradebook.delete_category": _NO_CONTENT,
    "oneroster.gradebook.delete_line_item": _NO_CONTENT,
    "oneroster.gradebook.delete_result": _NO_CONTENT,
    "oneroster.gradebook.delete_score_scale": _NO_CONTENT,
    "oneroster.resources.delete_resource": _NO_CONTENT,
    "oneroster.resources.export_resource_to_common_cartridge": (
        "200 application/zip (a Common Cartridge archive, returned as File bytes): binary, no "
        "schema to parse against"
    ),
    "oneroster.rostering.delete_academic_session": _NO_CONTENT,
    "oneroster.rostering.delete_class": _NO_CONTENT,
    "oneroster.rostering.delete_component_resource": _NO_CONTENT,
    "oneroster.rostering.delete_course": _NO_CONTENT,
    "oneroster.rostering.delete_course_component": _NO_CONTENT,
    "oneroster.rostering.delete_demographics": _NO_CONTENT,
    "oneroster.rostering.delete_enrollment": _NO_CONTENT,
    "oneroster.rostering.delete_grading_period": _NO_CONTENT,
    "oneroster.rostering.delete_org": _NO_CONTENT,
    "oneroster.rostering.delete_school": _NO_CONTENT,
    "oneroster.rostering.delete_user": _NO_CONTENT,
    "powerpath.delete_lesson_plans_by_course_id": _NO_CONTENT,
    "powerpath.delete_test_assignment": _NO_CONTENT,
    "powerpath.reset_session": _NO_CONTENT,
    "powerpath.update_test_assignment": _NO_CONTENT,
    "qti.delete_assessment_item": _NO_CONTENT,
    "qti.delete_assessment_test": _NO_CONTENT,
    "qti.delete_stimulus": _NO_CONTENT,
    "qti.delete_test_part": _NO_CONTENT,
    "qti.remove_assessment_item": _NO_CONTENT,
}

#: operation key -> reason: Prism's generator crashes on the response schema (Prism answers its
#: own 500 ``errors#UNKNOWN`` with a json-schema-faker stack trace instead of a body). These run as
#: strict xfails that expect exactly that (``PrismCannotGenerate``): any other failure of the
#: operation still fails the run, and so does the crash going away.
PRISM_LIMITATIONS: dict[str, str] = {
    "case.get_cf_package_with_groups": (
        "Prism limitation: json-schema-faker (bundled with Prism 5.16.0) crashes with "
        "\"TypeError: Cannot read properties of undefined (reading 'items')\" in clean() while "
        "generating /properties/CFPackageWithGroups (structuredContent: additionalProperties of "
        "arrays of objects); about 19 of 20 dynamic responses are Prism's own 500 UNKNOWN. The "
        "bodies Prism does manage to generate must still parse (checked)"
    ),
}


class PrismCannotGenerate(Exception):
    """Prism crashed generating the response body (see PRISM_LIMITATIONS)."""


CLIENT_RESULTS.exclusions["response"] = dict(EXCLUSIONS)
CLIENT_RESULTS.known_failures["response"] = {
    **{k: r for k, (_, r) in GENERATED_CLIENT_BUGS.items() if k not in EXCLUSIONS},
    **PRISM_LIMITATIONS,
}


def json_success_statuses(spec: OperationSpec) -> list[int]:
    """The operation's 2xx statuses whose response has a JSON body, per the overlaid document."""
    responses = responses_of(spec.api, spec.http_method, spec.path)
    return sorted(s for s, r in responses.items() if 200 <= s < 300 and json_media(r))


def _params() -> list[Any]:
    params = []
    for key in OPERATIONS:
        if key in EXCLUSIONS:
            continue
        marks = client_bug_marks(key)
        if key in PRISM_LIMITATIONS:
            marks.append(
                pytest.mark.xfail(
                    raises=PrismCannotGenerate, reason=PRISM_LIMITATIONS[key], strict=True
                )
            )
        params.append(pytest.param(key, id=key, marks=marks))
    return params


@dataclass
class Outcome:
    ok: bool
    digest: str = ""
    problem: str = ""
    #: Prism answered its own 500 errors#UNKNOWN (its generator crashed), not a mock response
    prism_crash: bool = False


def _diagnose(spec: OperationSpec, status: int, response: Any, reason: str) -> str:
    """Whose fault is an unparseable body: Prism's (invalid for the schema) or the client's."""
    verdict = PrismVerdict.from_response(response)
    try:
        body = response.json()
    except ValueError:
        body = response.content[:500]
    media = json_media(responses_of(spec.api, spec.http_method, spec.path)[status])
    schema = (media[1] if media else {}).get("schema", {})
    ours = validate(overlaid_document(spec.api), schema, body)
    if verdict.response_errors or ours:
        whose = (
            "PRISM LIMITATION? the generated body is invalid for the schema "
            f"(Prism: {verdict.describe_response() or 'valid'}; examples.validate: "
            f"{ours[:3] or 'valid'})"
        )
    else:
        whose = "CLIENT/GENERATOR BUG: Prism and examples.validate both find the body valid"
    return f"{whose}\n    exception: {reason}\n    body: {str(body)[:3000]}"


def _one_call(
    spec: OperationSpec,
    client: ContractClient,
    method: Callable[..., Any],
    call: Call,
    status: int,
    expected: tuple[Any, ...],
) -> Outcome:
    with client.transport.prefer(f"code={status}"):
        try:
            result = call_raw(method, call, call.variants[0])
        except ResponseValidationError as exc:
            return Outcome(False, problem=_diagnose(spec, status, exc.response, str(exc.reason)))
        except APIStatusError as exc:
            verdict = PrismVerdict.from_response(exc.response)
            return Outcome(
                False,
                problem=f"Prism answered {exc.status_code} instead of {status}: "
                f"{verdict.describe()[:1500]}",
                prism_crash=verdict.problem_type == "UNKNOWN",
            )
        except Exception as exc:
            return Outcome(False, problem=f"the client raised {type(exc).__name__}: {exc}")
    response = result.http_response
    verdict = PrismVerdict.from_response(response)
    if response.status_code != status or not verdict.ok:
        return Outcome(
            False, problem=f"status {response.status_code} (wanted {status}): {verdict.describe()}"
        )
    if not matches_type(result.parsed, expected):
        return Outcome(
            False,
            problem=f"returned {type(result.parsed).__name__} ({str(result.parsed)[:200]}), "
            f"expected {expected}; body: {response.text[:1000]}",
        )
    return Outcome(True, digest=hashlib.sha256(response.content).hexdigest())


@pytest.mark.parametrize("key", _params())
def test_generated_bodies_parse(key: str, dynamic_client: ContractClient) -> None:
    spec = OPERATIONS[key]
    CLIENT_RESULTS.response[key] = (spec.api, False, 0, 0)
    spec.load()  # an endpoint module that does not import fails here, with its own exception
    statuses = json_success_statuses(spec)
    assert statuses, (
        f"{key} has no JSON 2xx response in the overlaid document: add it to EXCLUSIONS "
        "with the reason"
    )
    call = build_call(spec)
    client = dynamic_client
    method = facade_method(client.tb, spec)
    expected = expected_return_types(spec)
    assert expected, f"{key}: the facade declares no return type"

    outcomes: list[Outcome] = []
    with ThreadPoolExecutor(CONCURRENCY, thread_name_prefix="response-contract") as pool:
        for status in statuses:
            outcomes += pool.map(
                lambda _, s=status: _one_call(spec, client, method, call, s, expected),
                range(CALLS_PER_STATUS),
            )
    failures = [o.problem for o in outcomes if not o.ok and not o.prism_crash]
    crashes = [o.problem for o in outcomes if o.prism_crash]
    parsed = [o for o in outcomes if o.ok]
    distinct = len({o.digest for o in parsed})
    CLIENT_RESULTS.response[key] = (spec.api, not failures and not crashes, len(parsed), distinct)
    assert not failures, (
        f"{key} ({spec.operation_id}): {len(failures)}/{len(outcomes)} generated bodies failed "
        f"(statuses {statuses}); first ones:\n" + "\n".join(failures[:3])
    )
    if crashes:
        message = (
            f"{key}: Prism crashed generating {len(crashes)}/{len(outcomes)} bodies "
            f"({len(parsed)} generated bodies parsed): {crashes[0][:600]}"
        )
        if key in PRISM_LIMITATIONS:
            raise PrismCannotGenerate(message)
        pytest.fail(
            message + "\n(a Prism limitation? list it in PRISM_LIMITATIONS with the reason)"
        )


@pytest.mark.parametrize("key", sorted(EXCLUSIONS))
def test_exclusion_is_not_checkable(key: str, dynamic_client: ContractClient) -> None:
    """A listed exclusion must still exist and really have no JSON 2xx (else the entry is stale:
    remove it so the operation is checked); it returns its documented non-JSON result."""
    assert key in OPERATIONS, f"EXCLUSIONS lists {key}, which is not a registry operation"
    spec = OPERATIONS[key]
    statuses = json_success_statuses(spec)
    assert not statuses, (
        f"{key} is listed in EXCLUSIONS but has JSON 2xx responses {statuses}: it is checkable, "
        "remove the stale entry"
    )
    success = sorted(
        s for s in responses_of(spec.api, spec.http_method, spec.path) if 200 <= s < 300
    )
    client = dynamic_client
    call = build_call(spec)
    with client.transport.prefer(f"code={success[0]}"):
        result = call_raw(facade_method(client.tb, spec), call, call.variants[0])
    assert result.status_code == success[0]
    if success[0] == 204:
        assert result.parsed is None
    else:
        file_cls = type(result.parsed)
        assert file_cls.__name__ == "File", f"{key} returned {file_cls}, expected File"
        assert result.parsed.payload.read() == result.http_response.content


def test_every_operation_is_checked_or_excluded() -> None:
    checked = {p.values[0] for p in _params()}
    assert checked.isdisjoint(EXCLUSIONS)
    assert checked | set(EXCLUSIONS) == set(OPERATIONS), (
        f"neither checked nor excluded: {sorted(set(OPERATIONS) - checked - set(EXCLUSIONS))}; "
        f"excluded but unknown: {sorted(set(EXCLUSIONS) - set(OPERATIONS))}"
    )
