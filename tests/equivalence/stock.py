"""The stock-template models: `_timeback_gen/<api>/` as openapi-python-client's own templates
generate them from the current documents, cached under build/equivalence/.

The documents go through `scripts/regen.py`'s own steps (`regen.client_documents`: hashes →
overlays → validate → normalize → prune), and each API package is generated with
`regen.generate_client` and the same `specs/generator/config.yaml`, but without
`--custom-template-path`: no model.py / types.py / models_init.py overrides.

The tree is cached in `build/equivalence/stock-<key>/` where the key hashes everything the
stock tree is made from: the documents, the lock, the overlays, names.yaml, the generator
config, the pipeline scripts and the generator's (and ruff's, for the post hooks) version. Our
templates are not part of the key: changing them is what the check is for. A stale cache of
another key is removed when a new one is built.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
import shutil
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "scripts"
CACHE = ROOT / "build" / "equivalence"
DONE = "complete.json"

if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

import regen  # noqa: E402


def specs_dir() -> Path:
    """`$SPECS_DIR` (the Makefile exports it), default ../shared/specs, as `make regen` reads it."""
    path = Path(os.environ.get("SPECS_DIR", "../shared/specs"))
    return path if path.is_absolute() else (ROOT / path).resolve()


def _inputs(specs: Path) -> list[tuple[str, Path]]:
    lock = regen.load_lock()
    files = [(f"document:{api}", specs / lock[api]["file"]) for api in sorted(lock)]
    files.append(("lock", regen.SPECS / "sources.lock"))
    files += [(f"overlay:{p.name}", p) for p in sorted((regen.SPECS / "overlays").glob("*.yaml"))]
    files.append(("names", regen.SPECS / "names.yaml"))
    files.append(("paging", regen.SPECS / "paging.yaml"))
    files.append(("config", regen.SPECS / "generator" / "config.yaml"))
    files += [
        (f"script:{n}", SCRIPTS / n)
        for n in ("regen.py", "normalize.py", "overlays.py", "paging.py")
    ]
    return files


def cache_key(specs: Path) -> str:
    """sha256 over the stock tree's inputs (see the module docstring)."""
    h = hashlib.sha256()
    for label, path in _inputs(specs):
        h.update(f"{label}\0".encode())
        h.update(path.read_bytes() if path.is_file() else b"<missing>")
        h.update(b"\0")
    for dist in ("openapi-python-client", "ruff"):
        h.update(f"{dist}=={importlib.metadata.version(dist)}\0".encode())
    return h.hexdigest()


def build_stock_tree(specs: Path, out: Path) -> None:
    """Generate `out/_timeback_gen/<api>/` with the stock templates; the client documents are
    kept in `out/documents/<api>.json` (what both trees were generated from)."""
    documents = regen.client_documents(specs)
    pkg = out / regen.PACKAGE
    pkg.mkdir(parents=True)
    (pkg / "__init__.py").write_text(
        '"""Stock openapi-python-client models (tests/equivalence)."""\n'
    )
    config = regen.SPECS / "generator" / "config.yaml"

    def generate(api: str) -> None:
        doc_path = out / "documents" / f"{api}.json"
        regen.dump_json(doc_path, documents[api])
        regen.generate_client(doc_path, pkg / api, config, templates=None)

    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 1)) as pool:
        list(pool.map(generate, regen.CLIENT_APIS))


def stock_tree(specs: Path | None = None) -> tuple[Path, dict[str, Any]]:
    """The cached stock tree's directory (build it when missing) and how it was obtained."""
    specs = specs or specs_dir()
    key = cache_key(specs)
    target = CACHE / f"stock-{key[:20]}"
    if (target / DONE).is_file():
        return target, {**json.loads((target / DONE).read_text()), "cached": True}
    CACHE.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="building-", dir=CACHE))
    try:
        started = time.perf_counter()
        build_stock_tree(specs, work)
        info = {"key": key, "build_seconds": round(time.perf_counter() - started, 1)}
        (work / DONE).write_text(json.dumps(info) + "\n")
        if target.exists():  # an incomplete tree of this key
            shutil.rmtree(target)
        work.rename(target)
    finally:
        if work.exists():
            shutil.rmtree(work, ignore_errors=True)
    for old in CACHE.iterdir():
        other_key = old.name.startswith("stock-") and old != target
        abandoned = old.name.startswith("building-") and time.time() - old.stat().st_mtime > 3600
        if other_key or abandoned:  # abandoned: a build that an interrupted run left
            shutil.rmtree(old, ignore_errors=True)
    return target, {**info, "cached": False}
