"""Apply our spec fixes (specs/overlays/*.yaml) to an upstream OpenAPI document.

An overlay file is a list of JSON Patch operations (RFC 6902: add, remove, replace, move, test),
each with a one-line `reason`. A pointer segment `*` matches every key of that level, so one
entry can fix a defect repeated across operations. Application is strict: a pointer that matches
nothing is an error, so a fix that no longer applies (the upstream document changed) is noticed.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import yaml


class OverlayError(Exception):
    """An overlay entry is malformed or does not match the document."""


def _unescape(segment: str) -> str:
    return segment.replace("~1", "/").replace("~0", "~")


def _split(pointer: str) -> list[str]:
    if not pointer.startswith("/"):
        raise OverlayError(f"pointer must start with '/': {pointer!r}")
    return [_unescape(s) for s in pointer[1:].split("/")]


def _expand(doc: Any, segments: list[str]) -> list[list[str]]:
    """Resolve `*` segments to concrete key paths (the last segment is returned as given)."""
    paths: list[list[str]] = [[]]
    for seg in segments[:-1]:
        nxt: list[list[str]] = []
        for p in paths:
            node = _get(doc, p)
            if seg == "*":
                keys = list(node) if isinstance(node, dict) else [str(i) for i in range(len(node))]
                nxt.extend([*p, k] for k in keys)
            elif _has(node, seg):
                nxt.append([*p, seg])
        paths = nxt
    last = segments[-1]
    if last == "*":
        out = []
        for p in paths:
            node = _get(doc, p)
            keys = list(node) if isinstance(node, dict) else [str(i) for i in range(len(node))]
            out.extend([*p, k] for k in keys)
        return out
    return [[*p, last] for p in paths]


def _has(node: Any, key: str) -> bool:
    if isinstance(node, dict):
        return key in node
    if isinstance(node, list):
        return key.isdigit() and int(key) < len(node)
    return False


def _get(doc: Any, path: list[str]) -> Any:
    node = doc
    for seg in path:
        node = node[int(seg)] if isinstance(node, list) else node[seg]
    return node


def _apply_one(doc: Any, entry: dict[str, Any], where: str) -> None:
    op = entry.get("op")
    if not entry.get("reason"):
        raise OverlayError(f"{where}: every overlay entry needs a one-line 'reason'")
    if op not in {"add", "remove", "replace", "move", "test"}:
        raise OverlayError(f"{where}: unknown op {op!r}")
    targets = _expand(doc, _split(entry["path"]))
    if op == "add":
        targets = [t for t in targets if isinstance(_get(doc, t[:-1]), (dict, list))]
    else:
        targets = [t for t in targets if _has(_get(doc, t[:-1]), t[-1])]
    if op == "move":
        source = _split(entry["from"])
        if not _has(_get(doc, source[:-1]), source[-1]):
            raise OverlayError(f"{where}: 'from' {entry['from']} matches nothing in the document")
        value = _get(doc, source[:-1]).pop(source[-1])
        parent = _get(doc, _split(entry["path"])[:-1])
        parent[_split(entry["path"])[-1]] = value
        return
    if not targets:
        raise OverlayError(f"{where}: {op} {entry['path']} matches nothing in the document")
    for t in targets:
        parent = _get(doc, t[:-1])
        key: Any = int(t[-1]) if isinstance(parent, list) else t[-1]
        if op == "test":
            if parent[key] != entry["value"]:
                raise OverlayError(f"{where}: test failed at /{'/'.join(t)}")
        elif op == "remove":
            del parent[key]
        elif op == "replace":
            parent[key] = copy.deepcopy(entry["value"])
        elif isinstance(parent, list):
            parent.insert(key, copy.deepcopy(entry["value"]))
        else:
            if key in parent:
                raise OverlayError(f"{where}: add /{'/'.join(t)} already exists; use replace")
            parent[key] = copy.deepcopy(entry["value"])


def load_overlay(path: Path) -> list[dict[str, Any]]:
    entries = yaml.safe_load(path.read_text()) or []
    if not isinstance(entries, list):
        raise OverlayError(f"{path}: expected a list of JSON Patch entries")
    return entries


def apply_overlay(doc: dict[str, Any], entries: list[dict[str, Any]], name: str) -> dict[str, Any]:
    """Return a patched copy of `doc` (a JSON round trip, so YAML aliases are no longer shared)."""
    out = json.loads(json.dumps(doc))
    for i, entry in enumerate(entries):
        _apply_one(out, entry, f"{name}[{i}]")
    return out
