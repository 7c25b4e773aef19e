"""The request path with a client of the user's (`http_client=`) and on trio: auth, retries (the
token request's too) and typed errors stay the library's, whatever httpx client or event loop
carries the requests. Against the raw loopback server, so what goes over the wire is real."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
import trio

from timeback_gen import AsyncTimeback, Timeback
from timeback_gen.errors import (
    APIConnectionError,
    ConfigurationError,
    InternalServerError,
    NotFoundError,
)
from timeback_gen.services import RequestValidationError

from .conftest import AsyncSleeps, Sleeps, user_record
from .rawserver import RawServer, refused_url, send, token_ok

USER = {"user": user_record("u1")}
BUSY = send(503, {"imsx_codeMajor": "failure"}, headers=[("Retry-After", "0")])


@pytest.fixture()
def srv() -> Iterator[RawServer]:
    with RawServer(lifetime=30) as server:
        yield server


def flaky(srv: RawServer) -> RawServer:
    """A token endpoint and an API that each answer 503 once before they work."""
    return srv.token(BUSY, default=token_ok()).api(BUSY, default=send(200, USER))


def test_a_user_client_keeps_auth_retries_and_the_token_retry(srv: RawServer) -> None:
    flaky(srv)
    seen: list[str] = []
    mine = httpx.Client(event_hooks={"request": [lambda r: seen.append(r.url.path)]})
    tb = Timeback.for_sandbox(srv.url, http_client=mine)
    tb._sleep = sleeps = Sleeps()
    with mine:
        with tb:
            assert tb.oneroster.rostering.get_user("u1").user.sourced_id == "u1"
        assert not mine.is_closed  # `tb.close()` leaves the user's client to the user
    assert len(srv.token_requests) == 2  # 503, then the token
    assert srv.api_requests[-1].header("authorization") == "Bearer raw-token-1"
    assert srv.api_requests[-1].header("user-agent").startswith("timeback-gen/")
    assert len(sleeps) == 2  # one wait after each 503
    assert seen == ["/oauth2/token"] * 2 + ["/ims/oneroster/rostering/v1p2/users/u1"] * 2


async def test_an_async_user_client_keeps_auth_retries_and_the_token_retry(
    srv: RawServer,
) -> None:
    flaky(srv)
    async with httpx.AsyncClient(headers={"User-Agent": "school-app/3"}) as mine:
        tb = AsyncTimeback.for_sandbox(srv.url, http_client=mine)
        tb._sleep = sleeps = AsyncSleeps()
        assert (await tb.oneroster.rostering.get_user("u1")).user.sourced_id == "u1"
        await tb.close()
        assert not mine.is_closed
    assert len(srv.token_requests) == 2
    assert srv.api_requests[-1].header("user-agent") == "school-app/3"  # theirs is kept
    assert len(sleeps) == 2


def test_a_user_client_raises_the_library_errors(srv: RawServer) -> None:
    srv.token(default=token_ok()).api(send(404, {"imsx_codeMajor": "failure"}))
    with httpx.Client() as mine, Timeback.for_sandbox(srv.url, http_client=mine) as tb:
        with pytest.raises(NotFoundError) as info:
            tb.oneroster.rostering.get_user("u1")
        assert info.value.status_code == 404
    refused = refused_url()
    with httpx.Client() as mine, Timeback.for_sandbox(refused, http_client=mine) as tb:
        tb._sleep = Sleeps()
        with pytest.raises(APIConnectionError):
            tb.oneroster.rostering.get_user("u1")


def test_the_timeout_is_the_user_clients_unless_one_is_given(srv: RawServer) -> None:
    srv.token(default=token_ok()).api(default=send(200, USER))
    timeouts: list[object] = []
    hooks = {"request": [lambda r: timeouts.append(r.extensions["timeout"]["read"])]}
    with httpx.Client(timeout=4.0, event_hooks=hooks) as mine:
        tb = Timeback.for_sandbox(srv.url, http_client=mine)
        tb.oneroster.rostering.get_user("u1")
        tb.with_options(timeout=2.0).oneroster.rostering.get_user("u1")
        Timeback.for_sandbox(srv.url, http_client=mine, timeout=7.5).oneroster.rostering.get_user(
            "u1"
        )
    assert timeouts == [4.0, 4.0, 2.0, 7.5, 7.5]  # token + call, a copy's call, token + call


def test_an_http_client_of_the_wrong_kind_is_refused() -> None:
    with pytest.raises(ConfigurationError, match=r"takes an httpx\.AsyncClient, got Client"):
        AsyncTimeback(client_id="a", client_secret="b", http_client=httpx.Client())  # type: ignore[arg-type]


def test_transport_and_http_client_together_are_refused() -> None:
    with pytest.raises(ConfigurationError, match="not both"):
        Timeback(
            client_id="a",
            client_secret="b",
            transport=httpx.MockTransport(lambda r: httpx.Response(200)),
            http_client=httpx.Client(),
        )


def test_a_post_is_not_resent_after_a_5xx_but_a_get_is(srv: RawServer) -> None:
    srv.token(default=token_ok()).api(BUSY, BUSY, default=send(200, USER))
    with Timeback.for_sandbox(srv.url) as tb:
        tb._sleep = Sleeps()
        with pytest.raises(InternalServerError):
            tb.oneroster.rostering.create_user(body=user_record("u2"))
        assert tb.oneroster.rostering.get_user("u1").user.sourced_id == "u1"
    assert [r.method for r in srv.api_requests] == ["POST", "GET", "GET"]


# -- trio ------------------------------------------------------------------------------------


def test_the_async_client_runs_on_trio(srv: RawServer) -> None:
    flaky(srv)

    async def main() -> list[str]:
        async with AsyncTimeback.for_sandbox(srv.url) as tb:
            got = []
            async with trio.open_nursery() as nursery:

                async def one() -> None:
                    got.append((await tb.oneroster.rostering.get_user("u1")).user.sourced_id)

                for _ in range(5):
                    nursery.start_soon(one)
            return got

    assert trio.run(main) == ["u1"] * 5
    assert len(srv.token_requests) == 2  # single flight on trio too: 503, then one token


def test_trio_refused_port_is_a_library_error() -> None:
    async def main() -> None:
        async with AsyncTimeback.for_sandbox(refused_url(), max_retries=1) as tb:
            await tb.oneroster.rostering.get_user("u1")

    with pytest.raises(APIConnectionError):
        trio.run(main)


def test_a_body_that_cannot_be_decoded_is_a_library_error(srv: RawServer) -> None:
    """httpx raises DecodingError (not a TransportError) for a broken gzip body."""
    broken = send(200, b"not gzip at all", headers=[("Content-Encoding", "gzip")])
    srv.token(default=token_ok()).api(default=broken)
    with Timeback.for_sandbox(srv.url) as tb:
        with pytest.raises(APIConnectionError, match="DecodingError"):
            tb.oneroster.rostering.get_user("u1")
        with pytest.raises(APIConnectionError, match="DecodingError"):
            tb.request("GET", "/anything")


async def test_async_a_body_that_cannot_be_decoded_is_a_library_error(srv: RawServer) -> None:
    broken = send(200, b"not gzip at all", headers=[("Content-Encoding", "gzip")])
    srv.token(default=token_ok()).api(default=broken)
    async with AsyncTimeback.for_sandbox(srv.url) as tb:
        with pytest.raises(APIConnectionError, match="DecodingError"):
            await tb.oneroster.rostering.get_user("u1")


@pytest.mark.parametrize(
    ("header", "value"),
    [("x-request-id", "req-1"), ("x-amzn-RequestId", "8f1c-aws"), ("X-Amz-Cf-Id", "cf==")],
)
def test_errors_carry_the_platforms_request_id(srv: RawServer, header: str, value: str) -> None:
    answer = send(404, {"imsx_codeMajor": "failure"}, headers=[(header, value)])
    srv.token(default=token_ok()).api(default=answer)
    with Timeback.for_sandbox(srv.url) as tb:
        with pytest.raises(NotFoundError) as info:
            tb.oneroster.rostering.get_user("u1")
        assert info.value.request_id == value
        assert f"[request id {value}]" in str(info.value)
        with pytest.raises(NotFoundError) as raw_info:
            tb.request("GET", "/undeclared/route")
        assert raw_info.value.request_id == value


def test_an_error_without_a_request_id_says_none(srv: RawServer) -> None:
    srv.token(default=token_ok()).api(default=send(500, {"imsx_codeMajor": "failure"}))
    with (
        Timeback.for_sandbox(srv.url, max_retries=0) as tb,
        pytest.raises(InternalServerError) as info,
    ):
        tb.oneroster.rostering.get_user("u1")
    assert info.value.request_id is None and "request id" not in str(info.value)


def test_default_headers_and_query_reach_every_api_request_not_the_token_one(
    srv: RawServer,
) -> None:
    srv.token(default=token_ok()).api(default=send(200, USER))
    tb = Timeback.for_sandbox(
        srv.url,
        default_headers={"X-School": "north", "X-Trace": "default"},
        default_query={"tenant": "t1"},
    )
    with tb:
        tb.oneroster.rostering.get_user("u1")
        tb.with_options(timeout=5).oneroster.rostering.get_all_users(limit=2)
        tb.request("GET", "/undeclared", params={"tenant": "mine"})
    first, listed, raw_call = srv.api_requests
    assert first.target == "/ims/oneroster/rostering/v1p2/users/u1?tenant=t1"
    assert first.header("x-school") == "north" and first.header("x-trace") == "default"
    assert "tenant=t1" in listed.target and "limit=2" in listed.target  # copies keep them
    assert raw_call.target == "/undeclared?tenant=mine"  # the call's own value wins
    assert srv.token_requests[0].header("x-school") is None
    assert "tenant" not in srv.token_requests[0].target


def test_extra_query_headers_body_and_timeout_reach_the_wire(srv: RawServer) -> None:
    """What the documents leave out (CASE `limit`, a header, a body key) still gets sent."""
    srv.token(default=token_ok()).api(default=send(200, USER))
    timeouts: list[object] = []
    with (
        httpx.Client(
            event_hooks={"request": [lambda r: timeouts.append(r.extensions["timeout"])]}
        ) as mine,
        Timeback.for_sandbox(srv.url, http_client=mine, timeout=9) as tb,
    ):
        tb.case.get_all_cf_documents(extra_query={"limit": 5, "sort": "title"})
        tb.oneroster.rostering.get_user(
            "u1",
            fields="sourcedId",
            extra_query={"fields": "givenName"},
            extra_headers={"X-Debug": "1"},
            timeout=1.5,
        )
        tb.oneroster.rostering.create_user(
            body={"user": user_record("u9")}, extra_body={"note": "kept"}
        )
        with pytest.raises(RequestValidationError, match="timeout must be a positive number"):
            tb.oneroster.rostering.get_user("u1", timeout=0)
    case, one, created = srv.api_requests
    assert "limit=5" in case.target and "sort=title" in case.target
    assert one.target.endswith("?fields=givenName")  # the extra wins over the declared one
    assert one.header("x-debug") == "1"
    assert json.loads(created.body) == {"user": user_record("u9"), "note": "kept"}
    assert [t["read"] for t in timeouts] == [9, 9, 1.5, 9]  # token, case, the 1.5 s call, create


async def test_async_extras_reach_the_wire(srv: RawServer) -> None:
    srv.token(default=token_ok()).api(default=send(200, USER))
    async with AsyncTimeback.for_sandbox(srv.url) as tb:
        await tb.oneroster.rostering.get_user("u1", extra_query={"x": "1"})
    assert srv.api_requests[0].target.endswith("?x=1")
