"""Fuzzed responses: bodies that are invalid for the operation's schema, fed through the real
client (httpx.MockTransport) for a sample of operations of every API. Each call either parses
or raises a TimebackError subclass naming the operation - never any other exception type."""

from __future__ import annotations

import json
import random
from typing import Any

import httpx
import pytest
from _timeback_gen.oneroster.types import UNSET
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeback_gen import Timeback
from timeback_gen.errors import APIStatusError, ResponseValidationError, TimebackError
from timeback_gen.services import OPERATIONS

from .conftest import user_record

TOKEN = {"access_token": "fuzz-token", "expires_in": 3600, "token_type": "Bearer"}


def _callable_without_body(spec: Any) -> bool:
    required = [p for p in spec.params if p.required]
    return spec.http_method == "GET" and all(p.location == "path" for p in required)


def _sample() -> list[Any]:
    by_api: dict[str, list[Any]] = {}
    for spec in OPERATIONS.values():
        if _callable_without_body(spec):
            by_api.setdefault(spec.api, []).append(spec)
    rng = random.Random(1)
    chosen: list[Any] = []
    for _api, specs in sorted(by_api.items()):
        chosen += rng.sample(specs, min(4, len(specs)))
    return chosen


SAMPLE = _sample()


def test_sample_covers_every_api() -> None:
    assert {s.api for s in SAMPLE} == {"oneroster", "powerpath", "qti", "case", "caliper"}


class Reply:
    def __init__(self) -> None:
        self.status = 200
        self.content = b""
        self.content_type = "application/json"

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/oauth2/token"):
            return httpx.Response(200, json=TOKEN)
        return httpx.Response(
            self.status, content=self.content, headers={"Content-Type": self.content_type}
        )


REPLY = Reply()
TB = Timeback(
    client_id="cid", client_secret="csecret", max_retries=0, transport=httpx.MockTransport(REPLY)
)


def call(spec: Any) -> Any:
    service: Any = TB
    for part in spec.namespace.split("."):
        service = getattr(service, part)
    args = [f"id-{p.python}" for p in spec.params if p.location == "path"]
    return getattr(service, spec.name)(*args)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)
# Objects keyed like the real answers, holding values of the wrong type.
wrong_typed = st.dictionaries(
    st.sampled_from(
        [
            "user",
            "users",
            "totalCount",
            "items",
            "status",
            "sourcedId",
            "events",
            "CFDocument",
            "identifier",
            "data",
            "message",
            "lessonPlan",
            "result",
            "offset",
            "limit",
        ]
    ),
    json_values,
    min_size=1,
    max_size=5,
)
non_json = st.binary(max_size=200).filter(lambda b: not _is_json(b)) | st.sampled_from(
    [b"<html><body>Bad gateway</body></html>", b'{"users": [', b"\xff\xfe\x00", b"null null"]
)
huge = st.integers(min_value=100_000, max_value=2_000_000).map(
    lambda n: json.dumps({"user": {"sourcedId": "x" * n}}).encode()
)
deep = st.integers(min_value=2_000, max_value=200_000).map(lambda n: b'{"a":' * n + b"1" + b"}" * n)
bodies = (
    json_values.map(lambda v: json.dumps(v).encode())
    | wrong_typed.map(lambda v: json.dumps(v).encode())
    | non_json
    | huge
    | deep
)


def _is_json(raw: bytes) -> bool:
    try:
        json.loads(raw)
    except (ValueError, RecursionError):
        return False
    return True


def check(spec: Any, status: int, body: bytes) -> None:
    REPLY.status, REPLY.content = status, body
    try:
        call(spec)
    except TimebackError as exc:
        assert getattr(exc, "operation", None) == spec.operation_id, repr(exc)
        assert spec.operation_id in str(exc)
        if status >= 400:
            assert isinstance(exc, APIStatusError) and exc.status_code == status
        assert len(str(exc)) < 2_000  # huge bodies are not pasted into messages
    else:
        assert status < 400, "a non-2xx answer must raise"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(spec=st.sampled_from(SAMPLE), body=bodies)
def test_invalid_2xx_bodies_parse_or_raise_a_typed_error(spec: Any, body: bytes) -> None:
    check(spec, 200, body)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    spec=st.sampled_from(SAMPLE),
    status=st.sampled_from([400, 401, 403, 404, 409, 422, 429, 500, 501, 503]),
    body=bodies,
)
def test_error_bodies_of_any_shape_give_the_status_error(
    spec: Any, status: int, body: bytes
) -> None:
    check(spec, status, body)


@pytest.mark.parametrize("spec", SAMPLE, ids=lambda s: s.key)
@pytest.mark.parametrize(
    "body",
    [b"", b"<html>", b"[" * 100_000 + b"]" * 100_000, b'{"x": ' + b'"y' * 10],
    ids=["empty", "html", "deep", "truncated"],
)
def test_never_json_bodies_are_response_validation_errors(spec: Any, body: bytes) -> None:
    REPLY.status, REPLY.content = 200, body
    with pytest.raises(ResponseValidationError) as info:
        call(spec)
    assert info.value.operation == spec.operation_id


# -- mutations of a valid answer ---------------------------------------------------------------

GET_USER = OPERATIONS["oneroster.rostering.get_user"]
VALID = {"user": user_record("u1")}
PATHS = [
    ("user",),
    ("user", "sourcedId"),
    ("user", "status"),
    ("user", "roles"),
    ("user", "roles", 0),
    ("user", "roles", 0, "role"),
    ("user", "roles", 0, "org"),
    ("user", "enabledUser"),
    ("user", "dateLastModified"),
]
wrong = st.sampled_from([None, 1, 1.5, True, [], {}, "x" * 100_000, [[[]]], {"a": {"b": {}}}])


def mutate(doc: Any, path: tuple[Any, ...], how: str, value: Any) -> Any:
    doc = json.loads(json.dumps(doc))
    parent = doc
    for key in path[:-1]:
        parent = parent[key]
    if how == "delete":
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return doc


@settings(max_examples=120, deadline=None)
@given(path=st.sampled_from(PATHS), how=st.sampled_from(["delete", "set"]), value=wrong)
def test_mutated_user_parses_or_raises_a_typed_error(
    path: tuple[Any, ...], how: str, value: Any
) -> None:
    check(GET_USER, 200, json.dumps(mutate(VALID, path, how, value)).encode())


@pytest.mark.parametrize("path", [("user",), ("user", "sourcedId"), ("user", "roles")])
def test_missing_required_field_reads_as_unset_and_is_reported(path: tuple[str, ...]) -> None:
    REPLY.status, REPLY.content = 200, json.dumps(mutate(VALID, path, "delete", None)).encode()
    answer = call(GET_USER)
    holder = answer if len(path) == 1 else answer.user
    assert getattr(holder, {"sourcedId": "sourced_id"}.get(path[-1], path[-1])) is UNSET
    assert answer.to_dict() == mutate(VALID, path, "delete", None) | (
        {} if len(path) == 1 else {"user": answer.user.to_dict()}
    )
    where = "$." + ".".join(path)
    assert any(r.path == where and r.kind == "missing" for r in TB.drift_report())
    with pytest.raises(ResponseValidationError) as info:
        strict = TB.with_options(strict=True)
        strict.oneroster.rostering.get_user("id-sourced_id")
    assert info.value.operation == "getUser" and path[-1] in str(info.value)
