"""Parse every case with one `_timeback_gen` tree and describe what came out (run as a script).

    python tests/equivalence/digest.py TREE CASES.json OUT.json

Both trees are the package `_timeback_gen`, so each is parsed in its own interpreter with TREE
first on sys.path. A response case goes, in the stock tree, through the endpoint module's
`_parse_response(client=ctx, response=httpx.Response(status, json=body))` with
`ctx.raise_on_unexpected_status = True`, and in ours through what the client runs,
`timeback_gen.services.parse_response`; a request-body case through `<Model>.from_dict(body)`.

The digest of a result is its structure, not only `to_dict()`: for every model its class name,
every attrs field's Python type and value (UNSET as such, datetimes and dates by value), its
`additional_properties` as dict contents (the shared read-only `NO_EXTRAS` and `{}` are the
same), plus the result's `to_dict()`. A parse that raises gives the exception's type and text.
"""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.util
import json
import sys
import uuid
from pathlib import Path
from typing import Any


class Ctx:
    raise_on_unexpected_status = True


OURS = False  # set in main: the tree has our reading rules (`_timeback_gen._runtime`)


def describe(value: Any, depth: int = 0) -> Any:
    import attrs

    if depth > 60:
        return {"type": "<too deep>"}
    cls = type(value)
    if attrs.has(cls):
        fields = {}
        extras: Any = None
        for f in attrs.fields(cls):
            inner = getattr(value, f.name)
            if f.name == "additional_properties":
                extras = {str(k): describe(v, depth + 1) for k, v in dict(inner).items()}
            else:
                fields[f.name] = describe(inner, depth + 1)
        # A stock model of an `additionalProperties: false` schema has no such field; ours keeps
        # unknown keys everywhere. For document-valid bodies both hold none.
        return {"model": cls.__name__, "fields": fields, "additional_properties": extras or {}}
    if cls.__name__ == "Unset":
        return "UNSET"
    if value is None or cls in (str, int, float, bool):
        return {"type": cls.__name__, "value": value}
    if isinstance(value, dict):
        return {
            "type": cls.__name__,
            "items": {str(k): describe(v, depth + 1) for k, v in value.items()},
        }
    if isinstance(value, (list, tuple)):
        return {"type": cls.__name__, "items": [describe(v, depth + 1) for v in value]}
    if isinstance(value, (dt.datetime, dt.date, dt.time)):  # by value, offset included
        return {"type": cls.__name__, "value": value.isoformat()}
    if isinstance(value, uuid.UUID):
        return {"type": cls.__name__, "value": str(value)}
    return {"type": f"{cls.__module__}.{cls.__qualname__}", "repr": repr(value)}


def _to_dict(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [_to_dict(v) for v in value]
    return value


def outcome(case: dict[str, Any]) -> dict[str, Any]:
    import httpx

    try:
        module = importlib.import_module(case["module"])
    except Exception as exc:
        return {"import_error": f"{type(exc).__name__}: {exc}"}
    body = json.loads(json.dumps(case["body"]))  # a fresh copy per parse
    try:
        if case["model"] is None:
            response = httpx.Response(case["status"], json=body)
            if OURS:  # what the client runs (timeback_gen.services), not the stock endpoint code
                from timeback_gen.services import OPERATIONS, parse_response

                result = parse_response(OPERATIONS[case["operation"]], response)
            else:
                result = module._parse_response(client=Ctx(), response=response)
        else:
            result = getattr(module, case["model"]).from_dict(body)
    except Exception as exc:
        return {"raises": f"{type(exc).__name__}: {exc}"}
    try:
        as_dict = json.loads(json.dumps(_to_dict(result), default=repr))
    except Exception as exc:
        as_dict = {"to_dict raises": f"{type(exc).__name__}: {exc}"}
    return {"result": describe(result), "to_dict": as_dict}


def main(argv: list[str]) -> int:
    tree, cases_path, out_path = (Path(a).resolve() for a in argv[1:4])
    sys.path.insert(0, str(tree))
    package = importlib.import_module("_timeback_gen")
    if not Path(package.__file__ or "").resolve().is_relative_to(tree):
        raise SystemExit(f"_timeback_gen came from {package.__file__}, not from {tree}")
    global OURS
    OURS = importlib.util.find_spec("_timeback_gen._runtime") is not None
    cases = json.loads(cases_path.read_text())
    out = {case["id"]: outcome(case) for case in cases}
    out_path.write_text(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
