"""Resolve specs/paging.yaml against the normalized documents: each list operation's paging style.

`resolve(api, doc, rules)` gives {operationId: Paging} for one API and checks, before anything is
generated, that the declarations fit the document: every GET operation taking a paging-like
query parameter is covered by exactly one rule (or listed as `unpaged`), every rule and named
operation exists, an operation takes the parameters of its style, and its 200 response has the
items array and the total the rule names. `mark(doc, paging)` then puts the items key on each
paged response schema (`x-timeback-page-items`), where the model template reads it to give the
response model its typed `_tb_page()` member; scripts/facade.py writes the styles into the
registry and docs/api.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

METHODS = ("get", "put", "post", "delete", "patch")
EXTENSION = "x-timeback-page-items"
RULE_KEYS = {"when", "operations", "style", "items", "total"}


class PagingError(Exception):
    """specs/paging.yaml does not fit the documents (or is malformed)."""


@dataclass(frozen=True)
class Paging:
    """How one operation pages: its style, the response's items array and total (dotted)."""

    style: str
    items: str
    total: str | None
    parameters: tuple[str, ...]  # the document names of the style's query parameters


@dataclass(frozen=True)
class Rules:
    paging_parameters: frozenset[str]
    styles: dict[str, tuple[str, ...]]
    apis: dict[str, list[dict[str, Any]]]
    unpaged: dict[str, str]


def load(path: Path) -> Rules:
    data = yaml.safe_load(path.read_text()) or {}
    where = path.name
    styles = {}
    for name, style in (data.get("styles") or {}).items():
        params = (style or {}).get("parameters")
        if not isinstance(params, list):
            raise PagingError(f"{where}: style {name!r} needs `parameters: [...]`")
        styles[name] = tuple(params)
    apis: dict[str, list[dict[str, Any]]] = {}
    for api, rules in (data.get("apis") or {}).items():
        if not isinstance(rules, list):
            raise PagingError(f"{where}: apis.{api} must be a list of rules")
        for rule in rules:
            unknown = set(rule) - RULE_KEYS
            if unknown:
                raise PagingError(f"{where}: apis.{api}: unknown rule keys {sorted(unknown)}")
            if ("when" in rule) == ("operations" in rule):
                raise PagingError(f"{where}: apis.{api}: a rule has `when:` or `operations:`")
            if rule.get("style") not in styles:
                raise PagingError(
                    f"{where}: apis.{api}: style {rule.get('style')!r} is not one of "
                    f"{', '.join(styles)}"
                )
        apis[api] = rules
    unpaged = data.get("unpaged") or {}
    if not isinstance(unpaged, dict) or not all(isinstance(v, str) and v for v in unpaged.values()):
        raise PagingError(f"{where}: `unpaged` maps operationIds to a reason")
    return Rules(frozenset(data.get("paging_parameters") or ()), styles, apis, unpaged)


def _deref(doc: dict[str, Any], node: Any) -> Any:
    """A schema or parameter with its `$ref`s followed (the documents' are `#/components/...`)."""
    for _ in range(50):
        ref = node.get("$ref") if isinstance(node, dict) else None
        if not isinstance(ref, str):
            return node
        if not ref.startswith("#/components/"):
            raise PagingError(f"a $ref outside the components is not supported: {ref!r}")
        kind, _, name = ref.removeprefix("#/components/").partition("/")
        node = doc["components"][kind][name.replace("~1", "/").replace("~0", "~")]
    raise PagingError(f"$ref cycle at {ref!r}")


def _operations(doc: dict[str, Any]) -> list[tuple[str, str, dict[str, Any], set[str]]]:
    """(method, path, operation, its query parameter names) for every operation."""
    out = []
    for path, item in (doc.get("paths") or {}).items():
        shared = item.get("parameters") or []
        for method in METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            params = [_deref(doc, p) for p in [*shared, *(op.get("parameters") or [])]]
            query = {p["name"] for p in params if isinstance(p, dict) and p.get("in") == "query"}
            out.append((method, path, op, query))
    return out


def _ok_schema(op: dict[str, Any]) -> Any:
    media = (((op.get("responses") or {}).get("200") or {}).get("content") or {}).get(
        "application/json"
    )
    return None if media is None else media.get("schema")


def _arrays(doc: dict[str, Any], schema: dict[str, Any]) -> list[str]:
    props = schema.get("properties") or {}
    return [k for k, v in props.items() if (_deref(doc, v) or {}).get("type") == "array"]


def _check_response(
    api: str, op_id: str, doc: dict[str, Any], rule: dict[str, Any]
) -> tuple[str, str | None]:
    where = f"{api} {op_id}"
    schema = _deref(doc, _ok_schema(op_id_op(doc, op_id)))
    if not isinstance(schema, dict) or not schema.get("properties"):
        raise PagingError(f"{where}: no JSON object answers its 200, so it cannot be paged")
    items = rule.get("items")
    if items is None:
        arrays = _arrays(doc, schema)
        if len(arrays) != 1:
            raise PagingError(
                f"{where}: its 200 answer has {len(arrays)} array properties "
                f"({', '.join(arrays) or 'none'}); name the records with `items:` in "
                "specs/paging.yaml"
            )
        items = arrays[0]
    elif items not in _arrays(doc, schema):
        raise PagingError(f"{where}: its 200 answer has no array property {items!r}")
    total = rule.get("total")
    if rule["style"] == "whole":
        if total is not None:
            raise PagingError(f"{where}: a `whole` list has no total")
        return items, None
    if not isinstance(total, str) or not total:
        raise PagingError(f"{where}: style {rule['style']} needs `total:` (a dotted path)")
    node: Any = schema
    for part in total.split("."):
        node = _deref(doc, ((node or {}).get("properties") or {}).get(part))
        if not isinstance(node, dict):
            raise PagingError(f"{where}: its 200 answer declares no {total!r}")
    if node.get("type") not in ("number", "integer"):
        raise PagingError(f"{where}: {total!r} is not a number in its 200 answer")
    return items, total


def op_id_op(doc: dict[str, Any], op_id: str) -> dict[str, Any]:
    for _method, _path, op, _query in _operations(doc):
        if op.get("operationId") == op_id:
            return op
    raise PagingError(f"no operation {op_id!r}")


def resolve(api: str, doc: dict[str, Any], rules: Rules) -> dict[str, Paging]:
    """{operationId: Paging} of one API, checked against its document (see the module doc)."""
    ops = _operations(doc)
    by_id = {op["operationId"]: (method, path, query) for method, path, op, query in ops}
    covered: dict[str, Paging] = {}
    for index, rule in enumerate(rules.apis.get(api) or []):
        label = f"specs/paging.yaml apis.{api}[{index}]"
        if "operations" in rule:
            names = list(rule["operations"])
            missing = [n for n in names if n not in by_id]
            if missing:
                raise PagingError(f"{label}: no operation {', '.join(missing)} in the document")
        else:
            wanted = set(rule["when"])
            names = [
                op_id
                for op_id, (method, _path, query) in by_id.items()
                if method == "get" and wanted <= query
            ]
            if not names:
                raise PagingError(f"{label}: `when: {sorted(wanted)}` matches no operation")
        params = rules.styles[rule["style"]]
        for op_id in names:
            method, path, query = by_id[op_id]
            if op_id in covered:
                raise PagingError(f"{label}: {api} {op_id} is covered by two rules")
            if method != "get":
                raise PagingError(f"{label}: {api} {op_id} ({method.upper()} {path}) is no list")
            lacking = [p for p in params if p not in query]
            if lacking:
                raise PagingError(
                    f"{label}: {api} {op_id} takes no query parameter {', '.join(lacking)} "
                    f"(style {rule['style']})"
                )
            items, total = _check_response(api, op_id, doc, rule)
            covered[op_id] = Paging(rule["style"], items, total, params)
    for op_id, (method, path, query) in by_id.items():
        paged_like = sorted(query & rules.paging_parameters)
        if method != "get" or not paged_like or op_id in covered or op_id in rules.unpaged:
            continue
        raise PagingError(
            f"{api} {op_id} (GET {path}) takes {', '.join(paged_like)}, so it looks like a list, "
            "but specs/paging.yaml declares no paging for it: add it to a rule of "
            f"apis.{api} (style {' | '.join(rules.styles)}), or to `unpaged` with the reason"
        )
    both = [op_id for op_id in rules.unpaged if op_id in covered]
    if both:
        raise PagingError(f"specs/paging.yaml: {', '.join(both)} is both paged and `unpaged`")
    return covered


def mark(doc: dict[str, Any], paging: dict[str, Paging]) -> None:
    """Put each paged operation's items key on its 200 response schema (the component it
    references, or the inline schema), for the model template."""
    for op_id, plan in paging.items():
        op = op_id_op(doc, op_id)
        media = op["responses"]["200"]["content"]["application/json"]
        target = _deref(doc, media["schema"])
        had = target.get(EXTENSION)
        if had is not None and had != plan.items:
            raise PagingError(
                f"{op_id}: its response schema is shared with a list whose records are {had!r}, "
                f"not {plan.items!r}"
            )
        target[EXTENSION] = plan.items
