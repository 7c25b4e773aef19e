"""Transport-level retries (the one retry policy), client construction and debug logging.

Retries happen here and nowhere else: :class:`RetryTransport` / :class:`AsyncRetryTransport` wrap
the real transport and re-send a request when :class:`RetryPolicy` says the failure is transient
and re-sending is safe. Because they sit below ``httpx.Client``, the auth flow's token request is
retried by the same policy (it is marked retry-safe by an extension).
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import os
import random
import sys
import threading
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC
from typing import Any

import httpx

from timeback_gen import __version__
from timeback_gen.auth import TOKEN_REQUEST_EXTENSION
from timeback_gen.config import Settings
from timeback_gen.errors import redact_url

__all__ = [
    "IDEMPOTENT_METHODS",
    "MAX_RETRIES_EXTENSION",
    "RETRY_ANY_METHOD_EXCEPTIONS",
    "RETRY_ANY_METHOD_STATUSES",
    "RETRY_IDEMPOTENT_EXCEPTIONS",
    "RETRY_IDEMPOTENT_STATUSES",
    "USER_AGENT",
    "AsyncRetryTransport",
    "RetryPolicy",
    "RetryTransport",
    "build_async_client",
    "build_client",
    "configure_logging_from_env",
    "redact_headers",
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


class _Counter:
    """Thread-safe attempt counter shared by the sync and async transports."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.attempts = 0
        self.retries = 0

    def attempt(self) -> None:
        with self._lock:
            self.attempts += 1

    def retry(self) -> None:
        with self._lock:
            self.retries += 1


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


class RetryTransport(httpx.BaseTransport):
    """Wraps a sync transport and retries per :class:`RetryPolicy`.

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

    @property
    def attempts(self) -> int:
        """Requests handed to the inner transport so far (first tries and retries)."""
        return self._counter.attempts

    @property
    def retries(self) -> int:
        """Re-sends so far."""
        return self._counter.retries

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``, re-sending it while the policy allows."""
        policy = self.policy
        max_retries = policy.max_retries_for(request)
        attempt = 0
        while True:
            self._counter.attempt()
            try:
                response = self._transport.handle_request(request)
            except httpx.TransportError as exc:
                if attempt >= max_retries or not policy.should_retry_exception(request, exc):
                    raise
                delay = policy.delay(attempt)
                _log_retry(request, type(exc).__name__, attempt, max_retries, delay)
            else:
                if attempt >= max_retries or not policy.should_retry_status(
                    request, response.status_code
                ):
                    if attempt >= max_retries or not policy.is_retry_safe(request):
                        return response
                    # Read the body here, so a reset or a timeout part-way through it is
                    # retried like one before the headers (the client would read it anyway).
                    try:
                        response.read()
                    except httpx.TransportError as exc:
                        response.close()
                        if not policy.should_retry_exception(request, exc):
                            raise
                        delay = policy.delay(attempt)
                        _log_retry(request, type(exc).__name__, attempt, max_retries, delay)
                    else:
                        return response
                else:
                    delay = policy.delay(attempt, response)
                    try:
                        response.read()
                    finally:
                        response.close()
                    _log_retry(
                        request, f"status {response.status_code}", attempt, max_retries, delay
                    )
            self._counter.retry()
            self._sleep(delay)
            attempt += 1

    def close(self) -> None:
        """Close the inner transport."""
        self._transport.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Async twin of :class:`RetryTransport` (sleeps with ``asyncio.sleep``)."""

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport | None = None,
        *,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._transport = transport if transport is not None else httpx.AsyncHTTPTransport()
        self.policy = policy if policy is not None else RetryPolicy()
        self._sleep = sleep
        self._counter = _Counter()

    @property
    def attempts(self) -> int:
        """Requests handed to the inner transport so far (first tries and retries)."""
        return self._counter.attempts

    @property
    def retries(self) -> int:
        """Re-sends so far."""
        return self._counter.retries

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``, re-sending it while the policy allows."""
        policy = self.policy
        max_retries = policy.max_retries_for(request)
        attempt = 0
        while True:
            self._counter.attempt()
            try:
                response = await self._transport.handle_async_request(request)
            except httpx.TransportError as exc:
                if attempt >= max_retries or not policy.should_retry_exception(request, exc):
                    raise
                delay = policy.delay(attempt)
                _log_retry(request, type(exc).__name__, attempt, max_retries, delay)
            else:
                if attempt >= max_retries or not policy.should_retry_status(
                    request, response.status_code
                ):
                    if attempt >= max_retries or not policy.is_retry_safe(request):
                        return response
                    # Read the body here, so a reset or a timeout part-way through it is
                    # retried like one before the headers (the client would read it anyway).
                    try:
                        await response.aread()
                    except httpx.TransportError as exc:
                        await response.aclose()
                        if not policy.should_retry_exception(request, exc):
                            raise
                        delay = policy.delay(attempt)
                        _log_retry(request, type(exc).__name__, attempt, max_retries, delay)
                    else:
                        return response
                else:
                    delay = policy.delay(attempt, response)
                    try:
                        await response.aread()
                    finally:
                        await response.aclose()
                    _log_retry(
                        request, f"status {response.status_code}", attempt, max_retries, delay
                    )
            self._counter.retry()
            await self._sleep(delay)
            attempt += 1

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


def _log_request(request: httpx.Request) -> None:
    if logger.isEnabledFor(logging.DEBUG):  # nothing at all on the hot path when logging is off
        request.extensions[_START_EXTENSION] = time.perf_counter()
        # Never the body: the token request's form carries the client secret.
        logger.debug(
            "%s %s headers=%s",
            request.method,
            redact_url(request.url),
            redact_headers(request.headers),
        )


def _log_response(response: httpx.Response) -> None:
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
    _log_request(request)


async def _alog_response(response: httpx.Response) -> None:
    _log_response(response)


def _merge_hooks(
    ours: dict[str, list[Any]], theirs: Mapping[str, Iterable[Any]] | None
) -> dict[str, list[Any]]:
    merged = {name: list(hooks) for name, hooks in ours.items()}
    for name, hooks in (theirs or {}).items():
        merged.setdefault(name, []).extend(hooks)
    return merged


# -- client construction -------------------------------------------------------------------------


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
    """An ``httpx.Client`` for one API: retry transport, auth, timeout, TLS, UA, debug logging."""
    configure_logging_from_env()
    inner = transport if transport is not None else httpx.HTTPTransport(verify=settings.verify)
    policy = RetryPolicy(max_retries=settings.max_retries if max_retries is None else max_retries)
    hooks = _merge_hooks({"request": [_log_request], "response": [_log_response]}, event_hooks)
    return httpx.Client(
        base_url=base_url,
        auth=auth,
        transport=RetryTransport(inner, policy=policy),
        timeout=settings.timeout if timeout is None else timeout,
        verify=settings.verify,
        headers={"User-Agent": USER_AGENT},
        event_hooks=hooks,
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
    configure_logging_from_env()
    inner = transport or httpx.AsyncHTTPTransport(verify=settings.verify)
    policy = RetryPolicy(max_retries=settings.max_retries if max_retries is None else max_retries)
    hooks = _merge_hooks({"request": [_alog_request], "response": [_alog_response]}, event_hooks)
    return httpx.AsyncClient(
        base_url=base_url,
        auth=auth,
        transport=AsyncRetryTransport(inner, policy=policy),
        timeout=settings.timeout if timeout is None else timeout,
        verify=settings.verify,
        headers={"User-Agent": USER_AGENT},
        event_hooks=hooks,
    )
