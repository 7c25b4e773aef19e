"""Loading the six TimeBack OpenAPI documents and walking their operations.

`load_document(api)` is the only entry point that knows where the documents live: the
normalized package data in ``_timeback_gen.specdata`` (written by `make regen`; it keeps every
component schema, including the Caliper vocabulary).
"""

from __future__ import annotations

import functools
import importlib
import importlib.resources
import json
import re
import threading
from dataclasses import dataclass, field
from typing import Any

APIS: tuple[str, ...] = ("oneroster", "powerpath", "qti", "caliper", "events", "case")


# The Caliper and events documents have no operationIds; these are the names the sandbox uses.
SYNTHETIC_OPERATION_IDS: dict[tuple[str, str], str] = {
    ("post", "/caliper/event"): "sendEvents",
    ("post", "/caliper/event/validate"): "validateEvents",
    ("get", "/caliper/events"): "listEvents",
}

HTTP_METHODS = ("get", "post", "put", "patch", "delete")

_lock = threading.Lock()
_cache: dict[str, dict[str, Any]] = {}


def load_document(api: str) -> dict[str, Any]:
    """Return the OpenAPI document of ``api`` (one of APIS) as a dict (cached, do not mutate)."""
    if api not in APIS:
        raise ValueError(f"unknown api {api!r}; expected one of {', '.join(APIS)}")
    with _lock:
        doc = _cache.get(api)
        if doc is None:
            doc = _load_packaged_document(api)
            if doc is None:
                raise RuntimeError(
                    f"the {api} document is missing from _timeback_gen.specdata; run `make regen`"
                )
            _cache[api] = doc
        return doc


def load_vocabulary(api: str) -> dict[str, Any]:
    """The document of ``api`` with its full ``components`` (the Caliper vocabulary)."""
    return load_document(api)


def _load_packaged_document(api: str) -> dict[str, Any] | None:
    try:
        files = importlib.resources.files("_timeback_gen.specdata")
    except (ModuleNotFoundError, TypeError):
        return None
    resource = files.joinpath(f"{api}.json")
    if not resource.is_file():
        return None
    data: dict[str, Any] = json.loads(resource.read_text(encoding="utf-8"))
    return data


def resolve(doc: dict[str, Any], node: Any) -> Any:
    """Follow local ``$ref``s (``#/...``) until a non-reference node is reached."""
    seen = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref: str = node["$ref"]
        if not ref.startswith("#/"):
            return node
        target: Any = doc
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
        seen += 1
        if seen > 64:
            raise ValueError(f"$ref cycle at {ref}")
    return node


@dataclass(frozen=True)
class Operation:
    api: str
    method: str  # lower case
    path: str  # as in the document, e.g. /ims/oneroster/rostering/v1p2/users/{sourcedId}
    operation_id: str
    raw: dict[str, Any] = field(repr=False, compare=False, hash=False)

    @property
    def description(self) -> str:
        return str(self.raw.get("description") or self.raw.get("summary") or "")

    def request_schema(self, content_type: str = "application/json") -> dict[str, Any] | None:
        doc = load_document(self.api)
        body = resolve(doc, self.raw.get("requestBody"))
        if not isinstance(body, dict):
            return None
        content = body.get("content") or {}
        media = content.get(content_type)
        if media is None:
            return None
        schema = resolve(doc, media.get("schema"))
        return schema if isinstance(schema, dict) else None

    def success_status(self) -> int:
        codes = sorted(int(c) for c in self.raw.get("responses", {}) if str(c).startswith("2"))
        return codes[0] if codes else 200

    def response_schema(self, status: int | None = None) -> dict[str, Any] | None:
        doc = load_document(self.api)
        responses = self.raw.get("responses", {})
        key = str(status if status is not None else self.success_status())
        resp = resolve(doc, responses.get(key))
        if not isinstance(resp, dict):
            return None
        media = (resp.get("content") or {}).get("application/json")
        if not isinstance(media, dict):
            return None
        return resolve(doc, media.get("schema"))  # type: ignore[no-any-return]

    def path_regex(self) -> re.Pattern[str]:
        return path_template_regex(self.path)


def path_template_regex(template: str) -> re.Pattern[str]:
    """``/a/{x}/b`` and ``/a/:x/b`` → regex with named groups; a trailing slash is optional."""
    out = []
    for seg in template.strip("/").split("/"):
        m = re.fullmatch(r"\{([^}]+)\}|:(\w+)", seg)
        if m:
            name = m.group(1) or m.group(2)
            out.append(f"(?P<{re.sub(r'[^0-9a-zA-Z_]', '_', name)}>[^/]+)")
        else:
            out.append(re.escape(seg))
    return re.compile("^/" + "/".join(out) + "/?$")


@functools.cache
def operations(api: str) -> tuple[Operation, ...]:
    doc = load_document(api)
    ops: list[Operation] = []
    for path, item in (doc.get("paths") or {}).items():
        for method in HTTP_METHODS:
            raw = item.get(method)
            if not isinstance(raw, dict):
                continue
            op_id = raw.get("operationId") or SYNTHETIC_OPERATION_IDS.get((method, path))
            if not op_id:
                op_id = f"{method}_{re.sub(r'[^0-9a-zA-Z]+', '_', path).strip('_')}"
            ops.append(Operation(api, method, path, str(op_id), raw))
    return tuple(ops)


def operation(api: str, operation_id: str) -> Operation:
    for op in operations(api):
        if op.operation_id == operation_id:
            return op
    raise KeyError(f"{api}: no operation {operation_id}")
