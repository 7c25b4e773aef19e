"""An asyncio network backend for httpcore: the sockets under every `AsyncTimeback` request.

httpx reaches sockets through httpcore, which on asyncio goes through anyio: each read and
write opens an anyio cancel scope, and before every request the connection pool asks each idle
connection whether its socket is readable (a `poll` syscall plus a fresh anyio attribute mapping
per connection, once per connection per request). With `max_concurrency` pages in flight that
bookkeeping cost about as much client CPU as parsing the pages (docs/performance.md).

`AsyncioBackend` implements httpcore's public `AsyncNetworkBackend` interface with plain asyncio
protocols: the event loop reads each socket as data arrives, so "is an idle connection readable"
is a look at a buffer, and reads and writes wait on one future each. TLS goes through
`loop.start_tls`. Like `AsyncTimeback` itself, it runs on asyncio only. Errors are httpcore's
(`ConnectError`, `ReadTimeout`, ...), which httpx maps to its own as for the stock backend, so
retries and error mapping see exactly what they saw before.

`use_asyncio_backend(transport)` installs it into an `httpx.AsyncHTTPTransport`; httpx 0.28 has
no public parameter for the backend, so this sets the pool's `_network_backend` before the pool
opens any connection, and leaves the transport as it is when that attribute is not there.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
from collections import deque
from collections.abc import Coroutine, Iterable
from typing import Any

import httpcore
import httpx

__all__ = ["AsyncioBackend", "AsyncioStream", "use_asyncio_backend"]

# Stop reading a socket while this much is buffered and unread; resume below the low mark.
_HIGH_WATER = 256 * 1024
_LOW_WATER = 64 * 1024
_HAPPY_EYEBALLS_DELAY = 0.25  # seconds before trying the next address (as anyio does)

SocketOption = (
    tuple[int, int, int] | tuple[int, int, bytes | bytearray] | tuple[int, int, None, int]
)


class _Protocol(asyncio.Protocol):
    """Buffers what the loop reads from one connection and wakes whoever waits for it."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.chunks: deque[bytes] = deque()
        self.buffered = 0
        self.eof = False
        self.lost = False
        self.error: BaseException | None = None
        self._reading_paused = False
        self._writing_paused = False
        self._read_waiter: asyncio.Future[None] | None = None
        self._drain_waiter: asyncio.Future[None] | None = None

    # -- called by the event loop --------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.chunks.append(data)
        self.buffered += len(data)
        if self.buffered > _HIGH_WATER and not self._reading_paused and self.transport:
            self._reading_paused = True
            self.transport.pause_reading()
        _wake(self._read_waiter)

    def eof_received(self) -> bool:
        self.eof = True
        _wake(self._read_waiter)
        return False  # let the transport close itself

    def connection_lost(self, exc: Exception | None) -> None:
        self.lost = True
        self.eof = True
        self.error = exc
        _wake(self._read_waiter)
        _wake(self._drain_waiter)

    def pause_writing(self) -> None:
        self._writing_paused = True

    def resume_writing(self) -> None:
        self._writing_paused = False
        _wake(self._drain_waiter)

    # -- called by the stream ------------------------------------------------------------------

    def take(self, max_bytes: int) -> bytes:
        """Up to `max_bytes` of what is buffered (the caller checked there is something)."""
        chunks = self.chunks
        if self.buffered <= max_bytes:
            data = chunks[0] if len(chunks) == 1 else b"".join(chunks)
            chunks.clear()
        else:
            parts: list[bytes] = []
            wanted = max_bytes
            while wanted:
                chunk = chunks.popleft()
                if len(chunk) > wanted:
                    chunks.appendleft(chunk[wanted:])
                    chunk = chunk[:wanted]
                parts.append(chunk)
                wanted -= len(chunk)
            data = b"".join(parts)
        self.buffered -= len(data)
        if self._reading_paused and self.buffered <= _LOW_WATER and self.transport:
            self._reading_paused = False
            self.transport.resume_reading()
        return data

    async def readable(self, timeout: float | None) -> None:
        """Wait until there is data, end of file or a lost connection (TimeoutError after
        `timeout` seconds; None waits as long as it takes)."""
        waiter = self._read_waiter = asyncio.get_running_loop().create_future()
        try:
            async with asyncio.timeout(timeout):
                await waiter
        finally:
            self._read_waiter = None

    async def drained(self, timeout: float | None) -> None:
        """Wait until the transport's write buffer is below its high-water mark again, at most
        `timeout` seconds in all."""
        if not self._writing_paused or self.lost:
            return
        async with asyncio.timeout(timeout):
            while self._writing_paused and not self.lost:
                waiter = self._drain_waiter = asyncio.get_running_loop().create_future()
                try:
                    await waiter
                finally:
                    self._drain_waiter = None


def _wake(waiter: asyncio.Future[None] | None) -> None:
    if waiter is not None and not waiter.done():
        waiter.set_result(None)


class AsyncioStream(httpcore.AsyncNetworkStream):
    """One connection (plain TCP, or TLS after `start_tls`) as httpcore wants it."""

    def __init__(self, transport: asyncio.Transport, protocol: _Protocol) -> None:
        self._transport = transport
        self._protocol = protocol
        protocol.transport = transport

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        protocol = self._protocol
        if not protocol.buffered and not protocol.eof:
            try:
                await protocol.readable(timeout)
            except TimeoutError:
                raise httpcore.ReadTimeout(f"no data within {timeout} s") from None
        if protocol.buffered:
            return protocol.take(max_bytes)
        if protocol.error is not None:
            raise httpcore.ReadError(_describe(protocol.error)) from protocol.error
        return b""  # the peer closed the connection

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:
            return
        protocol = self._protocol
        if protocol.lost or self._transport.is_closing():
            error = protocol.error
            raise httpcore.WriteError(
                _describe(error) if error is not None else "connection closed"
            )
        self._transport.write(buffer)
        try:
            await protocol.drained(timeout)
        except TimeoutError:
            raise httpcore.WriteTimeout(f"could not send within {timeout} s") from None
        if protocol.lost and protocol.error is not None:
            raise httpcore.WriteError(_describe(protocol.error)) from protocol.error

    async def aclose(self) -> None:
        self._transport.close()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        loop = asyncio.get_running_loop()
        try:
            tls_transport = await loop.start_tls(
                self._transport,
                self._protocol,
                ssl_context,
                server_hostname=server_hostname,
                ssl_handshake_timeout=timeout,
            )
        except TimeoutError as exc:
            self._transport.close()
            raise httpcore.ConnectTimeout(f"TLS handshake took over {timeout} s") from exc
        except (OSError, ssl.SSLError, ConnectionError) as exc:
            self._transport.close()
            raise httpcore.ConnectError(_describe(exc)) from exc
        if tls_transport is None:  # the peer closed the connection during the handshake
            self._transport.close()
            raise httpcore.ConnectError("connection closed during the TLS handshake")
        assert isinstance(tls_transport, asyncio.Transport)
        return AsyncioStream(tls_transport, self._protocol)

    def get_extra_info(self, info: str) -> Any:
        transport = self._transport
        if info == "is_readable":
            # The loop reads as data arrives: an idle connection with something buffered, or
            # with the peer gone, is one the pool must not reuse. No syscall needed.
            protocol = self._protocol
            return bool(protocol.buffered) or protocol.eof
        if info == "ssl_object":
            return transport.get_extra_info("ssl_object")
        if info == "client_addr":
            return transport.get_extra_info("sockname")
        if info == "server_addr":
            return transport.get_extra_info("peername")
        if info == "socket":
            return transport.get_extra_info("socket")
        return None


class AsyncioBackend(httpcore.AsyncNetworkBackend):
    """httpcore's network backend on asyncio protocols (asyncio only, as `AsyncTimeback` is)."""

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[SocketOption] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        opening = asyncio.get_running_loop().create_connection(
            _Protocol,
            host,
            port,
            local_addr=(local_address, 0) if local_address else None,
            happy_eyeballs_delay=_HAPPY_EYEBALLS_DELAY,
        )
        return await _connect(opening, timeout, socket_options)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[SocketOption] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        opening = asyncio.get_running_loop().create_unix_connection(_Protocol, path)
        return await _connect(opening, timeout, socket_options)

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


async def _connect(
    opening: Coroutine[Any, Any, tuple[asyncio.BaseTransport, asyncio.BaseProtocol]],
    timeout: float | None,
    socket_options: Iterable[SocketOption] | None,
) -> AsyncioStream:
    """Open a connection within `timeout` and apply `socket_options` (httpcore's errors)."""
    try:
        async with asyncio.timeout(timeout):
            transport, protocol = await opening
    except TimeoutError:
        raise httpcore.ConnectTimeout(f"could not connect within {timeout} s") from None
    except OSError as exc:
        raise httpcore.ConnectError(_describe(exc)) from exc
    assert isinstance(transport, asyncio.Transport) and isinstance(protocol, _Protocol)
    options = list(socket_options or ())
    if options:
        sock: socket.socket = transport.get_extra_info("socket")
        try:
            for option in options:
                sock.setsockopt(*option)
        except OSError as exc:
            transport.close()
            raise httpcore.ConnectError(_describe(exc)) from exc
    return AsyncioStream(transport, protocol)


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def use_asyncio_backend(transport: httpx.AsyncBaseTransport) -> bool:
    """Put an `AsyncioBackend` under `transport`'s connection pool; True when it was installed.

    Only a stock `httpx.AsyncHTTPTransport` whose pool has opened no connection yet is changed.
    """
    pool = getattr(transport, "_pool", None)
    if not isinstance(transport, httpx.AsyncHTTPTransport) or not isinstance(
        pool, httpcore.AsyncConnectionPool
    ):
        return False
    if not hasattr(pool, "_network_backend") or pool.connections:
        return False
    pool._network_backend = AsyncioBackend()
    return True
