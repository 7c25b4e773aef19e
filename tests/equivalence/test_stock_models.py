"""For document-valid bodies, our models' `from_dict` gives exactly what the stock
openapi-python-client templates' `from_dict` gives.

`generated/` is built with our model template (specs/generator/templates/model.py.jinja, a
straight-line constructor: docs/performance.md). Here the same documents, through the same
pipeline, are generated with the stock templates (stock.py, cached in build/equivalence/), and
every operation's JSON success responses and JSON request body models are parsed by both trees
from the same bodies (cases.py) and compared by structure (digest.py): class of every nested
model, every attribute's type and value, `additional_properties`, `to_dict()`.

When this fails after a template change, the message names each differing case (operation,
response status or body model, variant) and the first path at which the parses differ.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.contract.examples import _resolve
from timeback_gen.services import OPERATIONS

from .cases import KINDS
from .conftest import APIS, OURS, Run

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

#: 203 of the 229 operations have a JSON success response or JSON request body (2026-12
#: documents). A floor, so that a broken case builder cannot pass by checking little; lower
#: it only when the documents lose operations.
MIN_OPERATIONS = 200
SHOWN = 10


def _json_schema(media_map: Any) -> bool:
    media = (media_map or {}).get("application/json")
    return bool(media) and "schema" in media


def _expected_operations(documents: dict[str, Any]) -> set[str]:
    """Registry operations with a JSON success response or a JSON request body, read straight
    from the documents (independently of cases.py)."""
    expected = set()
    for key, spec in OPERATIONS.items():
        doc = documents[spec.api]
        op = _resolve(doc, doc["paths"][spec.path])[spec.http_method.lower()]
        responses = op.get("responses") or {}
        if any(
            _json_schema(_resolve(doc, responses.get(str(s)) or {}).get("content"))
            for s in spec.success
        ) or _json_schema(_resolve(doc, op.get("requestBody") or {}).get("content")):
            expected.add(key)
    return expected


def _first_difference(a: Any, b: Any, path: str = "") -> tuple[str, Any, Any] | None:
    """The first path (in the digest's order) where two digests differ, with both values."""
    if isinstance(a, dict) and isinstance(b, dict):
        for key in [*a, *(k for k in b if k not in a)]:
            if key not in a or key not in b:
                return f"{path}.{key}", a.get(key, "<absent>"), b.get(key, "<absent>")
            step = path if key in ("fields", "items") else f"{path}.{key}"
            if isinstance(a.get("model"), str) and key == "fields":
                step = f"{path}<{a['model']}>"
            found = _first_difference(a[key], b[key], step)
            if found:
                return found
        return None
    if isinstance(a, list) and isinstance(b, list):
        for i, (x, y) in enumerate(zip(a, b, strict=False)):
            found = _first_difference(x, y, f"{path}[{i}]")
            if found:
                return found
        if len(a) != len(b):
            return f"{path} (length)", len(a), len(b)
        return None
    return (path or "$", a, b) if a != b else None


def _short(value: Any, limit: int = 240) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + " …"


def _difference(run: Run, case: Any) -> str | None:
    stock, ours = run.theirs.get(case.id), run.ours.get(case.id)
    if stock == ours:
        return None
    where = f"response {case.where}" if case.status else case.where.replace(":", " ")
    path, a, b = _first_difference(stock, ours) or ("$", stock, ours)
    return (
        f"{where}, variant {case.variant!r}: first difference at {path.lstrip('.')}\n"
        f"      stock: {_short(a)}\n      ours:  {_short(b)}"
    )


def test_stock_tree_is_generated_with_the_stock_templates(equivalence: Run) -> None:
    """A guard on the check itself: the stock tree must not be our template's output."""
    for api in APIS:
        stock = sorted((equivalence.stock / "_timeback_gen" / api / "models").glob("*.py"))
        ours = sorted((OURS / "_timeback_gen" / api / "models").glob("*.py"))
        assert len(stock) > 5, api
        assert [p.name for p in ours] == [p.name for p in stock], (
            f"{api}: the stock and our trees have different model modules"
        )
        stock_text = "".join(p.read_text() for p in stock)
        # the stock from_dict copies the input and pops every key; NO_EXTRAS is ours only
        assert "d = dict(src_dict)" in stock_text and "NO_EXTRAS" not in stock_text, api
        assert stock_text != "".join(p.read_text() for p in ours), api


def test_every_operation_with_a_json_body_is_checked(equivalence: Run) -> None:
    checked = {c.operation for c in equivalence.cases}
    expected = _expected_operations(equivalence.documents)
    problems = [s for s in equivalence.skipped if s.reason != "no JSON response body"]
    assert not problems, "cases could not be built for:\n" + "\n".join(
        f"  {s.operation} {s.where}: {s.reason}" for s in problems
    )
    assert checked == expected, (
        f"not checked: {sorted(expected - checked)}; unexpected: {sorted(checked - expected)}"
    )
    assert len(checked) >= MIN_OPERATIONS, f"only {len(checked)} operations checked"
    for api in APIS:
        assert any(c.api == api for c in equivalence.cases), f"no {api} operation was checked"
    kinds = {c.kind for c in equivalence.cases}
    assert kinds == set(KINDS), f"no {sorted(set(KINDS) - kinds)} variants"


def test_from_dict_matches_the_stock_template(equivalence: Run) -> None:
    assert set(equivalence.ours) == set(equivalence.theirs) == {c.id for c in equivalence.cases}
    per_operation: dict[str, list[str]] = {}
    total: dict[str, int] = {}
    for case in equivalence.cases:
        total[case.operation] = total.get(case.operation, 0) + 1
        message = _difference(equivalence, case)
        if message:
            per_operation.setdefault(case.operation, []).append(message)
    if per_operation:
        lines = [
            f"{op}: {len(msgs)} of {total[op]} cases differ; the first, {msgs[0]}"
            for op, msgs in list(per_operation.items())[:SHOWN]
        ]
        count = sum(len(m) for m in per_operation.values())
        pytest.fail(
            f"{count} of {len(equivalence.cases)} cases in {len(per_operation)} operations parse "
            "differently with our model template than with openapi-python-client's stock "
            f"template (stock tree: {equivalence.stock}); the first "
            f"{min(SHOWN, len(per_operation))} operations:\n  " + "\n  ".join(lines),
            pytrace=False,
        )
