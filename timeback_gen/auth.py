"""OAuth2 client-credentials authentication: the token cache of a client.

One :class:`ClientCredentialsAuth` holds one cached access token and is shared by every client
built from the same settings. Token fetches are single-flight: however many threads (sync) or
tasks (async, asyncio or trio) find the token missing or stale at once, exactly one token request
is made and the rest wait for it. The client's request path asks it for a token
(:meth:`~ClientCredentialsAuth.token` / :meth:`~ClientCredentialsAuth.atoken`, with the token a
401 refused as ``stale``); as an ``httpx.Auth`` it serves raw httpx clients the same way (a 401
evicts the token used, fetches a fresh one and retries the request once).
"""

from __future__ import annotations

import threading
import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from dataclasses import dataclass

import anyio
import anyio.lowlevel
import httpx

from timeback_gen.errors import TokenResponseError, make_status_error

__all__ = ["TOKEN_REQUEST_EXTENSION", "ClientCredentialsAuth"]

# Marks the token request so the retry transport treats it as safe to retry despite being POST.
TOKEN_REQUEST_EXTENSION = "timeback_token_request"

DEFAULT_EXPIRES_IN = 3600.0


@dataclass(frozen=True)
class _Token:
    value: str
    expires_at: float
    refresh_at: float


class ClientCredentialsAuth(httpx.Auth):
    """Adds ``Authorization: Bearer <token>``, fetching tokens with the client-credentials grant."""

    def __init__(
        self,
        *,
        token_url: str,
        client_id: str,
        client_secret: str,
        scope: str | None = None,
        refresh_margin: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self._client_secret = client_secret
        self.scope = scope
        self.refresh_margin = refresh_margin
        self._clock = clock
        self._token: _Token | None = None
        self._thread_lock = threading.Lock()
        self._async_lock: anyio.Lock | None = None
        self._async_lock_loop: anyio.lowlevel.EventLoopToken | None = None
        self._async_lock_guard = threading.Lock()
        self.token_requests = 0

    def __repr__(self) -> str:
        """Identify the auth object without revealing the secret or the token."""
        return (
            f"ClientCredentialsAuth(token_url={self.token_url!r}, client_id={self.client_id!r}, "
            f"token_cached={self._token is not None})"
        )

    def invalidate(self) -> None:
        """Forget the cached token; the next request fetches a new one."""
        self._token = None

    # -- sync -----------------------------------------------------------------------------------

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Authorize ``request`` for ``httpx.Client``; single flight via a ``threading.Lock``."""
        if "Authorization" in request.headers:
            yield request
            return
        request.read()  # make the body replayable for the retry after a 401
        token = self._fresh_token()
        if token is None:
            with self._thread_lock:
                token = self._fresh_token()
                if token is None:
                    token = yield from self._sync_fetch()
        self._apply(request, token)
        response = yield request
        if response.status_code != 401:
            return
        with self._thread_lock:
            self._evict(token)
            retry_token = self._fresh_token()
            if retry_token is None:
                retry_token = yield from self._sync_fetch()
        self._apply(request, retry_token)
        yield request

    def _sync_fetch(self) -> Generator[httpx.Request, httpx.Response, _Token]:
        response = yield self._token_request()
        response.read()
        return self._store(response)

    # -- async ----------------------------------------------------------------------------------

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request`` for ``httpx.AsyncClient``; single flight via an ``anyio.Lock``."""
        if "Authorization" in request.headers:
            yield request
            return
        await request.aread()
        token = self._fresh_token()
        if token is None:
            async with self._get_async_lock():
                token = self._fresh_token()
                if token is None:
                    token_response = yield self._token_request()
                    await token_response.aread()
                    token = self._store(token_response)
        self._apply(request, token)
        response = yield request
        if response.status_code != 401:
            return
        async with self._get_async_lock():
            self._evict(token)
            retry_token = self._fresh_token()
            if retry_token is None:
                token_response = yield self._token_request()
                await token_response.aread()
                retry_token = self._store(token_response)
        self._apply(request, retry_token)
        yield request

    def _get_async_lock(self) -> anyio.Lock:
        """The lock of the running event loop, asyncio or trio (an auth object may outlive a
        loop)."""
        loop = anyio.lowlevel.current_token()
        with self._async_lock_guard:
            if self._async_lock is None or self._async_lock_loop != loop:
                self._async_lock = anyio.Lock()
                self._async_lock_loop = loop
            return self._async_lock

    # -- the client's request path --------------------------------------------------------------

    def token(self, stale: str | None, fetch: Callable[[httpx.Request], httpx.Response]) -> str:
        """A fresh access token for the client's request path; `fetch` sends the token request
        (through the client's retries). `stale` is a token the API just refused (401): it is
        dropped unless another request has already replaced it. Single flight across threads."""
        token = self._usable(stale)
        if token is None:
            with self._thread_lock:
                token = self._usable(stale)
                if token is None:
                    token = self._store(fetch(self._token_request()))
        return token.value

    async def atoken(
        self, stale: str | None, fetch: Callable[[httpx.Request], Awaitable[httpx.Response]]
    ) -> str:
        """`token` for the async request path: single flight across the tasks of a loop."""
        token = self._usable(stale)
        if token is None:
            async with self._get_async_lock():
                token = self._usable(stale)
                if token is None:
                    token = self._store(await fetch(self._token_request()))
        return token.value

    def _usable(self, stale: str | None) -> _Token | None:
        token = self._fresh_token()
        if token is not None and token.value == stale:
            self._evict(token)
            return None
        return token

    # -- shared ---------------------------------------------------------------------------------

    def _fresh_token(self) -> _Token | None:
        token = self._token
        if token is None or self._clock() >= token.refresh_at:
            return None
        return token

    def _evict(self, used: _Token) -> None:
        """Drop ``used`` unless another flow has already replaced it."""
        if self._token is used:
            self._token = None

    @staticmethod
    def _apply(request: httpx.Request, token: _Token) -> None:
        request.headers["Authorization"] = f"Bearer {token.value}"

    def _token_request(self) -> httpx.Request:
        self.token_requests += 1
        form = {
            "grant_type": "client_credentials",
            "client_id": self.client_id,
            "client_secret": self._client_secret,
        }
        if self.scope:
            form["scope"] = self.scope
        return httpx.Request(
            "POST",
            self.token_url,
            data=form,
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Accept": "application/json",
            },
            extensions={TOKEN_REQUEST_EXTENSION: True},
        )

    def _store(self, response: httpx.Response) -> _Token:
        """Turn a token response into a cached token, or raise without leaking secrets."""
        if not response.is_success:
            raise make_status_error(response, operation="token", secrets=(self._client_secret,))
        try:
            payload = response.json()
        except (ValueError, RecursionError):  # not JSON, or nested too deeply to decode
            payload = None
        if not isinstance(payload, dict):
            raise TokenResponseError(
                f"Token endpoint {self.token_url} answered {response.status_code} without a JSON "
                "object body; check token_url (TIMEBACK_TOKEN_URL).",
                response=response,
            )
        value = payload.get("access_token")
        if not isinstance(value, str) or not value:
            keys = ", ".join(sorted(str(k) for k in payload)) or "none"
            raise TokenResponseError(
                f"Token endpoint {self.token_url} answered {response.status_code} without an "
                f"access_token (keys: {keys}); check token_url (TIMEBACK_TOKEN_URL).",
                response=response,
            )
        expires_in = _seconds(payload.get("expires_in"))
        now = self._clock()
        # A token shorter-lived than the margin would otherwise be refreshed on every request.
        margin = min(self.refresh_margin, expires_in / 2)
        token = _Token(
            value=value, expires_at=now + expires_in, refresh_at=now + expires_in - margin
        )
        self._token = token
        return token


def _seconds(raw: object) -> float:
    """``expires_in`` as positive seconds; absent or unusable values mean one hour."""
    if isinstance(raw, bool):
        return DEFAULT_EXPIRES_IN
    if isinstance(raw, int | float | str):
        try:
            value = float(raw)
        except ValueError:
            return DEFAULT_EXPIRES_IN
        if value > 0 and value != float("inf"):
            return value
    return DEFAULT_EXPIRES_IN
