"""The filter parser/evaluator/SQL translation and the store, without HTTP."""

from __future__ import annotations

import time
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeback_gen.sandbox import filters as f
from timeback_gen.sandbox.store import Condition, Store

pytestmark = pytest.mark.sandbox

ALIASES = {"role": ["role", "roles[].role"]}


def test_precedence_and_parentheses() -> None:
    node = f.parse_filter("status='active' AND (role='teacher' OR role='aide')")
    assert node == f.And(
        (
            f.Comparison("status", "=", "active"),
            f.Or((f.Comparison("role", "=", "teacher"), f.Comparison("role", "=", "aide"))),
        )
    )
    node = f.parse_filter("a='1' OR b='2' AND c='3'")
    assert isinstance(node, f.Or) and isinstance(node.items[1], f.And)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("name='O''Brien'", f.Comparison("name", "=", "O'Brien")),
        ("familyName~'smi'", f.Comparison("familyName", "~", "smi")),
        ("student.sourcedId='abc'", f.Comparison("student.sourcedId", "=", "abc")),
        (
            "dateLastModified>='2024-01-01T00:00:00Z'",
            f.Comparison("dateLastModified", ">=", "2024-01-01T00:00:00Z"),
        ),
        ("score != '3'", f.Comparison("score", "!=", "3")),
        ("x<=''", f.Comparison("x", "<=", "")),
    ],
)
def test_single_comparisons(text: str, expected: f.Comparison) -> None:
    assert f.parse_filter(text) == expected


@pytest.mark.parametrize(
    "text", ["", "name=", "name='x", "(a='1'", "a='1')", "a='1' AND", "a=='1'", "='x'", "a 'x'"]
)
def test_syntax_errors(text: str) -> None:
    with pytest.raises(f.FilterSyntaxError):
        f.parse_filter(text)


def test_role_alias_matches_roles_array() -> None:
    record = {"roles": [{"role": "teacher"}, {"role": "aide"}], "status": "active"}
    assert f.evaluate(f.parse_filter("role='aide'"), record, ALIASES)
    assert not f.evaluate(f.parse_filter("role='student'"), record, ALIASES)
    assert f.evaluate(f.parse_filter("role!='student'"), record, ALIASES)


values = st.one_of(
    st.sampled_from(["a", "b", "ab", "B", "10", "9", "x'y"]),
    st.integers(-3, 12),
    st.booleans(),
    st.none(),
)
records = st.fixed_dictionaries(
    {},
    optional={
        "name": values,
        "score": values,
        "tags": st.lists(st.sampled_from(["a", "b", "10"]), max_size=3),
        "student": st.fixed_dictionaries({}, optional={"sourcedId": values}),
        "roles": st.lists(
            st.fixed_dictionaries({"role": st.sampled_from(["student", "teacher"])}), max_size=2
        ),
    },
)
comparisons = st.builds(
    f.Comparison,
    st.sampled_from(["name", "score", "tags", "student.sourcedId", "role", "missing"]),
    st.sampled_from(f.OPERATORS),
    st.sampled_from(["a", "b", "10", "9", "x'y", "true", "-1", ""]),
)
nodes = st.recursive(
    comparisons,
    lambda inner: st.one_of(
        st.builds(lambda xs: f.And(tuple(xs)), st.lists(inner, min_size=2, max_size=3)),
        st.builds(lambda xs: f.Or(tuple(xs)), st.lists(inner, min_size=2, max_size=3)),
    ),
    max_leaves=5,
)


@settings(max_examples=150, deadline=None)
@given(st.lists(records, min_size=1, max_size=6), nodes)
def test_sql_agrees_with_evaluator(rows: list[dict[str, Any]], node: f.Node) -> None:
    store = Store()
    try:
        for i, row in enumerate(rows):
            store.insert("things", str(i), {"sourcedId": str(i), **row})
        sql, params = f.to_sql(node, aliases=ALIASES)
        got = {r["sourcedId"] for r in store.query("things", [Condition(sql, params)]).items}
        want = {
            str(i)
            for i, row in enumerate(rows)
            if f.evaluate(node, {"sourcedId": str(i), **row}, ALIASES)
        }
        assert got == want
    finally:
        store.close()


def test_page_of_3000_from_100k_is_fast() -> None:
    store = Store()
    try:
        docs = (
            (
                f"u{i}",
                {
                    "sourcedId": f"u{i}",
                    "status": "active",
                    "familyName": f"N{i % 97}",
                    "roles": [{"role": "student" if i % 3 else "teacher"}],
                },
            )
            for i in range(100_000)
        )
        assert store.insert_many("users", docs) == []
        start = time.perf_counter()
        page = store.query("users", [], limit=3000, offset=90_000)
        assert len(page.items) == 3000 and page.total == 100_000
        node = f.parse_filter("status='active' AND role='teacher'")
        sql, params = f.to_sql(node, aliases=ALIASES)
        filtered = store.query("users", [Condition(sql, params)], limit=3000, offset=30_000)
        assert filtered.total == 33_334 and len(filtered.items) == 3000
        assert time.perf_counter() - start < 2.0
    finally:
        store.close()


def test_a_field_spelled_like_a_keyword_in_lower_case_is_a_field() -> None:
    """Found by hypothesis: `oR!=''` is a comparison on the field `oR`, not the OR keyword."""
    assert f.evaluate(f.parse_filter("oR!=''"), {"oR": "x"}, {})
    assert not f.evaluate(f.parse_filter("oR!=''"), {"oR": ""}, {})
