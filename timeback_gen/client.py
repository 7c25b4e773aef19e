"""`Timeback` and `AsyncTimeback`: settings, one shared token, raw http clients, namespaces.

Namespaces (`tb.oneroster.rostering`, `tb.qti`, ...) are the generated facade classes; each is
imported on first access, so `import timeback_gen` stays cheap.
"""

from __future__ import annotations

import asyncio
import importlib
import threading
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Self

import httpx

from .auth import ClientCredentialsAuth
from .config import Settings
from .drift import DriftCount, DriftLog, DriftRecord
from .errors import TimebackError
from .http import MAX_RETRIES_EXTENSION, build_async_client, build_client
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

__all__ = ["AsyncTimeback", "Timeback"]

_BASES = ("api", "qti", "caliper")


def _service(module: str, cls: str) -> Any:
    return facade_class(getattr(importlib.import_module(f"_timeback_gen.services.{module}"), cls))


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
        self._client = client

    @cached_property
    def rostering(self) -> RosteringService:
        return _service("oneroster", "RosteringService")(self._client)  # type: ignore[no-any-return]

    @cached_property
    def gradebook(self) -> GradebookService:
        return _service("oneroster", "GradebookService")(self._client)  # type: ignore[no-any-return]

    @cached_property
    def resources(self) -> ResourcesService:
        return _service("oneroster", "ResourcesService")(self._client)  # type: ignore[no-any-return]


class AsyncOneRoster:
    """OneRoster 1.2 (async): `rostering`, `gradebook` and `resources`."""

    def __init__(self, client: AsyncTimeback) -> None:
        self._client = client

    @cached_property
    def rostering(self) -> AsyncRosteringService:
        return _service("oneroster", "AsyncRosteringService")(self._client)  # type: ignore[no-any-return]

    @cached_property
    def gradebook(self) -> AsyncGradebookService:
        return _service("oneroster", "AsyncGradebookService")(self._client)  # type: ignore[no-any-return]

    @cached_property
    def resources(self) -> AsyncResourcesService:
        return _service("oneroster", "AsyncResourcesService")(self._client)  # type: ignore[no-any-return]


class _BaseClient:
    """Settings resolution, the shared auth object and option copies (sync and async)."""

    def __init__(
        self,
        *,
        environment: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        api_base_url: str | None = None,
        qti_api_base_url: str | None = None,
        caliper_api_base_url: str | None = None,
        token_url: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_concurrency: int | None = None,
        scope: str | None = None,
        verify: bool | None = None,
        strict: bool | None = None,
        on_drift: Callable[[DriftRecord], object] | None = None,
        settings: Settings | None = None,
        transport: Any = None,
        auth: ClientCredentialsAuth | None = None,
    ) -> None:
        if settings is None:
            settings = Settings.resolve(
                environment=environment,
                client_id=client_id,
                client_secret=client_secret,
                api_base_url=api_base_url,
                qti_api_base_url=qti_api_base_url,
                caliper_api_base_url=caliper_api_base_url,
                token_url=token_url,
                timeout=timeout,
                max_retries=max_retries,
                max_concurrency=max_concurrency,
                scope=scope,
                verify=verify,
                strict=strict,
            )
        elif strict is not None:
            settings = settings.replace(strict=strict)
        self.settings = settings
        # What responses differed from their documents (shared with `with_options` copies).
        self._drift = DriftLog(on_drift)
        self._transport = transport
        self._auth = auth or ClientCredentialsAuth(
            token_url=settings.token_url,
            client_id=settings.client_id,
            client_secret=settings.client_secret,
            scope=settings.scope,
        )
        self._https: dict[str, Any] = {}  # Timeback: httpx clients by base ("api", "qti", ...)
        self._loops: dict[Any, _LoopState] = {}  # AsyncTimeback: its clients per event loop
        self._lock = threading.Lock()
        # `with_options` copies use their original's connections (see `_apply_options`).
        self._original: Self | None = None

    @classmethod
    def for_sandbox(cls, url: str, **kwargs: Any) -> Self:
        """A client for a local sandbox started with `timeback-gen sandbox` (see docs/sandbox.md)."""
        credentials = {k: kwargs.pop(k) for k in ("client_id", "client_secret") if k in kwargs}
        settings = Settings.for_sandbox(url, **credentials)
        changes = {
            k: kwargs.pop(k)
            for k in ("timeout", "max_retries", "max_concurrency", "strict")
            if k in kwargs
        }
        if changes:
            settings = settings.replace(**changes)
        return cls(settings=settings, **kwargs)

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
        copy = type(self)(settings=settings, transport=self._transport, auth=self._auth)
        copy._original = self._original or self
        copy._drift = self._drift
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

    def _apply_options(self, request: dict[str, Any]) -> dict[str, Any]:
        """A copy's timeout and retry budget, carried by each request: the connections (and
        their defaults) are the original's, so a copy made per call opens no new pool."""
        if self._original is not None:
            request["timeout"] = self.settings.timeout
            request["extensions"][MAX_RETRIES_EXTENSION] = self.settings.max_retries
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


class Timeback(_BaseClient):
    """The TimeBack client. Settings come from arguments, then `TIMEBACK_*` variables.

    >>> with Timeback() as tb:
    ...     tb.oneroster.rostering.get_user("user-1").user.given_name
    """

    _transport: httpx.BaseTransport | None

    def _http(self, base: str) -> httpx.Client:
        owner = self._owner
        client = owner._https.get(base)
        if client is None:
            with owner._lock:
                client = owner._https.get(base)
                if client is None:
                    client = build_client(
                        owner.settings,
                        owner._auth,
                        base_url=_base_url(owner.settings, base),
                        transport=owner._transport,
                    )
                    owner._https[base] = client
        return client

    @property
    def oneroster_http(self) -> httpx.Client:
        """Raw `httpx.Client` at the API base URL (OneRoster, PowerPath, CASE), with auth and retries."""
        return self._http("api")

    @property
    def qti_http(self) -> httpx.Client:
        """Raw `httpx.Client` at the QTI base URL, with auth and retries."""
        return self._http("qti")

    @property
    def caliper_http(self) -> httpx.Client:
        """Raw `httpx.Client` at the Caliper base URL, with auth and retries."""
        return self._http("caliper")

    @cached_property
    def oneroster(self) -> OneRoster:
        return OneRoster(self)

    @cached_property
    def powerpath(self) -> PowerPathService:
        return _service("powerpath", "PowerPathService")(self)  # type: ignore[no-any-return]

    @cached_property
    def qti(self) -> QtiService:
        return _service("qti", "QtiService")(self)  # type: ignore[no-any-return]

    @cached_property
    def caliper(self) -> CaliperService:
        return _service("caliper", "CaliperService")(self)  # type: ignore[no-any-return]

    @cached_property
    def case(self) -> CaseService:
        return _service("case", "CaseService")(self)  # type: ignore[no-any-return]

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
        try:
            response = self._http(base).request(**self._apply_options(request))
        except httpx.TransportError as exc:
            raise transport_error(name, name, exc) from exc
        return read_raw_response(name, response)

    # `tb.paginate(method, *path_args, page_size=, max_items=, **filters)`: a typed
    # `SyncPager` over the records of a list operation (see `timeback_gen.pagination`).
    paginate = staticmethod(paginate)

    def close(self) -> None:
        """Close the connection pools, shared with `with_options` copies (they reopen on the next
        call; the cached token stays)."""
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


def _running_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


class _LoopState:
    """What an `AsyncTimeback` and its `with_options` copies keep per event loop."""

    __slots__ = ("_limiters", "clients")

    def __init__(self) -> None:
        self.clients: dict[str, httpx.AsyncClient] = {}  # by base: "api", "qti", "caliper"
        self._limiters: dict[int, asyncio.Semaphore] = {}

    def limiter(self, max_concurrency: int) -> asyncio.Semaphore:
        """One in-flight limit per `max_concurrency`: a copy that keeps the original's limit
        shares it, one with another limit has its own."""
        sem = self._limiters.get(max_concurrency)
        if sem is None:
            sem = self._limiters[max_concurrency] = asyncio.Semaphore(max_concurrency)
        return sem


class AsyncTimeback(_BaseClient):
    """Async TimeBack client: the same names as `Timeback`, awaitable; `async with`, `async for`.

    In-flight requests are limited per client (`max_concurrency`, default 10).
    """

    _transport: httpx.AsyncBaseTransport | None

    def _loop_state(self) -> _LoopState:
        """The httpx clients and in-flight limiter of the running event loop (None: no loop).

        httpx clients and asyncio semaphores belong to the loop they first ran on, so a client
        used under `asyncio.run` twice, or by a test framework that starts a loop per test, gets
        a fresh set per loop instead of "Event loop is closed" from the first loop's connections.
        """
        loop = _running_loop()
        owner = self._owner
        loops = owner._loops
        state = loops.get(loop)
        if state is None:
            with owner._lock:
                state = loops.get(loop)
                if state is None:
                    # Connections of a closed loop can be neither used nor closed any more.
                    for gone in [k for k in loops if k is not None and k.is_closed()]:
                        del loops[gone]
                    # Clients made before any loop ran (`tb.oneroster_http` read at start-up)
                    # belong to the first loop that uses the client.
                    state = loops.pop(None, None) if loop is not None else None
                    loops[loop] = state = state or _LoopState()
        return state

    def _limiter(self) -> asyncio.Semaphore:
        """The in-flight limit of the running loop (every async request passes here first)."""
        if _running_loop() is None:
            raise TimebackError(
                "AsyncTimeback runs on asyncio: await its methods inside asyncio.run(...) or an "
                "asyncio-based framework (under trio, call Timeback from a worker thread instead)"
            )
        return self._loop_state().limiter(self.settings.max_concurrency)

    def _http(self, base: str) -> httpx.AsyncClient:
        clients = self._loop_state().clients
        client = clients.get(base)
        if client is None:
            owner = self._owner
            client = clients[base] = build_async_client(
                owner.settings,
                owner._auth,
                base_url=_base_url(owner.settings, base),
                transport=owner._transport,
            )
        return client

    @property
    def oneroster_http(self) -> httpx.AsyncClient:
        """Raw `httpx.AsyncClient` at the API base URL, with auth and retries."""
        return self._http("api")

    @property
    def qti_http(self) -> httpx.AsyncClient:
        """Raw `httpx.AsyncClient` at the QTI base URL, with auth and retries."""
        return self._http("qti")

    @property
    def caliper_http(self) -> httpx.AsyncClient:
        """Raw `httpx.AsyncClient` at the Caliper base URL, with auth and retries."""
        return self._http("caliper")

    @cached_property
    def oneroster(self) -> AsyncOneRoster:
        return AsyncOneRoster(self)

    @cached_property
    def powerpath(self) -> AsyncPowerPathService:
        return _service("powerpath", "AsyncPowerPathService")(self)  # type: ignore[no-any-return]

    @cached_property
    def qti(self) -> AsyncQtiService:
        return _service("qti", "AsyncQtiService")(self)  # type: ignore[no-any-return]

    @cached_property
    def caliper(self) -> AsyncCaliperService:
        return _service("caliper", "AsyncCaliperService")(self)  # type: ignore[no-any-return]

    @cached_property
    def case(self) -> AsyncCaseService:
        return _service("case", "AsyncCaseService")(self)  # type: ignore[no-any-return]

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
        async with self._limiter():
            try:
                response = await self._http(base).request(**self._apply_options(request))
            except httpx.TransportError as exc:
                raise transport_error(name, name, exc) from exc
        return read_raw_response(name, response)

    # `tb.paginate(method, *path_args, page_size=, max_items=, concurrency=, **filters)`: a
    # typed `AsyncPager`, with up to `concurrency` page requests in flight (default: the
    # method's client's in-flight limit, `max_concurrency`); see `timeback_gen.pagination`.
    paginate = staticmethod(apaginate)

    async def close(self) -> None:
        """Close the running loop's connection pools, shared with `with_options` copies (they
        reopen on the next call; the cached token stays)."""
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
