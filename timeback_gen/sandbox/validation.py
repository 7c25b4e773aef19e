"""JSON Schema (Draft 2020-12) validation of request bodies against the documents' schemas.

Schemas are validated with the document's ``components`` attached to the root, so local
``#/components/schemas/...`` references resolve whatever the document layout. Uses
``jsonschema`` when it is installed (the ``sandbox`` extra); otherwise a small built-in
subset (type/required/properties/items/enum/const) keeps the sandbox usable.
"""

from __future__ import annotations

import importlib
import threading
from typing import Any

from .spec import load_document

_lock = threading.Lock()
_validators: dict[tuple[str, int, int], Any] = {}

try:
    _jsonschema: Any = importlib.import_module("jsonschema")
except ImportError:  # pragma: no cover - exercised only without the extra
    _jsonschema = None


def _format_path(parts: Any) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(root)"


def validate(
    api: str, schema: dict[str, Any], instance: Any, doc: dict[str, Any] | None = None
) -> list[tuple[str, str]]:
    """Errors as (field path, message), best first; empty when the instance is valid.
    ``doc`` is the document whose components the schema's references point into."""
    if doc is None:
        doc = load_document(api)
    if _jsonschema is None:
        return _fallback(doc, schema, instance, "")
    key = (api, id(doc), id(schema))
    with _lock:
        validator = _validators.get(key)
        if validator is None:
            root = dict(schema)
            root["components"] = doc.get("components", {})
            root.setdefault("$schema", "https://json-schema.org/draft/2020-12/schema")
            validator = _jsonschema.Draft202012Validator(root)
            _validators[key] = validator
    errors = sorted(
        validator.iter_errors(instance), key=lambda e: (len(e.absolute_path), str(e.message))
    )
    out: list[tuple[str, str]] = []
    for err in errors:
        best = _jsonschema.exceptions.best_match([err])
        path = _format_path(best.absolute_path)
        if best.validator == "required":
            missing = str(best.message).split("'")
            if len(missing) > 2:
                path = (path + "." if path != "(root)" else "") + missing[1]
        out.append((path, str(best.message)))
    return out


_TYPES: dict[str, Any] = {
    "object": dict,
    "array": list,
    "string": str,
    "boolean": bool,
    "null": type(None),
}


def _type_ok(name: str, value: Any) -> bool:
    if name in ("integer", "number"):
        if isinstance(value, bool):
            return False
        return isinstance(value, int) or (name == "number" and isinstance(value, float))
    expected = _TYPES.get(name)
    return expected is None or isinstance(value, expected)


def _fallback(doc: dict[str, Any], schema: Any, value: Any, path: str) -> list[tuple[str, str]]:
    from .spec import resolve

    schema = resolve(doc, schema)
    if not isinstance(schema, dict):
        return []
    here = path or "(root)"
    types = schema.get("type")
    if types is not None:
        names = types if isinstance(types, list) else [types]
        if not any(_type_ok(str(n), value) for n in names):
            return [(here, f"{value!r} is not of type {', '.join(map(str, names))}")]
    if "enum" in schema and value not in schema["enum"]:
        return [(here, f"{value!r} is not one of {schema['enum']!r}")]
    if "const" in schema and value != schema["const"]:
        return [(here, f"{schema['const']!r} was expected")]
    errors: list[tuple[str, str]] = []
    for sub in schema.get("allOf", []):
        errors += _fallback(doc, sub, value, path)
    if isinstance(value, dict):
        for name in schema.get("required", []):
            if name not in value:
                errors.append(
                    (f"{path}.{name}" if path else name, f"'{name}' is a required property")
                )
        for name, sub in (schema.get("properties") or {}).items():
            if name in value:
                errors += _fallback(doc, sub, value[name], f"{path}.{name}" if path else name)
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        for i, item in enumerate(value):
            errors += _fallback(doc, schema["items"], item, f"{path}[{i}]")
    return errors
