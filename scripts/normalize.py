"""Normalize an OpenAPI document before generation: hoist repeated inline schemas into components.

TimeBack's documents inline every schema (OneRoster repeats the whole User object in many
responses), so a naive generator makes one class per occurrence. Here every inline object or
enum schema gets a structural fingerprint (documentation keys ignored, `$ref`s expanded), and:

* an inline copy of an existing component becomes a `$ref` to it;
* an object nested inside another schema, or any schema seen more than once, becomes a new
  component named from its property / array key (singularised), qualified by its parent's key
  when two different shapes want the same name;
* `specs/names.yaml` renames what the rules name badly (keyed by the rule's name).

Top-level request/response bodies seen once stay inline: the generator names them after the
operation (`GetUserResponse200`). Components that no operation reaches are dropped from the
client document (the Caliper vocabulary is generated separately, as models).
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

DOC_KEYS = {"description", "example", "examples", "title", "$comment", "externalDocs", "xml"}
SCHEMA_LIST_KEYS = ("allOf", "anyOf", "oneOf", "prefixItems")
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
HOIST_ENUMS = True
REF_PREFIX = "#/components/schemas/"


def pascal(text: str) -> str:
    parts = re.split(r"[^0-9A-Za-z]+", text)
    out = "".join(p[:1].upper() + p[1:] for p in parts if p)
    if not out or out[0].isdigit():
        out = "Schema" + out
    return out


IRREGULAR = {"children": "child", "people": "person", "data": "datum", "criteria": "criterion"}


def singular(word: str) -> str:
    low = word.lower()
    if low in IRREGULAR:
        return word[: len(word) - len(low)] + IRREGULAR[low]
    for suffix, repl in (
        ("ies", "y"),
        ("sses", "ss"),
        ("ches", "ch"),
        ("shes", "sh"),
        ("xes", "x"),
    ):
        if low.endswith(suffix):
            return word[: -len(suffix)] + repl
    if low.endswith("s") and not low.endswith("ss") and not low.endswith("us"):
        return word[:-1]
    return word


def _is_object(node: dict[str, Any]) -> bool:
    if any(k in node for k in ("allOf", "anyOf", "oneOf")):
        return False  # composites stay where they are: the generator merges them in place
    t = node.get("type", "object")
    types = t if isinstance(t, list) else [t]
    return bool(node.get("properties")) and "object" in types and set(types) <= {"object", "null"}


def _is_enum(node: dict[str, Any]) -> bool:
    t = node.get("type")
    types = t if isinstance(t, list) else [t]
    return (
        isinstance(node.get("enum"), list)
        and len(node["enum"]) > 1
        and set(types) <= {"string", "null"}
        and "string" in types
        and all(isinstance(v, str) for v in node["enum"] if v is not None)
    )


def _nullable(node: dict[str, Any]) -> bool:
    t = node.get("type")
    return (isinstance(t, list) and "null" in t) or node.get("nullable") is True


def _strip_null(node: dict[str, Any]) -> dict[str, Any]:
    """The non-null shape of a node (what gets hoisted)."""
    out = {k: v for k, v in node.items() if k != "nullable"}
    t = out.get("type")
    if isinstance(t, list):
        rest = [x for x in t if x != "null"]
        out["type"] = rest[0] if len(rest) == 1 else rest
    if "enum" in out:
        out["enum"] = [v for v in out["enum"] if v is not None]
    return out


@dataclass
class Occurrence:
    hint: str
    parent: str
    top_level: bool
    component: str | None = None


@dataclass
class Shape:
    fingerprint: str
    node: dict[str, Any]
    kind: str  # "object" | "enum"
    occurrences: list[Occurrence] = field(default_factory=list)


class Normalizer:
    def __init__(self, doc: dict[str, Any], names: dict[str, str]):
        self.doc = copy.deepcopy(doc)
        self.names = names
        self.components: dict[str, Any] = self.doc.setdefault("components", {}).setdefault(
            "schemas", {}
        )
        self._comp_fp: dict[str, str] = {}
        self.shapes: dict[str, Shape] = {}
        self.order: list[str] = []
        self.assigned: dict[str, str] = {}
        self.used_names: dict[str, str] = {}
        self.unused_overrides = set(names)

    # -- fingerprints ---------------------------------------------------------------------
    def fingerprint(self, node: Any, _stack: tuple[str, ...] = ()) -> str:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(REF_PREFIX):
                name = ref[len(REF_PREFIX) :]
                if name in _stack:
                    return "cycle:" + name
                if name not in self._comp_fp:
                    target = self.components.get(name, {})
                    self._comp_fp[name] = self.fingerprint(target, (*_stack, name))
                return self._comp_fp[name]
            parts = {k: self.fingerprint(v, _stack) for k, v in node.items() if k not in DOC_KEYS}
            return _digest(parts)
        if isinstance(node, list):
            return _digest([self.fingerprint(v, _stack) for v in node])
        return _digest(node)

    def shape_fp(self, node: dict[str, Any]) -> str:
        return self.fingerprint(_strip_null(node)) if _nullable(node) else self.fingerprint(node)

    # -- phase 1: collect -----------------------------------------------------------------
    def _children(self, node: dict[str, Any], hint: str) -> list[tuple[Any, str, bool]]:
        """(child schema, its name hint, whether it is a property of this node)."""
        out: list[tuple[Any, str, bool]] = []
        for name, sub in (node.get("properties") or {}).items():
            out.append((sub, name, True))
        items = node.get("items")
        if isinstance(items, dict):
            out.append((items, singular(hint), False))
        addl = node.get("additionalProperties")
        if isinstance(addl, dict):
            out.append((addl, hint + "Value", False))
        for key in SCHEMA_LIST_KEYS:
            for sub in node.get(key) or []:
                out.append((sub, hint, False))
        if isinstance(node.get("not"), dict):
            out.append((node["not"], hint, False))
        return out

    def collect(self, node: Any, hint: str, parent: str, top_level: bool, comp: str | None) -> None:
        if not isinstance(node, dict) or "$ref" in node:
            return
        hoistable = _is_object(node) or (HOIST_ENUMS and _is_enum(node))
        if hoistable:
            fp = self.shape_fp(node)
            shape = self.shapes.get(fp)
            if shape is None:
                kind = "object" if _is_object(node) else "enum"
                shape = Shape(fp, node, kind)
                self.shapes[fp] = shape
                self.order.append(fp)
            shape.occurrences.append(Occurrence(hint, parent, top_level, comp))
        for sub, sub_hint, is_prop in self._children(node, hint):
            self.collect(sub, sub_hint, hint if is_prop else parent, False, None)

    def operations(self) -> list[tuple[str, str, dict[str, Any]]]:
        out = []
        for path, item in (self.doc.get("paths") or {}).items():
            for method in METHODS:
                if isinstance(item.get(method), dict):
                    out.append((path, method, item[method]))
        return out

    def body_schemas(self, op: dict[str, Any]) -> list[tuple[dict[str, Any], str, str]]:
        """(container, key, hint) for every schema slot of an operation."""
        op_id = op.get("operationId", "operation")
        slots: list[tuple[dict[str, Any], str, str]] = []
        for param in op.get("parameters") or []:
            if isinstance(param, dict) and isinstance(param.get("schema"), dict):
                slots.append((param, "schema", param.get("name", "param")))
        for media in ((op.get("requestBody") or {}).get("content") or {}).values():
            if isinstance(media.get("schema"), dict):
                slots.append((media, "schema", op_id + "Body"))
        for status, resp in (op.get("responses") or {}).items():
            for media in ((resp or {}).get("content") or {}).values():
                if isinstance(media.get("schema"), dict):
                    slots.append((media, "schema", f"{op_id}Response{status}"))
        return slots

    # -- phase 2: names -------------------------------------------------------------------
    def _claim(self, wanted: str, fp: str) -> str | None:
        owner = self.used_names.get(wanted)
        if owner is None:
            self.used_names[wanted] = fp
            return wanted
        return wanted if owner == fp else None

    def assign_names(self) -> None:
        for name in self.components:
            self.used_names[name] = self._comp_fp.get(name) or self.fingerprint(
                {"$ref": REF_PREFIX + name}
            )
        for fp in self.order:
            shape = self.shapes[fp]
            comps = [o.component for o in shape.occurrences if o.component]
            if comps:
                self.assigned[fp] = comps[0]
                continue
            for name, cfp in self._comp_fp.items():
                if cfp == fp:
                    self.assigned[fp] = name
                    break
        candidates = [
            fp
            for fp in self.order
            if fp not in self.assigned
            and (
                len(self.shapes[fp].occurrences) > 1
                or not all(o.top_level for o in self.shapes[fp].occurrences)
            )
        ]
        candidates.sort(key=lambda fp: -len(self.shapes[fp].occurrences))
        for fp in candidates:
            self.assigned[fp] = self._name_for(self.shapes[fp])

    def _name_for(self, shape: Shape) -> str:
        occ = shape.occurrences
        nested = [o for o in occ if not o.top_level] or occ
        props = shape.node.get("properties") or {}
        if all(o.top_level for o in occ) and shape.kind == "object":
            suffix = "Response" if "Response" in nested[0].hint else "Body"
            arrays = [
                k for k, v in props.items() if isinstance(v, dict) and v.get("type") == "array"
            ]
            if len(arrays) == 1 and "totalCount" in props:
                base = pascal(singular(arrays[0])) + "List"
            elif len(props) == 1:
                base = pascal(next(iter(props))) + suffix
            else:
                base = pascal(nested[0].hint) + suffix
            hints = [base]
        else:
            counts = Counter(o.hint for o in nested)
            hint = max(counts, key=lambda h: (counts[h], -[o.hint for o in nested].index(h)))
            first = next(o for o in nested if o.hint == hint)
            base = pascal(hint)
            if shape.kind == "object" and set(props) == {"href", "sourcedId", "type"}:
                base += "Ref"
            hints = [base, pascal(singular(first.parent)) + base]
        for cand in hints:
            final = self.names.get(cand, cand)
            self.unused_overrides.discard(cand)
            if self._claim(final, shape.fingerprint):
                return final
        i = 2
        while True:
            cand = f"{hints[-1]}{i}"
            final = self.names.get(cand, cand)
            self.unused_overrides.discard(cand)
            if self._claim(final, shape.fingerprint):
                return final
            i += 1

    # -- phase 3: rewrite -----------------------------------------------------------------
    def rewrite(self, node: Any, is_root_of: str | None = None) -> Any:
        if not isinstance(node, dict):
            return node
        if "$ref" in node:
            return node
        if is_root_of is None and (_is_object(node) or (HOIST_ENUMS and _is_enum(node))):
            fp = self.shape_fp(node)
            name = self.assigned.get(fp)
            if name is not None:
                if name not in self.components:
                    self.components[name] = {}  # reserve, then fill (guards recursion)
                    body = _strip_null(node) if _nullable(node) else dict(node)
                    self.components[name] = self.rewrite(body, is_root_of=name)
                ref: dict[str, Any] = {"$ref": REF_PREFIX + name}
                if _nullable(node):
                    wrapped: dict[str, Any] = {"anyOf": [ref, {"type": "null"}]}
                    if "description" in node:
                        wrapped["description"] = node["description"]
                    return wrapped
                if "description" in node and node.get("description") != self.components[name].get(
                    "description"
                ):
                    ref["description"] = node["description"]  # OpenAPI 3.1 allows siblings of $ref
                return ref
        out = dict(node)
        if isinstance(out.get("properties"), dict):
            out["properties"] = {k: self.rewrite(v) for k, v in out["properties"].items()}
        if isinstance(out.get("items"), dict):
            out["items"] = self.rewrite(out["items"])
        if isinstance(out.get("additionalProperties"), dict):
            out["additionalProperties"] = self.rewrite(out["additionalProperties"])
        for key in SCHEMA_LIST_KEYS:
            if isinstance(out.get(key), list):
                out[key] = [self.rewrite(v) for v in out[key]]
        if isinstance(out.get("not"), dict):
            out["not"] = self.rewrite(out["not"])
        return out

    def run(self) -> dict[str, Any]:
        for name in list(self.components):
            self._comp_fp[name] = self.fingerprint(self.components[name], (name,))
        for name, schema in list(self.components.items()):
            self.collect(schema, name, name, True, name)
        for _path, _method, op in self.operations():
            for container, key, hint in self.body_schemas(op):
                self.collect(container[key], hint, hint, True, None)
        self.assign_names()
        for name in list(self.components):
            self.components[name] = self.rewrite(self.components[name], is_root_of=name)
        for _path, _method, op in self.operations():
            for container, key, _hint in self.body_schemas(op):
                container[key] = self.rewrite(container[key])
        return self.doc


def _digest(value: Any) -> str:
    data = json.dumps(value, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha1(data.encode()).hexdigest()


def reachable_components(doc: dict[str, Any]) -> set[str]:
    """Names of component schemas reachable from the document's paths."""
    comps = (doc.get("components") or {}).get("schemas") or {}
    seen: set[str] = set()
    stack: list[Any] = [doc.get("paths") or {}]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(REF_PREFIX):
                name = ref[len(REF_PREFIX) :]
                if name not in seen and name in comps:
                    seen.add(name)
                    stack.append(comps[name])
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return seen


def prune_components(doc: dict[str, Any]) -> list[str]:
    """Drop component schemas no operation reaches; return their names."""
    comps = (doc.get("components") or {}).get("schemas") or {}
    keep = reachable_components(doc)
    dropped = [n for n in comps if n not in keep]
    for n in dropped:
        del comps[n]
    return dropped


def normalize(doc: dict[str, Any], names: dict[str, str]) -> tuple[dict[str, Any], list[str]]:
    """Return the normalized document (all components kept) and the overrides that matched nothing."""
    norm = Normalizer(doc, names)
    out = norm.run()
    return out, sorted(norm.unused_overrides)
