"""Rebuild generated/ from the upstream OpenAPI documents (`make regen`).

Steps: check each document's sha256 against specs/sources.lock → apply specs/overlays →
validate → normalize (hoist shared schemas, specs/names.yaml) → the list operations' paging styles
(specs/paging.yaml, scripts/paging.py) → openapi-python-client per API (plus the old model names
of specs/aliases.yaml) →
datamodel-code-generator for the Caliper vocabulary and the Timeback profile → the service
facade, operation registry and docs/api.md from the endpoint modules' data (scripts/facade.py)
→ a summary against naive generation.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).parent))

import facade
import paging
from aliases import AliasError, add_aliases, load_aliases
from docformat import DocumentError, load_document
from normalize import normalize, prune_components
from overlays import OverlayError, apply_overlay, load_overlay

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
PACKAGE = "_timeback_gen"
CLIENT_APIS = ("oneroster", "powerpath", "qti", "caliper", "case")
ALL_DOCS = (*CLIENT_APIS, "events")
BIN = Path(sys.executable).parent


class RegenError(Exception):
    pass


def log(msg: str) -> None:
    print(msg, flush=True)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def load_lock() -> dict[str, dict[str, str]]:
    return json.loads((SPECS / "sources.lock").read_text())["documents"]  # type: ignore[no-any-return]


def check_hashes(specs_dir: Path, lock: dict[str, dict[str, str]]) -> None:
    problems = []
    for name, entry in lock.items():
        path = specs_dir / entry["file"]
        if not path.is_file():
            problems.append(f"  {entry['file']}: not found in {specs_dir} (set SPECS_DIR)")
            continue
        actual = sha256(path)
        if actual != entry["sha256"]:
            problems.append(
                f"  {entry['file']} ({name}): sha256 {actual} but specs/sources.lock pins "
                f"{entry['sha256']}"
            )
    if problems:
        raise RegenError(
            "the OpenAPI documents differ from specs/sources.lock:\n"
            + "\n".join(problems)
            + "\nIf this is a new upstream version you mean to take: run `make lock` to record its"
            " hash, then `make regen`, and review the overlays and the diff of generated/"
            " (see specs/README.md)."
        )


def validate(doc: dict[str, Any], name: str) -> None:
    from openapi_spec_validator import validate as _validate

    try:
        _validate(doc)
    except Exception as exc:  # the validator raises several types
        first = str(exc).splitlines()[0]
        raise RegenError(
            f"{name}: the document is not valid OpenAPI after overlays: {first}"
        ) from exc


def dump_json(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=1, sort_keys=False, ensure_ascii=False) + "\n")


def run(cmd: list[str], cwd: Path | None = None) -> str:
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RegenError(f"command failed: {' '.join(cmd)}\n{proc.stdout}\n{proc.stderr}")
    return proc.stdout + proc.stderr


def generate_client(
    doc_path: Path, out: Path, config: Path, templates: Path | None, *, strict: bool = True
) -> None:
    cmd = [
        str(BIN / "openapi-python-client"),
        "generate",
        "--path",
        str(doc_path),
        "--meta",
        "none",
        "--output-path",
        str(out),
        "--config",
        str(config),
        "--overwrite",
    ]
    if strict:
        cmd.append("--fail-on-warning")
    if templates is not None:
        cmd += ["--custom-template-path", str(templates)]
    output = run(cmd)
    if strict and ("Warning" in output or "WARNING" in output):
        raise RegenError(f"openapi-python-client warned on {doc_path.name}:\n{output}")


def generate_event_models(doc_path: Path, out_file: Path, title: str) -> None:
    run(
        [
            str(BIN / "datamodel-codegen"),
            "--input",
            str(doc_path),
            "--input-file-type",
            "openapi",
            "--openapi-scopes",
            "schemas",
            "--output",
            str(out_file),
            "--output-model-type",
            "pydantic_v2.BaseModel",
            "--target-python-version",
            "3.11",
            "--disable-timestamp",
            "--use-standard-collections",
            "--use-union-operator",
            "--use-schema-description",
            "--field-constraints",
            "--use-double-quotes",
            "--allow-extra-fields",
            "--custom-file-header",
            f'"""{title} (generated by datamodel-code-generator from the OpenAPI components)."""',
        ]
    )
    run([str(BIN / "ruff"), "format", "--isolated", "--no-cache", "--quiet", str(out_file)])


def count_models(package_dir: Path) -> int:
    models = package_dir / "models"
    return sum(1 for p in models.glob("*.py") if p.name != "__init__.py")


def count_operations(doc: dict[str, Any]) -> int:
    return sum(
        1
        for item in doc.get("paths", {}).values()
        for m in ("get", "put", "post", "delete", "patch")
        if m in item
    )


def load_names() -> dict[str, Any]:
    """specs/names.yaml: per API, the renames of hoisted schemas."""
    return {
        k: v
        for k, v in (yaml.safe_load((SPECS / "names.yaml").read_text()) or {}).items()
        if not k.startswith("_")  # `_name:` entries are YAML anchors shared by several APIs
    }


def overlaid_documents(
    specs_dir: Path, lock: dict[str, dict[str, str]]
) -> dict[str, dict[str, Any]]:
    """Every document (ALL_DOCS) read from specs_dir, its overlay applied, validated."""
    overlaid: dict[str, dict[str, Any]] = {}
    for api in ALL_DOCS:
        entry = lock[api]
        doc = load_document(specs_dir / entry["file"])
        doc = apply_overlay(doc, load_overlay(SPECS / "overlays" / f"{api}.yaml"), api)
        validate(doc, api)
        overlaid[api] = doc
    return overlaid


def normalized_documents(
    overlaid: dict[str, dict[str, Any]], names: dict[str, Any]
) -> dict[str, dict[str, Any]]:
    """The overlaid documents normalized (what `_timeback_gen/specdata/` holds)."""
    normalized: dict[str, dict[str, Any]] = {}
    for api in ALL_DOCS:
        doc, unused = normalize(overlaid[api], names.get(api) or {})
        if unused:
            raise RegenError(f"specs/names.yaml: {api} names match nothing: {', '.join(unused)}")
        normalized[api] = doc
    return normalized


def load_paging() -> paging.Rules:
    """specs/paging.yaml: how the list operations page."""
    return paging.load(SPECS / "paging.yaml")


def paging_of(
    normalized: dict[str, dict[str, Any]], rules: paging.Rules
) -> dict[str, dict[str, paging.Paging]]:
    """Per API, {operationId: Paging} (checked against the document: scripts/paging.py)."""
    return {api: paging.resolve(api, normalized[api], rules) for api in CLIENT_APIS}


def client_document(
    normalized: dict[str, Any], paged: dict[str, paging.Paging] | None = None
) -> dict[str, Any]:
    """What openapi-python-client is given for one API: a pruned copy of its normalized document,
    each paged response schema marked with its items key (`x-timeback-page-items`, read by the
    model template)."""
    doc: dict[str, Any] = json.loads(json.dumps(normalized))
    prune_components(doc)
    if paged:
        paging.mark(doc, paged)
    return doc


def client_documents(specs_dir: Path) -> dict[str, dict[str, Any]]:
    """The document each API package (CLIENT_APIS) is generated from, by regen's own steps:
    hashes → overlays → validate → normalize → prune. For tools that generate other trees
    (tests/equivalence builds the stock-template models from them)."""
    lock = load_lock()
    check_hashes(specs_dir, lock)
    normalized = normalized_documents(overlaid_documents(specs_dir, lock), load_names())
    paged = paging_of(normalized, load_paging())
    return {api: client_document(normalized[api], paged[api]) for api in CLIENT_APIS}


def regen(specs_dir: Path, out_root: Path, work: Path, naive: bool, api_doc: Path) -> None:
    lock = load_lock()
    check_hashes(specs_dir, lock)
    names = load_names()
    aliases = load_aliases(SPECS / "aliases.yaml")
    unknown = sorted(set(aliases) - set(CLIENT_APIS))
    if unknown:
        raise RegenError(f"specs/aliases.yaml: unknown APIs {', '.join(unknown)}")
    config = SPECS / "generator" / "config.yaml"
    naive_config = work / "naive-config.yaml"
    templates = SPECS / "generator" / "templates"

    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    naive_cfg = yaml.safe_load(config.read_text())
    naive_cfg["post_hooks"] = []
    naive_config.write_text(yaml.safe_dump(naive_cfg))

    pkg = out_root / PACKAGE
    if pkg.exists():
        shutil.rmtree(pkg)
    pkg.mkdir(parents=True)
    (pkg / "__init__.py").write_text(
        '"""Code generated by `make regen` from the TimeBack OpenAPI documents. Do not edit."""\n'
    )
    # The reading rules every model package shares (specs/generator/runtime.py, as it is).
    shutil.copyfile(SPECS / "generator" / "runtime.py", pkg / "_runtime.py")
    (pkg / "py.typed").write_text("")  # PEP 561: the models are typed for applications too

    overlaid = overlaid_documents(specs_dir, lock)
    summary: list[tuple[str, int, int, int | None]] = []

    spec_data = pkg / "specdata"
    spec_data.mkdir()
    (spec_data / "__init__.py").write_text(
        '"""The normalized OpenAPI documents (after overlays), for the sandbox and tools."""\n'
    )
    normalized = normalized_documents(overlaid, names)
    for api in ALL_DOCS:
        dump_json(spec_data / f"{api}.json", normalized[api])
    paged = paging_of(normalized, load_paging())

    for api in CLIENT_APIS:
        client_doc = client_document(normalized[api], paged[api])
        doc_path = work / "normalized" / f"{api}.json"
        dump_json(doc_path, client_doc)
        log(f"generating {api} …")
        generate_client(doc_path, pkg / api, config, templates)
        if aliases.get(api):
            models_init = pkg / api / "models" / "__init__.py"
            add_aliases(models_init, api, aliases[api])
            run(
                [
                    str(BIN / "ruff"),
                    "format",
                    "--isolated",
                    "--no-cache",
                    "--quiet",
                    str(models_init),
                ]
            )
        naive_models = None
        if naive:
            raw_path = work / "overlaid" / f"{api}.json"
            dump_json(raw_path, overlaid[api])
            generate_client(raw_path, work / "naive" / api, naive_config, None, strict=False)
            naive_models = count_models(work / "naive" / api)
        summary.append((api, count_operations(client_doc), count_models(pkg / api), naive_models))

    events = pkg / "events"
    events.mkdir()
    (events / "__init__.py").write_text(
        '"""Typed Caliper 1.2 vocabulary and Timeback-profile event models (pydantic v2)."""\n'
    )
    log("generating event models …")
    caliper_path = work / "overlaid" / "caliper-vocabulary.json"
    dump_json(caliper_path, overlaid["caliper"])
    generate_event_models(caliper_path, events / "caliper.py", "Caliper 1.2 vocabulary")
    events_path = work / "overlaid" / "timeback-profile.json"
    dump_json(events_path, overlaid["events"])
    generate_event_models(events_path, events / "timeback.py", "Timeback event profile")

    log("generating service facade …")
    ops = facade.generate(pkg, normalized, api_doc, paged)
    run([str(BIN / "ruff"), "format", "--isolated", "--no-cache", "--quiet", str(pkg / "services")])

    log("")
    log(f"{'API':<11} {'operations':>10} {'models':>8} {'naive models':>13}")
    for api, n_ops, n_models, n_naive in summary:
        naive_text = str(n_naive) if n_naive is not None else "-"
        log(f"{api:<11} {n_ops:>10} {n_models:>8} {naive_text:>13}")
    total_ops = sum(s[1] for s in summary)
    log(f"{'total':<11} {total_ops:>10} {sum(s[2] for s in summary):>8}")
    for name in ("caliper", "timeback"):
        text = (events / f"{name}.py").read_text()
        log(f"event models ({name}): {text.count(chr(10) + 'class ')} classes")
    log(f"facade: {ops} operations")


def write_lock(specs_dir: Path) -> None:
    path = SPECS / "sources.lock"
    data = json.loads(path.read_text())
    for name, entry in data["documents"].items():
        new = sha256(specs_dir / entry["file"])
        if new != entry["sha256"]:
            log(f"{name}: {entry['file']} {entry['sha256']} -> {new}")
            entry["sha256"] = new
    path.write_text(format_lock(data))


def format_lock(data: dict[str, Any]) -> str:
    """The lock as it is kept: one line per document, so a new version is a one-line diff."""
    docs = data["documents"]
    lines = [f"    {json.dumps(k)}: {json.dumps(v)}" for k, v in docs.items()]
    head = {k: v for k, v in data.items() if k != "documents"}
    out = ["{"]
    out += [f"  {json.dumps(k)}: {json.dumps(v)}," for k, v in head.items()]
    out += ['  "documents": {', ",\n".join(lines), "  }", "}"]
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--specs-dir", default=os.environ.get("SPECS_DIR", "../shared/specs"))
    parser.add_argument("--out", default=str(ROOT / "generated"))
    parser.add_argument("--work", default=None)
    parser.add_argument(
        "--api-doc",
        default=None,
        help="where the API reference goes (default: docs/api.md, or OUT/api.md with --out)",
    )
    parser.add_argument("--no-naive", action="store_true", help="skip the naive-generation counts")
    parser.add_argument("--lock", action="store_true", help="record the documents' hashes")
    args = parser.parse_args(argv)
    specs_dir = Path(args.specs_dir)
    if not specs_dir.is_absolute():
        specs_dir = (ROOT / specs_dir).resolve()
    try:
        if args.lock:
            write_lock(specs_dir)
            return 0
        work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="timeback-regen-"))
        out = Path(args.out)
        if args.api_doc:
            api_doc = Path(args.api_doc)
        elif out.resolve() == (ROOT / "generated").resolve():
            api_doc = ROOT / "docs" / "api.md"
        else:
            api_doc = out / "api.md"
        regen(specs_dir, out, work, naive=not args.no_naive, api_doc=api_doc)
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    except (
        RegenError,
        OverlayError,
        DocumentError,
        AliasError,
        paging.PagingError,
        facade.FacadeError,
    ) as exc:
        print(f"regen: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
