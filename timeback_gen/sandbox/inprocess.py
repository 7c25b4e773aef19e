"""The sandbox in this process: the app (`Sandbox`, in-memory SQLite) behind an httpx transport.

No subprocess, no socket: requests go through the whole client stack (token request, retries,
typed errors) and reach `Sandbox.handle` directly. The async transport runs the app in a worker
thread (`anyio.to_thread.run_sync`), so injected latency, which sleeps inside the app, does not
block the event loop.

>>> with InProcessSandbox() as sb, sb.client() as tb:
...     sb.faults(error_503_rate=0.5, seed=1)
...     tb.oneroster.rostering.get_all_users(limit=1)

`Timeback.for_sandbox(in_process=True)` is the shortcut: a client with a sandbox of its own,
closed with the client.
"""

from __future__ import annotations

import json
import threading
from functools import partial
from typing import TYPE_CHECKING, Any, Self

import anyio.to_thread
import httpx

from ..errors import TimebackError
from .app import Sandbox, SandboxConfig
from .testing import SandboxAdmin
from .web import Response, imsx_body

if TYPE_CHECKING:
    from types import TracebackType

    from ..client import AsyncTimeback, Timeback

__all__ = [
    "IN_PROCESS_URL",
    "AsyncInProcessTransport",
    "InProcessSandbox",
    "InProcessTransport",
]

# The root URL in-process clients use. `.invalid` never resolves, so nothing leaves the process.
IN_PROCESS_URL = "http://sandbox.invalid"


class InProcessSandbox(SandboxAdmin):
    """A `Sandbox` app in this process, with the admin calls of a sandbox process
    (`faults`, `stats`, `reset`) and clients wired to it (`client`, `async_client`)."""

    url = IN_PROCESS_URL

    def __init__(self, config: SandboxConfig | None = None) -> None:
        self.config = config or SandboxConfig()
        self.app = Sandbox(self.config)
        self._lock = threading.Lock()
        self._closed = False

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """Close the store (its data is gone); later requests raise `TimebackError`."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
        self.app.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self._closed else "open"
        return f"InProcessSandbox(profile={self.config.profile!r}, {state})"

    # ------------------------------------------------------------------ dispatch
    def handle(self, method: str, target: str, headers: dict[str, str], body: bytes) -> Response:
        """One request to the app, as the HTTP server would pass it (from 127.0.0.1)."""
        if self._closed:
            raise TimebackError(
                "the in-process sandbox is closed (it closes with the client that made it); "
                "make a new one"
            )
        limit = self.config.max_body_bytes
        if len(body) > limit:  # what the HTTP server answers before the app sees the body
            return Response.json(
                imsx_body(f"request body larger than {limit} bytes", "invalid_request"), 413
            )
        return self.app.handle(method, target, headers, body, client_ip="127.0.0.1")

    def _admin_call(self, method: str, path: str, payload: dict[str, Any] | None = None) -> Any:
        body = json.dumps(payload).encode() if payload is not None else b""
        headers = {"content-type": "application/json"} if payload is not None else {}
        response = self.handle(method, path, headers, body)
        data = json.loads(response.body) if response.body else None
        if response.status >= 400:
            raise ValueError(f"sandbox {method} {path} answered {response.status}: {data}")
        return data

    # ------------------------------------------------------------------ clients
    def transport(self) -> InProcessTransport:
        """A sync transport to this sandbox (closing it leaves the sandbox open)."""
        return InProcessTransport(self)

    def async_transport(self) -> AsyncInProcessTransport:
        """An async transport to this sandbox (closing it leaves the sandbox open)."""
        return AsyncInProcessTransport(self)

    def client(self, **kwargs: Any) -> Timeback:
        """A `Timeback` for this sandbox (`client_id` / `client_secret` default to the sandbox's;
        other keywords as for `Timeback.for_sandbox`). Closing it leaves the sandbox open."""
        from ..client import Timeback

        return Timeback.for_sandbox(self.url, **self._client_kwargs(kwargs, self.transport()))

    def async_client(self, **kwargs: Any) -> AsyncTimeback:
        """An `AsyncTimeback` for this sandbox (see `client`)."""
        from ..client import AsyncTimeback

        return AsyncTimeback.for_sandbox(
            self.url, **self._client_kwargs(kwargs, self.async_transport())
        )

    def _client_kwargs(self, kwargs: dict[str, Any], transport: object) -> dict[str, Any]:
        if "transport" in kwargs or "http_client" in kwargs:
            raise TypeError(
                "an in-process sandbox client brings its own transport; "
                "do not pass transport= or http_client="
            )
        kwargs.setdefault("client_id", self.config.client_id)
        kwargs.setdefault("client_secret", self.config.client_secret)
        return {**kwargs, "transport": transport}


def _target(request: httpx.Request) -> str:
    """The request target as the server sees it: path and query, still percent-encoded."""
    return request.url.raw_path.decode("ascii")


def _headers(request: httpx.Request) -> dict[str, str]:
    return {name.lower(): value for name, value in request.headers.items()}


def _response(request: httpx.Request, answer: Response) -> httpx.Response:
    """An `httpx.Response` with what the HTTP server would send for `answer`."""
    headers: list[tuple[str, str]] = []
    if answer.content_type is not None:
        ctype = answer.content_type
        if ctype.startswith("application/json") and "charset" not in ctype:
            ctype += "; charset=utf-8"
        headers.append(("Content-Type", ctype))
    headers.extend(answer.headers.items())
    headers.append(("Content-Length", str(len(answer.body))))
    content = b"" if request.method == "HEAD" else answer.body
    return httpx.Response(answer.status, headers=headers, content=content, request=request)


class InProcessTransport(httpx.BaseTransport):
    """`httpx.BaseTransport` that answers from an `InProcessSandbox` in the calling thread.

    `close_sandbox=True`: closing the transport closes the sandbox too (for a client that owns
    its sandbox: `Timeback.for_sandbox(in_process=True)`)."""

    def __init__(self, sandbox: InProcessSandbox, *, close_sandbox: bool = False) -> None:
        self.sandbox = sandbox
        self._close_sandbox = close_sandbox

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        answer = self.sandbox.handle(request.method, _target(request), _headers(request), body)
        return _response(request, answer)

    def close(self) -> None:
        if self._close_sandbox:
            self.sandbox.close()


class AsyncInProcessTransport(httpx.AsyncBaseTransport):
    """`httpx.AsyncBaseTransport` that answers from an `InProcessSandbox` in a worker thread
    (`anyio.to_thread.run_sync`: asyncio, uvloop or trio), so the loop keeps running while the
    app works or sleeps. `close_sandbox`: as for `InProcessTransport`."""

    def __init__(self, sandbox: InProcessSandbox, *, close_sandbox: bool = False) -> None:
        self.sandbox = sandbox
        self._close_sandbox = close_sandbox

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        call = partial(
            self.sandbox.handle, request.method, _target(request), _headers(request), body
        )
        answer = await anyio.to_thread.run_sync(call)
        return _response(request, answer)

    async def aclose(self) -> None:
        if self._close_sandbox:
            self.sandbox.close()
