"""One session-wide run of the stock-model equivalence check (see test_stock_models.py).

`equivalence` builds (or reuses) the stock tree (stock.py), builds every case (cases.py) from
the documents both trees were generated from, writes them to a temporary file and lets
digest.py parse them with each tree in its own interpreter, both at once.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from timeback_gen.services import OPERATIONS

from .cases import KINDS, Case, Skipped, operation_cases
from .stock import ROOT, stock_tree

OURS = ROOT / "generated"
DIGEST = Path(__file__).with_name("digest.py")
APIS = ("oneroster", "powerpath", "qti", "caliper", "case")


@dataclass
class Run:
    stock: Path  # the stock tree's directory (its `_timeback_gen/` and `documents/`)
    stock_info: dict[str, Any]
    documents: dict[str, dict[str, Any]]
    cases: list[Case]
    skipped: list[Skipped]
    ours: dict[str, Any]  # case id -> digest
    theirs: dict[str, Any]
    timings: dict[str, float] = field(default_factory=dict)


_RUNS: list[Run] = []


@pytest.fixture(scope="session")
def equivalence(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    timings: dict[str, float] = {}
    started = time.perf_counter()
    stock, info = stock_tree()
    timings["stock tree"] = time.perf_counter() - started

    started = time.perf_counter()
    documents = {api: json.loads((stock / "documents" / f"{api}.json").read_text()) for api in APIS}
    cases, skipped = operation_cases(documents, OPERATIONS)
    timings["cases"] = time.perf_counter() - started

    started = time.perf_counter()
    work = tmp_path_factory.mktemp("equivalence")
    cases_file = work / "cases.json"
    cases_file.write_text(json.dumps([c.as_json() for c in cases]))
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    procs = {
        name: subprocess.Popen(
            [sys.executable, "-I", str(DIGEST), str(tree), str(cases_file), str(work / name)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=work,
        )
        for name, tree in (("ours", OURS), ("stock", stock))
    }
    digests = {}
    for name, proc in procs.items():
        out, err = proc.communicate(timeout=600)
        if proc.returncode:
            pytest.fail(
                f"digest.py on the {name} tree failed (exit {proc.returncode}):\n{out}{err}"
            )
        digests[name] = json.loads((work / name).read_text())
    timings["parse (both trees)"] = time.perf_counter() - started

    run = Run(stock, info, documents, cases, skipped, digests["ours"], digests["stock"], timings)
    _RUNS.append(run)
    yield run


def pytest_terminal_summary(terminalreporter: Any) -> None:
    for run in _RUNS:
        ops = {c.operation for c in run.cases}
        per_api = {api: len({c.operation for c in run.cases if c.api == api}) for api in APIS}
        raising = sum(1 for d in run.ours.values() if "raises" in d)
        kinds = {k: sum(1 for c in run.cases if c.kind == k) for k in KINDS}
        how = "cached" if run.stock_info.get("cached") else "built"
        times = ", ".join(f"{k} {v:.1f} s" for k, v in run.timings.items())
        terminalreporter.write_line(
            f"stock-model equivalence: {len(ops)} operations "
            f"({', '.join(f'{a} {n}' for a, n in per_api.items())}), {len(run.cases)} cases "
            f"({', '.join(f'{k} {n}' for k, n in kinds.items())}; {raising} raising); "
            f"stock tree {how} ({run.stock.name}); {times}"
        )
