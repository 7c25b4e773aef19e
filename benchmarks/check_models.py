"""Differential check: the generated models' fast `from_dict` against the stock template's.

    git archive 6b7bb2c generated/_timeback_gen | tar -x -C build/stock   # last stock from_dict
    .venv/bin/python benchmarks/check_models.py build/stock/generated

For every operation's JSON success response and JSON request body, values are built from the
normalized documents (tests/contract/examples.py's deterministic generator) and mutated (optional
members dropped, each top-level key removed in turn, an unknown key added, a list item's keys
removed). Each tree parses them in its own interpreter; the parsed `to_dict()` (or the exception
type) must be identical. Not a test run by `make test`; a tool for changing the model template.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

DIGEST = r"""
import copy, json, sys, importlib
sys.path.insert(0, %(root)r)
import httpx
from importlib import resources
from _timeback_gen.services.registry import OPERATIONS
from tests.contract.examples import Generator

class Ctx:
    raise_on_unexpected_status = True

def variants(value):
    yield "full", value
    if isinstance(value, dict):
        yield "unknown-key", {**value, "xUnknownKey": {"a": 1}}
        for key in list(value):
            yield f"without:{key}", {k: v for k, v in value.items() if k != key}
        for key, inner in value.items():
            item = inner[0] if isinstance(inner, list) and inner else inner
            if isinstance(item, dict):
                for ik in list(item):
                    cut = {k: v for k, v in item.items() if k != ik}
                    new = copy.deepcopy(value)
                    if isinstance(inner, list):
                        new[key][0] = cut
                    else:
                        new[key] = cut
                    yield f"{key}.without:{ik}", new
                new = copy.deepcopy(value)
                if isinstance(inner, list):
                    new[key][0] = {**item, "xExtra": [1, None]}
                else:
                    new[key] = {**item, "xExtra": [1, None]}
                yield f"{key}.extra", new

def outcome(fn):
    try:
        result = fn()
    except Exception as exc:
        return "raises " + type(exc).__name__
    if hasattr(result, "to_dict"):
        return type(result).__name__ + " " + json.dumps(result.to_dict(), sort_keys=True, default=str)
    if isinstance(result, list):
        items = [r.to_dict() if hasattr(r, "to_dict") else r for r in result]
        return "list " + json.dumps(items, sort_keys=True, default=str)
    return type(result).__name__ + " " + repr(result)

docs = {}
out = {}
for key, spec in sorted(OPERATIONS.items()):
    if spec.api not in docs:
        path = resources.files("_timeback_gen.specdata") / f"{spec.api}.json"
        docs[spec.api] = json.loads(path.read_text())
    doc = docs[spec.api]
    op = doc["paths"][spec.path][spec.http_method.lower()]
    try:
        module = spec.load()
    except Exception as exc:  # an older tree may not import every module: compare the rest
        out[f"{key} import"] = "import failed " + type(exc).__name__
        continue
    gen = Generator(doc)
    for status in spec.success:
        media = (op.get("responses", {}).get(str(status), {}).get("content") or {}).get("application/json")
        if not media or "schema" not in media:
            continue
        for optional in (True, False):
            try:
                value = gen.value(media["schema"], include_optional=optional)
            except Exception as exc:
                continue
            for name, v in variants(value):
                response = httpx.Response(status, json=v)
                out[f"{key} {status} opt={optional} {name}"] = outcome(
                    lambda: module._parse_response(client=Ctx(), response=response)
                )
    if spec.json_body_model:
        media = (op.get("requestBody", {}).get("content") or {}).get("application/json")
        if media and "schema" in media:
            model = getattr(module, spec.json_body_model)
            for optional in (True, False):
                try:
                    value = gen.value(media["schema"], include_optional=optional)
                except Exception:
                    continue
                for name, v in variants(value):
                    out[f"{key} body opt={optional} {name}"] = outcome(lambda: model.from_dict(v))
print(json.dumps(out))
"""


def digest(tree: Path | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if tree is not None:
        env["PYTHONPATH"] = str(tree)
    proc = subprocess.run(
        [sys.executable, "-c", DIGEST % {"root": str(ROOT)}],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )
    if proc.returncode:
        raise SystemExit(proc.stderr)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> int:
    stock = Path(sys.argv[1]).resolve()
    fast = Path(sys.argv[2]).resolve() if len(sys.argv) > 2 else None
    a, b = digest(stock), digest(fast)
    failed = {k.rsplit(" ", 1)[0] for d in (a, b) for k, v in d.items() if v.startswith("import")}
    keys = {k for k in set(a) | set(b) if k.split(" ", 1)[0] not in failed}
    if failed:
        print(f"skipped {len(failed)} operations whose module does not import in one tree")
    diffs = [k for k in sorted(keys) if a.get(k) != b.get(k)]
    raises = sum(1 for v in b.values() if v.startswith("raises"))
    print(f"{len(b)} cases ({raises} raising), {len(diffs)} differences")
    for k in diffs[:20]:
        print(f"- {k}\n    stock: {a.get(k, '')[:300]}\n    fast:  {b.get(k, '')[:300]}")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
