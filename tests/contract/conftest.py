"""Fixtures for the contract tests: one Prism mock server per OpenAPI document.

The documents are read from ``$TIMEBACK_CONTRACT_SPECS_DIR`` (default: ``../shared/specs``
relative to the repository root). Servers start lazily - the first test that needs a document
(in static or dynamic mode) starts its Prism - and all of them stop at the end of the session.
Nothing is skipped: a missing document directory, a failed Prism install or a Prism that does not
start makes the tests that need it ERROR with the reason.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from .prism import (
    DOCUMENTS,
    PrismError,
    PrismServer,
    document_path,
    ensure_prism,
    prism_version,
)

BEARER_HEADERS = {"Authorization": "Bearer test"}


# ---------------------------------------------------------------------------------------------
# Prism servers


class PrismPool:
    """Starts at most one Prism per (document, mode), on first use; stops them all at the end."""

    def __init__(self) -> None:
        self._servers: dict[tuple[str, bool], PrismServer] = {}
        self._failures: dict[tuple[str, bool], str] = {}
        self._lock = threading.Lock()
        self._prism_error: str | None = None
        self._installed = False

    def _ensure_installed(self) -> None:
        if self._installed:
            return
        if self._prism_error is not None:
            raise PrismError(self._prism_error)
        try:
            ensure_prism()
        except PrismError as exc:
            self._prism_error = str(exc)
            raise
        self._installed = True

    def get(self, key: str, *, dynamic: bool = False) -> PrismServer:
        with self._lock:
            slot = (key, dynamic)
            if slot in self._failures:  # do not retry a server that failed: same error again
                raise PrismError(self._failures[slot])
            server = self._servers.get(slot)
            if server is not None and server.running:
                return server
            self._ensure_installed()
            server = PrismServer(document_path(key), dynamic=dynamic)
            try:
                server.start()
            except PrismError as exc:
                self._failures[slot] = (
                    f"Prism for {key} ({'dynamic' if dynamic else 'static'}): {exc}"
                )
                raise PrismError(self._failures[slot]) from exc
            self._servers[slot] = server
            return server

    def close(self) -> None:
        with self._lock:
            for server in self._servers.values():
                server.stop()
            self._servers.clear()

    @property
    def version(self) -> str:
        self._ensure_installed()
        return prism_version()


@pytest.fixture(scope="session")
def prism_pool() -> Iterator[PrismPool]:
    pool = PrismPool()
    try:
        yield pool
    finally:
        pool.close()


@pytest.fixture(scope="session")
def prism_static(prism_pool: PrismPool):  # type: ignore[no-untyped-def]
    """``prism_static("qti")`` -> the running static Prism for that document."""

    def get(key: str) -> PrismServer:
        return prism_pool.get(key, dynamic=False)

    return get


@pytest.fixture(scope="session")
def prism_dynamic(prism_pool: PrismPool):  # type: ignore[no-untyped-def]
    """``prism_dynamic("qti")`` -> the running dynamic (``-d``, fixed seed) Prism."""

    def get(key: str) -> PrismServer:
        return prism_pool.get(key, dynamic=True)

    return get


@pytest.fixture(scope="session")
def contract_http() -> Iterator[httpx.Client]:
    """One plain httpx client (bearer token set) reused by every contract test."""
    with httpx.Client(headers=BEARER_HEADERS, timeout=httpx.Timeout(30.0)) as client:
        yield client


# ---------------------------------------------------------------------------------------------
# report


@dataclass
class OperationResult:
    document: str
    method: str
    path: str
    status: int | None
    ok: bool
    message: str = ""
    expected_failure: str | None = None
    #: Error violations Prism found in its own mock response (document defects; not a failure)
    response_note: str = ""


@dataclass
class ContractReport:
    results: list[OperationResult] = field(default_factory=list)
    prism_version: str | None = None

    def add(self, result: OperationResult) -> None:
        self.results.append(result)


_REPORT = ContractReport()


@pytest.fixture(scope="session")
def contract_report(prism_pool: PrismPool) -> ContractReport:
    if _REPORT.prism_version is None:
        try:
            _REPORT.prism_version = prism_pool.version
        except (PrismError, OSError) as exc:
            _REPORT.prism_version = f"unknown ({exc})"
    return _REPORT


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not _REPORT.results:
        return
    tr = terminalreporter
    tr.section(f"Prism contract report (Prism {_REPORT.prism_version})")
    notes: list[str] = []
    for key, (fname, declared) in DOCUMENTS.items():
        rows = [r for r in _REPORT.results if r.document == key]
        if not rows:
            continue
        passed = sum(1 for r in rows if r.ok)
        known = sum(1 for r in rows if not r.ok and r.expected_failure)
        tr.write_line(
            f"{key:<10} {fname:<26} checked {len(rows):>3}/{declared:<3} "
            f"request accepted {passed:>3}  known failures {known}  "
            f"unexpected failures {len(rows) - passed - known}"
        )
        for r in rows:
            if not r.ok:
                tag = "KNOWN" if r.expected_failure else "FAIL "
                tr.write_line(f"    {tag} {r.method} {r.path} -> {r.status}: {r.message[:600]}")
                if r.expected_failure:
                    tr.write_line(f"          why: {r.expected_failure}")
            elif r.expected_failure:
                tr.write_line(
                    f"    XPASS {r.method} {r.path} (listed as known: {r.expected_failure})"
                )
            if r.response_note:
                notes.append(f"    {key} {r.method} {r.path}: {r.response_note[:240]}")
    if notes:
        tr.write_line(
            f"Informational - Prism's static mock response violates the response schema for "
            f"{len(notes)} operations (request valid; Prism's static generator ignores `pattern` "
            f"and truncates additionalProperties/recursive objects; dynamic mode is clean):"
        )
        for line in notes:
            tr.write_line(line)
