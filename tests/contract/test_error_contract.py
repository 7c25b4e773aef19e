"""Error contract: every documented error status of every operation raises the right exception.

For each numeric 4xx/5xx response an operation documents in its overlaid document, a valid
request (``harness.build_call``) is sent through the facade to the dynamic Prism with
``Prefer: code=<status>``, so Prism answers that status with a body generated from the documented
error schema. The client must raise exactly the class of ``EXPECTED_CLASS`` (written out here,
independently of ``timeback_gen.errors.STATUS_ERRORS``, so a wrong mapping fails), with
``status_code`` = the status, ``operation`` = the operationId, ``body`` = the parsed body and the
imsx fields equal to the body's ``imsx_codeMajor`` / ``imsx_severity`` / ``imsx_description`` /
``imsx_CodeMinor.imsx_codeMinorField`` values. Where the documented error schema requires the
imsx members, the body must actually carry them (so the comparison is never vacuous).

Contract clients never retry (``max_retries=0``), so 429/5xx come back on the first answer.
"""

from __future__ import annotations

from typing import Any

import pytest

from timeback_gen.errors import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from timeback_gen.services import OPERATIONS, OperationSpec

from .conftest import CLIENT_RESULTS, ContractClient
from .documents import CLIENT_DOCUMENTS, json_media, overlaid_document, responses_of
from .examples import Generator
from .harness import build_call, call_raw, facade_method
from .known_issues import GENERATED_CLIENT_BUGS, client_bug_marks
from .prism import PrismVerdict

pytestmark = pytest.mark.contract

PRISM_SLOTS = [(key, True) for key in CLIENT_DOCUMENTS]

#: The status -> exception class contract (README "Errors"); >= 500 is InternalServerError and
#: any other non-2xx the plain APIStatusError.
EXPECTED_CLASS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}

IMSX_MEMBERS = ("imsx_codeMajor", "imsx_severity", "imsx_description", "imsx_CodeMinor")

CLIENT_RESULTS.known_failures["error"] = {k: r for k, (_, r) in GENERATED_CLIENT_BUGS.items()}


def expected_class(status: int) -> type[APIStatusError]:
    if status in EXPECTED_CLASS:
        return EXPECTED_CLASS[status]
    return InternalServerError if status >= 500 else APIStatusError


def error_statuses(spec: OperationSpec) -> list[int]:
    return sorted(s for s in responses_of(spec.api, spec.http_method, spec.path) if s >= 400)


def _params() -> list[Any]:
    params: list[Any] = []
    for key, spec in OPERATIONS.items():
        try:
            statuses = error_statuses(spec)
        except Exception as exc:  # overlay or document problem: ERROR in the test, not a skip
            params.append(pytest.param(key, None, repr(exc), id=f"{key}-unavailable"))
            continue
        for status in statuses:
            params.append(
                pytest.param(key, status, None, id=f"{key}-{status}", marks=client_bug_marks(key))
            )
    return params


def _imsx_schema(spec: OperationSpec, status: int) -> bool:
    """True when the documented error body requires the imsx members."""
    media = json_media(responses_of(spec.api, spec.http_method, spec.path)[status])
    if media is None:
        return False
    doc = overlaid_document(spec.api)
    schema = Generator(doc)._deref(media[1].get("schema", {}))
    return isinstance(schema, dict) and set(IMSX_MEMBERS) <= set(schema.get("required") or [])


def _code_minor(body: Any) -> list[tuple[str, str]]:
    """``imsx_CodeMinor.imsx_codeMinorField`` as (name, value) pairs, read from the body."""
    minor = body.get("imsx_CodeMinor") if isinstance(body, dict) else None
    fields = minor.get("imsx_codeMinorField") if isinstance(minor, dict) else None
    if not isinstance(fields, list):
        return []
    return [
        (str(f.get("imsx_codeMinorFieldName", "")), str(f.get("imsx_codeMinorFieldValue", "")))
        for f in fields
        if isinstance(f, dict)
    ]


def _opt(value: Any) -> str | None:
    return None if value is None else str(value)


@pytest.mark.parametrize(("key", "status", "unavailable"), _params())
def test_documented_error_raises_mapped_exception(
    key: str, status: int, unavailable: str | None, dynamic_client: ContractClient
) -> None:
    spec = OPERATIONS[key]
    CLIENT_RESULTS.error[(key, status)] = (spec.api, False)
    spec.load()  # an endpoint module that does not import fails here, with its own exception
    call = build_call(spec)
    client = dynamic_client
    method = facade_method(client.tb, spec)

    with client.transport.prefer(f"code={status}"), pytest.raises(APIStatusError) as info:
        call_raw(method, call, call.variants[0])
    exc = info.value
    response = exc.response
    verdict = PrismVerdict.from_response(response)
    assert verdict.ok, f"Prism did not serve the documented {status}: {verdict.describe()}"
    assert response.status_code == status

    wanted = expected_class(status)
    assert type(exc) is wanted, f"{status} raised {type(exc).__name__}, expected {wanted.__name__}"
    assert exc.status_code == status
    assert exc.operation == spec.operation_id
    assert exc.method == spec.http_method

    body = response.json() if response.content else None
    assert exc.body == body
    if _imsx_schema(spec, status):
        assert isinstance(body, dict) and all(m in body for m in IMSX_MEMBERS), (
            f"the documented {status} body requires {IMSX_MEMBERS}; Prism sent {body!r}"
        )
    imsx = body if isinstance(body, dict) else {}
    assert exc.imsx_code_major == _opt(imsx.get("imsx_codeMajor"))
    assert exc.imsx_severity == _opt(imsx.get("imsx_severity"))
    assert exc.imsx_description == _opt(imsx.get("imsx_description"))
    assert [(m.name, m.value) for m in exc.imsx_code_minor] == _code_minor(body)
    CLIENT_RESULTS.error[(key, status)] = (spec.api, True)


def test_every_documented_error_status_is_checked() -> None:
    """The parametrization covers every (operation, documented error status) pair."""
    pairs = {(p.values[0], p.values[1]) for p in _params()}
    expected = {(k, s) for k, spec in OPERATIONS.items() for s in error_statuses(spec)}
    assert pairs == expected and len(pairs) > len(OPERATIONS)
