"""where_to_filter: operators, quoting, AND/OR nesting, value types and error messages."""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any
from uuid import UUID

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeback_gen.errors import FilterError, TimebackError
from timeback_gen.filters import where_to_filter


class Status(enum.Enum):
    ACTIVE = "active"
    TOBEDELETED = "tobedeleted"


class Grade(enum.IntEnum):
    NINE = 9


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        ({}, ""),
        ({"status": "active"}, "status='active'"),
        ({"status": "active", "role": "student"}, "status='active' AND role='student'"),
        ({"x": {"eq": "a"}}, "x='a'"),
        ({"x": {"ne": "a"}}, "x!='a'"),
        ({"x": {"gt": 5}}, "x>'5'"),
        ({"x": {"gte": 5}}, "x>='5'"),
        ({"x": {"lt": 5}}, "x<'5'"),
        ({"x": {"lte": 5}}, "x<='5'"),
        ({"x": {"contains": "ann"}}, "x~'ann'"),
        ({"x": {"in_": ["a"]}}, "x='a'"),
        ({"x": {"in_": ["a", "b"]}}, "x='a' OR x='b'"),
        ({"x": {"in": ("a", "b")}}, "x='a' OR x='b'"),
        ({"x": {"in_": {"b", "a"}}}, "x='a' OR x='b'"),
        ({"x": {"not_in": ["a", "b"]}}, "x!='a' AND x!='b'"),
        ({"x": {"gte": 1, "lt": 10}}, "x>='1' AND x<'10'"),
        ({"x": {"in_": ["a", "b"]}, "y": 1}, "(x='a' OR x='b') AND y='1'"),
        ({"x": {"not_in": ["a", "b"]}, "y": 1}, "x!='a' AND x!='b' AND y='1'"),
        ({"student.sourcedId": "s1"}, "student.sourcedId='s1'"),
        ({"metadata.a_b.c9": "v"}, "metadata.a_b.c9='v'"),
    ],
)
def test_operators(where: dict[str, Any], expected: str) -> None:
    assert where_to_filter(where) == expected


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        ({"OR": [{"a": 1}, {"b": 2}]}, "a='1' OR b='2'"),
        ({"AND": [{"a": 1}, {"b": 2}]}, "a='1' AND b='2'"),
        ({"OR": [{"a": 1}, {"b": 2}], "c": 3}, "(a='1' OR b='2') AND c='3'"),
        ({"OR": [{"a": 1, "b": 2}, {"c": 3}]}, "(a='1' AND b='2') OR c='3'"),
        (
            {"OR": [{"a": 1}, {"AND": [{"b": 2}, {"OR": [{"c": 3}, {"d": 4}]}]}]},
            "a='1' OR (b='2' AND (c='3' OR d='4'))",
        ),
        ({"OR": [{"a": 1}, {"OR": [{"b": 2}, {"c": 3}]}]}, "a='1' OR b='2' OR c='3'"),
        ({"OR": [{"a": {"in_": [1, 2]}}, {"b": 3}]}, "a='1' OR a='2' OR b='3'"),
        ({"OR": [{"a": {"not_in": [1, 2]}}, {"b": 3}]}, "(a!='1' AND a!='2') OR b='3'"),
        ({"OR": [{"a": 1}]}, "a='1'"),
        ({"OR": {"a": 1, "b": 2}}, "a='1' OR b='2'"),
        (
            {"OR": [{"a": 1}, {"b": 2}], "AND": [{"c": 3}, {"OR": [{"d": 4}, {"e": 5}]}]},
            "(a='1' OR b='2') AND c='3' AND (d='4' OR e='5')",
        ),
    ],
)
def test_logical_nesting(where: dict[str, Any], expected: str) -> None:
    assert where_to_filter(where) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("O'Brien", "'O''Brien'"),
        ("''", "''''''"),
        ("a AND b='c'", "'a AND b=''c'''"),
        ("", "''"),
        (True, "'true'"),
        (False, "'false'"),
        (5, "'5'"),
        (-3, "'-3'"),
        (2.5, "'2.5'"),
        (Decimal("1.10"), "'1.10'"),
        (UUID("12345678-1234-5678-1234-567812345678"), "'12345678-1234-5678-1234-567812345678'"),
        (date(2024, 1, 1), "'2024-01-01'"),
        (datetime(2024, 1, 1), "'2024-01-01T00:00:00Z'"),
        (datetime(2024, 1, 1, tzinfo=UTC), "'2024-01-01T00:00:00Z'"),
        (
            datetime(2024, 1, 1, 2, 30, tzinfo=timezone(timedelta(hours=2))),
            "'2024-01-01T00:30:00Z'",
        ),
        (
            datetime(2024, 1, 1, 0, 0, 0, tzinfo=timezone(timedelta(hours=-5))),
            "'2024-01-01T05:00:00Z'",
        ),
        (datetime(2024, 1, 1, 0, 0, 0, 123000), "'2024-01-01T00:00:00.123Z'"),
        (datetime(2024, 1, 1, 0, 0, 0, 123456), "'2024-01-01T00:00:00.123456Z'"),
        (Status.ACTIVE, "'active'"),
        (Grade.NINE, "'9'"),
    ],
)
def test_value_formatting(value: Any, expected: str) -> None:
    assert where_to_filter({"f": value}) == f"f={expected}"


@pytest.mark.parametrize(
    "name",
    ["", "a b", "a'b", "a=b", "a-b", ".a", "a.", "a..b", "a;DROP", "é", "x)OR(y"],
)
def test_bad_field_names(name: str) -> None:
    with pytest.raises(FilterError, match="Invalid filter field name") as info:
        where_to_filter({name: "v"})
    assert "letters, digits, '_' and '.'" in str(info.value)


def test_bad_field_name_inside_or() -> None:
    with pytest.raises(FilterError, match="Invalid filter field name"):
        where_to_filter({"OR": [{"ok": 1}, {"not ok": 2}]})


def test_unknown_operator_lists_valid_ones() -> None:
    with pytest.raises(FilterError) as info:
        where_to_filter({"x": {"like": "a"}})
    message = str(info.value)
    assert "'like'" in message and "'x'" in message
    for op in ("eq", "ne", "gt", "gte", "lt", "lte", "contains", "in_", "not_in"):
        assert op in message


def test_none_says_what_to_use_instead() -> None:
    with pytest.raises(FilterError) as info:
        where_to_filter({"x": None})
    assert "Leave the field out" in str(info.value)
    with pytest.raises(FilterError):
        where_to_filter({"x": {"ne": None}})
    with pytest.raises(FilterError):
        where_to_filter({"x": {"in_": ["a", None]}})


@pytest.mark.parametrize(
    ("where", "match"),
    [
        ({"x": {"in_": []}}, "empty list"),
        ({"x": {"not_in": []}}, "empty list"),
        ({"x": {"in_": "abc"}}, "needs a list"),
        ({"x": ["a", "b"]}, "in_"),
        ({"x": {}}, "empty operator mapping"),
        ({"OR": []}, "non-empty list"),
        ({"OR": "a"}, "non-empty list"),
        ({"AND": [{}]}, "non-empty mapping"),
        ({"OR": [1, 2]}, "non-empty mapping"),
        ({"x": object()}, "unsupported filter value type"),
        ({"x": float("nan")}, "cannot be used"),
        ({"x": b"bytes"}, "unsupported filter value type"),
    ],
)
def test_bad_where(where: dict[str, Any], match: str) -> None:
    with pytest.raises(FilterError, match=match):
        where_to_filter(where)


def test_where_must_be_mapping() -> None:
    with pytest.raises(FilterError, match="mapping"):
        where_to_filter([("a", 1)])  # type: ignore[arg-type]


def test_filter_error_is_value_error_and_timeback_error() -> None:
    with pytest.raises(ValueError):
        where_to_filter({"x": {"bad": 1}})
    with pytest.raises(TimebackError):
        where_to_filter({"x": {"bad": 1}})


def _unquote_all(text: str) -> list[str]:
    """Tiny reader for clause values (enough to check the escaping round-trips)."""
    values, i = [], 0
    while (start := text.find("'", i)) != -1:
        j, buf = start + 1, []
        while True:
            if text[j] == "'" and text[j + 1 : j + 2] == "'":
                buf.append("'")
                j += 2
            elif text[j] == "'":
                break
            else:
                buf.append(text[j])
                j += 1
        values.append("".join(buf))
        i = j + 1
    return values


@given(st.lists(st.text(), min_size=1, max_size=5))
def test_string_quoting_round_trips(values: list[str]) -> None:
    text = where_to_filter({"name": {"in_": values}})
    assert _unquote_all(text) == values
