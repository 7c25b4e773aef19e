"""Fixtures for the workflow tests: real sandbox processes and a runner for programs."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from timeback_gen.sandbox.process import SandboxProcess

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxProcess]:
    proc = SandboxProcess()
    try:
        yield proc
    finally:
        assert proc.stop() == 0, "".join(proc.output[-40:])


def run_program(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run `python ARGS` from the repository root and capture its output."""
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout
    )


def load_example(name: str) -> ModuleType:
    """Import examples/NAME.py as a module (for its data and helpers)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "examples" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
