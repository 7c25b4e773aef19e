"""Faults: each is retried as documented (requests counted) or raises the documented typed
error naming the operation - never a hang, a bare KeyError/JSONDecodeError, or a wrong result.

Policy under test (timeback_gen/http.py): 429 and connection errors before sending are retried
for every method; 408/500/502/503/504, read timeouts and connections dropped mid-response only
for idempotent methods (and the token request); `max_retries` defaults to 2; `Retry-After` is
honoured up to 60 s. Sleeps are recorded instead of slept, so nothing here waits for real.
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Iterator
from typing import Any

import pytest

from timeback_gen import AsyncTimeback, Timeback
from timeback_gen.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    InternalServerError,
    RateLimitError,
    ResponseValidationError,
    TimebackError,
    TokenResponseError,
)
from timeback_gen.sandbox.process import SandboxProcess

from .conftest import (
    USERS,
    CountingTransport,
    api_requests,
    capture_async_sleeps,
    capture_sleeps,
    user_record,
)
from .rawserver import (
    RawServer,
    refused_url,
    reset_after,
    response_bytes,
    send,
    stall,
)

USER = {"user": user_record("u1")}
NEW_USER = {"user": user_record("u-new")}
TIMEOUT = 0.3


@pytest.fixture()
def srv() -> Iterator[RawServer]:
    with RawServer() as server:
        yield server


def client(url: str, **kwargs: Any) -> Timeback:
    return Timeback.for_sandbox(url, timeout=TIMEOUT, **kwargs)


def assert_names(exc: TimebackError, operation: str) -> None:
    assert getattr(exc, "operation", None) == operation, repr(exc)
    assert operation in str(exc)


# -- connection refused ---------------------------------------------------------------------


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_connection_refused_is_retried_for_every_method(srv: RawServer, method: str) -> None:
    tb = Timeback(
        client_id="cid",
        client_secret="csecret",
        api_base_url=refused_url(),
        token_url=srv.url + "/oauth2/token",
        timeout=TIMEOUT,
        transport=(transport := CountingTransport()),
    )
    sleeps = capture_sleeps(tb)
    with tb, pytest.raises(APIConnectionError) as info:
        if method == "GET":
            tb.oneroster.rostering.get_user("u1")
        else:
            tb.oneroster.rostering.create_user(body=NEW_USER)
    op = "getUser" if method == "GET" else "createUser"
    assert_names(info.value, op)
    assert len(sleeps) == 2  # max_retries=2: three attempts, even for POST (nothing was sent)
    assert transport.attempts == 1 + 3  # the token request, then three tries of the call
    assert len(srv.token_requests) == 1


def test_token_endpoint_refused_names_the_operation() -> None:
    tb = client(refused_url())
    sleeps = capture_sleeps(tb)
    with tb, pytest.raises(APIConnectionError) as info:
        tb.oneroster.rostering.get_user("u1")
    assert_names(info.value, "getUser")
    assert len(sleeps) == 2


# -- reset mid-response ---------------------------------------------------------------------

TRUNCATED_HEAD = response_bytes(200, b'{"user": {"sourcedId": "u1"', content_length=4096)


@pytest.mark.parametrize(
    "fault",
    [reset_after(), reset_after(TRUNCATED_HEAD)],
    ids=["before-headers", "mid-body"],
)
def test_reset_once_is_retried_for_get(srv: RawServer, fault: Any) -> None:
    srv.api(fault, default=send(200, USER))
    with client(srv.url) as tb:
        sleeps = capture_sleeps(tb)
        got = tb.oneroster.rostering.get_user("u1")
    assert got.user.sourced_id == "u1"
    assert len(srv.api_requests) == 2 and len(sleeps) == 1


@pytest.mark.parametrize(
    "fault",
    [reset_after(), reset_after(TRUNCATED_HEAD)],
    ids=["before-headers", "mid-body"],
)
def test_reset_every_time_raises_after_retries(srv: RawServer, fault: Any) -> None:
    srv.api(default=fault)
    with client(srv.url) as tb, pytest.raises(APIConnectionError) as info:
        capture_sleeps(tb)
        tb.oneroster.rostering.get_user("u1")
    assert_names(info.value, "getUser")
    assert len(srv.api_requests) == 3


@pytest.mark.parametrize(
    "fault",
    [reset_after(), reset_after(TRUNCATED_HEAD)],
    ids=["before-headers", "mid-body"],
)
def test_reset_is_not_retried_for_post(srv: RawServer, fault: Any) -> None:
    srv.api(default=fault)
    with client(srv.url) as tb, pytest.raises(APIConnectionError) as info:
        sleeps = capture_sleeps(tb)
        tb.oneroster.rostering.create_user(body=NEW_USER)
    assert_names(info.value, "createUser")
    assert len(srv.api_requests) == 1 and sleeps == []  # the server may have acted on it


async def test_async_reset_mid_body_is_retried(srv: RawServer) -> None:
    srv.api(reset_after(TRUNCATED_HEAD), default=send(200, USER))
    async with AsyncTimeback.for_sandbox(srv.url, timeout=TIMEOUT) as tb:
        sleeps = capture_async_sleeps(tb)
        got = await tb.oneroster.rostering.get_user("u1")
    assert got.user.sourced_id == "u1"
    assert len(srv.api_requests) == 2 and len(sleeps) == 1


# -- read timeout ---------------------------------------------------------------------------


def test_read_timeout_retried_for_get_then_raised(srv: RawServer) -> None:
    srv.api(default=stall(3.0))
    started = time.monotonic()
    with client(srv.url) as tb, pytest.raises(APITimeoutError) as info:
        capture_sleeps(tb)
        tb.oneroster.rostering.get_user("u1")
    assert_names(info.value, "getUser")
    assert len(srv.api_requests) == 3
    assert time.monotonic() - started < 2.5  # three timeouts of 0.3 s, never a hang


def test_read_timeout_once_then_success(srv: RawServer) -> None:
    srv.api(stall(3.0), default=send(200, USER))
    with client(srv.url) as tb:
        capture_sleeps(tb)
        assert tb.oneroster.rostering.get_user("u1").user.sourced_id == "u1"
    assert len(srv.api_requests) == 2


def test_stalled_body_is_a_read_timeout_and_retried(srv: RawServer) -> None:
    def headers_then_stall(sock: Any, req: Any, server: RawServer) -> bool:
        sock.sendall(TRUNCATED_HEAD)
        return stall(3.0)(sock, req, server)

    srv.api(headers_then_stall, default=send(200, USER))
    with client(srv.url) as tb:
        capture_sleeps(tb)
        assert tb.oneroster.rostering.get_user("u1").user.sourced_id == "u1"
    assert len(srv.api_requests) == 2


def test_read_timeout_not_retried_for_post(srv: RawServer) -> None:
    srv.api(default=stall(3.0))
    with client(srv.url) as tb, pytest.raises(APITimeoutError) as info:
        capture_sleeps(tb)
        tb.oneroster.rostering.create_user(body=NEW_USER)
    assert_names(info.value, "createUser")
    assert len(srv.api_requests) == 1


# -- 5xx bursts -----------------------------------------------------------------------------

IMSX_5XX = {"imsx_codeMajor": "failure", "imsx_description": "upstream trouble"}


@pytest.mark.parametrize("status", [408, 500, 502, 503, 504])
def test_burst_within_retries_recovers_for_get(srv: RawServer, status: int) -> None:
    srv.api(send(status, IMSX_5XX), send(status, IMSX_5XX), default=send(200, USER))
    with client(srv.url) as tb:
        sleeps = capture_sleeps(tb)
        assert tb.oneroster.rostering.get_user("u1").user.sourced_id == "u1"
    assert len(srv.api_requests) == 3 and len(sleeps) == 2


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_burst_beyond_retries_raises_typed_error(srv: RawServer, status: int) -> None:
    srv.api(default=send(status, IMSX_5XX))
    with client(srv.url) as tb, pytest.raises(InternalServerError) as info:
        capture_sleeps(tb)
        tb.oneroster.rostering.get_user("u1")
    assert_names(info.value, "getUser")
    assert info.value.status_code == status and info.value.imsx_description == "upstream trouble"
    assert len(srv.api_requests) == 3


@pytest.mark.parametrize("status", [408, 500, 502, 503, 504])
def test_5xx_not_retried_for_post(srv: RawServer, status: int) -> None:
    srv.api(default=send(status, IMSX_5XX))
    with client(srv.url) as tb, pytest.raises(APIStatusError) as info:
        capture_sleeps(tb)
        tb.oneroster.rostering.create_user(body=NEW_USER)
    assert_names(info.value, "createUser")
    assert info.value.status_code == status
    assert len(srv.api_requests) == 1


def test_max_retries_override(srv: RawServer) -> None:
    srv.api(default=send(503, IMSX_5XX))
    with client(srv.url, max_retries=5) as tb, pytest.raises(InternalServerError):
        capture_sleeps(tb)
        tb.oneroster.rostering.get_user("u1")
    assert len(srv.api_requests) == 6


# -- 429 and Retry-After --------------------------------------------------------------------


def http_date(seconds_from_now: float) -> str:
    return email.utils.formatdate(time.time() + seconds_from_now, usegmt=True)


@pytest.mark.parametrize(
    ("retry_after", "low", "high"),
    [
        ("2", 2.0, 2.0),
        ("0", 0.0, 0.0),
        ("3600", 60.0, 60.0),  # capped
        (None, 5.0, 5.0),  # HTTP-date 5 s ahead (computed per test)
        ("day", 60.0, 60.0),  # HTTP-date a day ahead: capped
    ],
    ids=["seconds", "zero", "above-cap", "http-date", "http-date-above-cap"],
)
@pytest.mark.parametrize("method", ["GET", "POST"])
def test_429_is_retried_after_retry_after(
    srv: RawServer, retry_after: str | None, low: float, high: float, method: str
) -> None:
    if retry_after is None:
        retry_after = http_date(5)
    elif retry_after == "day":
        retry_after = http_date(86400)
    srv.api(send(429, {}, headers=[("Retry-After", retry_after)]), default=send(200, USER))
    if method == "POST":
        srv.api(
            default=send(
                201,
                {"sourcedIdPairs": {"suppliedSourcedId": "u-new", "allocatedSourcedId": "u-new"}},
            )
        )
    with client(srv.url) as tb:
        sleeps = capture_sleeps(tb)
        if method == "GET":
            tb.oneroster.rostering.get_user("u1")
        else:
            tb.oneroster.rostering.create_user(body=NEW_USER)
    assert len(srv.api_requests) == 2  # 429 is retried whatever the method
    assert len(sleeps) == 1
    assert low - 1.5 <= sleeps[0] <= high  # HTTP-dates have one-second resolution
    assert sleeps[0] <= 60.0


def test_429_beyond_retries_is_rate_limit_error(srv: RawServer) -> None:
    srv.api(default=send(429, {"imsx_description": "slow down"}, headers=[("Retry-After", "1")]))
    with client(srv.url) as tb, pytest.raises(RateLimitError) as info:
        sleeps = capture_sleeps(tb)
        tb.oneroster.rostering.get_all_users()
    assert_names(info.value, "getAllUsers")
    assert sleeps == [1.0, 1.0] and len(srv.api_requests) == 3


# -- bodies that are not what the operation promises ------------------------------------------


@pytest.mark.parametrize(
    "action",
    [
        send(
            200,
            b'{"user": {"sourcedId": "u1", "status": "act',
            headers=[("Content-Type", "application/json")],
        ),
        send(
            200,
            "<html><body><h1>502 Bad Gateway</h1></body></html>",
            headers=[("Content-Type", "text/html")],
        ),
        send(204),
        send(200, b""),
        send(200, [{"user": {"sourcedId": "u1"}}]),
    ],
    ids=["truncated-json", "html-200", "empty-204", "empty-200", "array-for-object"],
)
def test_unexpected_2xx_body_is_response_validation_error(srv: RawServer, action: Any) -> None:
    srv.api(default=action)
    with client(srv.url) as tb, pytest.raises(ResponseValidationError) as info:
        tb.oneroster.rostering.get_user("u1")
    assert_names(info.value, "getUser")
    assert len(srv.api_requests) == 1  # a 2xx is never re-sent


def test_null_user_reads_as_none_over_the_wire_and_strict_mode_refuses_it(srv: RawServer) -> None:
    srv.api(default=send(200, {"user": None}))
    with client(srv.url) as tb:
        assert tb.oneroster.rostering.get_user("u1").user is None
        assert [(r.path, r.kind) for r in tb.drift_report()] == [("$.user", "null")]
        with pytest.raises(ResponseValidationError) as info:
            tb.with_options(strict=True).oneroster.rostering.get_user("u1")
    assert_names(info.value, "getUser")
    assert len(srv.api_requests) == 2  # a 2xx is never re-sent


def test_html_200_on_a_list_operation(srv: RawServer) -> None:
    srv.api(default=send(200, "<!doctype html><title>Login</title>"))
    with client(srv.url) as tb, pytest.raises(ResponseValidationError) as info:
        list(tb.paginate(tb.oneroster.rostering.get_all_users))
    assert_names(info.value, "getAllUsers")
    assert "Login" in info.value.body_snippet


# -- the token endpoint -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "fault",
    [send(503, {}), send(500, {}), reset_after(), send(429, {}, headers=[("Retry-After", "0")])],
    ids=["503", "500", "reset", "429"],
)
def test_token_endpoint_failing_once_is_retried(srv: RawServer, fault: Any) -> None:
    srv.token(fault)
    srv.api(default=send(200, USER))
    with client(srv.url) as tb:
        capture_sleeps(tb)
        assert tb.oneroster.rostering.get_user("u1").user.sourced_id == "u1"
        assert tb.token_requests == 1  # one token fetch, its transport re-sent it once
    assert len(srv.token_requests) == 2 and len(srv.api_requests) == 1


def test_token_endpoint_failing_always(srv: RawServer) -> None:
    srv.token(default=send(503, {"error": "unavailable"}))
    with client(srv.url) as tb, pytest.raises(InternalServerError) as info:
        capture_sleeps(tb)
        tb.oneroster.rostering.get_user("u1")
    assert_names(info.value, "token")
    assert len(srv.token_requests) == 3 and srv.api_requests == []


@pytest.mark.parametrize(
    "action",
    [
        send(200, "<html>login</html>"),
        send(200, {"token": "x"}),
        send(200, b"[" * 100_000 + b"]" * 100_000),
    ],
    ids=["html", "no-access-token", "deep-nesting"],
)
def test_token_endpoint_bad_body_is_token_response_error(srv: RawServer, action: Any) -> None:
    srv.token(default=action)
    with client(srv.url) as tb, pytest.raises(TokenResponseError) as info:
        tb.oneroster.rostering.get_user("u1")
    assert "token" in str(info.value).lower() and srv.api_requests == []


def test_token_rejected_is_authentication_error(srv: RawServer) -> None:
    srv.token(default=send(401, {"error": "invalid_client"}))
    with client(srv.url) as tb, pytest.raises(AuthenticationError) as info:
        tb.oneroster.rostering.get_user("u1")
    assert_names(info.value, "token")
    assert len(srv.token_requests) == 1  # 401 is not transient


def test_api_401_refreshes_the_token_once(srv: RawServer) -> None:
    srv.api(send(401, {"error": "invalid_token"}), default=send(200, USER))
    with client(srv.url) as tb:
        assert tb.oneroster.rostering.get_user("u1").user.sourced_id == "u1"
    assert len(srv.token_requests) == 2 and len(srv.api_requests) == 2
    assert srv.api_requests[1].header("Authorization") == "Bearer raw-token-2"


# -- the same faults injected by the sandbox ---------------------------------------------------


def sandbox_client(sb: SandboxProcess, **kwargs: Any) -> Timeback:
    return Timeback.for_sandbox(sb.url, **kwargs)


@pytest.mark.sandbox
@pytest.mark.parametrize("fault", ["error_503_rate", "error_500_rate"])
def test_sandbox_5xx_retried_for_get_not_post(sb: SandboxProcess, fault: str) -> None:
    sb.admin("/_sandbox/faults", {fault: 1.0, "retry_after": 0})
    with sandbox_client(sb) as tb:
        capture_sleeps(tb)
        with pytest.raises(InternalServerError) as info:
            tb.oneroster.rostering.get_user("u1")
        assert_names(info.value, "getUser")
        with pytest.raises(InternalServerError) as info:
            tb.oneroster.rostering.create_user(body=NEW_USER)
        assert_names(info.value, "createUser")
    assert api_requests(sb, "getUser") == 3
    assert api_requests(sb, "createUser") == 1


@pytest.mark.sandbox
def test_sandbox_429_burst_recovers_for_post_without_duplicates(sb: SandboxProcess) -> None:
    sb.admin("/_sandbox/faults", {"burst_429": 2, "retry_after": 0})
    with sandbox_client(sb) as tb:
        sleeps = capture_sleeps(tb)
        tb.oneroster.rostering.create_user(body=NEW_USER)
        assert sleeps == [0.0, 0.0]
        sb.admin("/_sandbox/faults", {"burst_429": 3, "retry_after": 0})
        with pytest.raises(RateLimitError) as info:
            tb.oneroster.rostering.get_user("u-new")
        assert_names(info.value, "getUser")
        assert tb.oneroster.rostering.get_user("u-new").user.sourced_id == "u-new"
        assert tb.oneroster.rostering.get_all_users().total_count == 1  # created exactly once
    assert api_requests(sb, "createUser") == 3


@pytest.mark.sandbox
def test_sandbox_latency_is_a_read_timeout(sb: SandboxProcess) -> None:
    sb.admin("/_sandbox/faults", {"latency_ms": 1500})
    started = time.monotonic()
    with sandbox_client(sb, timeout=TIMEOUT) as tb, pytest.raises(APITimeoutError) as info:
        capture_sleeps(tb)
        tb.oneroster.rostering.get_user("u1")
    assert_names(info.value, "getUser")
    assert time.monotonic() - started < 2.5


def seed_users(sb: SandboxProcess, n: int) -> list[str]:
    ids = [f"tok-user-{i:04d}" for i in range(n)]
    with sb.client() as c:
        for sid in ids:
            assert c.post(USERS, json={"user": user_record(sid)}).status_code == 201
    return ids


@pytest.mark.sandbox
def test_token_expiring_mid_pagination(sb: SandboxProcess) -> None:
    ids = seed_users(sb, 60)
    seen: list[str] = []
    with sandbox_client(sb) as tb:
        for n, u in enumerate(tb.paginate(tb.oneroster.rostering.get_all_users, page_size=10)):
            seen.append(u.sourced_id)
            if n in (10, 35):  # every issued token becomes invalid, twice during the walk
                sb.admin("/_sandbox/faults", {"expire_tokens": True})
        assert tb.token_requests == 3
    assert seen == ids
    stats = sb.admin("/_sandbox/stats")
    assert stats["statuses"].get("401") == 2, stats


@pytest.mark.sandbox
async def test_async_token_expiring_mid_pagination(sb: SandboxProcess) -> None:
    ids = seed_users(sb, 60)
    seen: list[str] = []
    async with AsyncTimeback.for_sandbox(sb.url) as tb:
        # Two pages in flight (at most four held): pages are still to be fetched after the
        # tokens expire at item 15.
        async for u in tb.paginate(
            tb.oneroster.rostering.get_all_users, page_size=5, concurrency=2
        ):
            seen.append(u.sourced_id)
            if len(seen) == 15:
                sb.admin("/_sandbox/faults", {"expire_tokens": True})
        # concurrent pages in flight may each see a 401, but one refresh serves them all
        assert tb.token_requests == 2
    assert seen == ids
