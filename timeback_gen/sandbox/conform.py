"""Make stored records answer in the shape the document's response schema promises.

Request schemas are looser than response schemas in places: ``createUser`` takes ``enabledUser``
as a boolean or ``'true'``/``'false'`` while ``User`` answers only a boolean (our overlay, as the
live platform does), and properties optional on input can be required on output. Records are
stored as given; on the way out :func:`conform` turns booleans into ``'true'``/``'false'`` where
the response schema wants those strings and ``'true'``/``'false'`` into booleans where it wants a
boolean (and numeric strings into numbers where it wants a
number, and a lone object into a one-element list where it wants an array — XML content converted
to JSON has one child element as an object), fills required properties that are missing with the
schema's ``default``, with ``null`` where the schema allows null, or with ``[]`` for arrays. For
XML content it also reads a required camelCase attribute (``baseType``) from its XML spelling
(``base-type``) and a text-only element (``{"_": "B"}``) as the string the schema wants. OneRoster GUIDRefs given as ``{"sourcedId": ...}`` answer with the ``type``
and ``href`` the response schema requires (see :class:`RefFill`). Nothing else is invented.

Plans are compiled once per (document, schema) and cached.
"""

from __future__ import annotations

import copy
import re
import threading
from dataclasses import dataclass, field
from typing import Any

from .spec import load_document

_lock = threading.Lock()
_plans: dict[tuple[str, int, str], Plan | None] = {}


@dataclass
class Plan:
    """What to change in one value (and below it)."""

    bool_to_str: bool = False
    str_to_bool: bool = False
    str_to_num: bool = False
    as_list: bool = False
    text: bool = False  # a string: take "_" of a text-only XML element
    aliases: dict[str, str] = field(default_factory=dict)  # required name → XML spelling
    defaults: dict[str, Any] = field(default_factory=dict)
    props: dict[str, Plan] = field(default_factory=dict)
    items: Plan | None = None
    ref: bool = False  # a GUIDRef whose href/type the schema requires

    def empty(self) -> bool:
        return not (
            self.bool_to_str
            or self.str_to_bool
            or self.str_to_num
            or self.as_list
            or self.text
            or self.aliases
            or self.defaults
            or self.props
            or self.items
            or self.ref
        )

    def merge(self, other: Plan | None) -> None:
        if other is None:
            return
        self.bool_to_str = self.bool_to_str or other.bool_to_str
        self.str_to_bool = self.str_to_bool or other.str_to_bool
        self.ref = self.ref or other.ref
        self.str_to_num = self.str_to_num or other.str_to_num
        self.as_list = self.as_list or other.as_list
        self.text = self.text or other.text
        for k, v in other.aliases.items():
            self.aliases.setdefault(k, v)
        for k, v in other.defaults.items():
            self.defaults.setdefault(k, v)
        for k, p in other.props.items():
            if k in self.props:
                self.props[k].merge(p)
            else:
                self.props[k] = p
        if other.items is not None:
            if self.items is None:
                self.items = other.items
            else:
                self.items.merge(other.items)


def _types(schema: dict[str, Any]) -> set[str]:
    t = schema.get("type")
    if isinstance(t, str):
        return {t}
    if isinstance(t, list):
        return {str(x) for x in t}
    return set()


def _is_null(schema: Any) -> bool:
    return isinstance(schema, dict) and _types(schema) == {"null"}


def _deref(doc: dict[str, Any], ref: str) -> Any:
    target: Any = doc
    for part in ref[2:].split("/"):
        target = target[part.replace("~1", "/").replace("~0", "~")]
    return target


def _resolved(doc: dict[str, Any], schema: Any) -> Any:
    """``schema`` with local ``$ref``s followed (at most 16: a cycle stops there)."""
    for _ in range(16):
        if not (isinstance(schema, dict) and isinstance(schema.get("$ref"), str)):
            break
        if not schema["$ref"].startswith("#/"):
            break
        schema = _deref(doc, schema["$ref"])
    return schema


def _branches(doc: dict[str, Any], schema: dict[str, Any]) -> list[Any]:
    return [
        _resolved(doc, b)
        for key in ("anyOf", "oneOf")
        if isinstance(schema.get(key), list)
        for b in schema[key]
    ]


def _nullable(doc: dict[str, Any], schema: Any, depth: int = 0) -> bool:
    """Whether ``schema`` (one property, ``$ref``s already resolved) admits ``null``, also through
    nested ``anyOf``/``oneOf`` branches (a nullable enum hoisted into a branch of a widened one)."""
    if not isinstance(schema, dict) or depth > 8:
        return False
    if schema.get("nullable") is True or "null" in _types(schema):
        return True
    return any(_nullable(doc, b, depth + 1) for b in _branches(doc, schema))


_NO_DEFAULT = object()


def _default(doc: dict[str, Any], schema: Any, depth: int = 0) -> Any:
    """The schema's ``default``, else that of its first ``anyOf``/``oneOf`` branch with one
    (a widened property: an enrollment's ``primary`` is a boolean or the document's enum, whose
    default is ``'false'``); ``_NO_DEFAULT`` when there is none."""
    if not isinstance(schema, dict) or depth > 8:
        return _NO_DEFAULT
    if "default" in schema:
        return schema["default"]
    for branch in _branches(doc, schema):
        found = _default(doc, branch, depth + 1)
        if found is not _NO_DEFAULT:
            return found
    return _NO_DEFAULT


def _compile(doc: dict[str, Any], schema: Any, stack: tuple[str, ...]) -> Plan | None:
    while isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        ref: str = schema["$ref"]
        if not ref.startswith("#/") or ref in stack:
            return None
        stack = (*stack, ref)
        schema = _deref(doc, ref)
    if not isinstance(schema, dict):
        return None
    plan = Plan()
    for sub in schema.get("allOf") or []:
        plan.merge(_compile(doc, sub, stack))
    for key in ("anyOf", "oneOf"):
        branches = schema.get(key)
        if not isinstance(branches, list):
            continue
        real = [b for b in branches if not _is_null(b)]
        if len(real) == 1:  # the nullable pattern: descend into the one real branch
            plan.merge(_compile(doc, real[0], stack))
    types = _types(schema)
    enum = schema.get("enum")
    if (
        "boolean" not in types
        and isinstance(enum, list)
        and "true" in enum
        and "false" in enum
        and (not types or "string" in types)
    ):
        plan.bool_to_str = True
    if types and types <= {"boolean", "null"} and "boolean" in types:
        plan.str_to_bool = True
    if types and types <= {"number", "integer", "null"} and types & {"number", "integer"}:
        plan.str_to_num = True
    if "array" in types and "object" not in types:
        plan.as_list = True
    if types == {"string"}:
        plan.text = True
    props = schema.get("properties")
    if isinstance(props, dict):
        required = set(schema.get("required") or [])
        if {"href", "sourcedId", "type"} <= set(props) and required & {"href", "type"}:
            plan.ref = True
        for name, sub in props.items():
            kebab = re.sub(r"(?<=[a-z0-9])([A-Z])", lambda m: "-" + m.group(1).lower(), name)
            if name in required and kebab != name:
                plan.aliases[name] = kebab
            resolved = sub
            while isinstance(resolved, dict) and isinstance(resolved.get("$ref"), str):
                ref = resolved["$ref"]
                if not ref.startswith("#/") or ref in stack:
                    break
                resolved = _deref(doc, ref)
            if name in required and isinstance(resolved, dict):
                default = _default(doc, resolved)
                if default is not _NO_DEFAULT:
                    plan.defaults[name] = default
                elif _nullable(doc, resolved):
                    plan.defaults[name] = None
                elif "array" in _types(resolved):
                    plan.defaults[name] = []
            child = _compile(doc, sub, stack)
            if child is not None:
                plan.props[name] = child
    items = schema.get("items")
    if isinstance(items, dict):
        plan.items = _compile(doc, items, stack)
    return None if plan.empty() else plan


def _references_only(plan: Plan | None) -> Plan | None:
    """What the live profile keeps of ``plan``: completing GUIDRefs (the platform answers them
    with ``href`` and ``type``); none of the type changes and filled-in properties."""
    if plan is None:
        return None
    props = {k: sub for k, p in plan.props.items() if (sub := _references_only(p)) is not None}
    kept = Plan(ref=plan.ref, props=props, items=_references_only(plan.items))
    return None if kept.empty() else kept


def plan_for(api: str, schema: Any, profile: str = "document") -> Plan | None:
    """The (cached) plan for ``schema`` of ``api``'s document under ``profile`` (``document``:
    the shape the schema promises; ``live``: references completed, the rest as stored); None
    when nothing needs doing."""
    if not isinstance(schema, dict):
        return None
    key = (api, id(schema), profile)
    with _lock:
        if key in _plans:
            return _plans[key]
    plan = _compile(load_document(api), schema, ())
    if profile == "live":
        plan = _references_only(plan)
    with _lock:
        _plans[key] = plan
    return plan


# OneRoster object type → the collection its href points into.
REF_PATHS: dict[str, str] = {
    "academicSession": "rostering/v1p2/academicSessions",
    "term": "rostering/v1p2/terms",
    "gradingPeriod": "rostering/v1p2/gradingPeriods",
    "class": "rostering/v1p2/classes",
    "course": "rostering/v1p2/courses",
    "courseComponent": "rostering/v1p2/courses/components",
    "componentResource": "rostering/v1p2/courses/component-resources",
    "demographics": "rostering/v1p2/demographics",
    "enrollment": "rostering/v1p2/enrollments",
    "org": "rostering/v1p2/orgs",
    "user": "rostering/v1p2/users",
    "student": "rostering/v1p2/students",
    "teacher": "rostering/v1p2/teachers",
    "lineItem": "gradebook/v1p2/lineItems",
    "result": "gradebook/v1p2/results",
    "category": "gradebook/v1p2/categories",
    "scoreScale": "gradebook/v1p2/scoreScales",
    "assessmentLineItem": "gradebook/v1p2/assessmentLineItems",
    "assessmentResult": "gradebook/v1p2/assessmentResults",
    "resource": "resources/v1p2/resources",
}
# GUIDRef property name → the type it refers to (``parent``/``children``: the owner's type).
REF_TYPES: dict[str, str] = {
    "org": "org",
    "orgs": "org",
    "school": "org",
    "primaryOrg": "org",
    "district": "org",
    "course": "course",
    "class": "class",
    "user": "user",
    "student": "user",
    "teacher": "user",
    "agents": "user",
    "terms": "academicSession",
    "schoolYear": "academicSession",
    "academicSession": "academicSession",
    "gradingPeriod": "academicSession",
    "lineItem": "lineItem",
    "assessmentLineItem": "assessmentLineItem",
    "category": "category",
    "scoreScale": "scoreScale",
    "resource": "resource",
    "resources": "resource",
    "courseComponent": "courseComponent",
    "componentResource": "componentResource",
}
# Stored collection → the OneRoster type of its records.
COLLECTION_TYPES: dict[str, str] = {
    "users": "user",
    "orgs": "org",
    "academicSessions": "academicSession",
    "classes": "class",
    "courses": "course",
    "courseComponents": "courseComponent",
    "componentResources": "componentResource",
    "enrollments": "enrollment",
    "demographics": "demographics",
    "lineItems": "lineItem",
    "results": "result",
    "categories": "category",
    "scoreScales": "scoreScale",
    "assessmentLineItems": "assessmentLineItem",
    "assessmentResults": "assessmentResult",
    "resources": "resource",
}


@dataclass(frozen=True)
class RefFill:
    """How to complete GUIDRefs: ``base`` is the server root URL, ``owner`` the record's type."""

    base: str
    owner: str | None = None

    def complete(self, name: str | None, ref: dict[str, Any]) -> dict[str, Any]:
        sid = ref.get("sourcedId")
        if not isinstance(sid, str):
            return ref
        kind = ref.get("type")
        if not isinstance(kind, str) or not kind:
            guess = self.owner if name in ("parent", "children") else REF_TYPES.get(name or "")
            if guess is None:
                return ref
            kind = guess
        out = dict(ref)
        out["type"] = kind
        if not out.get("href") and kind in REF_PATHS:
            out["href"] = f"{self.base}/ims/oneroster/{REF_PATHS[kind]}/{sid}"
        return out


def apply(
    plan: Plan | None, value: Any, refs: RefFill | None = None, name: str | None = None
) -> Any:
    """``value`` changed per ``plan`` (a copy where anything changes; the input is not mutated).
    ``name`` is the property ``value`` sits under (for GUIDRefs)."""
    if plan is None:
        return value
    if plan.bool_to_str and isinstance(value, bool):
        return "true" if value else "false"
    if plan.str_to_bool and value in ("true", "false"):
        return value == "true"
    if plan.str_to_num and isinstance(value, str):
        return _number(value)
    if plan.text and isinstance(value, dict) and set(value) == {"_"}:
        return value["_"]
    if plan.as_list and isinstance(value, dict):
        value = [value]
    if isinstance(value, dict) and (plan.props or plan.defaults or plan.ref or plan.aliases):
        out = dict(value)
        for key, spelled in plan.aliases.items():
            if key not in out and spelled in out:
                out[key] = out[spelled]
        for key, default in plan.defaults.items():
            if key not in out:
                out[key] = copy.deepcopy(default)
        for key, sub in plan.props.items():
            if key in out:
                out[key] = apply(sub, out[key], refs, key)
        if plan.ref and refs is not None:
            out = refs.complete(name, out)
        return out
    if isinstance(value, list) and plan.items is not None:
        return [apply(plan.items, v, refs, name) for v in value]
    return value


def _number(text: str) -> Any:
    try:
        number = float(text)
    except ValueError:
        return text
    if number != number or number in (float("inf"), float("-inf")):
        return text
    return int(number) if number.is_integer() and "." not in text else number


def conform(
    api: str, schema: Any, value: Any, refs: RefFill | None = None, profile: str = "document"
) -> Any:
    """``value`` in the shape ``schema`` (a response schema of ``api``) promises, where it can be
    (under the ``live`` profile: only its references completed)."""
    return apply(plan_for(api, schema, profile), value, refs)


def subplan(plan: Plan | None, *path: str | int) -> Plan | None:
    """The plan below ``plan`` at ``path`` (a property name, or ``0`` for array items)."""
    for step in path:
        if plan is None:
            return None
        plan = plan.items if isinstance(step, int) else plan.props.get(step)
    return plan


__all__ = ["Plan", "RefFill", "apply", "conform", "plan_for", "subplan"]
