"""HTTP transport: stdlib ThreadingHTTPServer, HTTP/1.1 keep-alive, bounded bodies."""

from __future__ import annotations

import socket
import sys
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from .app import Sandbox
from .web import Response, imsx_body

IDLE_TIMEOUT_SECONDS = 30.0


class SandboxHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 256

    def __init__(
        self, address: tuple[str, int], sandbox: Sandbox, *, verbose: bool = False
    ) -> None:
        self.sandbox = sandbox
        self.verbose = verbose
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, SandboxRequestHandler)


class SandboxRequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "TimeBackSandbox/1.0"
    timeout = IDLE_TIMEOUT_SECONDS  # idle keep-alive connections do not pin a thread forever
    # Buffer the response (flushed once per request by handle_one_request) and set TCP_NODELAY:
    # headers and body written separately would wait on the peer's delayed ACK (~40 ms each).
    wbufsize = 1 << 16
    disable_nagle_algorithm = True
    server: SandboxHTTPServer

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.verbose:
            sys.stderr.write(f"{self.address_string()} - {format % args}\n")

    def _send(self, response: Response, *, close: bool = False) -> None:
        self.send_response(response.status)
        if response.content_type is not None:
            ctype = response.content_type
            if ctype.startswith("application/json") and "charset" not in ctype:
                ctype += "; charset=utf-8"
            self.send_header("Content-Type", ctype)
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(response.body)))
        if close:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if self.command != "HEAD" and response.body:
            self.wfile.write(response.body)

    def _error(self, status: int, description: str, minor: str) -> None:
        self._send(Response.json(imsx_body(description, minor), status), close=True)

    def _read_body(self) -> bytes | None:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return self._read_chunked()
        raw_length = self.headers.get("Content-Length")
        if raw_length is None:
            return b""
        try:
            length = int(raw_length)
        except ValueError:
            self._error(400, "invalid Content-Length", "invalid_request")
            return None
        if length < 0:
            self._error(400, "invalid Content-Length", "invalid_request")
            return None
        if length > self.server.sandbox.config.max_body_bytes:
            self._error(
                HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                f"request body larger than {self.server.sandbox.config.max_body_bytes} bytes",
                "invalid_request",
            )
            return None
        return self.rfile.read(length)

    def _read_chunked(self) -> bytes | None:
        limit = self.server.sandbox.config.max_body_bytes
        chunks: list[bytes] = []
        size_total = 0
        while True:
            line = self.rfile.readline(1024)
            try:
                size = int(line.split(b";")[0].strip(), 16)
            except ValueError:
                self._error(400, "malformed chunked body", "invalid_request")
                return None
            if size == 0:
                while self.rfile.readline(1024) not in (b"\r\n", b"\n", b""):
                    pass
                return b"".join(chunks)
            size_total += size
            if size_total > limit:
                self._error(
                    HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                    f"request body larger than {limit} bytes",
                    "invalid_request",
                )
                return None
            chunks.append(self.rfile.read(size))
            self.rfile.readline(1024)

    def _dispatch(self) -> None:
        body = self._read_body()
        if body is None:
            return
        headers = {k.lower(): v for k, v in self.headers.items()}
        response = self.server.sandbox.handle(
            self.command, self.path, headers, body, self.client_address[0]
        )
        self._send(response)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = _dispatch
