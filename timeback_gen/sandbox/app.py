"""The sandbox application: route table from the six documents, dispatch, auth, faults,
statistics and the ``/_sandbox`` admin endpoints. Transport-independent (see server.py)."""

from __future__ import annotations

import ipaddress
import json
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from . import caliper, case, oneroster, powerpath, qti
from .auth import TokenIssuer
from .conform import apply, plan_for
from .context import Context, Profile
from .faults import Faults
from .spec import Operation, operations
from .store import Store
from .web import (
    JSON,
    ApiError,
    Handler,
    Request,
    Response,
    Route,
    Router,
    imsx_body,
    parse_query,
)

# api → (URL prefix, handler factory). The events document shares Caliper's endpoints.
PREFIXES: dict[str, str] = {
    "oneroster": "",
    "powerpath": "",
    "case": "",
    "qti": "/qti/api",
    "caliper": "/caliper-api",
}
FACTORIES: dict[str, Callable[[Context], dict[str, Handler]]] = {
    "oneroster": oneroster.handlers,
    "powerpath": powerpath.handlers,
    "case": case.handlers,
    "qti": qti.handlers,
    "caliper": caliper.handlers,
}
TOKEN_PATH = "/oauth2/token"
ADMIN_PREFIX = "/_sandbox/"


def _not_implemented(api: str, operation_id: str) -> Handler:
    def handle(_request: Request) -> Response:
        raise ApiError.not_implemented(api, operation_id)

    return handle


def build_router(ctx: Context) -> Router:
    router = Router()
    for api, prefix in PREFIXES.items():
        handlers = FACTORIES[api](ctx)
        for op in operations(api):
            handler = handlers.get(op.operation_id)
            router.add(
                Route(
                    api=api,
                    method=op.method.upper(),
                    template=prefix + op.path,
                    operation_id=op.operation_id,
                    handler=handler or _not_implemented(api, op.operation_id),
                    implemented=handler is not None,
                )
            )
    return router


def implemented_operations() -> dict[str, list[str]]:
    """operationIds the sandbox implements, per API (``events`` shares Caliper's handlers)."""
    store = Store()
    try:
        ctx = Context(store, Faults())
        out: dict[str, list[str]] = {}
        for api in PREFIXES:
            handlers = FACTORIES[api](ctx)
            out[api] = [op.operation_id for op in operations(api) if op.operation_id in handlers]
        caliper_handlers = FACTORIES["caliper"](ctx)
        out["events"] = [
            op.operation_id for op in operations("events") if op.operation_id in caliper_handlers
        ]
        return out
    finally:
        store.close()


# api → {operationId: why it answers 501}; operations without a reason here get a generic one.
REASONS: dict[str, dict[str, str]] = {
    "oneroster": oneroster.NOT_IMPLEMENTED,
    "powerpath": powerpath.NOT_IMPLEMENTED,
}


def unimplemented_operations() -> dict[str, dict[str, str]]:
    """operationIds the sandbox answers 501 for, per API, with the reason."""
    done = implemented_operations()
    return {
        api: {
            op.operation_id: REASONS.get(api, {}).get(
                op.operation_id, "not implemented by the sandbox yet"
            )
            for op in operations(api)
            if op.operation_id not in done[api]
        }
        for api in done
    }


@dataclass
class SandboxConfig:
    db_path: str | None = None
    client_id: str = "sandbox-client"
    client_secret: str = "sandbox-secret"
    token_lifetime: int = 3600
    max_body_bytes: int = 10 * 1024 * 1024
    profile: Profile = "live"
    max_in_flight: int = 10  # concurrent API requests per client id before 429 (0: no limit)
    retry_after_seconds: int = 1  # the Retry-After of such a 429


class Sandbox:
    def __init__(self, config: SandboxConfig, faults: Faults | None = None) -> None:
        self.config = config
        self.store = Store(config.db_path)
        self.faults = faults or Faults()
        self.tokens = TokenIssuer(config.client_id, config.client_secret, config.token_lifetime)
        self.ctx = Context(self.store, self.faults, config.profile)
        self.router = build_router(self.ctx)
        self._operations: dict[tuple[str, str], Operation] = {
            (api, op.operation_id): op for api in PREFIXES for op in operations(api)
        }
        self.started = time.time()
        self._stats_lock = threading.Lock()
        self.route_counts: dict[str, int] = {}
        self.status_counts: dict[str, int] = {}
        self.token_requests = 0
        self.in_flight = 0  # requests being handled, this one included
        self.in_flight_by_client: dict[str, int] = {}  # API requests being handled, per client id
        self.rejected_in_flight = 0  # answered 429 for going over max_in_flight

    def close(self) -> None:
        self.store.close()

    # ------------------------------------------------------------------ dispatch
    def handle(
        self,
        method: str,
        target: str,
        headers: dict[str, str],
        body: bytes,
        client_ip: str = "127.0.0.1",
    ) -> Response:
        with self._stats_lock:
            self.in_flight += 1
        try:
            return self._handle(method, target, headers, body, client_ip)
        finally:
            with self._stats_lock:
                self.in_flight -= 1

    def _handle(
        self, method: str, target: str, headers: dict[str, str], body: bytes, client_ip: str
    ) -> Response:
        path, _, raw_query = target.partition("?")
        request = Request(method.upper(), path, parse_query(raw_query), headers, body)
        key = f"{method.upper()} {path}"
        try:
            if path.rstrip("/") == TOKEN_PATH:
                key = f"{method.upper()} {TOKEN_PATH}"
                with self._stats_lock:
                    self.token_requests += 1
                if request.method != "POST":
                    raise ApiError(
                        405,
                        {"error": "invalid_request", "error_description": "use POST"},
                        {"Allow": "POST"},
                    )
                response = self.tokens.token_endpoint(request)
            elif path.startswith(ADMIN_PREFIX):
                key = f"{method.upper()} {path.rstrip('/')}"
                response = self._admin(request, client_ip)
            else:
                response = self._api(request)
                key = (
                    f"{request.method} {request.api}:{request.operation_id}"
                    if request.operation_id
                    else key
                )
        except ApiError as exc:
            response = exc.response()
        except Exception as exc:  # a bug in the sandbox: answer 500 and keep serving
            traceback.print_exc(file=sys.stderr)
            response = Response.json(
                imsx_body(f"sandbox internal error: {exc}", "internal_server_error"), 500
            )
        if request.operation_id:  # also when the answer is an error (401, injected faults)
            key = f"{request.method} {request.api}:{request.operation_id}"
        with self._stats_lock:
            if (
                not request.operation_id
                and response.status == 404
                and not path.startswith(ADMIN_PREFIX)
            ):
                key = "unmatched"
            self.route_counts[key] = self.route_counts.get(key, 0) + 1
            status = str(response.status)
            self.status_counts[status] = self.status_counts.get(status, 0) + 1
        return response

    def _api(self, request: Request) -> Response:
        route, params, path_known = self.router.match(request.method, request.path)
        if route is None:
            if path_known:
                raise ApiError(
                    405,
                    imsx_body(
                        f"method {request.method} is not allowed on {request.path}",
                        "invalid_request",
                        "method",
                    ),
                )
            raise ApiError(
                404, imsx_body(f"no endpoint at {request.path}", "unknownobject", "path")
            )
        if (
            self.ctx.live
            and route.api == "oneroster"
            and route.template.endswith("/")
            and not request.path.endswith("/")
        ):  # as the platform: a top-level collection needs its trailing slash
            raise ApiError(
                404,
                imsx_body(
                    f"no endpoint at {request.path}: the collection path needs its trailing "
                    f"slash ({request.path}/)",
                    "unknownobject",
                    "path",
                ),
            )
        request.params = params
        request.operation_id = route.operation_id
        request.api = route.api
        client_id = self.tokens.check(request)
        with self._admitted(client_id):
            latency = self.faults.latency_seconds()
            if latency > 0:
                time.sleep(latency)
            self.faults.before_request()
            response = route.handler(request)
            self.faults.after_request()
            if route.api != "oneroster":  # OneRoster handlers conform their records themselves
                response = self._conform(route.api, route.operation_id, response)
            return response

    @contextmanager
    def _admitted(self, client_id: str) -> Iterator[None]:
        """Count the request against its client's in-flight limit for as long as it is handled
        (the answer is written after this: a client that waits for an answer before sending the
        next request never exceeds the limit); over the limit it is answered 429 at once."""
        limit = self.config.max_in_flight
        with self._stats_lock:
            held = self.in_flight_by_client.get(client_id, 0)
            if limit and held >= limit:
                self.rejected_in_flight += 1
                rejected = True
            else:
                self.in_flight_by_client[client_id] = held + 1
                rejected = False
        if rejected:
            raise ApiError(
                429,
                imsx_body(
                    f"too many requests in flight for this client (limit {limit})",
                    "server_busy",
                    "TargetEndSystem",
                ),
                {"Retry-After": str(self.config.retry_after_seconds)},
            )
        try:
            yield
        finally:
            with self._stats_lock:
                left = self.in_flight_by_client[client_id] - 1
                if left:
                    self.in_flight_by_client[client_id] = left
                else:
                    del self.in_flight_by_client[client_id]

    def _conform(self, api: str, operation_id: str, response: Response) -> Response:
        """A 2xx JSON answer in the shape its response schema promises (see conform.py)."""
        if not (200 <= response.status < 300) or response.content_type != JSON or not response.body:
            return response
        op = self._operations.get((api, operation_id))
        schema = op.response_schema(response.status) if op is not None else None
        plan = plan_for(api, schema, self.ctx.profile)
        if plan is None:  # nothing to change (most live answers): the body goes as it is
            return response
        data = apply(plan, json.loads(response.body))
        return Response.json(data, response.status, response.headers)

    # ------------------------------------------------------------------ admin
    def _admin(self, request: Request, client_ip: str) -> Response:
        try:
            loopback = ipaddress.ip_address(client_ip.split("%")[0]).is_loopback
        except ValueError:
            loopback = False
        if not loopback:
            self.tokens.check(request)
        name = request.path[len(ADMIN_PREFIX) :].strip("/")
        if name == "faults" and request.method == "POST":
            changes = request.json_object() if request.body.strip() else {}
            try:
                self.faults.update(changes)
            except ValueError as exc:
                raise ApiError(400, imsx_body(str(exc), "invalid_data", "faults")) from exc
            expired = self.tokens.expire_all() if changes.get("expire_tokens") else 0
            return Response.json({"faults": self.faults.snapshot(), "expiredTokens": expired})
        if name == "faults" and request.method == "GET":
            return Response.json({"faults": self.faults.snapshot()})
        if name == "stats" and request.method == "GET":
            return Response.json(self.stats())
        if name == "reset" and request.method == "POST":
            self.store.clear()
            options = request.json_object() if request.body.strip() else {}
            if options.get("stats", True):
                with self._stats_lock:
                    self.route_counts.clear()
                    self.status_counts.clear()
                    self.token_requests = 0
                    self.rejected_in_flight = 0
            if options.get("faults"):
                self.faults.update({}, replace=True)
            return Response.json({"status": "ok"})
        if name == "operations" and request.method == "GET":
            return Response.json(
                {
                    "implemented": implemented_operations(),
                    "notImplemented": unimplemented_operations(),
                }
            )
        if name.startswith("external/"):  # the simulated Edulastic / MasteryTrack
            return powerpath.external_tool_admin(self.store, request, name)
        if name == "health" and request.method == "GET":
            return Response.json({"status": "ok"})
        raise ApiError(
            404,
            imsx_body(
                f"no admin endpoint {request.method} {request.path}", "unknownobject", "path"
            ),
        )

    def stats(self) -> dict[str, Any]:
        with self._stats_lock:
            return {
                "requests": dict(self.route_counts),
                "statuses": dict(self.status_counts),
                "tokenRequests": self.token_requests,
                "inFlight": self.in_flight,
                "maxInFlight": self.config.max_in_flight,
                "rejectedInFlight": self.rejected_in_flight,
                "tokensIssued": self.tokens.issued,
                "activeTokens": self.tokens.active(),
                "faults": self.faults.snapshot(),
                "records": self.store.collections(),
                "uptimeSeconds": round(time.time() - self.started, 3),
            }


__all__ = ["Sandbox", "SandboxConfig", "build_router", "implemented_operations"]
