"""Fixtures that run the sandbox as a real subprocess over loopback."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from timeback_gen.sandbox.process import SandboxProcess


@pytest.fixture(scope="session")
def sandbox() -> Iterator[SandboxProcess]:
    proc = SandboxProcess()
    try:
        yield proc
    finally:
        code = proc.stop()
        assert code == 0, "".join(proc.output)


@pytest.fixture()
def client(sandbox: SandboxProcess) -> Iterator[httpx.Client]:
    with sandbox.client() as c:
        yield c


@pytest.fixture()
def admin(sandbox: SandboxProcess) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.url, timeout=30.0) as c:
        yield c
        c.post("/_sandbox/faults", json={"reset": True})


@pytest.fixture()
def sandbox_factory() -> type[SandboxProcess]:
    """Start extra sandbox processes (``sandbox_factory("--db", path)``); stop them yourself."""
    return SandboxProcess
