"""Document-valid bodies for every operation's JSON success responses and JSON request body.

Values come from tests/contract/examples.py's deterministic generator over the documents the
trees were generated from. Each body is one case; its variants, all checked with
`examples.validate` against the schema (a variant that is not valid is not a case):

* `full` (the generator's value with simple optional members) and `required` (required only);
* `rich`: `full` plus every optional member the generator leaves out (objects, arrays of
  objects, unions; one item in an empty list, one entry in a map with an `additionalProperties`
  schema), recursively, so nested optional models are parsed too;
* from `rich`, at every object up to `MAX_NODE_DEPTH` deep (the first item of a list):
  `-<path>.<key>` (drop: that member dropped), `+<path>` (extra: an unknown key added), and
  for a list item `<path>:required` (item-required: all its optional members dropped at once);
* `<path>|<i>` (union): the member at `<path>` replaced by a value of the i-th branch of its
  `oneOf` / `anyOf`, or the i-th type of its type list (`null` included), where the generator
  takes the first.
"""

from __future__ import annotations

import copy
import inspect
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from tests.contract.examples import ExampleError, Generator, _resolve, validate

MAX_ENRICH_DEPTH = 5
MAX_NODE_DEPTH = 4
EXTRA_VALUES: tuple[Any, ...] = ({"a": 1, "b": [1, None]}, "extra-1", 1)


@dataclass
class Case:
    id: str  # "<operation> <where> <variant>"
    operation: str  # the registry key
    api: str
    where: str  # "200" (a response status) or "body:<Model>"
    variant: str
    kind: str  # the variant's kind (KINDS)
    module: str
    status: int | None  # responses: parsed with _parse_response
    model: str | None  # request bodies: parsed with <Model>.from_dict
    body: Any

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "operation": self.operation,
            "module": self.module,
            "status": self.status,
            "model": self.model,
            "body": self.body,
        }


@dataclass
class Skipped:
    operation: str
    where: str
    reason: str


def _key(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


class Variants:
    """Variant bodies of one schema (see the module docstring)."""

    def __init__(self, doc: Mapping[str, Any]) -> None:
        self.doc = doc
        self.gen = Generator(doc)

    def valid(self, schema: Any, value: Any) -> bool:
        return not validate(self.doc, schema, value)

    # -- the schema of a value --------------------------------------------------------------

    def _object_schemas(self, schema: Any, value: Any, depth: int = 0) -> list[dict[str, Any]]:
        """The object schemas (`properties`, or a schema for `additionalProperties`) that
        `value` is an instance of: through `$ref`, `allOf`, and the `oneOf`/`anyOf` branches
        it validates against."""
        if not isinstance(schema, dict) or depth > 20:
            return []
        if "$ref" in schema:
            target = _resolve(self.doc, {"$ref": schema["$ref"]})
            siblings = {k: v for k, v in schema.items() if k != "$ref"}
            return self._object_schemas({**target, **siblings}, value, depth + 1)
        found: list[dict[str, Any]] = []
        if "properties" in schema or isinstance(schema.get("additionalProperties"), dict):
            found.append(schema)
        for part in schema.get("allOf") or []:
            found += self._object_schemas(part, value, depth + 1)
        for key in ("oneOf", "anyOf"):
            for branch in schema.get(key) or []:
                if self.valid(branch, value):
                    found += self._object_schemas(branch, value, depth + 1)
        return found

    def _items_schema(self, schema: Any, value: list[Any], depth: int = 0) -> Any:
        if not isinstance(schema, dict) or depth > 20:
            return None
        if "$ref" in schema:
            return self._items_schema(_resolve(self.doc, {"$ref": schema["$ref"]}), value, depth)
        if "items" in schema:
            return schema["items"]
        for key in ("allOf", "oneOf", "anyOf"):
            for branch in schema.get(key) or []:
                if key == "allOf" or self.valid(branch, value):
                    found = self._items_schema(branch, value, depth + 1)
                    if found is not None:
                        return found
        return None

    def _schema_nodes(
        self, schema: Any, value: Any, path: tuple[Any, ...] = ()
    ) -> Iterator[tuple[tuple[Any, ...], Any, Any]]:
        """(path, schema, value) for `value` and its members (lists: the first item), to
        MAX_NODE_DEPTH objects deep."""
        yield path, schema, value
        if len(path) > MAX_NODE_DEPTH * 2:
            return
        if isinstance(value, dict):
            for obj in self._object_schemas(schema, value):
                props = obj.get("properties") or {}
                addl = obj.get("additionalProperties")
                for key, inner in value.items():
                    sub = props.get(key, addl)
                    if isinstance(sub, dict):
                        yield from self._schema_nodes(sub, inner, (*path, key))
        elif isinstance(value, list) and value:
            items = self._items_schema(schema, value)
            if items is not None:
                yield from self._schema_nodes(items, value[0], (*path, 0))

    def _union_branches(self, schema: Any, depth: int = 0) -> list[Any]:
        """The `oneOf`/`anyOf` branches of `schema` (through `$ref` and `allOf`), each as a
        schema of its own (the union's sibling keywords kept), or each type of a type list."""
        if not isinstance(schema, dict) or depth > 20:
            return []
        if "$ref" in schema:
            return self._union_branches(_resolve(self.doc, {"$ref": schema["$ref"]}), depth + 1)
        found: list[Any] = []
        for key in ("oneOf", "anyOf"):
            rest = {k: v for k, v in schema.items() if k not in ("oneOf", "anyOf", "discriminator")}
            for branch in schema.get(key) or []:
                found.append({"allOf": [rest, branch]} if rest else branch)
        for part in schema.get("allOf") or []:
            found += self._union_branches(part, depth + 1)
        types = schema.get("type")
        if isinstance(types, list) and len(types) > 1:  # `type: [string, object, null]`
            found += [{**schema, "type": t} for t in types]
        return found

    def _extra_values(self, schema: Any, node: dict[str, Any]) -> Iterator[Any]:
        """Values to try for an unknown key: one built for a schema-valued
        `additionalProperties`, then EXTRA_VALUES."""
        for obj in self._object_schemas(schema, node):
            addl = obj.get("additionalProperties")
            if isinstance(addl, dict) and addl:
                try:
                    value = self.gen.value(addl, include_optional=True, name="xUnknownKey")
                except (ExampleError, RecursionError):
                    continue
                yield value
        yield from EXTRA_VALUES

    # -- rich: every optional member -------------------------------------------------------

    def enrich(self, schema: Any, value: Any, depth: int = 0) -> Any:
        if depth > MAX_ENRICH_DEPTH:
            return value
        if isinstance(value, list):
            items = self._items_schema(schema, value)
            if items is None:
                return value
            if not value:  # the generator takes a `default: []`: one item instead
                try:
                    value = [self.gen.value(items, include_optional=True)]
                except (ExampleError, RecursionError):
                    return value
            out = [self.enrich(items, item, depth + 1) for item in value]
            return out if self.valid(schema, out) else value
        if not isinstance(value, dict):
            return value
        out = dict(value)
        for obj in self._object_schemas(schema, value):
            for key, sub in (obj.get("properties") or {}).items():
                if key in out:
                    candidate_value = self.enrich(sub, out[key], depth + 1)
                else:
                    try:
                        candidate_value = self.gen.value(sub, include_optional=True, name=key)
                    except (ExampleError, RecursionError):
                        continue
                    candidate_value = self.enrich(sub, candidate_value, depth + 1)
                candidate = {**out, key: candidate_value}
                if self.valid(schema, candidate):
                    out = candidate
            addl = obj.get("additionalProperties")
            props = obj.get("properties") or {}
            if isinstance(addl, dict) and addl and all(k in props for k in out):
                try:
                    extra = self.gen.value(addl, include_optional=True, name="key1")
                except (ExampleError, RecursionError):
                    continue
                candidate = {**out, "key1": self.enrich(addl, extra, depth + 1)}
                if self.valid(schema, candidate):
                    out = candidate
        return out

    # -- variants ---------------------------------------------------------------------------

    def variants(self, schema: Any) -> Iterator[tuple[str, Any]]:
        """(name, body) pairs, every body valid for `schema`, no two alike (`kind_of(name)`
        says which kind of variant a name is)."""
        seen: set[str] = set()

        def fresh(value: Any) -> bool:
            key = _key(value)
            if key in seen or not self.valid(schema, value):
                return False
            seen.add(key)
            return True

        base: dict[str, Any] = {}
        for name, optional in (("full", True), ("required", False)):
            try:
                base[name] = self.gen.value(schema, include_optional=optional)
            except (ExampleError, RecursionError):
                continue
        if "full" in base:
            base["rich"] = self.enrich(schema, base["full"])
        for name, value in base.items():
            if fresh(value):
                yield name, value
        rich = base.get("rich")
        if rich is None:
            return
        for path, sub, node in self._schema_nodes(schema, rich):
            if not isinstance(node, dict):
                continue
            where = _where(path)
            for key in list(node):
                value = _replace(rich, path, {k: v for k, v in node.items() if k != key})
                if fresh(value):
                    yield f"-{where}.{key}", value
            for extra in self._extra_values(sub, node):
                value = _replace(rich, path, {**node, "xUnknownKey": extra})
                if fresh(value):
                    yield f"+{where}", value
                    break
            if path and isinstance(path[-1], int):
                cut = dict(node)
                for key in list(node):
                    trial = {k: v for k, v in cut.items() if k != key}
                    if self.valid(schema, _replace(rich, path, trial)):
                        cut = trial
                value = _replace(rich, path, cut)
                if fresh(value):
                    yield f"{where}:required", value
        for path, sub, _ in self._schema_nodes(schema, rich):
            where = _where(path)
            for i, branch in enumerate(self._union_branches(sub)):
                try:
                    value = self.enrich(branch, self.gen.value(branch, include_optional=True))
                except (ExampleError, RecursionError):
                    continue
                value = _replace(rich, path, value)
                if fresh(value):
                    yield f"{where}|{i}", value


KINDS = ("full", "required", "rich", "drop", "extra", "item-required", "union")


def kind_of(variant: str) -> str:
    if variant in ("full", "required", "rich"):
        return variant
    if variant.startswith("-"):
        return "drop"
    if variant.startswith("+"):
        return "extra"
    return "item-required" if variant.endswith(":required") else "union"


def _where(path: tuple[Any, ...]) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)


def _replace(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    out = copy.copy(value)
    out[path[0]] = _replace(value[path[0]], path[1:], new)
    return out


# -- operations -----------------------------------------------------------------------------


def _squash(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def body_models(module: Any, schema: Any) -> list[tuple[str, Any]] | str:
    """(model class name, its schema) for a JSON request body, or why there is none."""
    param = inspect.signature(module._get_kwargs).parameters.get("body")
    if param is None:
        return "no body parameter"
    names = [
        n.strip() for n in str(param.annotation).split("|") if n.strip() not in ("Unset", "File")
    ]
    classes = [n for n in names if hasattr(getattr(module, n, None), "from_dict")]
    if len(classes) != len(names) or not classes:
        return f"body annotation {param.annotation} is not a model or a union of models"
    if len(classes) == 1:
        return [(classes[0], schema)]
    branches = schema.get("oneOf") or schema.get("anyOf") or []
    by_name = {_squash(c): c for c in classes}
    found = []
    for branch in branches:
        ref = branch.get("$ref", "") if isinstance(branch, dict) else ""
        cls = by_name.get(_squash(ref.rsplit("/", 1)[-1]))
        if cls is None:
            return f"no model class for union branch {ref or branch!r}"
        found.append((cls, branch))
    if len(found) != len(classes):
        return f"{len(classes)} classes for {len(found)} union branches"
    return found


def operation_cases(
    documents: Mapping[str, Mapping[str, Any]], operations: Mapping[str, Any]
) -> tuple[list[Case], list[Skipped]]:
    """Every case for every operation of the registry, and what was left out (with why)."""
    cases: list[Case] = []
    skipped: list[Skipped] = []
    variants = {api: Variants(doc) for api, doc in documents.items()}
    for key, spec in sorted(operations.items()):
        doc = documents[spec.api]
        v = variants[spec.api]
        op = _resolve(doc, doc["paths"][spec.path])[spec.http_method.lower()]
        for status in spec.success:
            response = _resolve(doc, (op.get("responses") or {}).get(str(status)) or {})
            media = (response.get("content") or {}).get("application/json")
            if not media or "schema" not in media:
                skipped.append(Skipped(key, str(status), "no JSON response body"))
                continue
            found = list(v.variants(media["schema"]))
            if not found:
                skipped.append(Skipped(key, str(status), "no valid value could be built"))
            for name, body in found:
                cases.append(
                    Case(f"{key} {status} {name}", key, spec.api, str(status), name,
                         kind_of(name), spec.module, status, None, body)
                )  # fmt: skip
        request = _resolve(doc, op.get("requestBody") or {})
        media = (request.get("content") or {}).get("application/json")
        if not media or "schema" not in media:
            continue
        models = body_models(spec.load(), media["schema"])
        if isinstance(models, str):
            skipped.append(Skipped(key, "body", models))
            continue
        for model, schema in models:
            found = [(n, b) for n, b in v.variants(schema) if v.valid(media["schema"], b)]
            if not found:
                skipped.append(Skipped(key, f"body:{model}", "no valid value could be built"))
            for name, body in found:
                cases.append(
                    Case(f"{key} body:{model} {name}", key, spec.api, f"body:{model}", name,
                         kind_of(name), spec.module, None, model, body)
                )  # fmt: skip
    return cases, skipped
