"""A scripted HTTP/1.1 server on a raw socket, for faults the sandbox cannot produce.

Each request is answered by the next action of a per-route script (token endpoint or API), or
by the route's default once the script is used up. Actions write bytes to the socket themselves,
so they can misbehave: reset the connection mid-response, stall, lie about Content-Length...
The server binds 127.0.0.1, stops when the test's `with` block ends, and stops by itself after
`lifetime` seconds in any case; every loop and wait in it is bounded.
"""

from __future__ import annotations

import contextlib
import json
import socket
import socketserver
import struct
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

TOKEN_PATH = "/oauth2/token"
MAX_REQUESTS_PER_CONNECTION = 200
MAX_HEADER_BYTES = 64 * 1024


@dataclass
class Received:
    """One request as it arrived on the wire."""

    method: str
    target: str
    headers: list[tuple[str, str]]
    body: bytes
    raw_head: bytes

    @property
    def path(self) -> str:
        return self.target.partition("?")[0]

    def header(self, name: str) -> str | None:
        for k, v in self.headers:
            if k.lower() == name.lower():
                return v
        return None


Action = Callable[["socket.socket", Received, "RawServer"], bool]
"""Writes the answer; returns False when the connection must be closed afterwards."""


def response_bytes(
    status: int,
    body: bytes = b"",
    *,
    reason: str = "X",
    headers: Iterable[tuple[str, str]] = (),
    content_length: int | None = None,
) -> bytes:
    head = [f"HTTP/1.1 {status} {reason}"]
    hdrs = list(headers)
    if not any(k.lower() == "content-length" for k, _ in hdrs) and status not in (204, 304):
        hdrs.append(
            ("Content-Length", str(len(body) if content_length is None else content_length))
        )
    head += [f"{k}: {v}" for k, v in hdrs]
    return ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body


def send(status: int, body: bytes | str | Any = b"", **kwargs: Any) -> Action:
    """An action answering `status` with `body` (bytes as is, str as text, else JSON)."""
    headers = list(kwargs.pop("headers", ()))
    if isinstance(body, str):
        data = body.encode()
    elif isinstance(body, bytes):
        data = body
    else:
        data = json.dumps(body).encode()
        headers.append(("Content-Type", "application/json"))
    raw = response_bytes(status, data, headers=headers, **kwargs)

    def act(sock: socket.socket, req: Received, server: RawServer) -> bool:
        sock.sendall(raw)
        return True

    return act


def reset_after(prefix: bytes = b"") -> Action:
    """Write `prefix` (maybe part of a response), then reset the connection (RST)."""

    def act(sock: socket.socket, req: Received, server: RawServer) -> bool:
        if prefix:
            sock.sendall(prefix)
            time.sleep(0.05)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        return False

    return act


def stall(seconds: float = 3.0) -> Action:
    """Never answer: hold the connection for at most `seconds`, then close it."""

    def act(sock: socket.socket, req: Received, server: RawServer) -> bool:
        server.stop_event.wait(seconds)
        return False

    return act


def token_ok(lifetime: int = 3600) -> Action:
    def act(sock: socket.socket, req: Received, server: RawServer) -> bool:
        server.tokens_issued += 1
        token = f"raw-token-{server.tokens_issued}"
        return send(200, {"access_token": token, "token_type": "Bearer", "expires_in": lifetime})(
            sock, req, server
        )

    return act


@dataclass
class Route:
    default: Action
    script: deque[Action] = field(default_factory=deque)
    received: list[Received] = field(default_factory=list)


class RawServer:
    """`with RawServer() as srv:` -> `srv.url`; script with `srv.api(...)` / `srv.token(...)`."""

    def __init__(self, *, lifetime: float = 60.0) -> None:
        self.routes = {
            "token": Route(default=token_ok()),
            "api": Route(default=send(200, {"ok": True})),
        }
        self.lock = threading.Lock()
        self.stop_event = threading.Event()
        self.tokens_issued = 0
        self.connections = 0
        outer = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                outer._serve_connection(self.request)

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self._server = Server(("127.0.0.1", 0), Handler)
        host, port = self._server.server_address[:2]
        self.url = f"http://{host}:{port}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._timer = threading.Timer(lifetime, self.stop)
        self._timer.daemon = True

    # -- scripting ---------------------------------------------------------------------------

    def api(self, *actions: Action, default: Action | None = None) -> RawServer:
        with self.lock:
            self.routes["api"].script.extend(actions)
            if default is not None:
                self.routes["api"].default = default
        return self

    def token(self, *actions: Action, default: Action | None = None) -> RawServer:
        with self.lock:
            self.routes["token"].script.extend(actions)
            if default is not None:
                self.routes["token"].default = default
        return self

    @property
    def api_requests(self) -> list[Received]:
        return list(self.routes["api"].received)

    @property
    def token_requests(self) -> list[Received]:
        return list(self.routes["token"].received)

    # -- lifecycle ---------------------------------------------------------------------------

    def __enter__(self) -> RawServer:
        self._thread.start()
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        self._timer.cancel()
        if not self.stop_event.is_set():
            self.stop_event.set()
            self._server.shutdown()
            self._server.server_close()

    # -- serving -----------------------------------------------------------------------------

    def _serve_connection(self, sock: socket.socket) -> None:
        with self.lock:
            self.connections += 1
        sock.settimeout(5.0)
        buffer = b""
        try:
            for _ in range(MAX_REQUESTS_PER_CONNECTION):
                if self.stop_event.is_set():
                    return
                req, buffer = _read_request(sock, buffer)
                if req is None:
                    return
                name = "token" if req.path.rstrip("/") == TOKEN_PATH else "api"
                with self.lock:
                    route = self.routes[name]
                    route.received.append(req)
                    action = route.script.popleft() if route.script else route.default
                if not action(sock, req, self):
                    return
        except OSError:
            return
        finally:
            with contextlib.suppress(OSError):
                sock.close()


def _read_request(sock: socket.socket, buffer: bytes) -> tuple[Received | None, bytes]:
    while b"\r\n\r\n" not in buffer:
        if len(buffer) > MAX_HEADER_BYTES:
            return None, b""
        chunk = sock.recv(65536)
        if not chunk:
            return None, b""
        buffer += chunk
    head, _, rest = buffer.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, target, _version = lines[0].split(" ", 2)
    headers = [(k.strip(), v.strip()) for k, _, v in (line.partition(":") for line in lines[1:])]
    length = 0
    for k, v in headers:
        if k.lower() == "content-length":
            length = int(v)
    while len(rest) < length:
        chunk = sock.recv(65536)
        if not chunk:
            return None, b""
        rest += chunk
    body, rest = rest[:length], rest[length:]
    return Received(method, target, headers, body, head), rest


def refused_url() -> str:
    """A loopback URL nothing listens on (a port just bound and released)."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return f"http://127.0.0.1:{port}"
