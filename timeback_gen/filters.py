"""``where_to_filter``: a Python mapping -> a OneRoster 1.2 ``filter`` query string.

    where_to_filter({"status": "active", "dateLastModified": {"gte": date(2024, 1, 1)}})
    == "status='active' AND dateLastModified>='2024-01-01'"

Keys are AND-ed; a plain value means equality; a dict value holds operators (``eq ne gt gte lt
lte contains in_ not_in``); ``{"OR": [...]}`` / ``{"AND": [...]}`` combine sub-mappings.
Values are always quoted, with embedded single quotes doubled.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any
from uuid import UUID

from timeback_gen.errors import FilterError

__all__ = ["OPERATORS", "where_to_filter"]

# Operator name -> OneRoster comparison symbol.
OPERATORS: Mapping[str, str] = {
    "eq": "=",
    "ne": "!=",
    "gt": ">",
    "gte": ">=",
    "lt": "<",
    "lte": "<=",
    "contains": "~",
}
_LIST_OPERATORS = ("in_", "not_in")
_ALIASES = {"in": "in_"}
_VALID_OPERATORS = (*OPERATORS, *_LIST_OPERATORS)
_FIELD_RE = re.compile(r"[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*")


@dataclass(frozen=True)
class _Group:
    """A logical combination; ``parts`` are clause strings or nested groups."""

    op: str  # "AND" | "OR"
    parts: tuple[_Node, ...]


_Node = str | _Group


def where_to_filter(where: Mapping[str, Any]) -> str:
    """Render ``where`` as a OneRoster filter string (``""`` for an empty mapping)."""
    if not isinstance(where, Mapping):
        raise FilterError(f"where must be a mapping, got {type(where).__name__}.")
    if not where:
        return ""
    return _render(_compile(where), parent=None)


def _compile(where: Mapping[str, Any]) -> _Node:
    parts: list[_Node] = []
    for key, value in where.items():
        if key in ("AND", "OR"):
            parts.append(_compile_logical(key, value))
        else:
            parts.append(_compile_field(_check_field(key), value))
    return _group("AND", parts)


def _compile_logical(op: str, value: Any) -> _Node:
    if isinstance(value, Mapping):
        value = [{k: v} for k, v in value.items()]
    if isinstance(value, str | bytes) or not isinstance(value, Sequence) or not value:
        raise FilterError(
            f'"{op}" needs a non-empty list of mappings, e.g. {{"{op}": [{{"a": 1}}, {{"b": 2}}]}}.'
        )
    subs: list[_Node] = []
    for item in value:
        if not isinstance(item, Mapping) or not item:
            raise FilterError(f'Each entry of "{op}" must be a non-empty mapping, got {item!r}.')
        subs.append(_compile(item))
    return _group(op, subs)


def _compile_field(field: str, value: Any) -> _Node:
    if not isinstance(value, Mapping):
        if _is_collection(value):
            raise FilterError(
                f"Field {field!r} got a {type(value).__name__}; to match any of several values "
                f'use {{"{field}": {{"in_": [...]}}}}.'
            )
        return _clause(field, "=", value)
    if not value:
        raise FilterError(
            f"Field {field!r} has an empty operator mapping; use one of "
            f"{', '.join(_VALID_OPERATORS)}."
        )
    parts: list[_Node] = []
    for raw_op, operand in value.items():
        op = str(_ALIASES.get(raw_op, raw_op))
        if op in OPERATORS:
            parts.append(_clause(field, OPERATORS[op], operand))
        elif op in _LIST_OPERATORS:
            items = _operand_list(field, op, operand)
            if op == "in_":
                parts.append(_group("OR", [_clause(field, "=", v) for v in items]))
            else:
                parts.append(_group("AND", [_clause(field, "!=", v) for v in items]))
        else:
            raise FilterError(
                f"Unknown filter operator {raw_op!r} for field {field!r}; valid operators: "
                f"{', '.join(_VALID_OPERATORS)}."
            )
    return _group("AND", parts)


def _operand_list(field: str, op: str, operand: Any) -> list[Any]:
    if not _is_collection(operand):
        raise FilterError(f"{op} for field {field!r} needs a list of values, got {operand!r}.")
    items = list(operand)
    if isinstance(operand, Set):
        items.sort(key=lambda v: _format_value(field, v))  # deterministic output
    if not items:
        raise FilterError(
            f"{op} for field {field!r} got an empty list, which can never be satisfied "
            "meaningfully; pass at least one value or drop the condition."
        )
    return items


def _is_collection(value: Any) -> bool:
    return isinstance(value, Sequence | Set) and not isinstance(value, str | bytes | bytearray)


def _check_field(name: Any) -> str:
    if not isinstance(name, str) or not _FIELD_RE.fullmatch(name):
        raise FilterError(
            f"Invalid filter field name {name!r}: use letters, digits, '_' and '.' only "
            "(e.g. 'status' or 'student.sourcedId')."
        )
    return name


def _clause(field: str, symbol: str, value: Any) -> str:
    return f"{field}{symbol}{_format_value(field, value)}"


def _format_value(field: str, value: Any) -> str:
    """Quote ``value`` for the filter grammar (single quotes, embedded quotes doubled)."""
    if isinstance(value, Enum):
        value = value.value
    if value is None:
        raise FilterError(
            f"None is not a filter value (field {field!r}): the OneRoster filter grammar has no "
            "null test. Leave the field out, or compare with an empty string ''."
        )
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, datetime):
        text = _format_datetime(value)
    elif isinstance(value, date):
        text = value.isoformat()
    elif isinstance(value, int):
        text = str(value)
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise FilterError(f"Field {field!r}: {value!r} cannot be used in a filter.")
        text = repr(value)
    elif isinstance(value, str | Decimal | UUID):
        text = str(value)
    else:
        raise FilterError(
            f"Field {field!r}: unsupported filter value type {type(value).__name__}; use str, "
            "int, float, bool, date, datetime or an Enum."
        )
    return "'" + text.replace("'", "''") + "'"


def _format_datetime(value: datetime) -> str:
    """ISO 8601 in UTC with a ``Z`` suffix; naive datetimes are taken to be UTC already."""
    value = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    if value.microsecond == 0:
        spec = "seconds"
    elif value.microsecond % 1000 == 0:
        spec = "milliseconds"
    else:
        spec = "microseconds"
    return value.replace(tzinfo=None).isoformat(timespec=spec) + "Z"


def _group(op: str, parts: list[_Node]) -> _Node:
    """Combine ``parts`` with ``op``, flattening same-operator children and unwrapping singles."""
    flat: list[_Node] = []
    for part in parts:
        if isinstance(part, _Group) and part.op == op:
            flat.extend(part.parts)
        else:
            flat.append(part)
    if len(flat) == 1:
        return flat[0]
    return _Group(op, tuple(flat))


def _render(node: _Node, *, parent: str | None) -> str:
    if isinstance(node, str):
        return node
    text = f" {node.op} ".join(_render(p, parent=node.op) for p in node.parts)
    return f"({text})" if parent is not None and parent != node.op else text
