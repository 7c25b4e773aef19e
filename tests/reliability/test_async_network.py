"""`AsyncTimeback` on real sockets (httpx's own network backend, nothing of ours below it).

What a user relies on: one connection reused across requests, a connection the server closed while idle never reused, typed
errors for refused / reset / stalled connections, bodies larger than the socket buffers intact in
both directions, TLS, Unix sockets, and a usable client after a cancelled request. Servers here
bind 127.0.0.1 (or a socket file under tmp_path), serve a bounded number of connections and are
closed by the test.
"""

from __future__ import annotations

import asyncio
import hashlib
import socket
import ssl
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager
from pathlib import Path

import httpx
import pytest
import trustme

from timeback_gen import AsyncTimeback
from timeback_gen.errors import APIConnectionError, APITimeoutError

from .conftest import AsyncCountingTransport, capture_async_sleeps, user_record
from .rawserver import RawServer, Received, refused_url, send, stall

USER = {"user": user_record("u1")}
TIMEOUT = 0.3
MAX_CONNECTIONS = 20  # per test server


@pytest.fixture()
def srv() -> Iterator[RawServer]:
    with RawServer(lifetime=30) as server:
        yield server


def then_close(status: int, body: object) -> Callable[..., bool]:
    """Answer normally (no `Connection: close`), then close the connection: a server dropping
    an idle keep-alive connection."""
    answer = send(status, body)

    def act(sock: socket.socket, req: Received, server: RawServer) -> bool:
        answer(sock, req, server)
        return False

    return act


# -- the transport ---------------------------------------------------------------------------


async def test_a_transport_given_by_the_user_carries_every_request(srv: RawServer) -> None:
    srv.api(default=send(200, USER))
    mine = AsyncCountingTransport()
    async with AsyncTimeback.for_sandbox(srv.url, timeout=TIMEOUT, transport=mine) as tb:
        assert (await tb.oneroster.rostering.get_user("u1")).user.sourced_id == "u1"
    assert mine.attempts == 2  # the token request and the call


# -- connections ----------------------------------------------------------------------------


async def test_keep_alive_reuses_one_connection(srv: RawServer) -> None:
    srv.api(default=send(200, USER))
    async with AsyncTimeback.for_sandbox(srv.url, timeout=TIMEOUT) as tb:
        sleeps = capture_async_sleeps(tb)
        for _ in range(5):
            assert (await tb.oneroster.rostering.get_user("u1")).user.sourced_id == "u1"
        assert sleeps == []  # no retry
    assert srv.connections == 1  # token request and five API calls on one connection


async def test_connection_the_server_closed_while_idle_is_not_reused(srv: RawServer) -> None:
    srv.api(then_close(200, USER), then_close(200, USER), default=send(200, USER))
    async with AsyncTimeback.for_sandbox(srv.url, timeout=TIMEOUT) as tb:
        sleeps = capture_async_sleeps(tb)
        for _ in range(3):
            assert (await tb.oneroster.rostering.get_user("u1")).user.sourced_id == "u1"
            await asyncio.sleep(0.05)  # the server's FIN arrives while the connection is idle
        # Each closed connection was seen as closed before reuse: a fresh one, no failed
        # attempt, no retry.
        assert sleeps == []
    assert len(srv.api_requests) == 3
    assert srv.connections == 3


async def test_connection_refused_is_retried_then_api_connection_error() -> None:
    async with AsyncTimeback.for_sandbox(refused_url(), timeout=TIMEOUT) as tb:
        sleeps = capture_async_sleeps(tb)
        with pytest.raises(APIConnectionError) as info:
            await tb.oneroster.rostering.get_user("u1")
    # The token request inside getUser could not connect: three attempts (max_retries=2).
    assert info.value.operation == "getUser" and "ConnectError" in str(info.value)
    assert len(sleeps) == 2


async def test_stalled_response_is_api_timeout_error(srv: RawServer) -> None:
    srv.api(default=stall(3.0))
    started = time.monotonic()
    async with AsyncTimeback.for_sandbox(srv.url, timeout=TIMEOUT, max_retries=1) as tb:
        sleeps = capture_async_sleeps(tb)
        with pytest.raises(APITimeoutError) as info:
            await tb.oneroster.rostering.get_user("u1")
    assert info.value.operation == "getUser"
    assert len(srv.api_requests) == 2 and len(sleeps) == 1
    assert time.monotonic() - started < 2.5  # two read timeouts, not the server's 3 s stall


async def test_cancelled_request_leaves_the_client_usable(srv: RawServer) -> None:
    srv.api(stall(2.0), default=send(200, USER))
    async with AsyncTimeback.for_sandbox(srv.url, timeout=5.0) as tb:
        stalled = asyncio.ensure_future(tb.oneroster.rostering.get_user("u1"))
        await asyncio.sleep(0.1)
        assert not stalled.done()
        stalled.cancel()
        with pytest.raises(asyncio.CancelledError):
            await stalled
        started = time.monotonic()
        assert (await tb.oneroster.rostering.get_user("u1")).user.sourced_id == "u1"
        assert time.monotonic() - started < 1.0  # not queued behind the cancelled request
    assert len(srv.api_requests) == 2


# -- bodies, TLS, Unix sockets: a small HTTP/1.1 server on asyncio streams ------------------

Handler = Callable[[bytes, asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


@asynccontextmanager
async def http_server(
    handler: Handler, *, ssl_context: ssl.SSLContext | None = None, path: Path | None = None
) -> AsyncIterator[str]:
    """Serve `handler(request_body, reader, writer)` for each request, at most
    MAX_CONNECTIONS connections; yields the base URL (or the socket path)."""
    served = 0

    async def on_connection(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal served
        served += 1
        try:
            if served > MAX_CONNECTIONS:
                return
            for _ in range(20):
                head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10)
                length = 0
                for line in head.decode("latin-1").split("\r\n")[1:]:
                    name, _, value = line.partition(":")
                    if name.strip().lower() == "content-length":
                        length = int(value)
                body = await asyncio.wait_for(reader.readexactly(length), 10)
                await handler(body, reader, writer)
        except (asyncio.IncompleteReadError, ConnectionError, TimeoutError):
            pass
        finally:
            writer.close()

    if path is not None:
        server = await asyncio.start_unix_server(on_connection, path=str(path))
        url = str(path)
    else:
        server = await asyncio.start_server(on_connection, "127.0.0.1", 0, ssl=ssl_context)
        port = server.sockets[0].getsockname()[1]
        url = f"{'https' if ssl_context else 'http'}://127.0.0.1:{port}"
    try:
        yield url
    finally:
        server.close()
        await server.wait_closed()


def respond(writer: asyncio.StreamWriter, body: bytes) -> None:
    writer.write(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
        + f"Content-Length: {len(body)}\r\n\r\n".encode()
        + body
    )


def client_on(transport: httpx.AsyncHTTPTransport, base_url: str) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=transport, base_url=base_url, timeout=10)


async def test_bodies_larger_than_socket_buffers_arrive_intact() -> None:
    upload = hashlib.sha256(b"up").digest() * (6 * 1024 * 1024 // 32)  # 6 MiB
    download = bytes(range(256)) * (5 * 1024 * 1024 // 256)  # 5 MiB

    async def handler(
        body: bytes, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        writer.write(
            b"HTTP/1.1 200 OK\r\n"
            + f"X-Got: {hashlib.sha256(body).hexdigest()}\r\n".encode()
            + f"Content-Length: {len(download)}\r\n\r\n".encode()
        )
        for i in range(0, len(download), 256 * 1024):
            writer.write(download[i : i + 256 * 1024])
            await writer.drain()

    async with (
        http_server(handler) as url,
        client_on(httpx.AsyncHTTPTransport(), url) as client,
    ):
        # The upload is far larger than the socket buffers: the client must wait for them to
        # drain. The download is read slowly, so more than a read's worth piles up (reading
        # paused and resumed) and reads return parts of what arrived.
        async with client.stream("POST", "/", content=upload) as response:
            assert response.headers["X-Got"] == hashlib.sha256(upload).hexdigest()
            received = bytearray()
            async for chunk in response.aiter_raw():
                received += chunk
                if len(received) < 1024 * 1024:
                    await asyncio.sleep(0.005)
        assert bytes(received) == download
        # The same connection serves the next request.
        again = await client.post("/", content=b"x")
        assert again.headers["X-Got"] == hashlib.sha256(b"x").hexdigest()


async def test_tls(tmp_path: Path) -> None:
    ca = trustme.CA()
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(server_context)
    client_context = ssl.create_default_context()
    ca.configure_trust(client_context)

    async def handler(
        body: bytes, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        respond(writer, b"secure:" + body)

    async with http_server(handler, ssl_context=server_context) as url:
        async with client_on(httpx.AsyncHTTPTransport(verify=client_context), url) as client:
            first = await client.post("/", content=b"hello")
            second = await client.post("/", content=b"again")
            assert (first.content, second.content) == (b"secure:hello", b"secure:again")
            stream = first.extensions["network_stream"]
            assert stream.get_extra_info("ssl_object") is not None
        # A certificate the client does not trust is a connection error, not a hang.
        async with client_on(httpx.AsyncHTTPTransport(), url) as untrusting:
            with pytest.raises(httpx.ConnectError):
                await untrusting.get("/")


async def test_unix_socket(tmp_path: Path) -> None:
    async def handler(
        body: bytes, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        respond(writer, b"unix:" + body)

    async with http_server(handler, path=tmp_path / "s.sock") as path:
        transport = httpx.AsyncHTTPTransport(uds=path)
        async with client_on(transport, "http://sandbox") as client:
            assert (await client.post("/", content=b"hi")).content == b"unix:hi"


async def test_a_peer_that_stops_reading_is_a_write_timeout() -> None:
    """An upload larger than both socket buffers to a server that never reads the body: the
    write timeout bounds the whole wait for the buffers to drain."""
    stop = asyncio.Event()

    async def never_reads(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
            await asyncio.wait_for(stop.wait(), 5)
        except (asyncio.IncompleteReadError, TimeoutError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(never_reads, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    timeout = httpx.Timeout(5.0, write=0.3)
    try:
        async with client_on(httpx.AsyncHTTPTransport(), f"http://127.0.0.1:{port}") as client:
            started = time.monotonic()
            with pytest.raises(httpx.WriteTimeout):
                await client.post("/", content=b"x" * (64 * 1024 * 1024), timeout=timeout)
            assert time.monotonic() - started < 3.0
    finally:
        stop.set()
        server.close()
        await server.wait_closed()
