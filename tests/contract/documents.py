"""The OpenAPI documents as we serve them to Prism: upstream + our overlays (specs/overlays).

The contract suite checks the client against the documents it was generated from, i.e. the
upstream documents *after* ``scripts/overlays.py`` applied ``specs/overlays/<key>.yaml`` - not the
normalized copies (``generated/_timeback_gen/specdata``), which are derived from them and would
hide a normalization defect.

``overlaid_document(key)`` is the patched document (cached, read-only); ``write_overlaid(dir)``
writes all of them as JSON for Prism. An overlay that no longer applies raises ``OverlayError``,
which makes every test that needs the document ERROR.

Registry operations are looked up in their API's document (``api`` of the ``OperationSpec``).
The Caliper facade is generated from caliper-api.yaml; the events document
(timeback-events-api.yaml) re-describes two of its endpoints with the Timeback event profile and is
served by its own Prism (see ``test_request_contract.test_caliper_requests_fit_the_events_document``).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from .examples import _resolve
from .prism import DOCUMENTS, REPO_ROOT, load_document  # puts scripts/ on sys.path

OVERLAYS_DIR = REPO_ROOT / "specs" / "overlays"

from overlays import OverlayError, apply_overlay, load_overlay  # noqa: E402

__all__ = [
    "JSON_MEDIA",
    "OverlayError",
    "json_media",
    "operation_of",
    "overlaid_document",
    "overlay_path",
    "responses_of",
    "write_overlaid",
]

#: Document keys (prism.DOCUMENTS) of the APIs the client is generated from.
CLIENT_DOCUMENTS = ("oneroster", "powerpath", "qti", "caliper", "case")


def overlay_path(key: str) -> Path:
    return OVERLAYS_DIR / f"{key}.yaml"


@cache
def overlaid_document(key: str) -> dict[str, Any]:
    """The upstream document ``key`` with its overlay applied (cached; treat as read-only)."""
    if key not in DOCUMENTS:
        raise KeyError(f"unknown document {key!r}; known: {sorted(DOCUMENTS)}")
    path = overlay_path(key)
    if not path.is_file():
        raise FileNotFoundError(f"overlay {path} not found (every document has one, maybe `[]`)")
    return apply_overlay(load_document(key), load_overlay(path), key)


def write_overlaid(directory: Path) -> dict[str, Path]:
    """Write every overlaid document to ``directory/<key>.json``; return key -> path."""
    directory.mkdir(parents=True, exist_ok=True)
    out: dict[str, Path] = {}
    for key in DOCUMENTS:
        path = directory / f"{key}.json"
        path.write_text(json.dumps(overlaid_document(key), ensure_ascii=False), encoding="utf-8")
        out[key] = path
    return out


def operation_of(key: str, method: str, path: str) -> dict[str, Any]:
    """The operation object ``method path`` of the overlaid document ``key`` (KeyError if none)."""
    doc = overlaid_document(key)
    item = doc["paths"].get(path)
    if item is None:
        raise KeyError(f"{key}: the overlaid document has no path {path!r}")
    op = _resolve(doc, item).get(method.lower())
    if not isinstance(op, dict):
        raise KeyError(f"{key}: the overlaid document has no operation {method} {path}")
    return op


def responses_of(key: str, method: str, path: str) -> dict[int, dict[str, Any]]:
    """Numeric status -> resolved response object (``default`` / ``4XX`` ranges left out)."""
    doc = overlaid_document(key)
    out: dict[int, dict[str, Any]] = {}
    for status, response in (operation_of(key, method, path).get("responses") or {}).items():
        if str(status).isdigit():
            out[int(status)] = _resolve(doc, response)
    return out


JSON_MEDIA = ("application/json",)


def json_media(response: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
    """The response's JSON media type entry (``application/json`` or ``*+json``), if any."""
    for ctype, media in (response.get("content") or {}).items():
        base = ctype.split(";")[0].strip().lower()
        if base in JSON_MEDIA or base.endswith("+json"):
            return ctype, media or {}
    return None
