"""Fixtures for the contract tests: Prism mock servers for the OVERLAID OpenAPI documents.

The upstream documents are read from ``$TIMEBACK_CONTRACT_SPECS_DIR`` (default:
``../shared/specs`` relative to the repository root), patched with ``specs/overlays/<key>.yaml``
(``scripts/overlays.py``) and written as JSON to a session temporary directory; Prism serves those
files (see ``documents.py``). There is at most one Prism per (document, mode): static (the
document's examples) and dynamic (``-d``, bodies generated from the schemas, unseeded so every
response is independently generated). Servers start in parallel in the background once the test
modules that need them are collected (``PRISM_SLOTS`` in each module); a test waits only for its
own server. All stop at the end of the session.

Nothing is skipped: a missing document, an overlay that no longer applies, a failed Prism install
or a Prism that does not start makes every test that needs it ERROR with the reason.

The end-of-run report (``pytest_terminal_summary``) shows, per API, how many operations the
request / response / error contracts checked, and every exclusion with its reason.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from .prism import (
    DOCUMENTS,
    PrismError,
    PrismServer,
    ensure_prism,
    prism_version,
)

BEARER_HEADERS = {"Authorization": "Bearer test"}

Slot = tuple[str, bool]  # (document key, dynamic)


# ---------------------------------------------------------------------------------------------
# the overlaid documents and their Prism servers


@pytest.fixture(scope="session")
def overlaid_specs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """document key -> path of the overlaid document (JSON) that Prism serves."""
    from .documents import write_overlaid

    return write_overlaid(tmp_path_factory.mktemp("overlaid-specs"))


class _SlotState:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.server: PrismServer | None = None
        self.error: str | None = None


class PrismPool:
    """At most one Prism per (document, mode); started on first use or by ``prefetch``."""

    def __init__(self, documents: Mapping[str, Path]) -> None:
        self._documents = dict(documents)
        self._slots: dict[Slot, _SlotState] = defaultdict(_SlotState)
        self._slots_lock = threading.Lock()
        self._install_lock = threading.Lock()
        self._prism_error: str | None = None
        self._installed = False
        self._closed = False
        self._closed_event = threading.Event()

    def _ensure_installed(self) -> None:
        with self._install_lock:
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

    def _state(self, slot: Slot) -> _SlotState:
        with self._slots_lock:
            return self._slots[slot]

    def _start(self, slot: Slot) -> PrismServer:
        key, dynamic = slot
        state = self._state(slot)
        with state.lock:
            if state.error is not None:  # do not retry a server that failed: same error again
                raise PrismError(state.error)
            if state.server is not None and state.server.running:
                return state.server
            if self._closed:
                raise PrismError("the Prism pool is closed")
            try:
                self._ensure_installed()
                server = PrismServer(self._documents[key], dynamic=dynamic, seed=None)
                server.start()
            except (PrismError, OSError) as exc:
                state.error = f"Prism for {key} ({'dynamic' if dynamic else 'static'}): {exc}"
                raise PrismError(state.error) from exc
            state.server = server
            return server

    def prefetch(self, slots: Iterable[Slot]) -> None:
        """Start these servers in background threads (errors resurface on ``get``)."""
        for slot in sorted(set(slots)):
            state = self._state(slot)
            if state.server is None and state.error is None:
                threading.Thread(
                    target=self._prefetch_one, args=(slot,), name=f"prism-start-{slot}", daemon=True
                ).start()

    def _prefetch_one(self, slot: Slot) -> None:
        try:
            self._start(slot)
        except PrismError:
            return  # recorded in the slot; the test that needs it ERRORs with the message
        # Prism gets PR_SET_PDEATHSIG from the thread that started it (prism.py): this thread
        # must outlive the server, so it waits for the pool to close.
        self._closed_event.wait()

    def get(self, key: str, *, dynamic: bool = False) -> PrismServer:
        if key not in self._documents:
            raise KeyError(f"unknown document {key!r}; known: {sorted(self._documents)}")
        return self._start((key, dynamic))

    def close(self) -> None:
        self._closed = True
        self._closed_event.set()
        with self._slots_lock:
            states = list(self._slots.values())
        for state in states:
            with state.lock:
                if state.server is not None:
                    state.server.stop()
                    state.server = None

    @property
    def version(self) -> str:
        self._ensure_installed()
        return prism_version()


_PREFETCH_KEY = pytest.StashKey[set[Slot]]()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Remember which Prism servers the collected contract tests need (module ``PRISM_SLOTS``)."""
    slots: set[Slot] = set()
    for item in items:
        module = getattr(item, "module", None)
        slots.update(getattr(module, "PRISM_SLOTS", ()))
    config.stash[_PREFETCH_KEY] = slots


@pytest.fixture(scope="session")
def prism_pool(
    request: pytest.FixtureRequest, overlaid_specs: dict[str, Path]
) -> Iterator[PrismPool]:
    pool = PrismPool(overlaid_specs)
    pool.prefetch(request.config.stash.get(_PREFETCH_KEY, set()))
    try:
        yield pool
    finally:
        pool.close()


@pytest.fixture(scope="session")
def prism_static(prism_pool: PrismPool):  # type: ignore[no-untyped-def]
    """``prism_static("qti")`` -> the running static Prism for that overlaid document."""

    def get(key: str) -> PrismServer:
        return prism_pool.get(key, dynamic=False)

    return get


@pytest.fixture(scope="session")
def prism_dynamic(prism_pool: PrismPool):  # type: ignore[no-untyped-def]
    """``prism_dynamic("qti")`` -> the running dynamic (``-d``, unseeded) Prism."""

    def get(key: str) -> PrismServer:
        return prism_pool.get(key, dynamic=True)

    return get


@pytest.fixture(scope="session")
def contract_http() -> Iterator[httpx.Client]:
    """One plain httpx client (bearer token set) reused by the raw-request tests."""
    with httpx.Client(headers=BEARER_HEADERS, timeout=httpx.Timeout(30.0)) as client:
        yield client


# ---------------------------------------------------------------------------------------------
# the public client pointed at Prism


@dataclass
class ContractClient:
    server: PrismServer
    transport: Any  # harness.ContractTransport
    tb: Any  # timeback_gen.Timeback


class ContractClients:
    """One ``Timeback`` (with its own ``ContractTransport``) per Prism, created on first use."""

    def __init__(self, pool: PrismPool) -> None:
        self._pool = pool
        self._clients: dict[Slot, ContractClient] = {}
        self._lock = threading.Lock()

    def get(self, key: str, *, dynamic: bool) -> ContractClient:
        from .harness import ContractTransport, contract_client

        server = self._pool.get(key, dynamic=dynamic)
        with self._lock:
            client = self._clients.get((key, dynamic))
            if client is None or client.server is not server:
                transport = ContractTransport()
                client = ContractClient(
                    server, transport, contract_client(server.base_url, transport)
                )
                self._clients[(key, dynamic)] = client
            return client

    def close(self) -> None:
        with self._lock:
            for client in self._clients.values():
                client.tb.close()
                client.transport.close()
            self._clients.clear()


@pytest.fixture(scope="session")
def contract_clients(prism_pool: PrismPool) -> Iterator[ContractClients]:
    clients = ContractClients(prism_pool)
    try:
        yield clients
    finally:
        clients.close()


def _operation_client(request: pytest.FixtureRequest, *, dynamic: bool) -> ContractClient:
    """The client for the test's ``key`` parameter (a registry operation), obtained in SETUP so
    that a Prism that cannot start (or a document that cannot be read) makes the test ERROR."""
    from timeback_gen.services import OPERATIONS

    params = request.node.callspec.params
    if params.get("unavailable"):
        raise RuntimeError(
            f"cannot read the documents for {params['key']}: {params['unavailable']}"
        )
    spec = OPERATIONS.get(params["key"])
    if spec is None:
        raise KeyError(f"{params['key']} is not a registry operation")
    clients: ContractClients = request.getfixturevalue("contract_clients")
    return clients.get(spec.api, dynamic=dynamic)


@pytest.fixture
def static_client(request: pytest.FixtureRequest) -> ContractClient:
    """Client at the static Prism for the operation under test (parameter ``key``)."""
    return _operation_client(request, dynamic=False)


@pytest.fixture
def dynamic_client(request: pytest.FixtureRequest) -> ContractClient:
    """Client at the dynamic Prism for the operation under test (parameter ``key``)."""
    return _operation_client(request, dynamic=True)


@pytest.fixture
def events_client(contract_clients: ContractClients) -> ContractClient:
    """Client at the static Prism serving the events document."""
    return contract_clients.get("events", dynamic=False)


# ---------------------------------------------------------------------------------------------
# report: raw-document example requests (test_examples_prism)


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


# ---------------------------------------------------------------------------------------------
# report: the client contracts


@dataclass
class ClientContractResults:
    """Filled by the request / response / error contract tests; printed at the end."""

    #: operation key -> (api, passed, note)
    request: dict[str, tuple[str, bool, str]] = field(default_factory=dict)
    #: extra request checks against another document (events) -> passed
    request_extra: dict[str, bool] = field(default_factory=dict)
    #: operation key -> (api, passed, calls, distinct bodies)
    response: dict[str, tuple[str, bool, int, int]] = field(default_factory=dict)
    #: (operation key, status) -> (api, passed)
    error: dict[tuple[str, int], tuple[str, bool]] = field(default_factory=dict)
    #: contract name -> {operation key (or "key status"): reason}
    exclusions: dict[str, dict[str, str]] = field(default_factory=dict)
    #: contract name -> {operation key: reason} (strict xfails)
    known_failures: dict[str, dict[str, str]] = field(default_factory=dict)


CLIENT_RESULTS = ClientContractResults()

_APIS = ("oneroster", "powerpath", "qti", "caliper", "case")


def _write_client_contracts(tr: Any) -> None:
    res = CLIENT_RESULTS
    if not (res.request or res.response or res.error):
        return
    try:
        from timeback_gen.services import OPERATIONS
    except Exception as exc:  # the registry failed to import: the tests already said so
        tr.write_line(f"(registry unavailable: {exc})")
        return
    total = {api: sum(1 for s in OPERATIONS.values() if s.api == api) for api in _APIS}
    tr.section("client contract report (Timeback facade against Prism, overlaid documents)")

    def line(contract: str, rows: Mapping[Any, tuple[Any, ...]], api: str | None) -> str:
        """passed / known (strict xfail) / failed counts of one API (or all)."""
        known = res.known_failures.get(contract, {})
        mine = {k: r for k, r in rows.items() if api is None or r[0] == api}
        opkey = (lambda k: k[0]) if contract == "error" else (lambda k: k)
        n_known = sum(1 for k, r in mine.items() if not r[1] and opkey(k) in known)
        passed = sum(1 for r in mine.values() if r[1])
        failed = len(mine) - passed - n_known
        return f"passed {passed:>4}  known {n_known:>2}  failed {failed:>2}"

    if res.request:
        tr.write_line("request contract: the facade's requests validated by Prism (static)")
        for api in _APIS:
            run = sum(1 for r in res.request.values() if r[0] == api)
            ok = sum(1 for r in res.request.values() if r[0] == api and r[1])
            tr.write_line(
                f"    {api:<10} {ok:>3}/{total[api]:<3} request-checked  "
                f"({line('request', res.request, api)}, run {run})"
            )
        ok_all = sum(1 for r in res.request.values() if r[1])
        tr.write_line(
            f"    {'total':<10} {ok_all:>3}/{len(OPERATIONS):<3} request-checked  "
            f"({line('request', res.request, None)}, run {len(res.request)})"
        )
        if res.request_extra:
            passed = sum(res.request_extra.values())
            tr.write_line(
                f"    + Caliper facade against the events document: {passed}/"
                f"{len(res.request_extra)} ({', '.join(sorted(res.request_extra))})"
            )
    if res.response:
        tr.write_line(
            "response contract: JSON 2xx bodies generated by Prism (dynamic) all parsed "
            "into the documented type"
        )
        for api in [*_APIS, None]:
            rows = [r for r in res.response.values() if api is None or r[0] == api]
            if rows:
                of = total[api] if api else len(OPERATIONS)
                excluded = sum(
                    1
                    for k in res.exclusions.get("response", {})
                    if k in OPERATIONS and (api is None or OPERATIONS[k].api == api)
                )
                tr.write_line(
                    f"    {api or 'total':<10} {sum(1 for r in rows if r[1]):>3}/{of:<3} "
                    f"response-checked, {excluded:>2} excluded  "
                    f"({line('response', res.response, api)}; "
                    f"bodies parsed {sum(r[2] for r in rows)}, distinct {sum(r[3] for r in rows)})"
                )
    if res.error:
        tr.write_line("error contract: documented error statuses raise the mapped exception")
        for api in [*_APIS, None]:
            keys = [k for k, r in res.error.items() if api is None or r[0] == api]
            if keys:
                statuses = sorted({s for _, s in keys})
                tr.write_line(
                    f"    {api or 'total':<10} {sum(1 for k in keys if res.error[k][1]):>4}/"
                    f"{len(keys):<4} (operation, status) pairs  "
                    f"({line('error', res.error, api)})  statuses {statuses}"
                )
    for contract, table in sorted(res.exclusions.items()):
        if table:
            tr.write_line(f"{contract} contract exclusions ({len(table)}):")
            for key, reason in sorted(table.items()):
                tr.write_line(f"    {key}: {reason}")
    for contract, table in sorted(res.known_failures.items()):
        if table:
            tr.write_line(f"{contract} contract known failures, strict xfail ({len(table)}):")
            for key, reason in sorted(table.items()):
                tr.write_line(f"    {key}: {reason}")


def _write_example_report(tr: Any) -> None:
    if not _REPORT.results:
        return
    tr.section(f"Prism example-request report (Prism {_REPORT.prism_version}, overlaid documents)")
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


def pytest_terminal_summary(terminalreporter: Any) -> None:
    _write_example_report(terminalreporter)
    _write_client_contracts(terminalreporter)
