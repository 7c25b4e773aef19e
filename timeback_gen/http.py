"""Retries (the one retry policy and the one retry loop), client construction, debug logging.

:class:`RetryPolicy` says when a failure is transient and re-sending is safe, and how long to
wait; :func:`send_flow` is the loop that applies it, written once without I/O and run by the
client's request path (sync and async) and by :class:`RetryTransport` /
:class:`AsyncRetryTransport` (for the raw ``*_http`` clients). The token request is retried by
the same policy: it is marked retry-safe by an extension.
"""

from __future__ import annotations

import email.utils
import ipaddress
import logging
import os
import random
import ssl
import sys
import threading
import time
import urllib.request
from collections.abc import Awaitable, Callable, Generator, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC
from typing import Any

import anyio
import httpx

from timeback_gen import __version__
from timeback_gen.auth import TOKEN_REQUEST_EXTENSION
from timeback_gen.config import Settings
from timeback_gen.errors import ConfigurationError, redact_url

__all__ = [
    "IDEMPOTENT_METHODS",
    "MAX_RETRIES_EXTENSION",
    "RETRY_ANY_METHOD_EXCEPTIONS",
    "RETRY_ANY_METHOD_STATUSES",
    "RETRY_IDEMPOTENT_EXCEPTIONS",
    "RETRY_IDEMPOTENT_STATUSES",
    "USER_AGENT",
    "AsyncProxyRoutingTransport",
    "AsyncRetryTransport",
    "Authorize",
    "Discard",
    "ProxyChoice",
    "ProxyRoutingTransport",
    "RetryPolicy",
    "RetryTransport",
    "Sleep",
    "adrive",
    "build_async_client",
    "build_async_pool",
    "build_client",
    "build_pool",
    "configure_logging_from_env",
    "drive",
    "log_request",
    "log_response",
    "make_async_transport",
    "make_transport",
    "redact_headers",
    "send_flow",
    "tls_verify",
]

logger = logging.getLogger("timeback_gen")

MAX_RETRIES_EXTENSION = "timeback_max_retries"
_START_EXTENSION = "timeback_started_at"

RETRY_ANY_METHOD_STATUSES: frozenset[int] = frozenset({429})
RETRY_IDEMPOTENT_STATUSES: frozenset[int] = frozenset({408, 500, 502, 503, 504})
IDEMPOTENT_METHODS: frozenset[str] = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
# Failed before the request reached the server: safe to re-send whatever the method.
RETRY_ANY_METHOD_EXCEPTIONS: tuple[type[httpx.TransportError], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)
# The server may have acted on the request: only re-send when doing it twice is harmless.
RETRY_IDEMPOTENT_EXCEPTIONS: tuple[type[httpx.TransportError], ...] = (
    httpx.ReadTimeout,
    httpx.ReadError,
    httpx.RemoteProtocolError,
)

_SENSITIVE_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key", "api-key"}
)


# From the package itself, not importlib.metadata (≈ 6 ms and 1,700 objects on every import).
USER_AGENT = f"timeback-gen/{__version__}"


@dataclass(frozen=True)
class RetryPolicy:
    """When to re-send a request and how long to wait first."""

    max_retries: int = 2
    backoff_base: float = 0.5
    backoff_cap: float = 8.0
    retry_after_cap: float = 60.0

    def max_retries_for(self, request: httpx.Request) -> int:
        """The per-request ``timeback_max_retries`` extension, else the policy default."""
        override = request.extensions.get(MAX_RETRIES_EXTENSION)
        if isinstance(override, int) and not isinstance(override, bool) and override >= 0:
            return override
        return self.max_retries

    @staticmethod
    def is_retry_safe(request: httpx.Request) -> bool:
        """Idempotent methods, and the token request (re-sending it only mints another token)."""
        return request.method.upper() in IDEMPOTENT_METHODS or bool(
            request.extensions.get(TOKEN_REQUEST_EXTENSION)
        )

    def should_retry_status(self, request: httpx.Request, status_code: int) -> bool:
        """Whether a response with ``status_code`` is worth re-sending ``request`` for."""
        if status_code in RETRY_ANY_METHOD_STATUSES:
            return True
        return status_code in RETRY_IDEMPOTENT_STATUSES and self.is_retry_safe(request)

    def should_retry_exception(self, request: httpx.Request, exc: Exception) -> bool:
        """Whether a transport failure is worth re-sending ``request`` for."""
        if isinstance(exc, RETRY_ANY_METHOD_EXCEPTIONS):
            return True
        return isinstance(exc, RETRY_IDEMPOTENT_EXCEPTIONS) and self.is_retry_safe(request)

    def backoff(self, attempt: int) -> float:
        """Exponential backoff with jitter for retry number ``attempt`` (0-based), capped."""
        delay = min(self.backoff_cap, self.backoff_base * 2.0 ** min(attempt, 62))
        return delay * random.uniform(0.75, 1.0)

    def retry_after(self, headers: httpx.Headers, *, now: float | None = None) -> float | None:
        """Seconds the server asked us to wait (``Retry-After``), clamped to the cap."""
        raw = headers.get("retry-after-ms")
        seconds: float | None = None
        if raw is not None:
            try:
                seconds = float(raw) / 1000.0
            except ValueError:
                seconds = None
        if seconds is None:
            raw = headers.get("retry-after")
            if raw is None:
                return None
            seconds = _parse_retry_after(raw, now=now)
            if seconds is None:
                return None
        if seconds != seconds:  # NaN
            return None
        return max(0.0, min(seconds, self.retry_after_cap))

    def delay(self, attempt: int, response: httpx.Response | None = None) -> float:
        """How long to sleep before retry number ``attempt``; ``Retry-After`` wins if present."""
        if response is not None:
            asked = self.retry_after(response.headers)
            if asked is not None:
                return asked
        return self.backoff(attempt)


def _parse_retry_after(raw: str, *, now: float | None) -> float | None:
    """``Retry-After`` as delta-seconds or an HTTP-date, in seconds from now."""
    raw = raw.strip()
    try:
        return float(raw)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    current = time.time() if now is None else now
    return when.timestamp() - current


# -- the retry flow -------------------------------------------------------------------------------
#
# One request's life (token, send, retries, the renewal after a 401) written once, without I/O: a
# generator that yields what to do next and receives the outcome (as httpx's `Auth.auth_flow`
# does). `drive` runs it with blocking calls and `adrive` with awaitable ones; the client's request
# path (`timeback_gen.client`) and the retry transports below run it, so there is one retry loop.


@dataclass(frozen=True, slots=True)
class Sleep:
    """Wait `seconds` before the next attempt."""

    seconds: float


@dataclass(frozen=True, slots=True)
class Discard:
    """Release a response that will not be returned (read and close it)."""

    response: httpx.Response


@dataclass(frozen=True, slots=True)
class Authorize:
    """Put a fresh token on `request` and return it; `stale` was just refused with a 401."""

    request: httpx.Request
    stale: str | None


# A step is one of these or an `httpx.Request` to send (the outcome: its response, or the
# `httpx.TransportError` thrown into the flow).
Step = httpx.Request | Sleep | Discard | Authorize
Flow = Generator[Step, Any, httpx.Response]


def send_flow(request: httpx.Request, policy: RetryPolicy, *, authorize: bool = False) -> Flow:
    """Send `request`, re-sending it while `policy` allows. With `authorize`, each attempt
    carries a fresh token and a 401 renews the token and re-sends once (not counted as a retry)."""
    max_retries = policy.max_retries_for(request)
    attempt = 0
    stale: str | None = None
    renewed = False
    while True:
        token = (yield Authorize(request, stale)) if authorize else None
        try:
            response: httpx.Response = yield request
        except httpx.TransportError as exc:
            if attempt >= max_retries or not policy.should_retry_exception(request, exc):
                raise
            reason, delay = type(exc).__name__, policy.delay(attempt)
        else:
            if authorize and response.status_code == 401 and not renewed:
                renewed, stale = True, token
                yield Discard(response)
                continue
            if attempt >= max_retries or not policy.should_retry_status(
                request, response.status_code
            ):
                return response
            reason, delay = f"status {response.status_code}", policy.delay(attempt, response)
            yield Discard(response)
        _log_retry(request, reason, attempt, max_retries, delay)
        yield Sleep(delay)
        attempt += 1


def drive(flow: Flow, act: Callable[[Step], Any]) -> httpx.Response:
    """Run a flow with a blocking `act` (a transport failure of `act` goes back into the flow)."""
    outcome: Any = None
    error: httpx.TransportError | None = None
    while True:
        try:
            step = flow.send(outcome) if error is None else flow.throw(error)
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]
        outcome, error = None, None
        try:
            outcome = act(step)
        except httpx.TransportError as exc:
            error = exc


async def adrive(flow: Flow, act: Callable[[Step], Awaitable[Any]]) -> httpx.Response:
    """`drive` with an awaitable `act`."""
    outcome: Any = None
    error: httpx.TransportError | None = None
    while True:
        try:
            step = flow.send(outcome) if error is None else flow.throw(error)
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]
        outcome, error = None, None
        try:
            outcome = await act(step)
        except httpx.TransportError as exc:
            error = exc


class _Counter:
    """Thread-safe attempt counter shared by the sync and async transports."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.attempts = 0
        self.retries = 0

    def count(self, step: Step) -> None:
        if isinstance(step, httpx.Request | Sleep):
            with self._lock:
                if isinstance(step, Sleep):
                    self.retries += 1
                else:
                    self.attempts += 1


def _log_retry(
    request: httpx.Request, reason: str, attempt: int, max_retries: int, delay: float
) -> None:
    logger.info(
        "Retrying %s %s after %s (retry %d of %d) in %.2fs",
        request.method,
        redact_url(request.url),
        reason,
        attempt + 1,
        max_retries,
        delay,
    )


class _RetryCounts:
    _counter: _Counter

    @property
    def attempts(self) -> int:
        """Requests handed to the inner transport so far (first tries and retries)."""
        return self._counter.attempts

    @property
    def retries(self) -> int:
        """Re-sends so far."""
        return self._counter.retries


class RetryTransport(_RetryCounts, httpx.BaseTransport):
    """Wraps a sync transport and retries per :class:`RetryPolicy` (`send_flow`), for raw httpx
    clients; the library's own requests are retried in its request path by the same flow.

    ``attempts`` counts every request sent to the inner transport; ``retries`` the re-sends.
    """

    def __init__(
        self,
        transport: httpx.BaseTransport | None = None,
        *,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._transport = transport if transport is not None else httpx.HTTPTransport()
        self.policy = policy if policy is not None else RetryPolicy()
        self._sleep = sleep
        self._counter = _Counter()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``, re-sending it while the policy allows."""
        # Bodies of retry-safe requests are read here while a re-send is still possible, so a
        # reset or a timeout part-way through one is retried like one before the headers.
        readable = self.policy.max_retries_for(request) if self.policy.is_retry_safe(request) else 0
        sent = 0

        def act(step: Step) -> Any:
            self._counter.count(step)
            if isinstance(step, Sleep):
                return self._sleep(step.seconds)
            if isinstance(step, Discard):
                try:
                    return step.response.read()
                finally:
                    step.response.close()
            assert isinstance(step, httpx.Request)
            nonlocal sent
            sent += 1
            response = self._transport.handle_request(step)
            if sent <= readable:
                try:
                    response.read()
                except httpx.TransportError:
                    response.close()
                    raise
            return response

        return drive(send_flow(request, self.policy), act)

    def close(self) -> None:
        """Close the inner transport."""
        self._transport.close()


class AsyncRetryTransport(_RetryCounts, httpx.AsyncBaseTransport):
    """Async twin of :class:`RetryTransport` (sleeps with ``anyio.sleep``: asyncio or trio)."""

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport | None = None,
        *,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
    ) -> None:
        self._transport = transport if transport is not None else httpx.AsyncHTTPTransport()
        self.policy = policy if policy is not None else RetryPolicy()
        self._sleep = sleep
        self._counter = _Counter()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``, re-sending it while the policy allows."""
        # Bodies of retry-safe requests are read here while a re-send is still possible, so a
        # reset or a timeout part-way through one is retried like one before the headers.
        readable = self.policy.max_retries_for(request) if self.policy.is_retry_safe(request) else 0
        sent = 0

        async def act(step: Step) -> Any:
            self._counter.count(step)
            if isinstance(step, Sleep):
                return await self._sleep(step.seconds)
            if isinstance(step, Discard):
                try:
                    return await step.response.aread()
                finally:
                    await step.response.aclose()
            assert isinstance(step, httpx.Request)
            nonlocal sent
            sent += 1
            response = await self._transport.handle_async_request(step)
            if sent <= readable:
                try:
                    await response.aread()
                except httpx.TransportError:
                    await response.aclose()
                    raise
            return response

        return await adrive(send_flow(request, self.policy), act)

    async def aclose(self) -> None:
        """Close the inner transport."""
        await self._transport.aclose()


# -- debug logging ------------------------------------------------------------------------------


def redact_headers(headers: httpx.Headers | Mapping[str, str]) -> dict[str, str]:
    """Headers as a dict with credentials masked (``Authorization: Bearer ***``)."""
    shown: dict[str, str] = {}
    for name, value in headers.items():
        if name.lower() in _SENSITIVE_HEADERS:
            scheme, sep, _ = value.partition(" ")
            value = f"{scheme} ***" if sep and name.lower().endswith("authorization") else "***"
        shown[name] = value
    return shown


def configure_logging_from_env(env: Mapping[str, str] | None = None) -> None:
    """Honour ``TIMEBACK_LOG=debug|info``: set the ``timeback_gen`` level, add a stderr handler."""
    source = os.environ if env is None else env
    wanted = source.get("TIMEBACK_LOG", "").strip().lower()
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(wanted)
    if level is None:
        return
    logger.setLevel(level)
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)


def log_request(request: httpx.Request) -> None:
    if logger.isEnabledFor(logging.DEBUG):  # nothing at all on the hot path when logging is off
        request.extensions[_START_EXTENSION] = time.perf_counter()
        # Never the body: the token request's form carries the client secret.
        logger.debug(
            "%s %s headers=%s",
            request.method,
            redact_url(request.url),
            redact_headers(request.headers),
        )


def log_response(response: httpx.Response) -> None:
    if not logger.isEnabledFor(logging.DEBUG):
        return
    request = response.request
    started = request.extensions.get(_START_EXTENSION)
    elapsed = (
        f" ({(time.perf_counter() - started) * 1000:.0f} ms)" if isinstance(started, float) else ""
    )
    logger.debug(
        "%s %s -> %d%s headers=%s",
        request.method,
        redact_url(request.url),
        response.status_code,
        elapsed,
        redact_headers(response.headers),
    )


async def _alog_request(request: httpx.Request) -> None:
    log_request(request)


async def _alog_response(response: httpx.Response) -> None:
    log_response(response)


def _merge_hooks(
    ours: dict[str, list[Any]], theirs: Mapping[str, Iterable[Any]] | None
) -> dict[str, list[Any]]:
    merged = {name: list(hooks) for name, hooks in ours.items()}
    for name, hooks in (theirs or {}).items():
        merged.setdefault(name, []).extend(hooks)
    return merged


# -- client construction -------------------------------------------------------------------------


# -- transports: TLS and proxies ----------------------------------------------------------------


def tls_verify(verify: bool | str | ssl.SSLContext) -> bool | ssl.SSLContext:
    """What httpx's transports take for `Settings.verify`: a CA bundle path becomes an
    `ssl.SSLContext` trusting it (httpx 0.28 deprecates path strings); True keeps httpx's default
    (certifi, or SSL_CERT_FILE / SSL_CERT_DIR when set)."""
    if not isinstance(verify, str):
        return verify
    try:
        if os.path.isdir(verify):
            return ssl.create_default_context(capath=verify)
        return ssl.create_default_context(cafile=verify)
    except (OSError, ssl.SSLError) as exc:
        raise ConfigurationError(f"verify={verify!r} is not a usable CA bundle: {exc}") from exc


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost" or host.lower().endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class ProxyChoice:
    """Which proxy a request goes through: `proxy=` if given, else the environment's
    (`urllib.request.getproxies()`: HTTP_PROXY, HTTPS_PROXY, ALL_PROXY; NO_PROXY through
    `urllib.request.proxy_bypass`). Loopback (127.0.0.0/8, ::1, localhost) is always direct, so
    a local sandbox or Prism works on a machine that sets a proxy. Decided once per (scheme,
    host)."""

    def __init__(self, proxy: str | None) -> None:
        self.proxy = proxy
        self.environment = {} if proxy else urllib.request.getproxies()
        self._memo: dict[tuple[str, str], str | None] = {}

    @property
    def any(self) -> bool:
        """Whether any request could go through a proxy."""
        env = self.environment
        return bool(self.proxy or env.get("http") or env.get("https") or env.get("all"))

    def for_url(self, url: httpx.URL) -> str | None:
        key = (url.scheme, url.host)
        if key not in self._memo:
            self._memo[key] = self._choose(*key)
        return self._memo[key]

    def _choose(self, scheme: str, host: str) -> str | None:
        if _is_loopback(host):
            return None
        if self.proxy:
            return self.proxy
        if urllib.request.proxy_bypass(host):
            return None
        env = self.environment
        return env.get(scheme) or env.get("all") or None


class _Routes:
    """A direct transport and one per proxy, made on first use (see `ProxyChoice`)."""

    def __init__(self, choice: ProxyChoice, make: Callable[[str | None], Any]) -> None:
        self._choice = choice
        self._make = make
        self._lock = threading.Lock()
        self.transports: dict[str | None, Any] = {None: make(None)}

    def pick(self, request: httpx.Request) -> Any:
        proxy = self._choice.for_url(request.url)
        transport = self.transports.get(proxy)
        if transport is None:
            with self._lock:
                transport = self.transports.setdefault(proxy, self._make(proxy))
        return transport


class ProxyRoutingTransport(httpx.BaseTransport):
    """Sends each request directly or through its proxy (`ProxyChoice`)."""

    def __init__(self, choice: ProxyChoice, verify: bool | ssl.SSLContext) -> None:
        self._routes = _Routes(choice, lambda p: httpx.HTTPTransport(verify=verify, proxy=p))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        transport: httpx.BaseTransport = self._routes.pick(request)
        return transport.handle_request(request)

    def close(self) -> None:
        for transport in list(self._routes.transports.values()):
            transport.close()


class AsyncProxyRoutingTransport(httpx.AsyncBaseTransport):
    """Async twin of :class:`ProxyRoutingTransport`."""

    def __init__(self, choice: ProxyChoice, verify: bool | ssl.SSLContext) -> None:
        self._routes = _Routes(choice, lambda p: httpx.AsyncHTTPTransport(verify=verify, proxy=p))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        transport: httpx.AsyncBaseTransport = self._routes.pick(request)
        return await transport.handle_async_request(request)

    async def aclose(self) -> None:
        for transport in list(self._routes.transports.values()):
            await transport.aclose()


def make_transport(settings: Settings) -> httpx.BaseTransport:
    """The library's own transport for `settings`: TLS as `verify` says, proxies as
    `ProxyChoice` says (a plain `httpx.HTTPTransport` when there are none)."""
    verify, choice = tls_verify(settings.verify), ProxyChoice(settings.proxy)
    if choice.any:
        return ProxyRoutingTransport(choice, verify)
    return httpx.HTTPTransport(verify=verify)


def make_async_transport(settings: Settings) -> httpx.AsyncBaseTransport:
    """Async twin of :func:`make_transport`."""
    verify, choice = tls_verify(settings.verify), ProxyChoice(settings.proxy)
    if choice.any:
        return AsyncProxyRoutingTransport(choice, verify)
    return httpx.AsyncHTTPTransport(verify=verify)


# -- client construction -------------------------------------------------------------------------


def build_pool(settings: Settings, transport: httpx.BaseTransport | None = None) -> httpx.Client:
    """The request path's ``httpx.Client``: connections only (URLs are absolute; auth, retries
    and logging are the request path's)."""
    inner = transport if transport is not None else make_transport(settings)
    return httpx.Client(transport=inner, **_options(settings, None))


def build_async_pool(
    settings: Settings, transport: httpx.AsyncBaseTransport | None = None
) -> httpx.AsyncClient:
    """Async twin of :func:`build_pool`."""
    inner = transport if transport is not None else make_async_transport(settings)
    return httpx.AsyncClient(transport=inner, **_options(settings, None))


def build_client(
    settings: Settings,
    auth: httpx.Auth | None,
    *,
    base_url: str,
    transport: httpx.BaseTransport | None = None,
    max_retries: int | None = None,
    timeout: float | None = None,
    event_hooks: Mapping[str, Iterable[Callable[..., Any]]] | None = None,
) -> httpx.Client:
    """A raw ``httpx.Client`` for one API: retry transport, auth, timeout, TLS, UA, debug
    logging."""
    inner = transport if transport is not None else make_transport(settings)
    policy = _policy(settings, max_retries)
    return httpx.Client(
        base_url=base_url,
        auth=auth,
        transport=RetryTransport(inner, policy=policy),
        event_hooks=_merge_hooks(
            {"request": [log_request], "response": [log_response]}, event_hooks
        ),
        **_options(settings, timeout),
    )


def build_async_client(
    settings: Settings,
    auth: httpx.Auth | None,
    *,
    base_url: str,
    transport: httpx.AsyncBaseTransport | None = None,
    max_retries: int | None = None,
    timeout: float | None = None,
    event_hooks: Mapping[str, Iterable[Callable[..., Any]]] | None = None,
) -> httpx.AsyncClient:
    """Async twin of :func:`build_client` (hooks must be coroutine functions)."""
    inner = transport if transport is not None else make_async_transport(settings)
    hooks: dict[str, list[Any]] = {"request": [_alog_request], "response": [_alog_response]}
    return httpx.AsyncClient(
        base_url=base_url,
        auth=auth,
        transport=AsyncRetryTransport(inner, policy=_policy(settings, max_retries)),
        event_hooks=_merge_hooks(hooks, event_hooks),
        **_options(settings, timeout),
    )


def _policy(settings: Settings, max_retries: int | None) -> RetryPolicy:
    return RetryPolicy(max_retries=settings.max_retries if max_retries is None else max_retries)


def _options(settings: Settings, timeout: float | None) -> dict[str, Any]:
    """What every httpx client the library builds shares (and `TIMEBACK_LOG` is read here)."""
    configure_logging_from_env()
    return {
        "timeout": settings.timeout if timeout is None else timeout,
        "headers": {"User-Agent": USER_AGENT},
    }
