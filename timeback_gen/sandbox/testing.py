"""What the `timeback_sandbox` pytest fixture gives a test: a sandbox process and its admin calls.

See `timeback_gen.pytest_plugin` (the fixtures) and docs/sandbox.md ("Testing your application").
"""

from __future__ import annotations

from typing import Any

import httpx

from .process import SandboxProcess

__all__ = ["SandboxAdmin", "SandboxFixture"]


class SandboxAdmin:
    """The `/_sandbox` admin calls a test makes, over whatever reaches the sandbox
    (`_admin_call`: HTTP to a process, or the app in this process)."""

    def _admin_call(self, method: str, path: str, payload: dict[str, Any] | None = None) -> Any:
        raise NotImplementedError

    def faults(self, **settings: Any) -> dict[str, Any]:
        """Change fault settings (`error_503_rate=0.1`, `latency_ms=20`, `burst_429=2`,
        `expire_tokens=True`, `reset=True`, ...; docs/sandbox.md "Fault injection"), merged
        into the current ones; returns them."""
        result: dict[str, Any] = self._admin_call("POST", "/_sandbox/faults", settings)["faults"]
        return result

    def stats(self) -> dict[str, Any]:
        """`GET /_sandbox/stats`: requests per operation, statuses, token requests, faults."""
        result: dict[str, Any] = self._admin_call("GET", "/_sandbox/stats")
        return result

    def reset(self) -> None:
        """Empty the store and the statistics and switch faults off (issued tokens stay valid).
        The `timeback_sandbox` fixture does this before each test."""
        self._admin_call("POST", "/_sandbox/reset", {"faults": True})


class SandboxFixture(SandboxAdmin):
    """A running sandbox process (one per test session) and its `/_sandbox` admin endpoints:
    `faults(...)`, `stats()`, `reset()`; `url` is what `Timeback.for_sandbox` takes."""

    def __init__(self, process: SandboxProcess) -> None:
        self.process = process
        self.url = process.url
        self._http = httpx.Client(base_url=process.url, timeout=30.0)

    def __repr__(self) -> str:
        return f"SandboxFixture(url={self.url!r})"

    def _admin_call(self, method: str, path: str, payload: dict[str, Any] | None = None) -> Any:
        if self.process.proc.poll() is not None:
            raise RuntimeError(
                f"the sandbox process exited with {self.process.proc.returncode}:\n"
                + "".join(self.process.output[-40:])
            )
        response = self._http.request(method, path, json=payload)
        if response.status_code >= 400:
            raise ValueError(
                f"sandbox {method} {path} answered {response.status_code}: {response.text}"
            )
        return response.json()

    def close(self) -> None:
        """Close the admin connection (the process is stopped by the session fixture)."""
        self._http.close()
