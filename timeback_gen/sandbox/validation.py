"""JSON Schema (Draft 2020-12) validation of request bodies against the documents' schemas.

Schemas are validated with the document's ``components`` attached to the root, so local
``#/components/schemas/...`` references resolve whatever the document layout. ``jsonschema`` is a
core dependency, imported here (the sandbox is not imported by ``import timeback_gen``), so every
install validates the same. ``format`` is an annotation, as Draft 2020-12 defines it by default:
the platform's own data does not all satisfy the documents' formats (README of the documents).
"""

from __future__ import annotations

import threading
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

from .spec import load_document

_lock = threading.Lock()
_validators: dict[tuple[str, int, int], Draft202012Validator] = {}


def _format_path(parts: Any) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(root)"


def _validator(api: str, schema: dict[str, Any], doc: dict[str, Any]) -> Draft202012Validator:
    """One compiled validator per (document, schema), the document's components at its root."""
    key = (api, id(doc), id(schema))
    with _lock:
        validator = _validators.get(key)
        if validator is None:
            root = dict(schema)
            root["components"] = doc.get("components", {})
            root.setdefault("$schema", "https://json-schema.org/draft/2020-12/schema")
            validator = Draft202012Validator(root)
            _validators[key] = validator
        return validator


def validate(
    api: str, schema: dict[str, Any], instance: Any, doc: dict[str, Any] | None = None
) -> list[tuple[str, str]]:
    """Errors as (field path, message), best first; empty when the instance is valid.
    ``doc`` is the document whose components the schema's references point into."""
    if doc is None:
        doc = load_document(api)
    validator = _validator(api, schema, doc)
    errors = sorted(
        validator.iter_errors(instance), key=lambda e: (len(e.absolute_path), str(e.message))
    )
    out: list[tuple[str, str]] = []
    for err in errors:
        best = best_match([err]) or err
        path = _format_path(best.absolute_path)
        if best.validator == "required":
            missing = str(best.message).split("'")
            if len(missing) > 2:
                path = (path + "." if path != "(root)" else "") + missing[1]
        out.append((path, str(best.message)))
    return out
