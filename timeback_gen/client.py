"""`Timeback` and `AsyncTimeback`: settings, one shared token, the request path, namespaces.

The request path is here and only here: `_send` / `_asend` run `http.send_flow` (token, send,
retries, the token renewal after a 401) over the connection pool, the user's `http_client=` or
ours, and turn a transport failure into `APIConnectionError`. Status errors and bodies are read by
`services.parse_response`. Namespaces (`tb.oneroster.rostering`, `tb.qti`, ...) are the generated
facade classes; each is imported on first access, so `import timeback_gen` stays cheap.
"""

from __future__ import annotations

import importlib
import os
import threading
import time
import weakref
from collections.abc import Callable, Coroutine, Iterable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar, Unpack, overload

import anyio
import anyio.lowlevel
import httpx

from .auth import ClientCredentialsAuth
from .config import Settings, SettingsOptions
from .drift import DriftCount, DriftLog, DriftRecord
from .errors import ConfigurationError, TimebackError
from .http import (
    USER_AGENT,
    Authorize,
    Discard,
    RetryPolicy,
    Sleep,
    Step,
    adrive,
    build_async_client,
    build_async_pool,
    build_client,
    build_pool,
    drive,
    log_request,
    log_response,
    send_flow,
)
from .pagination import apaginate, paginate
from .services import build_raw_request, facade_class, read_raw_response, transport_error

if TYPE_CHECKING:
    from types import TracebackType

    from _timeback_gen.services.caliper import AsyncCaliperService, CaliperService
    from _timeback_gen.services.case import AsyncCaseService, CaseService
    from _timeback_gen.services.oneroster import (
        AsyncGradebookService,
        AsyncResourcesService,
        AsyncRosteringService,
        GradebookService,
        ResourcesService,
        RosteringService,
    )
    from _timeback_gen.services.powerpath import AsyncPowerPathService, PowerPathService
    from _timeback_gen.services.qti import AsyncQtiService, QtiService

    from .bulk import BulkResult

__all__ = ["AsyncTimeback", "Timeback"]

_BASES = ("api", "qti", "caliper")
T = TypeVar("T")
H = TypeVar("H", httpx.Client, httpx.AsyncClient)


def _service(module: str, cls: str) -> Any:
    return facade_class(getattr(importlib.import_module(f"_timeback_gen.services.{module}"), cls))


class _Namespace(Generic[T]):
    """A namespace attribute (`tb.qti`, `tb.oneroster.rostering`, ...): the generated facade
    class `cls` of `_timeback_gen.services.<module>`, imported and bound on first access."""

    def __init__(self, module: str, cls: str) -> None:
        self._module, self._cls, self._name = module, cls, cls

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, obj: None, objtype: type | None = None) -> Self: ...
    @overload
    def __get__(self, obj: object, objtype: type | None = None) -> T: ...
    def __get__(self, obj: object, objtype: type | None = None) -> T | Self:
        if obj is None:
            return self
        value: T = _service(self._module, self._cls)(getattr(obj, "_timeback", obj))
        obj.__dict__[self._name] = value  # the next access finds it there
        return value


class _Raw(Generic[T]):
    """A raw httpx client attribute (`tb.oneroster_http`, ...): `_http(base)` of the client."""

    def __init__(self, base: str, what: str) -> None:
        self._base = base
        self.__doc__ = f"Raw httpx client at the {what} base URL, with auth and retries."

    @overload
    def __get__(self, obj: None, objtype: type | None = None) -> Self: ...
    @overload
    def __get__(self, obj: object, objtype: type | None = None) -> T: ...
    def __get__(self, obj: Any, objtype: type | None = None) -> T | Self:
        if obj is None:
            return self
        client: T = obj._http(self._base)
        return client


def _base_url(settings: Settings, base: str) -> str:
    if base == "api":
        return settings.api_base_url
    if base == "qti":
        return settings.qti_api_base_url
    if base == "caliper":
        return settings.caliper_api_base_url
    raise KeyError(base)


class OneRoster:
    """OneRoster 1.2: `rostering`, `gradebook` and `resources`."""

    def __init__(self, client: Timeback) -> None:
        self._timeback = client

    rostering: _Namespace[RosteringService] = _Namespace("oneroster", "RosteringService")
    gradebook: _Namespace[GradebookService] = _Namespace("oneroster", "GradebookService")
    resources: _Namespace[ResourcesService] = _Namespace("oneroster", "ResourcesService")


class AsyncOneRoster:
    """OneRoster 1.2 (async): `rostering`, `gradebook` and `resources`."""

    def __init__(self, client: AsyncTimeback) -> None:
        self._timeback = client

    rostering: _Namespace[AsyncRosteringService] = _Namespace("oneroster", "AsyncRosteringService")
    gradebook: _Namespace[AsyncGradebookService] = _Namespace("oneroster", "AsyncGradebookService")
    resources: _Namespace[AsyncResourcesService] = _Namespace("oneroster", "AsyncResourcesService")


class _BaseClient(Generic[H]):
    """Settings resolution, the shared auth object, option copies and request building (sync and
    async; `H` is the httpx client class)."""

    _sleep: Callable[[float], Any]  # how a retry waits (time.sleep / anyio.sleep)
    _http_client: H | None  # the user's `http_client=`
    _http_class: type[H]
    oneroster_http: _Raw[H] = _Raw("api", "API (OneRoster, PowerPath, CASE)")
    qti_http: _Raw[H] = _Raw("qti", "QTI")
    caliper_http: _Raw[H] = _Raw("caliper", "Caliper")

    def __init__(
        self,
        *,
        settings: Settings | None = None,
        on_drift: Callable[[DriftRecord], object] | None = None,
        transport: Any = None,
        http_client: H | None = None,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, Any] | None = None,
        auth: ClientCredentialsAuth | None = None,
        **options: Unpack[SettingsOptions],
    ) -> None:
        if settings is None:
            settings = Settings.resolve(**options)
        elif options:
            settings = settings.replace(**options)
        if transport is not None and http_client is not None:
            raise ConfigurationError(
                "give either transport= (wrapped by the library's own httpx client) or "
                "http_client= (your httpx client, used as it is), not both"
            )
        if http_client is not None and not isinstance(http_client, self._http_class):
            raise ConfigurationError(
                f"{type(self).__name__}(http_client=...) takes an {self._http_class.__module__}."
                f"{self._http_class.__name__}, got {type(http_client).__name__}"
            )
        self.settings = settings
        # What responses differed from their documents (shared with `with_options` copies).
        self._drift = DriftLog(on_drift)
        self._transport = transport
        self._http_client = http_client
        self._auth = auth or ClientCredentialsAuth(
            token_url=settings.token_url,
            client_id=settings.client_id,
            client_secret=settings.client_secret,
            scope=settings.scope,
        )
        self._policy = RetryPolicy(max_retries=settings.max_retries)
        # A client of the user's keeps its own timeout unless one was given here.
        self._timeout: Any = (
            httpx.USE_CLIENT_DEFAULT
            if http_client is not None and "timeout" not in options
            else httpx.Timeout(settings.timeout)
        )
        # Headers and query parameters every API request carries (the token request does not:
        # it goes to the identity provider). A call's own win over them.
        headers = dict(default_headers or {})
        if http_client is not None and http_client.headers.get("user-agent", "").startswith(
            "python-httpx/"
        ):
            headers = {"User-Agent": USER_AGENT, **headers}
        self._headers: dict[str, str] | None = headers or None
        self._query: dict[str, Any] | None = dict(default_query or {}) or None
        self._prefixes = {
            "api": settings.api_base_url.rstrip("/"),
            "qti": settings.qti_api_base_url.rstrip("/"),
            "caliper": settings.caliper_api_base_url.rstrip("/"),
        }
        self._https: dict[str, Any] = {}  # Timeback: our httpx clients ("pool", raw by base)
        self._loops: dict[Any, _LoopState] = {}  # AsyncTimeback: its clients per event loop
        self._lock = threading.Lock()
        # `with_options` copies use their original's connections.
        self._original: Self | None = None

    @classmethod
    def for_sandbox(
        cls, url: str | None = None, *, in_process: bool = False, **kwargs: Any
    ) -> Self:
        """A client for a local sandbox started with `timeback-gen sandbox` at `url`, or, with
        `in_process=True`, for a sandbox of its own in this process (no subprocess, no socket;
        closed with the client). See docs/sandbox.md."""
        if (url is None) == (not in_process):
            raise TypeError(
                "for_sandbox takes either a sandbox URL (for_sandbox('http://127.0.0.1:8787')) "
                "or in_process=True (a sandbox in this process), not both and not neither"
            )
        credentials = {k: kwargs.pop(k) for k in ("client_id", "client_secret") if k in kwargs}
        if url is None:
            return cls._in_process_sandbox(credentials, kwargs)
        settings = Settings.for_sandbox(url, **credentials)
        return cls(settings=settings, **kwargs)

    @classmethod
    def _in_process_sandbox(cls, credentials: dict[str, Any], kwargs: dict[str, Any]) -> Self:
        """`for_sandbox(in_process=True)`: the sandbox app behind a transport that closes it when
        the client's connection pools close (see `timeback_gen.sandbox.inprocess`)."""
        from .sandbox.app import SandboxConfig
        from .sandbox.inprocess import (
            IN_PROCESS_URL,
            AsyncInProcessTransport,
            InProcessSandbox,
            InProcessTransport,
        )

        if "transport" in kwargs or "http_client" in kwargs:
            raise TypeError("for_sandbox(in_process=True) brings its own transport")
        sandbox = InProcessSandbox(SandboxConfig(**credentials))
        transport = (
            AsyncInProcessTransport(sandbox, close_sandbox=True)
            if issubclass(cls._http_class, httpx.AsyncClient)
            else InProcessTransport(sandbox, close_sandbox=True)
        )
        settings = Settings.for_sandbox(IN_PROCESS_URL, **credentials)
        client = cls(settings=settings, transport=transport, **kwargs)
        weakref.finalize(client, sandbox.close)  # also when no pool (closing it) was ever made
        return client

    def with_options(
        self,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_concurrency: int | None = None,
        strict: bool | None = None,
    ) -> Self:
        """A copy with other timeout / retry / concurrency / strict settings for its service calls. It
        shares the cached token and the connection pools (closing either closes them; they
        reopen on the next call), so a copy per call costs no new connection. A copy with another
        `max_concurrency` has an in-flight limit of its own. The raw `*_http` clients are the
        original's, with its timeout and retries."""
        changes: dict[str, Any] = {}
        if timeout is not None:
            changes["timeout"] = timeout
        if max_retries is not None:
            changes["max_retries"] = max_retries
        if max_concurrency is not None:
            changes["max_concurrency"] = max_concurrency
        if strict is not None:
            changes["strict"] = strict
        settings = self.settings.replace(**changes) if changes else self.settings
        copy = type(self)(
            settings=settings,
            transport=self._transport,
            http_client=self._http_client,
            auth=self._auth,
        )
        copy._headers, copy._query = self._headers, self._query
        copy._timeout = httpx.Timeout(settings.timeout) if "timeout" in changes else self._timeout
        copy._original = self._original or self
        copy._drift = self._drift
        copy._sleep = self._sleep
        return copy

    def drift_report(self) -> list[DriftCount]:
        """How responses differed from their documents so far (this client and its copies):
        one row per (operation, path, kind, expected, got), with a count, most frequent first.
        Values are never kept, only their JSON types (see `timeback_gen.drift`)."""
        return self._drift.report()

    @property
    def _owner(self) -> Self:
        """The client whose connections this one uses: itself, or the original of a copy."""
        return self._original or self

    def _build(self, pool: Any, base: str, request: dict[str, Any]) -> httpx.Request:
        """An `httpx.Request` from generated `_get_kwargs` output (its URL relative to `base`),
        with this client's timeout (a copy's own), its `default_headers` / `default_query` and,
        for a client of the user's, our User-Agent unless it sets one."""
        url: str = request.pop("url")
        prefix = self._prefixes[base]
        url = prefix + url if url.startswith("/") else f"{prefix}/{url}"
        if self._headers is not None:
            request["headers"] = {**self._headers, **request.get("headers", {})}
        if self._query is not None:
            request["params"] = {**self._query, **request.get("params", {})}
        timeout = request.pop("timeout", self._timeout)  # a call's own (`timeout=`) wins
        built: httpx.Request = pool.build_request(url=url, timeout=timeout, **request)
        return built

    def _timed(self, request: httpx.Request) -> httpx.Request:
        """`request` (made outside `_build`: the token request) with this client's timeout."""
        if isinstance(self._timeout, httpx.Timeout):
            request.extensions["timeout"] = self._timeout.as_dict()
        return request

    @property
    def token_requests(self) -> int:
        """How many token requests this client (and its `with_options` copies) made."""
        return self._auth.token_requests

    def __repr__(self) -> str:
        s = self.settings
        return (
            f"{type(self).__name__}(environment={s.environment!r}, api_base_url={s.api_base_url!r}, "
            f"client_id={s.client_id!r})"
        )


class Timeback(_BaseClient[httpx.Client]):
    """The TimeBack client. Settings come from arguments, then `TIMEBACK_*` variables.

    >>> with Timeback() as tb:
    ...     tb.oneroster.rostering.get_user("user-1").user.given_name
    """

    _transport: httpx.BaseTransport | None
    _http_class = httpx.Client
    _sleep: Callable[[float], object] = staticmethod(time.sleep)

    def _client(self, key: str) -> httpx.Client:
        """Our httpx client `key`, made on first use: "pool" (the request path's connections:
        no base URL, auth or retries of its own) or a raw client by base ("api", "qti",
        "caliper")."""
        owner = self._owner
        client = owner._https.get(key)
        if client is None:
            with owner._lock:
                client = owner._https.get(key)
                if client is None:
                    s = owner.settings
                    client = owner._https[key] = (
                        build_pool(s, owner._transport)
                        if key == "pool"
                        else build_client(
                            s, owner._auth, base_url=_base_url(s, key), transport=owner._transport
                        )
                    )
        return client

    def _pool(self) -> httpx.Client:
        given = self._http_client
        return given if given is not None else self._client("pool")

    def _http(self, base: str) -> httpx.Client:
        """A raw httpx client at `base`'s URL, with auth and retries of its own."""
        return self._client(base)

    def _send(
        self, base: str, request: dict[str, Any], where: str, operation: str
    ) -> httpx.Response:
        """The request path: build, authorize, send and retry (`send_flow`); a failure without
        a response becomes `APIConnectionError` / `APITimeoutError`."""
        pool = self._pool()
        built = self._build(pool, base, request)
        act = _SyncAct(self, pool)
        try:
            return drive(send_flow(built, self._policy, authorize=True), act)
        except httpx.RequestError as exc:  # no usable response: refused, reset, timeout, bad gzip
            raise transport_error(where, operation, exc) from exc

    @cached_property
    def oneroster(self) -> OneRoster:
        return OneRoster(self)

    powerpath: _Namespace[PowerPathService] = _Namespace("powerpath", "PowerPathService")
    qti: _Namespace[QtiService] = _Namespace("qti", "QtiService")
    caliper: _Namespace[CaliperService] = _Namespace("caliper", "CaliperService")
    case: _Namespace[CaseService] = _Namespace("case", "CaseService")

    def request(
        self,
        method: str,
        path: str,
        *,
        api: str = "oneroster",
        params: Mapping[str, Any] | None = None,
        json: Any = None,
    ) -> Any:
        """Any route of an API, also one its document does not declare: `path` is relative to
        that API's base URL (`api`: oneroster, powerpath, case, qti, caliper). The same auth,
        retries and typed errors as the facade; returns the decoded JSON (None for an empty
        body, bytes for a non-JSON one).

        >>> tb.request("GET", "/ims/oneroster/rostering/v1p2/users/", params={"limit": 1})
        """
        base, name, request = build_raw_request(api, method, path, params, json)
        return read_raw_response(name, self._send(base, request, name, name))

    # `tb.paginate(method, *path_args, page_size=, max_items=, **filters)`: a typed
    # `SyncPager` over the records of a list operation (see `timeback_gen.pagination`).
    paginate = staticmethod(paginate)

    def bulk(
        self,
        method: Callable[..., Any] | str,
        calls: Iterable[Mapping[str, Any]],
        *,
        concurrency: int | None = None,
        resume: str | os.PathLike[str] | None = None,
        progress: bool | None = None,
        retries: int | None = None,
    ) -> BulkResult:
        """Run facade operation `method` (bound, or its key "oneroster.rostering.create_user")
        once per mapping of keyword arguments in `calls`, up to `concurrency` at a time
        (default `max_concurrency`), shrinking on 429s and growing back; creates are retried
        after a 5xx / lost connection only when they carry a `sourcedId` / `identifier`.
        `resume=PATH` journals progress so a rerun skips done calls; `progress`: a tqdm bar
        (None: when stderr is a terminal). Returns a `BulkResult` (see `timeback_gen.bulk`).

        >>> tb.bulk(tb.oneroster.rostering.create_user, [{"body": {"user": u}} for u in users])
        """
        from .bulk import run_sync

        return run_sync(
            self,
            method,
            calls,
            concurrency=concurrency,
            resume=resume,
            progress=progress,
            retries=retries,
        )

    def close(self) -> None:
        """Close the connection pools, shared with `with_options` copies (they reopen on the next
        call; the cached token stays). A client given as `http_client=` is yours to close."""
        https = self._owner._https
        clients = list(https.values())
        https.clear()
        for client in clients:
            client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class _SyncAct:
    """What `drive` does for each step of a `Timeback` request's flow."""

    __slots__ = ("client", "pool")

    def __init__(self, client: Timeback, pool: httpx.Client) -> None:
        self.client = client
        self.pool = pool

    def __call__(self, step: Step) -> Any:
        if isinstance(step, httpx.Request):
            log_request(step)
            response = self.pool.send(step)
            log_response(response)
            return response
        if isinstance(step, Authorize):
            token = self.client._auth.token(step.stale, self.token_request)
            step.request.headers["Authorization"] = f"Bearer {token}"
            return token
        if isinstance(step, Sleep):
            return self.client._sleep(step.seconds)
        assert isinstance(step, Discard)
        return step.response.close()

    def token_request(self, request: httpx.Request) -> httpx.Response:
        """The token request, sent and retried by the same flow (without a token)."""
        return drive(send_flow(self.client._timed(request), self.client._policy), self)


def _running_loop() -> anyio.lowlevel.EventLoopToken | None:
    """The running event loop (asyncio, uvloop or trio), or None outside one."""
    try:
        return anyio.lowlevel.current_token()
    except Exception:  # no async library is running here
        return None


def _is_closed(loop: anyio.lowlevel.EventLoopToken) -> bool:
    is_closed = getattr(loop.native_token, "is_closed", None)  # asyncio loops tell; trio's don't
    return bool(is_closed()) if callable(is_closed) else False


class _LoopState:
    """What an `AsyncTimeback` and its `with_options` copies keep per event loop."""

    __slots__ = ("_limiters", "clients")

    def __init__(self) -> None:
        self.clients: dict[str, httpx.AsyncClient] = {}  # "pool", and raw ones by base
        self._limiters: dict[int, anyio.Semaphore] = {}

    def limiter(self, max_concurrency: int) -> anyio.Semaphore:
        """One in-flight limit per `max_concurrency`: a copy that keeps the original's limit
        shares it, one with another limit has its own."""
        sem = self._limiters.get(max_concurrency)
        if sem is None:
            sem = self._limiters[max_concurrency] = anyio.Semaphore(max_concurrency)
        return sem


class _AsyncAct:
    """What `adrive` does for each step of an `AsyncTimeback` request's flow."""

    __slots__ = ("client", "pool")

    def __init__(self, client: AsyncTimeback, pool: httpx.AsyncClient) -> None:
        self.client = client
        self.pool = pool

    async def __call__(self, step: Step) -> Any:
        if isinstance(step, httpx.Request):
            log_request(step)
            response = await self.pool.send(step)
            log_response(response)
            return response
        if isinstance(step, Authorize):
            token = await self.client._auth.atoken(step.stale, self.token_request)
            step.request.headers["Authorization"] = f"Bearer {token}"
            return token
        if isinstance(step, Sleep):
            return await self.client._sleep(step.seconds)
        assert isinstance(step, Discard)
        return await step.response.aclose()

    async def token_request(self, request: httpx.Request) -> httpx.Response:
        return await adrive(send_flow(self.client._timed(request), self.client._policy), self)


class AsyncTimeback(_BaseClient[httpx.AsyncClient]):
    """Async TimeBack client: the same names as `Timeback`, awaitable; `async with`, `async for`.

    In-flight requests are limited per client (`max_concurrency`, default 10). Runs on asyncio
    (uvloop included) and trio.
    """

    _transport: httpx.AsyncBaseTransport | None
    _http_class = httpx.AsyncClient
    _sleep: Callable[[float], Coroutine[Any, Any, None]] = staticmethod(anyio.sleep)

    def _loop_state(self, loop: Any = None) -> _LoopState:
        """The httpx clients and in-flight limiter of the running event loop (None: no loop).

        httpx clients and semaphores belong to the loop they first ran on, so a client used
        under `asyncio.run` twice, or by a test framework that starts a loop per test, gets a
        fresh set per loop instead of "Event loop is closed" from the first loop's connections.
        """
        loop = loop or _running_loop()
        owner = self._owner
        loops = owner._loops
        state = loops.get(loop)
        if state is None:
            with owner._lock:
                state = loops.get(loop)
                if state is None:
                    # Connections of a closed loop can be neither used nor closed any more.
                    for gone in [k for k in loops if k is not None and _is_closed(k)]:
                        del loops[gone]
                    # Clients made before any loop ran (`tb.oneroster_http` read at start-up)
                    # belong to the first loop that uses the client.
                    state = loops.pop(None, None) if loop is not None else None
                    loops[loop] = state = state or _LoopState()
        return state

    def _client(self, key: str, state: _LoopState | None = None) -> httpx.AsyncClient:
        """The running loop's httpx client `key` ("pool" or a raw one by base; see
        `Timeback._client`); `state`: that loop's, when the caller has it already."""
        clients = (state or self._loop_state()).clients
        client = clients.get(key)
        if client is None:
            owner = self._owner
            s = owner.settings
            client = clients[key] = (
                build_async_pool(s, owner._transport)
                if key == "pool"
                else build_async_client(
                    s, owner._auth, base_url=_base_url(s, key), transport=owner._transport
                )
            )
        return client

    def _http(self, base: str) -> httpx.AsyncClient:
        """A raw httpx client at `base`'s URL, with auth and retries of its own."""
        return self._client(base)

    async def _asend(
        self, base: str, request: dict[str, Any], where: str, operation: str
    ) -> httpx.Response:
        """`Timeback._send` for async, within the client's in-flight limit."""
        given = self._http_client
        loop = _running_loop()
        if loop is None:
            raise TimebackError(
                "AsyncTimeback needs a running event loop: await its methods inside "
                "asyncio.run(...), trio.run(...) or an async framework"
            )
        state = self._loop_state(loop)
        pool = given if given is not None else self._client("pool", state)
        built = self._build(pool, base, request)
        act = _AsyncAct(self, pool)
        async with state.limiter(self.settings.max_concurrency):
            try:
                return await adrive(send_flow(built, self._policy, authorize=True), act)
            except httpx.RequestError as exc:
                raise transport_error(where, operation, exc) from exc

    @cached_property
    def oneroster(self) -> AsyncOneRoster:
        return AsyncOneRoster(self)

    powerpath: _Namespace[AsyncPowerPathService] = _Namespace("powerpath", "AsyncPowerPathService")
    qti: _Namespace[AsyncQtiService] = _Namespace("qti", "AsyncQtiService")
    caliper: _Namespace[AsyncCaliperService] = _Namespace("caliper", "AsyncCaliperService")
    case: _Namespace[AsyncCaseService] = _Namespace("case", "AsyncCaseService")

    async def request(
        self,
        method: str,
        path: str,
        *,
        api: str = "oneroster",
        params: Mapping[str, Any] | None = None,
        json: Any = None,
    ) -> Any:
        """`Timeback.request`, awaitable (within the client's in-flight limit)."""
        base, name, request = build_raw_request(api, method, path, params, json)
        return read_raw_response(name, await self._asend(base, request, name, name))

    # `tb.paginate(method, *path_args, page_size=, max_items=, concurrency=, **filters)`: a
    # typed `AsyncPager`, with up to `concurrency` page requests in flight (default: the
    # method's client's in-flight limit, `max_concurrency`); see `timeback_gen.pagination`.
    paginate = staticmethod(apaginate)

    async def bulk(
        self,
        method: Callable[..., Any] | str,
        calls: Iterable[Mapping[str, Any]],
        *,
        concurrency: int | None = None,
        resume: str | os.PathLike[str] | None = None,
        progress: bool | None = None,
        retries: int | None = None,
    ) -> BulkResult:
        """`Timeback.bulk`, awaitable: the calls run as tasks of an anyio task group."""
        from .bulk import run_async

        return await run_async(
            self,
            method,
            calls,
            concurrency=concurrency,
            resume=resume,
            progress=progress,
            retries=retries,
        )

    async def close(self) -> None:
        """Close the running loop's connection pools, shared with `with_options` copies (they
        reopen on the next call; the cached token stays). A client given as `http_client=` is
        yours to close."""
        state = self._loop_state()
        clients = list(state.clients.values())
        state.clients.clear()
        for client in clients:
            await client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
