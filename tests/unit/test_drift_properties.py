"""Property-based: schema-valid bodies of every operation, mutated the ways the live platform
differs from its documents, always read, lose nothing, and report drift exactly when the body
no longer fits (the fast reader and the tolerant one agree)."""

from __future__ import annotations

import contextlib
import copy
import datetime
import json
from functools import cache
from importlib import resources
from typing import Any

import httpx
import pytest
from _timeback_gen._runtime import dump
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.contract.examples import ExampleError, Generator
from timeback_gen.services import OPERATIONS, OperationSpec, parse_response


@cache
def document(api: str) -> dict[str, Any]:
    text = resources.files("_timeback_gen.specdata").joinpath(f"{api}.json").read_text()
    return json.loads(text)  # type: ignore[no-any-return]


def valid_bodies(spec: OperationSpec) -> list[tuple[int, Any]]:
    """Document-valid JSON bodies of the operation's 2xx answers (with and without optionals)."""
    doc = document(spec.api)
    op = doc["paths"][spec.path][spec.http_method.lower()]
    out: list[tuple[int, Any]] = []
    for status, kind, _ in spec.responses:
        if kind not in ("model", "list", "union"):
            continue
        media = op["responses"][str(status)]["content"]["application/json"]
        generator = Generator(doc)
        for optional in (True, False):
            with contextlib.suppress(ExampleError):
                out.append((status, generator.media_value(media, include_optional=optional)))
    return out


JSON_OPERATIONS = sorted(
    key
    for key, spec in OPERATIONS.items()
    if any(k in ("model", "list", "union") for _, k, _ in spec.responses)
)


def test_every_json_operation_has_valid_bodies() -> None:
    assert len(JSON_OPERATIONS) >= 190
    missing = [key for key in JSON_OPERATIONS if not valid_bodies(OPERATIONS[key])]
    assert missing == []


# -- mutations ------------------------------------------------------------------------------

OTHER_VALUES = st.sampled_from(
    [True, False, 0, 7, 2.5, "", "12", "true", "ext:unknown", "not-a-date", {}, [], {"x": 1}, [1]]
)


def paths(value: Any, at: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [at]
    if isinstance(value, dict):
        for k, v in value.items():
            out += paths(v, (*at, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += paths(v, (*at, i))
    return out


def get(value: Any, path: tuple[Any, ...]) -> Any:
    for p in path:
        value = value[p]
    return value


@st.composite
def mutated(draw: st.DrawFn, body: Any) -> Any:
    body = json.loads(json.dumps(body))
    for _ in range(draw(st.integers(1, 4))):
        targets = [p for p in paths(body) if p]  # never the root: it must stay an object
        if not targets:
            break
        path = draw(st.sampled_from(targets))
        parent = get(body, path[:-1])
        key = path[-1]
        current = parent[key]
        how = draw(st.sampled_from(["drop", "swap", "null", "lone", "unknown-key", "enum"]))
        if how == "drop" and isinstance(parent, dict):
            del parent[key]
        elif how == "swap":
            parent[key] = copy.deepcopy(draw(OTHER_VALUES))
        elif how == "null":
            parent[key] = None
        elif how == "lone" and isinstance(current, list) and len(current) == 1:
            parent[key] = current[0]
        elif how == "unknown-key" and isinstance(current, dict):
            current["xUnknown"] = copy.deepcopy(draw(OTHER_VALUES))
        elif how == "enum" and isinstance(current, str):
            parent[key] = "ext:" + draw(st.text("abc", min_size=1, max_size=3))
    return body


# -- what "nothing lost" means ----------------------------------------------------------------


def _instant(text: Any) -> Any:
    if not isinstance(text, str) or len(text) < 10:
        return None
    for parse in (datetime.datetime.fromisoformat, datetime.date.fromisoformat):
        try:
            return parse(text)
        except ValueError:
            continue
    return None


def same(got: Any, sent: Any) -> bool:
    """Equal JSON, where a date(-time) may be spelled otherwise, a lone item may come back as a
    one-element list and a boolean field's 'true'/'false' text as the boolean."""
    if isinstance(got, bool) and sent in ("true", "false"):  # a boolean field's text reads as one
        return got == (sent == "true")
    if isinstance(got, list) and not isinstance(sent, list):
        return len(got) == 1 and same(got[0], sent)
    if isinstance(got, dict) and isinstance(sent, dict):
        return got.keys() == sent.keys() and all(same(got[k], sent[k]) for k in sent)
    if isinstance(got, list) and isinstance(sent, list):
        return len(got) == len(sent) and all(same(a, b) for a, b in zip(got, sent, strict=True))
    if type(got) is not type(sent) and not (
        isinstance(got, int | float)
        and isinstance(sent, int | float)
        and not isinstance(got, bool)
        and not isinstance(sent, bool)
    ):
        return False
    if got == sent:
        return True
    a, b = _instant(got), _instant(sent)
    return a is not None and a == b


def as_json(parsed: Any) -> Any:
    """What the user gets back as JSON: models by `to_dict()`, kept raw values as they are."""
    return dump(parsed)


def read(spec: OperationSpec, status: int, body: Any) -> tuple[Any, list[Any]]:
    sink: list[Any] = []
    response = httpx.Response(status, json=body)
    return parse_response(spec, response, sink), sink


@pytest.mark.parametrize("key", JSON_OPERATIONS)
@settings(
    max_examples=12,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_mutated_bodies_read_without_loss(key: str, data: st.DataObject) -> None:
    spec = OPERATIONS[key]
    status, valid = data.draw(st.sampled_from(valid_bodies(spec)))
    parsed, drift = read(spec, status, valid)
    assert drift == [], f"{key}: a document-valid body reported drift: {drift[:3]}"
    assert same(as_json(parsed), valid)

    body = data.draw(mutated(valid))
    parsed, drift = read(spec, status, body)  # never raises for an object body
    assert same(as_json(parsed), body), f"{key}: something was lost"
    # The two readers agree: drift is reported exactly when the fast one refuses the body.
    reader = spec.reader(status)
    assert reader is not None and reader.desc is not None
    try:
        strict = reader.desc.strict(body)
    except Exception:
        assert drift, f"{key}: the body does not fit its document, but no drift was reported"
    else:
        assert drift == [], (
            f"{key}: the body fits its document, yet drift was reported: {drift[:3]}"
        )
        assert same(as_json(strict), as_json(parsed))
    for d in drift:
        assert d.kind in {"missing", "null", "type", "enum", "format", "single"}
        assert d.path.startswith("$")
