"""Deterministic builder of valid request arguments for OpenAPI 3.1 operations.

``build_request(doc, method, path)`` returns a ``RequestExample`` with path params, query params,
headers and a body for the operation's first request content type, all generated from the
document's schemas (no randomness: the same document always gives the same requests).

Generation rules, in order, for a schema:

* ``$ref`` (local ``#/...`` pointers) is resolved; a reference already being expanded (recursion)
  yields nothing for optional members and a minimal value for required ones.
* an ``example`` / ``examples`` value is used when it validates against the schema;
* ``const``, then ``enum`` (first non-null value);
* ``allOf`` is merged into one schema; ``oneOf`` / ``anyOf`` take the first branch whose value
  validates against the whole schema (for ``oneOf``: against exactly one branch);
* ``type`` lists (``["string", "null"]``) use the first non-null type;
* strings honour ``format`` (date-time, date, time, uri, email, uuid, duration, ...),
  ``minLength`` / ``maxLength`` and ``pattern`` (a hand-made value first, then the smallest
  string Hypothesis finds for the regex with a fixed random seed);
* numbers honour ``minimum`` / ``maximum`` / ``exclusive*`` / ``multipleOf``;
* arrays get ``max(minItems, 1)`` items (distinct enum values when ``uniqueItems``);
* objects get their ``required`` properties, plus simple optional properties when asked,
  and one entry for a schema-valued ``additionalProperties`` when ``minProperties`` needs it.

Every generated value is checked by ``validate`` (a small JSON Schema validator covering the
keywords above); if a value with optional members does not validate, the required-only value is
used instead.
"""

from __future__ import annotations

import copy
import datetime as _dt
import json
import re
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import quote

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

_MISSING = object()
_MAX_DEPTH = 14


class ExampleError(ValueError):
    """No valid value could be built for a schema."""


# ---------------------------------------------------------------------------------------------
# operations


def iter_operations(doc: Mapping[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield (METHOD, path, operation) in document order (paths), then HTTP_METHODS order."""
    for path, item in (doc.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        item = _resolve(doc, item)
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                yield method.upper(), path, op


def operation_parameters(doc: Mapping[str, Any], method: str, path: str) -> list[dict[str, Any]]:
    """Path-item and operation parameters, resolved, operation-level winning by (name, in)."""
    item = _resolve(doc, doc["paths"][path])
    op = item[method.lower()]
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in list(item.get("parameters") or []) + list(op.get("parameters") or []):
        param = _resolve(doc, raw)
        merged[(param["name"], param["in"])] = param
    return list(merged.values())


_TEMPLATE_RE = re.compile(r"\{([^{}/]+)\}")


@dataclass
class RequestExample:
    method: str
    path: str
    path_params: dict[str, Any] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    cookies: dict[str, str] = field(default_factory=dict)
    content_type: str | None = None
    body: Any = None
    has_body: bool = False

    def url_path(self) -> str:
        """The path with ``{name}`` templates replaced by the percent-encoded path params."""

        def sub(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in self.path_params:
                raise ExampleError(f"{self.method} {self.path}: no value for path param {name}")
            return quote(_scalar_str(self.path_params[name]), safe="-._~")

        return _TEMPLATE_RE.sub(sub, self.path)

    def query_pairs(self) -> list[tuple[str, str]]:
        """Query params serialised with OpenAPI's default style (form, explode=true)."""
        pairs: list[tuple[str, str]] = []
        for name, value in self.query.items():
            if isinstance(value, list):
                pairs += [(name, _scalar_str(v)) for v in value]
            elif isinstance(value, dict):
                pairs += [(k, _scalar_str(v)) for k, v in value.items()]
            else:
                pairs.append((name, _scalar_str(value)))
        return pairs

    def content(self) -> bytes | None:
        """The body encoded for ``content_type`` (JSON, XML/text as-is, form as urlencoded)."""
        if not self.has_body:
            return None
        ct = (self.content_type or "").lower()
        if isinstance(self.body, bytes):
            return self.body
        if isinstance(self.body, str) and "json" not in ct:
            return self.body.encode()
        if ct == "application/x-www-form-urlencoded" and isinstance(self.body, dict):
            from urllib.parse import urlencode

            return urlencode(
                {k: _scalar_str(v) for k, v in self.body.items()}, doseq=False
            ).encode()
        return json.dumps(self.body).encode()


def _scalar_str(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value)
    return str(value)


def build_request(
    doc: Mapping[str, Any],
    method: str,
    path: str,
    *,
    include_optional: bool = True,
) -> RequestExample:
    """Build valid arguments for the operation ``method path`` of ``doc``.

    Path params get safe values (``"id-1"`` unless the schema asks for something else), query
    params include the required ones and - with ``include_optional`` - simple optional ones;
    header params are included when required (or simple and optional); the body is built for
    the first content type of the request body (JSON preferred when it comes first).
    """
    gen = Generator(doc)
    item = _resolve(doc, doc["paths"][path])
    op = item[method.lower()]
    req = RequestExample(method=method.upper(), path=path)

    for param in operation_parameters(doc, method, path):
        where, name = param["in"], param["name"]
        schema = _param_schema(param)
        required = bool(param.get("required")) or where == "path"
        if where == "path":
            req.path_params[name] = gen.path_value(name, schema)
            continue
        if not required and not (include_optional and gen.is_simple(schema)):
            continue
        if not required and param.get("deprecated"):
            continue
        value = gen.param_value(param, schema, required=required)
        if value is _MISSING:
            if required:
                raise ExampleError(f"{method} {path}: no value for required {where} param {name}")
            continue
        if where == "query":
            req.query[name] = value
        elif where == "header":
            if name.lower() not in ("authorization", "content-type", "accept"):
                req.headers[name] = _scalar_str(value)
        elif where == "cookie":
            req.cookies[name] = _scalar_str(value)

    # Templates without a declared parameter: still give them a safe value.
    for name in _TEMPLATE_RE.findall(path):
        req.path_params.setdefault(name, "id-1")

    body = op.get("requestBody")
    if body is not None:
        body = _resolve(doc, body)
        content = body.get("content") or {}
        if content:
            ctype, media = next(iter(content.items()))
            media = _resolve(doc, media or {})
            req.content_type = ctype
            req.has_body = True
            req.body = gen.media_value(media, include_optional=include_optional)
    return req


def _param_schema(param: Mapping[str, Any]) -> Any:
    if "schema" in param:
        return param["schema"]
    for media in (param.get("content") or {}).values():
        return media.get("schema", {})
    return {}


# ---------------------------------------------------------------------------------------------
# reference resolution


def _pointer(doc: Mapping[str, Any], ref: str) -> Any:
    if not ref.startswith("#"):
        raise ExampleError(f"only local $refs are supported, got {ref!r}")
    node: Any = doc
    for part in ref[1:].split("/")[1:] if ref != "#" else []:
        part = part.replace("~1", "/").replace("~0", "~")
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def _resolve(doc: Mapping[str, Any], node: Any) -> Any:
    """Follow $ref chains of a non-schema object (parameter, requestBody, path item...)."""
    seen = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if ref in seen:
            raise ExampleError(f"circular $ref {ref}")
        seen.add(ref)
        node = _pointer(doc, ref)
    return node


# ---------------------------------------------------------------------------------------------
# validation


_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
_TIME_RE = re.compile(r"^\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})?$")
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_URI_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s]*$")
_UUID_RE = re.compile(
    r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
)
_DURATION_RE = re.compile(
    r"^P(?!$)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?"
    r"(T(?=\d)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$"
)


def _format_ok(fmt: str, value: str) -> bool:
    if fmt == "date":
        if not _DATE_RE.match(value):
            return False
        try:
            _dt.date.fromisoformat(value)
        except ValueError:
            return False
        return True
    if fmt == "date-time":
        if not _DATETIME_RE.match(value):
            return False
        try:
            _dt.datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError:
            return False
        return True
    checks = {
        "time": _TIME_RE,
        "email": _EMAIL_RE,
        "uri": _URI_RE,
        "url": _URI_RE,
        "iri": _URI_RE,
        "uuid": _UUID_RE,
        "duration": _DURATION_RE,
    }
    rx = checks.get(fmt)
    return rx is None or bool(rx.match(value))


def _type_of(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "integer" if value.is_integer() else "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _json_equal(a: Any, b: Any) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_json_equal(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_json_equal(a[k], b[k]) for k in a)
    return type(a) is type(b) and a == b


@lru_cache(maxsize=512)
def _compiled(pattern: str) -> re.Pattern[str] | None:
    try:
        return re.compile(pattern)
    except re.error:
        return None


def validate(doc: Mapping[str, Any], schema: Any, value: Any, at: str = "$") -> list[str]:
    """Errors of ``value`` against ``schema`` (empty when valid). JSON Schema 2020-12 subset."""
    errors: list[str] = []
    _validate(doc, schema, value, at, errors, 0)
    return errors


def _validate(
    doc: Mapping[str, Any], schema: Any, value: Any, at: str, errors: list[str], depth: int
) -> None:
    if schema is True or schema is None:
        return
    if schema is False:
        errors.append(f"{at}: false schema")
        return
    if not isinstance(schema, dict):
        return
    if depth > 60:
        return
    if "$ref" in schema:
        _validate(doc, _pointer(doc, schema["$ref"]), value, at, errors, depth + 1)

    t = schema.get("type")
    if t is not None:
        types = t if isinstance(t, list) else [t]
        actual = _type_of(value)
        ok = actual in types or (actual == "integer" and "number" in types)
        if not ok:
            errors.append(f"{at}: expected type {types}, got {actual}")
            return
    if "const" in schema and not _json_equal(schema["const"], value):
        errors.append(f"{at}: expected const {schema['const']!r}")
    if "enum" in schema and not any(_json_equal(e, value) for e in schema["enum"]):
        errors.append(f"{at}: {value!r} not in enum")

    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            errors.append(f"{at}: shorter than minLength")
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            errors.append(f"{at}: longer than maxLength")
        if "pattern" in schema:
            rx = _compiled(schema["pattern"])
            if rx is not None and not rx.search(value):
                errors.append(f"{at}: does not match pattern {schema['pattern']!r}")
        if isinstance(schema.get("format"), str) and not _format_ok(schema["format"], value):
            errors.append(f"{at}: not a valid {schema['format']}")
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            errors.append(f"{at}: below minimum")
        if "maximum" in schema and value > schema["maximum"]:
            errors.append(f"{at}: above maximum")
        emin, emax = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
        if emin is True and "minimum" in schema and value <= schema["minimum"]:
            errors.append(f"{at}: not above exclusive minimum")
        elif not isinstance(emin, bool) and emin is not None and value <= emin:
            errors.append(f"{at}: not above exclusiveMinimum")
        if emax is True and "maximum" in schema and value >= schema["maximum"]:
            errors.append(f"{at}: not below exclusive maximum")
        elif not isinstance(emax, bool) and emax is not None and value >= emax:
            errors.append(f"{at}: not below exclusiveMaximum")
        mult = schema.get("multipleOf")
        if mult and abs(value / mult - round(value / mult)) > 1e-9:
            errors.append(f"{at}: not a multiple of {mult}")
    elif isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            errors.append(f"{at}: fewer than minItems")
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            errors.append(f"{at}: more than maxItems")
        if schema.get("uniqueItems"):
            for i in range(len(value)):
                if any(_json_equal(value[i], value[j]) for j in range(i)):
                    errors.append(f"{at}: items not unique")
                    break
        prefix = schema.get("prefixItems") or []
        for i, item in enumerate(value):
            sub = prefix[i] if i < len(prefix) else schema.get("items")
            if sub is not None:
                _validate(doc, sub, item, f"{at}[{i}]", errors, depth + 1)
    elif isinstance(value, dict):
        for name in schema.get("required", []):
            if name not in value:
                errors.append(f"{at}: missing required property {name!r}")
        if len(value) < schema.get("minProperties", 0):
            errors.append(f"{at}: fewer than minProperties")
        if "maxProperties" in schema and len(value) > schema["maxProperties"]:
            errors.append(f"{at}: more than maxProperties")
        props = schema.get("properties") or {}
        patterns = schema.get("patternProperties") or {}
        addl = schema.get("additionalProperties", True)
        for key, sub_value in value.items():
            matched = False
            if key in props:
                matched = True
                _validate(doc, props[key], sub_value, f"{at}.{key}", errors, depth + 1)
            for pat, sub in patterns.items():
                rx = _compiled(pat)
                if rx is not None and rx.search(key):
                    matched = True
                    _validate(doc, sub, sub_value, f"{at}.{key}", errors, depth + 1)
            if not matched:
                if addl is False:
                    errors.append(f"{at}: additional property {key!r} not allowed")
                elif isinstance(addl, dict):
                    _validate(doc, addl, sub_value, f"{at}.{key}", errors, depth + 1)

    for sub in schema.get("allOf") or []:
        _validate(doc, sub, value, at, errors, depth + 1)
    if "anyOf" in schema and not any(
        not validate_sub(doc, sub, value, depth) for sub in schema["anyOf"]
    ):
        errors.append(f"{at}: matches no anyOf branch")
    if "oneOf" in schema:
        n = sum(1 for sub in schema["oneOf"] if not validate_sub(doc, sub, value, depth))
        if n != 1:
            errors.append(f"{at}: matches {n} oneOf branches, expected exactly 1")
    if "not" in schema and not validate_sub(doc, schema["not"], value, depth):
        errors.append(f"{at}: matches a 'not' schema")
    if "if" in schema:
        branch = "then" if not validate_sub(doc, schema["if"], value, depth) else "else"
        if branch in schema:
            _validate(doc, schema[branch], value, at, errors, depth + 1)


def validate_sub(doc: Mapping[str, Any], schema: Any, value: Any, depth: int) -> list[str]:
    errors: list[str] = []
    _validate(doc, schema, value, "$", errors, depth + 1)
    return errors


# ---------------------------------------------------------------------------------------------
# generation

_SIMPLE_TYPES = {"string", "integer", "number", "boolean"}
_FORMAT_VALUES: dict[str, Any] = {
    "date-time": "2024-01-15T10:30:00Z",
    "date": "2024-01-15",
    "time": "10:30:00Z",
    "uri": "https://example.com/resource/1",
    "url": "https://example.com/resource/1",
    "iri": "https://example.com/resource/1",
    "uri-reference": "https://example.com/resource/1",
    "email": "user@example.com",
    "uuid": "123e4567-e89b-12d3-a456-426614174000",
    "duration": "PT1H30M",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "byte": "dGVzdA==",
    "binary": "binary-data",
    "password": "s3cret-Passw0rd",
    "int32": 1,
    "int64": 1,
    "float": 1.5,
    "double": 1.5,
}


class Generator:
    """Builds values for the schemas of one document (see the module docstring)."""

    def __init__(self, doc: Mapping[str, Any]) -> None:
        self.doc = doc

    # -- entry points -----------------------------------------------------------------------

    def value(self, schema: Any, *, include_optional: bool = True, name: str = "") -> Any:
        """A value valid for ``schema``; raises ExampleError when none is found."""
        if include_optional:
            v = self._gen(schema, name, (), 0, True)
            if v is not _MISSING and not validate(self.doc, schema, v):
                return v
        v = self._gen(schema, name, (), 0, False)
        if v is _MISSING:
            raise ExampleError(f"cannot build a value for {name or 'schema'}")
        errors = validate(self.doc, schema, v)
        if errors:
            raise ExampleError(f"built value for {name or 'schema'} is invalid: {errors[:3]}")
        return v

    def media_value(self, media: Mapping[str, Any], *, include_optional: bool = True) -> Any:
        schema = media.get("schema", {})
        for candidate in self._media_examples(media):
            if not validate(self.doc, schema, candidate):
                return copy.deepcopy(candidate)
        return self.value(schema, include_optional=include_optional, name="body")

    def path_value(self, name: str, schema: Any) -> Any:
        """A safe path segment: ``"id-1"`` for free strings, else a schema-derived value."""
        if validate(self.doc, schema, "id-1") == []:
            return "id-1"
        try:
            return self.value(schema, include_optional=False, name=name)
        except ExampleError:
            return "id-1"

    def param_value(self, param: Mapping[str, Any], schema: Any, *, required: bool) -> Any:
        for candidate in self._param_examples(param):
            if not validate(self.doc, schema, candidate):
                return copy.deepcopy(candidate)
        try:
            return self.value(schema, include_optional=False, name=str(param.get("name", "")))
        except ExampleError:
            if required:
                raise
            return _MISSING

    def is_simple(self, schema: Any) -> bool:
        """Scalar (possibly nullable) or array of scalars: safe to add as an optional param."""
        schema = self._deref(schema)
        if not isinstance(schema, dict):
            return schema is True
        if any(k in schema for k in ("oneOf", "anyOf", "allOf")):
            branches = schema.get("oneOf") or schema.get("anyOf") or schema.get("allOf") or []
            return all(self.is_simple(b) for b in branches)
        types = self._types(schema)
        if types <= _SIMPLE_TYPES | {"null"}:
            return True
        if types == {"array"}:
            return self.is_simple(schema.get("items", {})) and self._types(
                self._deref(schema.get("items", {}))
            ) != {"array"}
        return False

    # -- internals --------------------------------------------------------------------------

    def _deref(self, schema: Any) -> Any:
        seen = set()
        while isinstance(schema, dict) and "$ref" in schema and len(schema) == 1:
            if schema["$ref"] in seen:
                break
            seen.add(schema["$ref"])
            schema = _pointer(self.doc, schema["$ref"])
        return schema

    @staticmethod
    def _types(schema: Mapping[str, Any]) -> set[str]:
        t = schema.get("type")
        if t is None:
            if "properties" in schema or "additionalProperties" in schema:
                return {"object"}
            if "items" in schema:
                return {"array"}
            if "enum" in schema or "const" in schema:
                vals = schema.get("enum", [schema.get("const")])
                return {_type_of(v) for v in vals}
            return {"string"}
        return set(t) if isinstance(t, list) else {t}

    def _media_examples(self, media: Mapping[str, Any]) -> Iterator[Any]:
        if "example" in media:
            yield media["example"]
        for ex in (media.get("examples") or {}).values():
            ex = _resolve(self.doc, ex)
            if isinstance(ex, dict) and "value" in ex:
                yield ex["value"]

    def _param_examples(self, param: Mapping[str, Any]) -> Iterator[Any]:
        if "example" in param:
            yield param["example"]
        for ex in (param.get("examples") or {}).values():
            ex = _resolve(self.doc, ex)
            if isinstance(ex, dict) and "value" in ex:
                yield ex["value"]

    def _schema_examples(self, schema: Mapping[str, Any]) -> Iterator[Any]:
        if "example" in schema:
            yield schema["example"]
        ex = schema.get("examples")
        if isinstance(ex, list):
            yield from ex
        if "default" in schema:
            yield schema["default"]

    def _merge_all_of(self, schema: Mapping[str, Any], stack: tuple[str, ...]) -> dict[str, Any]:
        """Flatten ``allOf`` (recursively, through $refs) into a single schema."""
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        for part in schema.get("allOf") or []:
            part = self._deref(part)
            if not isinstance(part, dict):
                continue
            if "$ref" in part:  # $ref with siblings
                ref = part["$ref"]
                if ref in stack:
                    continue
                target = _pointer(self.doc, ref)
                part = {**{k: v for k, v in part.items() if k != "$ref"}, **target}
            if "allOf" in part:
                part = self._merge_all_of(part, stack)
            _merge_into(merged, part)
        return merged

    def _gen(
        self, schema: Any, name: str, stack: tuple[str, ...], depth: int, optional: bool
    ) -> Any:
        if schema is True or schema is None or schema == {}:
            return f"{name or 'value'}-1" if name else "value"
        if schema is False or not isinstance(schema, dict):
            return _MISSING
        if depth > _MAX_DEPTH:
            return _MISSING

        if "$ref" in schema:
            ref = schema["$ref"]
            if stack.count(ref) >= 1:  # recursion: stop here
                return _MISSING
            target = _pointer(self.doc, ref)
            siblings = {k: v for k, v in schema.items() if k != "$ref"}
            if siblings:
                target = {**target, **siblings}
            value = self._gen(target, name, (*stack, ref), depth + 1, optional)
            return value

        # An example (or default) that validates wins.
        for candidate in self._schema_examples(schema):
            if not validate(self.doc, schema, candidate):
                return copy.deepcopy(candidate)

        if "const" in schema:
            return copy.deepcopy(schema["const"])
        if "enum" in schema:
            for candidate in schema["enum"]:
                if candidate is not None and not validate(self.doc, schema, candidate):
                    return copy.deepcopy(candidate)
            if None in schema["enum"]:
                return None
            return _MISSING

        if "allOf" in schema:
            merged = self._merge_all_of(schema, stack)
            value = self._gen(merged, name, stack, depth + 1, optional)
            if value is not _MISSING and not validate(self.doc, schema, value):
                return value
            # The merge may have lost something (e.g. a branch's oneOf): try the parts in turn.
            for part in schema["allOf"]:
                value = self._gen(part, name, stack, depth + 1, optional)
                if value is not _MISSING and not validate(self.doc, schema, value):
                    return value
            return _MISSING

        for key in ("oneOf", "anyOf"):
            if key in schema:
                rest = {
                    k: v for k, v in schema.items() if k not in ("oneOf", "anyOf", "discriminator")
                }
                for branch in schema[key]:
                    if isinstance(branch, dict) and "$ref" in branch and branch["$ref"] in stack:
                        continue
                    candidate_schema = branch
                    if rest:
                        candidate_schema = {"allOf": [rest, branch]}
                    value = self._gen(candidate_schema, name, stack, depth + 1, optional)
                    if value is not _MISSING and not validate(self.doc, schema, value):
                        return value
                # Nothing validated: fall back to the first branch that yields a value.
                return _MISSING

        types = self._types(schema)
        non_null = [t for t in _ordered(schema, types) if t != "null"]
        for t in non_null or ["null"]:
            value = self._gen_type(t, schema, name, stack, depth, optional)
            if value is not _MISSING and not validate(self.doc, schema, value):
                return value
        return _MISSING

    def _gen_type(
        self,
        t: str,
        schema: Mapping[str, Any],
        name: str,
        stack: tuple[str, ...],
        depth: int,
        optional: bool,
    ) -> Any:
        if t == "null":
            return None
        if t == "boolean":
            return True
        if t in ("integer", "number"):
            return _number(schema, integer=(t == "integer"))
        if t == "string":
            return _string(schema, name)
        if t == "array":
            return self._array(schema, name, stack, depth, optional)
        if t == "object":
            return self._object(schema, stack, depth, optional)
        return _MISSING

    def _array(
        self,
        schema: Mapping[str, Any],
        name: str,
        stack: tuple[str, ...],
        depth: int,
        optional: bool,
    ) -> Any:
        min_items = int(schema.get("minItems", 0))
        max_items = schema.get("maxItems")
        count = max(min_items, 1)
        if max_items is not None:
            count = min(count, int(max_items))
        items = schema.get("items", {})
        if count == 0:
            return []
        item_name = name[:-1] if name.endswith("s") else name
        if schema.get("uniqueItems") or count > 1:
            values = self._distinct_items(items, item_name, stack, depth, optional, count)
        else:
            value = self._gen(items, item_name, stack, depth + 1, optional)
            values = [] if value is _MISSING else [value]
        if len(values) < count:
            return [] if min_items == 0 else _MISSING
        return values

    def _distinct_items(
        self,
        items: Any,
        name: str,
        stack: tuple[str, ...],
        depth: int,
        optional: bool,
        count: int,
    ) -> list[Any]:
        resolved = self._deref(items)
        if isinstance(resolved, dict) and "enum" in resolved:
            return [copy.deepcopy(v) for v in resolved["enum"] if v is not None][:count]
        first = self._gen(items, name, stack, depth + 1, optional)
        if first is _MISSING:
            return []
        values = [first]
        i = 2
        while len(values) < count and i < count + 20:
            candidate = _vary(first, i)
            if not validate(self.doc, items, candidate) and not any(
                _json_equal(candidate, v) for v in values
            ):
                values.append(candidate)
            i += 1
        return values

    def _object(
        self,
        schema: Mapping[str, Any],
        stack: tuple[str, ...],
        depth: int,
        optional: bool,
    ) -> Any:
        props: Mapping[str, Any] = schema.get("properties") or {}
        required = list(dict.fromkeys(schema.get("required") or []))
        result: dict[str, Any] = {}
        for key in required:
            sub = props.get(key)
            if sub is None:
                addl = schema.get("additionalProperties", True)
                sub = addl if isinstance(addl, dict) else {}
            value = self._gen(sub, key, stack, depth + 1, optional)
            if value is _MISSING:
                # Recursion cut a required member: try once more without the guard's help.
                return _MISSING
            result[key] = value
        if optional and depth <= 6:
            for key, sub in props.items():
                if key in result or not self._optional_worth_it(sub):
                    continue
                value = self._gen(sub, key, stack, depth + 1, False)
                if (
                    value is not _MISSING
                    and value is not None
                    and not validate(self.doc, sub, value)
                ):
                    result[key] = value
        min_props = int(schema.get("minProperties", 0))
        addl = schema.get("additionalProperties", True)
        i = 1
        while len(result) < min_props and addl is not False and i < min_props + 5:
            sub = addl if isinstance(addl, dict) else {"type": "string"}
            value = self._gen(sub, f"key{i}", stack, depth + 1, False)
            if value is _MISSING:
                break
            result.setdefault(f"key{i}", value)
            i += 1
        return result

    def _optional_worth_it(self, schema: Any) -> bool:
        schema = self._deref(schema)
        if not isinstance(schema, dict) or schema.get("deprecated") or schema.get("readOnly"):
            return False
        return self.is_simple(schema)


def _ordered(schema: Mapping[str, Any], types: set[str]) -> list[str]:
    t = schema.get("type")
    if isinstance(t, list):
        return list(t)
    order = ["object", "array", "string", "integer", "number", "boolean", "null"]
    return [x for x in order if x in types] + sorted(types - set(order))


def _merge_into(target: dict[str, Any], part: Mapping[str, Any]) -> None:
    for key, value in part.items():
        if key == "properties":
            props = dict(target.get("properties") or {})
            for pname, psch in value.items():
                if pname in props and props[pname] != psch:
                    props[pname] = {"allOf": [props[pname], psch]}
                else:
                    props[pname] = psch
            target["properties"] = props
        elif key == "required":
            target["required"] = list(dict.fromkeys([*target.get("required", []), *value]))
        elif key == "type" and "type" in target:
            a = target["type"] if isinstance(target["type"], list) else [target["type"]]
            b = value if isinstance(value, list) else [value]
            both = [x for x in a if x in b] or b
            target["type"] = both if len(both) > 1 else both[0]
        elif key in ("minimum", "minLength", "minItems", "minProperties"):
            target[key] = max(target.get(key, value), value)
        elif key in ("maximum", "maxLength", "maxItems", "maxProperties"):
            target[key] = min(target.get(key, value), value)
        elif key in ("oneOf", "anyOf") and key in target:
            target.setdefault("allOf", []).append({key: value})
        elif key == "additionalProperties" and key in target:
            if value is False or target[key] is False:
                target[key] = False
        elif key in ("example", "examples", "description", "title") and key in target:
            continue
        else:
            target[key] = value


def _number(schema: Mapping[str, Any], *, integer: bool) -> int | float:
    lo = schema.get("minimum")
    hi = schema.get("maximum")
    emin, emax = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    step = schema.get("multipleOf")
    low_excl = False
    if isinstance(emin, (int, float)) and not isinstance(emin, bool):
        lo, low_excl = emin, True
    elif emin is True:
        low_excl = True
    high_excl = False
    if isinstance(emax, (int, float)) and not isinstance(emax, bool):
        hi, high_excl = emax, True
    elif emax is True:
        high_excl = True

    candidates: list[float] = [1]
    if lo is not None:
        candidates.insert(0, lo + (1 if low_excl else 0))
        if low_excl and not integer:
            candidates.insert(1, lo + 0.5)
    if hi is not None:
        candidates.append(hi - (1 if high_excl else 0))
    if step:
        base = lo if lo is not None else 0
        candidates = [(int(base / step) + k) * step for k in range(0, 3)] + candidates
    for c in candidates:
        v: int | float = int(c) if integer and float(c).is_integer() else c
        if integer and not float(v).is_integer():
            continue
        if lo is not None and (v < lo or (low_excl and v <= lo)):
            continue
        if hi is not None and (v > hi or (high_excl and v >= hi)):
            continue
        return int(v) if integer else v
    return int(lo or 0) if integer else float(lo or 0)


def _string(schema: Mapping[str, Any], name: str) -> Any:
    fmt = schema.get("format")
    min_len = int(schema.get("minLength", 0))
    max_len = schema.get("maxLength")
    pattern = schema.get("pattern")
    candidates: list[str] = []
    if isinstance(fmt, str) and fmt in _FORMAT_VALUES and isinstance(_FORMAT_VALUES[fmt], str):
        candidates.append(_FORMAT_VALUES[fmt])
    base = re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-") if name else ""
    candidates.append(f"{base}-1" if base else "string")
    if pattern:
        candidates += _pattern_guesses(pattern)
    for c in candidates:
        c = _fit_length(c, min_len, max_len)
        if _string_ok(schema, c):
            return c
    if pattern:
        found = _from_regex(pattern, min_len, max_len, fmt if isinstance(fmt, str) else None)
        if found is not None:
            return found
    return _MISSING


def _string_ok(schema: Mapping[str, Any], value: str) -> bool:
    if len(value) < schema.get("minLength", 0):
        return False
    if "maxLength" in schema and len(value) > schema["maxLength"]:
        return False
    if "pattern" in schema:
        rx = _compiled(schema["pattern"])
        if rx is not None and not rx.search(value):
            return False
    fmt = schema.get("format")
    return not isinstance(fmt, str) or _format_ok(fmt, value)


def _fit_length(value: str, min_len: int, max_len: int | None) -> str:
    if len(value) < min_len:
        value = value + "x" * (min_len - len(value))
    if max_len is not None and len(value) > max_len:
        value = value[: int(max_len)]
    return value


def _pattern_guesses(pattern: str) -> list[str]:
    """Hand-made values for common patterns (tried before the regex search)."""
    guesses = []
    if "uuid" in pattern:
        guesses.append(f"urn:uuid:{_FORMAT_VALUES['uuid']}")
    guesses += [
        _FORMAT_VALUES["date"],
        _FORMAT_VALUES["date-time"],
        _FORMAT_VALUES["uri"],
        _FORMAT_VALUES["uuid"],
        "abc",
        "A1",
        "1",
    ]
    return guesses


@lru_cache(maxsize=256)
def _from_regex(pattern: str, min_len: int, max_len: int | None, fmt: str | None) -> str | None:
    """The minimal string Hypothesis finds for ``pattern`` (deterministic: fixed seed)."""
    try:
        import random

        from hypothesis import HealthCheck, find, settings
        from hypothesis import strategies as st
        from hypothesis.errors import NoSuchExample
    except ImportError:  # pragma: no cover
        return None

    def ok(s: str) -> bool:
        if len(s) < min_len or (max_len is not None and len(s) > max_len):
            return False
        return fmt is None or _format_ok(fmt, s)

    try:
        return find(
            st.from_regex(pattern),
            ok,
            settings=settings(
                database=None,
                max_examples=2000,
                suppress_health_check=list(HealthCheck),
            ),
            random=random.Random(20240115),
        )
    except (NoSuchExample, re.error, Exception):
        return None


def _vary(value: Any, i: int) -> Any:
    """A variant of ``value`` (for distinct array items)."""
    if isinstance(value, bool):
        return not value if i == 2 else value
    if isinstance(value, int):
        return value + i - 1
    if isinstance(value, float):
        return value + i - 1
    if isinstance(value, str):
        if _UUID_RE.match(value):
            return str(uuid.UUID(int=uuid.UUID(value).int + i))
        return f"{value}-{i}"
    if isinstance(value, dict):
        out = dict(value)
        for k, v in out.items():
            if isinstance(v, str):
                out[k] = _vary(v, i)
                break
        return out
    return value
