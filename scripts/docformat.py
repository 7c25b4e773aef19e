"""Reading the upstream OpenAPI documents: parsed by their content, not their file name.

A document's file name says little about its format: OneRoster's current document is kept as
`oneroster-api.json`, while the upstream URL in specs/sources.lock
(https://api.alpha-1edtech.com/openapi.yaml) serves YAML, and `make fetch-specs` writes what it
downloads under the locked file name. So the text decides: JSON when it parses as a JSON object,
YAML otherwise (YAML is a superset of JSON, but the JSON parser is much faster and stricter).
Used by scripts/regen.py, scripts/fetch_specs.py and the contract tests (tests/contract/prism.py).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DocumentError(ValueError):
    """The text is neither a JSON nor a YAML OpenAPI document."""


def _parse(text: str) -> tuple[Any, str]:
    body = text.lstrip("\ufeff")
    if body.lstrip(" \t\r\n").startswith("{"):
        try:
            return json.loads(body), "json"
        except ValueError:
            pass  # a YAML flow mapping, or broken JSON: YAML will say which
    return yaml.load(body, _YAML_LOADER), "yaml"


def detect_format(text: str) -> str:
    """``"json"`` when ``text`` parses as a JSON object, else ``"yaml"``."""
    try:
        return _parse(text)[1]
    except yaml.YAMLError:
        return "yaml"


def parse_document(text: str, source: str = "<document>") -> dict[str, Any]:
    """Parse an OpenAPI document from ``text`` (JSON or YAML, decided by the content)."""
    try:
        doc = _parse(text)[0]
    except yaml.YAMLError as exc:
        raise DocumentError(f"{source}: neither JSON nor YAML: {exc}") from exc
    if not isinstance(doc, dict) or "paths" not in doc:
        raise DocumentError(f"{source} is not an OpenAPI document (no top-level 'paths')")
    return doc


def load_document(path: Path) -> dict[str, Any]:
    """Read and parse the document at ``path`` (its suffix is ignored)."""
    return parse_document(path.read_text(encoding="utf-8"), str(path))
