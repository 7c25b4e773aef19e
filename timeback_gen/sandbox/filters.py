"""The OneRoster filter language: parse → AST, evaluate in Python, translate to SQLite SQL.

Grammar (OneRoster 1.2 §3.4.2, as the live API accepts it)::

    expr       := and_expr ( "OR" and_expr )*
    and_expr   := primary ( "AND" primary )*
    primary    := "(" expr ")" | comparison
    comparison := FIELD OP VALUE
    FIELD      := name ( "." name )*          e.g. student.sourcedId, roles[].role
    OP         := "=" | "!=" | ">" | ">=" | "<" | "<=" | "~"   (~ is "contains")
    VALUE      := "'" ( [^'] | "''" )* "'"    (unquoted numbers/words are tolerated)

AND binds tighter than OR. Keywords are case-insensitive. `parse_filter` and `evaluate` are
pure functions; `to_sql` produces a WHERE fragment over a JSON column using json_extract.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

OPERATORS = ("=", "!=", ">", ">=", "<", "<=", "~")


class FilterSyntaxError(ValueError):
    """The filter text does not follow the grammar; ``position`` is a 0-based offset."""

    def __init__(self, message: str, position: int) -> None:
        super().__init__(f"{message} (at position {position})")
        self.position = position


@dataclass(frozen=True)
class Comparison:
    field: str
    op: str
    value: str


@dataclass(frozen=True)
class And:
    items: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    items: tuple[Node, ...]


Node = Comparison | And | Or

_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<lparen>\()
  | (?P<rparen>\))
  | (?P<op>!=|>=|<=|=|>|<|~)
  | (?P<string>'(?:[^']|'')*')
  | (?P<word>[A-Za-z0-9_@$\-+:][A-Za-z0-9_@$\-+:.\[\]]*)
    """,
    re.VERBOSE,
)
_FIELD = re.compile(r"[A-Za-z_@$][A-Za-z0-9_@$\-]*(\[\])?(\.[A-Za-z_@$][A-Za-z0-9_@$\-]*(\[\])?)*")


@dataclass(frozen=True)
class _Tok:
    kind: str
    text: str
    pos: int


def _tokenize(text: str) -> list[_Tok]:
    toks: list[_Tok] = []
    pos = 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None:
            if text[pos] == "'":
                raise FilterSyntaxError("unterminated string literal", pos)
            raise FilterSyntaxError(f"unexpected character {text[pos]!r}", pos)
        kind = m.lastgroup or ""
        if kind != "ws":
            tok_text = m.group()
            if kind == "word" and tok_text in ("AND", "OR"):  # as OneRoster writes them: upper case
                kind = tok_text
            toks.append(_Tok(kind, tok_text, pos))
        pos = m.end()
    toks.append(_Tok("end", "", len(text)))
    return toks


class _Parser:
    def __init__(self, text: str) -> None:
        self.toks = _tokenize(text)
        self.i = 0

    def peek(self) -> _Tok:
        return self.toks[self.i]

    def take(self, kind: str, what: str) -> _Tok:
        tok = self.peek()
        if tok.kind != kind:
            found = tok.text or "end of filter"
            raise FilterSyntaxError(f"expected {what}, found {found!r}", tok.pos)
        self.i += 1
        return tok

    def expr(self) -> Node:
        items = [self.and_expr()]
        while self.peek().kind == "OR":
            self.i += 1
            items.append(self.and_expr())
        return items[0] if len(items) == 1 else Or(tuple(items))

    def and_expr(self) -> Node:
        items = [self.primary()]
        while self.peek().kind == "AND":
            self.i += 1
            items.append(self.primary())
        return items[0] if len(items) == 1 else And(tuple(items))

    def primary(self) -> Node:
        if self.peek().kind == "lparen":
            self.i += 1
            node = self.expr()
            self.take("rparen", "')'")
            return node
        field_tok = self.take("word", "a field name")
        if not _FIELD.fullmatch(field_tok.text):
            raise FilterSyntaxError(f"invalid field name {field_tok.text!r}", field_tok.pos)
        op_tok = self.take("op", "an operator (= != > >= < <= ~)")
        val_tok = self.peek()
        if val_tok.kind == "string":
            value = val_tok.text[1:-1].replace("''", "'")
        elif val_tok.kind == "word":
            value = val_tok.text
        else:
            raise FilterSyntaxError(
                f"expected a quoted value, found {val_tok.text or 'end of filter'!r}", val_tok.pos
            )
        self.i += 1
        return Comparison(field_tok.text, op_tok.text, value)


def parse_filter(text: str) -> Node:
    """Parse a OneRoster filter string into an AST (raises FilterSyntaxError)."""
    if not text or not text.strip():
        raise FilterSyntaxError("empty filter", 0)
    parser = _Parser(text)
    node = parser.expr()
    tok = parser.peek()
    if tok.kind != "end":
        raise FilterSyntaxError(f"unexpected {tok.text!r}", tok.pos)
    return node


def fields_of(node: Node) -> list[str]:
    if isinstance(node, Comparison):
        return [node.field]
    return [f for item in node.items for f in fields_of(item)]


# --------------------------------------------------------------------------- evaluation

Aliases = Mapping[str, Sequence[str]]


def _values(record: Any, path: str) -> list[Any]:
    current: list[Any] = [record]
    for seg in path.split("."):
        expand = seg.endswith("[]")
        key = seg[:-2] if expand else seg
        nxt: list[Any] = []
        for obj in current:
            if isinstance(obj, dict) and key in obj:
                val = obj[key]
                if expand and isinstance(val, list):
                    nxt.extend(val)
                elif not expand:
                    nxt.append(val)
        current = nxt
    out: list[Any] = []
    for val in current:  # a leaf array of scalars matches on any element
        if isinstance(val, list):
            out.extend(v for v in val if not isinstance(v, (dict, list)))
        elif val is not None:
            out.append(val)
    return out


def _as_number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def _compare(actual: Any, op: str, expected: str) -> bool:
    if isinstance(actual, bool):
        actual = "true" if actual else "false"
    if op == "~":
        return expected.lower() in _text(actual).lower()
    left: Any
    right: Any
    num = _as_number(expected)
    if isinstance(actual, (int, float)) and num is not None:
        left, right = float(actual), num
    else:
        left, right = _text(actual), expected
    if op == "=":
        return bool(left == right)
    if op == ">":
        return bool(left > right)
    if op == ">=":
        return bool(left >= right)
    if op == "<":
        return bool(left < right)
    if op == "<=":
        return bool(left <= right)
    raise ValueError(op)


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def evaluate(node: Node, record: Mapping[str, Any], aliases: Aliases | None = None) -> bool:
    """Whether ``record`` matches the filter. ``aliases`` maps a field to the paths it reads
    (e.g. ``{"role": ["role", "roles[].role"]}``); any path matching is a match."""
    if isinstance(node, And):
        return all(evaluate(n, record, aliases) for n in node.items)
    if isinstance(node, Or):
        return any(evaluate(n, record, aliases) for n in node.items)
    paths = (aliases or {}).get(node.field) or [node.field]
    values = [v for p in paths for v in _values(record, p)]
    if node.op == "!=":
        return not any(_compare(v, "=", node.value) for v in values)
    return any(_compare(v, node.op, node.value) for v in values)


# --------------------------------------------------------------------------- SQL


def json_path(field: str) -> str:
    """``student.sourcedId`` → ``$."student"."sourcedId"`` (field names are quoted)."""
    return "$" + "".join('."' + seg + '"' for seg in field.split("."))


class _SqlBuilder:
    def __init__(self, column: str, aliases: Aliases | None) -> None:
        self.column = column
        self.aliases = aliases or {}
        self.params: dict[str, Any] = {}

    def param(self, value: Any) -> str:
        name = f"f{len(self.params)}"
        self.params[name] = value
        return ":" + name

    def scalar_cmp(self, txt: str, typ: str, num: str, op: str, value: str) -> str:
        if op == "~":
            return f"(instr(lower({txt}), lower({self.param(value)})) > 0)"
        sql_op = "=" if op == "!=" else op
        number = _as_number(value)
        text_param = self.param(value)
        if number is not None:
            num_param = self.param(number)
            return (
                f"(CASE WHEN {typ} IN ('integer','real') THEN {num} {sql_op} {num_param} "
                f"ELSE CAST({txt} AS TEXT) {sql_op} {text_param} END)"
            )
        return f"(CAST({txt} AS TEXT) {sql_op} {text_param})"

    def at(self, src: str, path: str, op: str, value: str) -> str:
        """Comparison on ``json_extract(src, path)``, any element if it is an array."""
        p = self.param(path)
        typ = f"json_type({src}, {p})"
        txt = (
            f"(CASE {typ} WHEN 'true' THEN 'true' WHEN 'false' THEN 'false' "
            f"ELSE json_extract({src}, {p}) END)"
        )
        scalar = self.scalar_cmp(txt, typ, f"json_extract({src}, {p})", op, value)
        etxt = "(CASE je.type WHEN 'true' THEN 'true' WHEN 'false' THEN 'false' ELSE je.value END)"
        elem = self.scalar_cmp(etxt, "je.type", "je.value", op, value)
        return (
            f"(CASE WHEN {typ} = 'array' THEN EXISTS(SELECT 1 FROM json_each({src}, {p}) AS je "
            f"WHERE je.type NOT IN ('object','array') AND {elem}) ELSE {scalar} END)"
        )

    def path_cmp(self, path: str, op: str, value: str) -> str:
        if "[]" not in path:
            return self.at(self.column, json_path(path), op, value)
        head, _, rest = path.partition("[]")
        rest = rest.lstrip(".")
        arr = self.param(json_path(head))
        if not rest:
            inner = self.at("je2.value", "$", op, value)
        else:
            inner = self.at("je2.value", json_path(rest), op, value)
        return (
            f"(json_type({self.column}, {arr}) = 'array' AND EXISTS(SELECT 1 FROM "
            f"json_each({self.column}, {arr}) AS je2 WHERE {inner}))"
        )

    def build(self, node: Node) -> str:
        if isinstance(node, And):
            return "(" + " AND ".join(self.build(n) for n in node.items) + ")"
        if isinstance(node, Or):
            return "(" + " OR ".join(self.build(n) for n in node.items) + ")"
        paths = list(self.aliases.get(node.field) or [node.field])
        any_match = " OR ".join(
            f"COALESCE({self.path_cmp(p, node.op, node.value)}, 0)" for p in paths
        )
        if node.op == "!=":
            return f"(NOT ({any_match}))"
        return f"({any_match})"


def to_sql(
    node: Node, column: str = "records.json", aliases: Aliases | None = None
) -> tuple[str, dict[str, Any]]:
    """SQLite WHERE fragment (named parameters) equivalent to ``evaluate(node, ...)``."""
    builder = _SqlBuilder(column, aliases)
    return builder.build(node), builder.params
