"""A forward proxy for tests, run as its own process on 127.0.0.1.

    python tests/reliability/proxyserver.py --log FILE [--lifetime 60]

prints `PORT <n>` once listening. It serves absolute-form HTTP requests (`GET http://host:p/x`,
one per connection: forwarded, and answered with `Connection: close`) and `CONNECT host:p` tunnels (TLS passes
through untouched). Every host resolves to 127.0.0.1, so test names such as
`api.timeback.test` reach loopback servers without DNS. Each request line is appended to FILE.
The process exits after `--lifetime` seconds or `--max-connections` connections.
"""

from __future__ import annotations

import argparse
import select
import socket
import socketserver
import sys
import threading
from urllib.parse import urlsplit

LOCK = threading.Lock()


def read_head(sock: socket.socket) -> tuple[bytes, bytes]:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            break
        data += chunk
        if len(data) > 1 << 20:
            break
    head, _, rest = data.partition(b"\r\n\r\n")
    return head, rest


def read_body(sock: socket.socket, lines: list[bytes], body: bytes) -> bytes:
    """The rest of a message's body, as long as its Content-Length says (the head may have come
    without all of it)."""
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return body


def read_response(sock: socket.socket) -> bytes:
    """One response (its length from Content-Length), re-headed with `Connection: close`."""
    head, body = read_head(sock)
    lines = head.split(b"\r\n")
    body = read_body(sock, lines, body)
    kept = [h for h in lines[1:] if not h.lower().startswith(b"connection:")]
    return b"\r\n".join([lines[0], *kept, b"Connection: close"]) + b"\r\n\r\n" + body


def pipe(a: socket.socket, b: socket.socket, seconds: float) -> None:
    """Copy bytes both ways until either side closes (or `seconds` of silence)."""
    sockets = [a, b]
    while True:
        ready, _, _ = select.select(sockets, [], [], seconds)
        if not ready:
            return
        for sock in ready:
            data = sock.recv(65536)
            if not data:
                return
            (b if sock is a else a).sendall(data)


class Handler(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        if not self.server.budget.acquire(blocking=False):  # type: ignore[attr-defined]
            return  # past --max-connections: refuse by closing
        client: socket.socket = self.request
        client.settimeout(10)
        head, rest = read_head(client)
        if not head:
            return
        lines = head.split(b"\r\n")
        request_line = lines[0].decode("latin-1")
        with LOCK, open(self.server.log, "a") as log:  # type: ignore[attr-defined]
            log.write(request_line + "\n")
        method, target, version = request_line.split(" ", 2)
        if method == "CONNECT":
            _host, _, port = target.rpartition(":")
            upstream = socket.create_connection(("127.0.0.1", int(port)), timeout=10)
            client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
            if rest:
                upstream.sendall(rest)
            with upstream:
                pipe(client, upstream, 10)
            return
        rest = read_body(client, lines, rest)
        url = urlsplit(target)
        if not url.scheme or (url.port is None and url.scheme != "http"):
            client.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
            return
        path = url.path or "/"
        if url.query:
            path += "?" + url.query
        headers = [h for h in lines[1:] if not h.lower().startswith((b"connection:", b"proxy-"))]
        forwarded = (
            f"{method} {path} {version}\r\n".encode("latin-1")
            + b"".join(h + b"\r\n" for h in headers)
            + b"Connection: close\r\n\r\n"
            + rest
        )
        upstream = socket.create_connection(("127.0.0.1", url.port or 80), timeout=10)
        with upstream:
            upstream.sendall(forwarded)
            client.sendall(read_response(upstream))
        # One request per connection: the answer says `Connection: close`, and so do we.


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--log", required=True)
    parser.add_argument("--lifetime", type=float, default=60.0)
    parser.add_argument("--max-connections", type=int, default=500)
    args = parser.parse_args()
    with Server(("127.0.0.1", 0), Handler) as server:
        server.log = args.log  # type: ignore[attr-defined]
        server.budget = threading.Semaphore(args.max_connections)  # type: ignore[attr-defined]
        threading.Thread(target=server.serve_forever, daemon=True).start()
        print(f"PORT {server.server_address[1]}", flush=True)
        threading.Event().wait(args.lifetime)
        server.shutdown()
    sys.exit(0)


if __name__ == "__main__":
    main()
