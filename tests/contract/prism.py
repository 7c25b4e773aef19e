"""Run Stoplight Prism mock servers for the contract tests.

``PrismServer(document_path, dynamic=False)`` starts ``prism mock <document> -h 127.0.0.1 -p
<free port>`` (``-d`` for dynamic examples), waits until Prism logs that it is listening and the
port accepts connections, and stops it on exit (SIGTERM to its process group, then SIGKILL).

Base URL rule (checked against Prism 5.16.0): in mock mode Prism matches the request path
against the document's ``paths`` keys verbatim and ignores the ``servers`` entries. The path
part of a server URL (QTI: ``https://qti.alpha-1edtech.ai/api``) is NOT expected in requests:
``GET /stimuli/x`` is routed, ``GET /api/stimuli/x`` answers 404 ``NO_PATH_MATCHED_ERROR``.
Servers only come into play when a request carries ``?__server=<url>``; then the URL must equal a
declared server exactly, and the path is still matched without the server's base path. So for
every document the client's base URL is the bare ``http://127.0.0.1:<port>`` (``base_url``), and
operation paths are appended unchanged.

Prism must not outlive the test run: it runs in its own process group (so the whole group can be
signalled), on Linux it gets ``PR_SET_PDEATHSIG`` (killed if the Python process dies, even by
SIGKILL), and every live server is stopped from an ``atexit`` hook.
"""

from __future__ import annotations

import atexit
import collections
import contextlib
import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import weakref
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

CONTRACT_DIR = Path(__file__).resolve().parent
REPO_ROOT = CONTRACT_DIR.parent.parent
SCRIPTS_DIR = REPO_ROOT / "scripts"
if str(SCRIPTS_DIR) not in sys.path:
    sys.path.insert(0, str(SCRIPTS_DIR))

from docformat import parse_document  # noqa: E402  (scripts/docformat.py: parsed by content)

PRISM_BIN = CONTRACT_DIR / "node_modules" / ".bin" / "prism"
INSTALL_SCRIPT = REPO_ROOT / "scripts" / "install-prism.sh"

#: Line Prism's CLI logs once the HTTP server is bound.
_READY_RE = re.compile(r"Prism is listening on (http://\S+)")
#: Strips ANSI colour codes, should a terminal-ish environment force them on.
_ANSI_RE = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")

_LIVE: weakref.WeakSet[PrismServer] = weakref.WeakSet()
_INSTALLED: list[Path] = []  # set once the installer succeeded in this process


class PrismError(RuntimeError):
    """Prism could not be installed or started."""


def ensure_prism(*, install: bool = True) -> Path:
    """Return the Prism executable, installing it with scripts/install-prism.sh if needed.

    ``TIMEBACK_PRISM_BIN`` overrides the executable (then nothing is installed).
    Raises PrismError with the installer's output when it cannot be provided.
    """
    override = os.environ.get("TIMEBACK_PRISM_BIN")
    if override:
        path = Path(override)
        if not os.access(path, os.X_OK):
            raise PrismError(f"TIMEBACK_PRISM_BIN={override!r} is not an executable file")
        return path
    if _INSTALLED:
        return PRISM_BIN
    if not install:
        if not os.access(PRISM_BIN, os.X_OK):
            raise PrismError(f"Prism is not installed at {PRISM_BIN}; run {INSTALL_SCRIPT}")
        return PRISM_BIN
    try:
        proc = subprocess.run(
            ["bash", str(INSTALL_SCRIPT)],
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise PrismError(f"could not run {INSTALL_SCRIPT}: {exc}") from exc
    if proc.returncode != 0 or not os.access(PRISM_BIN, os.X_OK):
        raise PrismError(
            f"{INSTALL_SCRIPT} failed (exit {proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
        )
    _INSTALLED.append(PRISM_BIN)
    return PRISM_BIN


def prism_version(prism_bin: Path | None = None) -> str:
    binary = prism_bin or ensure_prism(install=False)
    try:
        out = subprocess.run(
            [str(binary), "--version"], capture_output=True, text=True, timeout=60, check=True
        )
    except (OSError, subprocess.SubprocessError) as exc:
        raise PrismError(f"'{binary} --version' failed: {exc}") from exc
    return out.stdout.strip()


def server_base_path(document: dict[str, Any]) -> str:
    """The path part of the document's first server URL ("/api" for QTI, "" otherwise).

    Informational: Prism does not expect this prefix (see the module docstring).
    """
    servers = document.get("servers") or []
    if not servers:
        return ""
    return urlsplit(str(servers[0].get("url", ""))).path.rstrip("/")


def _free_port(host: str) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def _port_open(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


def _load_prctl() -> Any:
    """libc's prctl, resolved in the parent (nothing may be imported in the forked child)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        return ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None


_PRCTL = _load_prctl()
_PR_SET_PDEATHSIG = 1


def _child_setup() -> None:  # pragma: no cover - runs in the forked child
    # Linux: SIGKILL Prism when the thread that started it dies (even if Python is SIGKILLed).
    if _PRCTL is not None:
        _PRCTL(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)


class PrismServer:
    """A Prism mock server for one OpenAPI document, as a context manager.

    >>> with PrismServer("/path/qti-api.yaml") as prism:
    ...     httpx.get(prism.base_url + "/stimuli", headers={"Authorization": "Bearer t"})
    """

    def __init__(
        self,
        document_path: str | os.PathLike[str],
        dynamic: bool = False,
        *,
        host: str = "127.0.0.1",
        port: int | None = None,
        seed: str | None = "timeback-gen",
        errors: bool = False,
        startup_timeout: float = 90.0,
        prism_bin: str | os.PathLike[str] | None = None,
        extra_args: tuple[str, ...] = (),
        log_lines: int = 5000,
    ) -> None:
        self.document_path = Path(document_path)
        self.dynamic = dynamic
        self.host = host
        self.seed = seed
        self.errors = errors
        self.startup_timeout = startup_timeout
        self.extra_args = extra_args
        self._requested_port = port
        self._prism_bin = Path(prism_bin) if prism_bin else None
        self._proc: subprocess.Popen[bytes] | None = None
        self._port: int | None = None
        self._log: collections.deque[str] = collections.deque(maxlen=log_lines)
        self._log_lock = threading.Lock()
        self._lines_seen = 0
        self._ready = threading.Event()
        self._reader: threading.Thread | None = None

    # -- public API -------------------------------------------------------------------------

    @property
    def port(self) -> int:
        if self._port is None or not self.running:
            raise PrismError("Prism is not running")
        return self._port

    @property
    def base_url(self) -> str:
        """Root URL to put in front of operation paths (no server base path; see module doc)."""
        return f"http://{self.host}:{self.port}"

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    @property
    def output(self) -> str:
        """Prism's log so far (last ``log_lines`` lines, ANSI codes stripped)."""
        with self._log_lock:
            return "\n".join(self._log)

    def log_mark(self) -> int:
        """Total number of log lines seen so far; pass to ``output_since``."""
        with self._log_lock:
            return self._lines_seen

    def output_since(self, mark: int) -> str:
        with self._log_lock:
            skip = max(0, mark - (self._lines_seen - len(self._log)))
            return "\n".join(list(self._log)[skip:])

    def command(self, port: int) -> list[str]:
        binary = self._prism_bin or ensure_prism()
        cmd = [
            str(binary), "mock", str(self.document_path),
            "-h", self.host, "-p", str(port),
        ]  # fmt: skip
        if self.dynamic:
            cmd.append("-d")
            if self.seed is not None:
                cmd += ["--seed", self.seed]
        if self.errors:
            cmd.append("--errors")
        cmd += list(self.extra_args)
        return cmd

    def start(self) -> PrismServer:
        if self.running:
            return self
        if not self.document_path.is_file():
            raise PrismError(f"OpenAPI document not found: {self.document_path}")
        attempts = 1 if self._requested_port else 3
        last_error: PrismError | None = None
        for _ in range(attempts):
            port = self._requested_port or _free_port(self.host)
            try:
                self._start_once(port)
                return self
            except PrismError as exc:
                last_error = exc
                # Another process may have grabbed the port between probe and bind: retry.
                if "EADDRINUSE" not in str(exc):
                    raise
        assert last_error is not None
        raise last_error

    def stop(self, timeout: float = 5.0) -> None:
        proc = self._proc
        if proc is None:
            return
        if proc.poll() is None:
            self._signal_group(signal.SIGTERM)
            try:
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self._signal_group(signal.SIGKILL)
                proc.wait(timeout=timeout)
        else:
            # The leader is gone; make sure no stray member of its group survives.
            self._signal_group(signal.SIGKILL)
        if self._reader is not None:
            self._reader.join(timeout=2)
        _LIVE.discard(self)

    def __enter__(self) -> PrismServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = f"{self.host}:{self._port}" if self.running else "stopped"
        mode = "dynamic" if self.dynamic else "static"
        return f"<PrismServer {self.document_path.name} {mode} {state}>"

    # -- internals --------------------------------------------------------------------------

    def _start_once(self, port: int) -> None:
        self._log.clear()
        self._lines_seen = 0
        self._ready.clear()
        env = dict(os.environ)
        env.update({"NO_COLOR": "1", "FORCE_COLOR": "0", "SCARF_ANALYTICS": "false"})
        cmd = self.command(port)
        try:
            self._proc = subprocess.Popen(
                cmd,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                env=env,
                cwd=CONTRACT_DIR,
                start_new_session=True,  # own process group: stop() signals the whole group
                preexec_fn=_child_setup if _PRCTL is not None else None,
            )
        except OSError as exc:
            raise PrismError(f"could not start {' '.join(cmd)}: {exc}") from exc
        self._port = port
        _LIVE.add(self)
        self._reader = threading.Thread(
            target=self._read_output, name=f"prism-log-{port}", daemon=True
        )
        self._reader.start()

        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                self._reader.join(timeout=2)
                self.stop()
                raise PrismError(
                    f"Prism exited with code {self._proc.returncode} before listening.\n"
                    f"command: {' '.join(cmd)}\n--- Prism output ---\n{self.output}"
                )
            if self._ready.wait(timeout=0.1) and _port_open(self.host, port):
                return
        self.stop()
        raise PrismError(
            f"Prism did not start listening on {self.host}:{port} within "
            f"{self.startup_timeout:.0f}s.\ncommand: {' '.join(cmd)}\n"
            f"--- Prism output ---\n{self.output}"
        )

    def _read_output(self) -> None:
        proc = self._proc
        assert proc is not None and proc.stdout is not None
        for raw in iter(proc.stdout.readline, b""):
            line = _ANSI_RE.sub("", raw.decode("utf-8", "replace")).rstrip()
            with self._log_lock:
                self._log.append(line)
                self._lines_seen += 1
            if not self._ready.is_set() and _READY_RE.search(line):
                self._ready.set()
        proc.stdout.close()

    def _signal_group(self, sig: signal.Signals) -> None:
        proc = self._proc
        if proc is None:
            return
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, sig)  # start_new_session: pgid == pid


@atexit.register
def _stop_all() -> None:
    for server in list(_LIVE):
        with contextlib.suppress(Exception):
            server.stop(timeout=2)


# ---------------------------------------------------------------------------------------------
# the documents

#: Number of operations each document declares (checked by test_examples_prism).
DECLARED_OPERATIONS: dict[str, int] = {
    "oneroster": 143,
    "powerpath": 45,
    "qti": 38,
    "caliper": 3,
    "events": 2,
    "case": 8,
}


def _locked_files() -> dict[str, str]:
    """document key -> file name, as specs/sources.lock pins it (the one place that names them)."""
    lock = json.loads((REPO_ROOT / "specs" / "sources.lock").read_text(encoding="utf-8"))
    return {key: entry["file"] for key, entry in lock["documents"].items()}


#: document key -> (file name, number of operations it declares)
DOCUMENTS: dict[str, tuple[str, int]] = {
    key: (fname, DECLARED_OPERATIONS[key]) for key, fname in _locked_files().items()
}


def specs_dir() -> Path:
    env = os.environ.get("TIMEBACK_CONTRACT_SPECS_DIR")
    return (
        Path(env).expanduser().resolve()
        if env
        else (REPO_ROOT / ".." / "shared" / "specs").resolve()
    )


def document_path(key: str) -> Path:
    if key not in DOCUMENTS:
        raise KeyError(f"unknown document {key!r}; known: {sorted(DOCUMENTS)}")
    path = specs_dir() / DOCUMENTS[key][0]
    if not path.is_file():
        raise FileNotFoundError(
            f"OpenAPI document {path} not found (set TIMEBACK_CONTRACT_SPECS_DIR to the directory "
            f"holding {', '.join(f for f, _ in DOCUMENTS.values())})"
        )
    return path


@cache
def load_document(key: str) -> dict[str, Any]:
    """The parsed document (cached; treat as read-only)."""
    path = document_path(key)
    return parse_document(path.read_text(encoding="utf-8"), str(path))


# ---------------------------------------------------------------------------------------------
# reading Prism's verdict on a request

PRISM_ERROR_PREFIX = "https://stoplight.io/prism/errors#"
#: Prism problem types caused by the request (routing, security, validation, negotiation).
REQUEST_ERROR_TYPES = frozenset(
    {
        "NO_PATH_MATCHED_ERROR",
        "NO_SERVER_MATCHED_ERROR",
        "NO_METHOD_MATCHED_ERROR",
        "UNAUTHORIZED",
        "UNPROCESSABLE_ENTITY",
        "INVALID_CONTENT_TYPE",
        "NOT_ACCEPTABLE",
    }
)


TRUNCATED = "Too many violations! "


def _read_violations(raw: str) -> list[dict[str, Any]]:
    """The entries of an ``sl-violations`` header.

    Past ~8 KB Prism sends ``Too many violations! `` and the JSON list cut short (prism-http-server
    ``addViolationHeader``). The list is request violations first, then response ones
    (``input.concat(output)``), so the complete entries are read back; when they end with a
    ``response`` entry, the cut-off rest is response entries too, else an unlocated error stands
    for the unknown rest (it may hold request violations)."""
    if not raw.startswith(TRUNCATED):
        try:
            parsed = json.loads(raw)
        except ValueError:
            return [{"severity": "Error", "message": f"unparseable sl-violations: {raw}"}]
        return [v for v in parsed if isinstance(v, dict)] if isinstance(parsed, list) else []
    text = raw[len(TRUNCATED) :]
    decoder = json.JSONDecoder()
    entries: list[dict[str, Any]] = []
    index = 1 if text.startswith("[") else len(text)
    while index < len(text):
        try:
            entry, index = decoder.raw_decode(text, index)
        except ValueError:
            break
        if isinstance(entry, dict):
            entries.append(entry)
        while index < len(text) and text[index] in ", \n\t":  # between entries
            index += 1
    last = entries[-1].get("location") or [] if entries else []
    if not (last and last[0] == "response"):
        entries.append(
            {"severity": "Error", "message": f"sl-violations cut short by Prism: {raw[:500]}"}
        )
    return entries


class PrismVerdict:
    """What Prism said about one request.

    How Prism 5 reports a request it considers invalid (mock mode, without ``--errors``):

    * the request fails validation and the operation documents a 422/400 (or other 4xx)
      response: Prism answers with that documented response (its example) and adds the
      ``sl-violations`` header, a JSON list of ``{location, severity, code, message}``;
    * the request fails validation and no such response is documented: Prism answers 422
      ``application/problem+json`` with ``type`` ``...errors#UNPROCESSABLE_ENTITY`` and the same
      list in the body's ``validation`` member (no ``sl-violations`` header);
    * routing/security/negotiation failures are problem+json bodies with their own ``type``
      (404 NO_PATH_MATCHED_ERROR, 405 NO_METHOD_MATCHED_ERROR, 401 UNAUTHORIZED, 415
      INVALID_CONTENT_TYPE, 406 NOT_ACCEPTABLE, ...).

    A documented 4xx WITHOUT ``sl-violations`` is a legitimate mock answer, not a violation.

    Prism also validates the mock response it produces against the response schema, and
    reports those findings in the same header with a location starting with ``"response"``
    (e.g. a document example that does not match its own schema). They say nothing about the
    request: ``request_errors`` and ``response_errors`` keep the two apart.
    """

    def __init__(self, status: int, headers: Mapping[str, str], body: bytes) -> None:
        self.status = status
        self.violations: list[dict[str, Any]] = []
        self.problem: dict[str, Any] | None = None
        raw = headers.get("sl-violations")
        if raw:
            self.violations = _read_violations(raw)
        ctype = headers.get("content-type", "")
        if "problem+json" in ctype:
            try:
                problem = json.loads(body or b"{}")
            except ValueError:
                problem = None
            if isinstance(problem, dict) and str(problem.get("type", "")).startswith(
                PRISM_ERROR_PREFIX
            ):
                self.problem = problem
                for v in problem.get("validation") or []:
                    if isinstance(v, dict) and v not in self.violations:
                        self.violations.append(v)

    @classmethod
    def from_response(cls, response: Any) -> PrismVerdict:
        """From an ``httpx.Response`` (or anything with status_code/headers/content)."""
        return cls(response.status_code, response.headers, response.content)

    @property
    def problem_type(self) -> str | None:
        if self.problem is None:
            return None
        return str(self.problem["type"]).removeprefix(PRISM_ERROR_PREFIX)

    @staticmethod
    def _is_error(v: Mapping[str, Any]) -> bool:
        # Prism severities: Error, Warning, Information, Hint. Only errors make a request invalid.
        return str(v.get("severity", "Error")) == "Error"

    @staticmethod
    def _is_response(v: Mapping[str, Any]) -> bool:
        location = v.get("location") or []
        return bool(location) and location[0] == "response"

    @property
    def request_errors(self) -> list[dict[str, Any]]:
        """Error-severity violations of the request (header ``request.*`` or problem body)."""
        return [v for v in self.violations if self._is_error(v) and not self._is_response(v)]

    @property
    def response_errors(self) -> list[dict[str, Any]]:
        """Error-severity violations Prism found in its own mock response (document defects)."""
        return [v for v in self.violations if self._is_error(v) and self._is_response(v)]

    @property
    def request_rejected(self) -> bool:
        """True when Prism found the request invalid or could not route/accept it."""
        return bool(self.request_errors) or self.problem_type in REQUEST_ERROR_TYPES

    @property
    def ok(self) -> bool:
        """No request violation and no Prism-generated error of any kind."""
        return not self.request_errors and self.problem is None

    @staticmethod
    def _fmt(v: Mapping[str, Any]) -> str:
        where = ".".join(str(x) for x in v.get("location") or [])
        return f"[{v.get('severity', '?')}] {where}: {v.get('message', v)}"

    def describe(self, *, include_response: bool = False) -> str:
        """Human-readable summary of the Prism error and request violations."""
        parts = []
        if self.problem is not None:
            parts.append(
                f"{self.status} {self.problem_type}: {self.problem.get('title', '')}"
                + (f" - {self.problem.get('detail')}" if self.problem.get("detail") else "")
            )
        shown = (
            self.violations
            if include_response
            else [v for v in self.violations if not self._is_response(v)]
        )
        parts += [self._fmt(v) for v in shown]
        return "; ".join(parts) if parts else f"{self.status} (no violations)"

    def describe_response(self, limit: int = 3) -> str:
        errs = self.response_errors
        more = f" (+{len(errs) - limit} more)" if len(errs) > limit else ""
        return "; ".join(self._fmt(v) for v in errs[:limit]) + more
