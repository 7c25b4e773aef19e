"""Run a sandbox as a child process (for integration tests, `make demo` and benchmarks).

>>> from timeback_gen.sandbox.process import running_sandbox
>>> with running_sandbox() as sb:                    # a free port on 127.0.0.1
...     tb = Timeback.for_sandbox(sb.url)
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx

READY = "SANDBOX_READY "


class SandboxProcess:
    """`python -m timeback_gen.sandbox --port 0 ARGS` started and waited for (READY line)."""

    def __init__(
        self, *args: str, env: dict[str, str] | None = None, ready_timeout: float = 60.0
    ) -> None:
        environ = {**os.environ, **(env or {})}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "timeback_gen.sandbox", "--port", "0", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=environ,
        )
        self.output: list[str] = []
        self.url = self._wait_ready(ready_timeout)
        self._drain = threading.Thread(target=self._read_rest, daemon=True)
        self._drain.start()

    def _wait_ready(self, timeout: float) -> str:
        assert self.proc.stdout is not None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            line = self.proc.stdout.readline()
            if not line:
                break
            self.output.append(line)
            if line.startswith(READY):
                return line[len(READY) :].strip()
        self.proc.kill()
        self.proc.wait(5)
        raise RuntimeError("sandbox did not become ready:\n" + "".join(self.output))

    def _read_rest(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.output.append(line)

    def stop(self, sig: int = signal.SIGTERM) -> int:
        """Stop it (SIGTERM, then SIGKILL after 15 s); return the exit code."""
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self._drain.join(5)
        if self.proc.stdout is not None:
            self.proc.stdout.close()
        return self.proc.returncode

    def admin(self, path: str, payload: dict[str, Any] | None = None) -> Any:
        """Call an admin endpoint (`/_sandbox/faults`, `/_sandbox/stats`, `/_sandbox/reset`)."""
        with httpx.Client(base_url=self.url, timeout=30.0) as client:
            r = client.post(path, json=payload or {}) if payload is not None else client.get(path)
            r.raise_for_status()
            return r.json()

    def token(
        self, client_id: str = "sandbox-client", client_secret: str = "sandbox-secret"
    ) -> str:
        r = httpx.post(
            self.url + "/oauth2/token",
            data={
                "grant_type": "client_credentials",
                "client_id": client_id,
                "client_secret": client_secret,
            },
        )
        r.raise_for_status()
        return str(r.json()["access_token"])

    def client(self, **kwargs: Any) -> httpx.Client:
        """A raw httpx client at the sandbox root with a valid bearer token."""
        return httpx.Client(
            base_url=self.url,
            headers={"Authorization": f"Bearer {self.token()}"},
            timeout=30.0,
            **kwargs,
        )


@contextmanager
def running_sandbox(*args: str, env: dict[str, str] | None = None) -> Iterator[SandboxProcess]:
    """A sandbox process for the duration of the block; it must exit cleanly (code 0)."""
    proc = SandboxProcess(*args, env=env)
    try:
        yield proc
    finally:
        code = proc.stop()
        if code != 0:
            raise RuntimeError(f"sandbox exited with {code}:\n" + "".join(proc.output[-40:]))
