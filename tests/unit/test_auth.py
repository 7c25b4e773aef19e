"""ClientCredentialsAuth: token request shape, caching, refresh, 401 handling, single flight."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

from timeback_gen.auth import TOKEN_REQUEST_EXTENSION, ClientCredentialsAuth
from timeback_gen.errors import (
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    TimebackError,
    TokenResponseError,
)

TOKEN_URL = "https://idp.example.com/oauth2/token"
API = "https://api.example.com/"
SECRET = "client-secret-ABC123"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Server:
    """A MockTransport handler: mints numbered tokens, the API accepts ``valid`` tokens."""

    def __init__(
        self,
        *,
        token_delay: float = 0.0,
        token_body: Callable[[int], dict[str, Any]] | None = None,
        reject_first: int = 0,
    ) -> None:
        self.token_delay = token_delay
        self.token_body = token_body or (lambda n: {"access_token": f"tok-{n}", "expires_in": 3600})
        self.token_calls: list[httpx.Request] = []
        self.api_calls: list[httpx.Request] = []
        self.api_auth: list[str | None] = []  # header as sent (the request object is reused)
        self.reject_first = reject_first
        self.lock = threading.Lock()

    def _token(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.token_calls.append(request)
            n = len(self.token_calls)
        return httpx.Response(200, json=self.token_body(n))

    def _api(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.api_calls.append(request)
            self.api_auth.append(request.headers.get("Authorization"))
            n = len(self.api_calls)
        if n <= self.reject_first:
            return httpx.Response(401, json={"error": "expired"})
        return httpx.Response(200, json={"auth": request.headers.get("Authorization")})

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if str(request.url) == TOKEN_URL:
            if self.token_delay:
                time.sleep(self.token_delay)
            return self._token(request)
        return self._api(request)

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        if str(request.url) == TOKEN_URL:
            if self.token_delay:
                await asyncio.sleep(self.token_delay)
            return self._token(request)
        return self._api(request)


def make_auth(**kwargs: Any) -> ClientCredentialsAuth:
    return ClientCredentialsAuth(
        token_url=TOKEN_URL, client_id="my-client", client_secret=SECRET, **kwargs
    )


def sync_client(server: Server, auth: ClientCredentialsAuth) -> httpx.Client:
    return httpx.Client(base_url=API, auth=auth, transport=httpx.MockTransport(server))


def async_client(server: Server, auth: ClientCredentialsAuth) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        base_url=API, auth=auth, transport=httpx.MockTransport(server.handle_async)
    )


def test_token_request_shape() -> None:
    server = Server()
    with sync_client(server, make_auth()) as client:
        response = client.get("users")
    assert response.json() == {"auth": "Bearer tok-1"}
    (token_request,) = server.token_calls
    assert token_request.method == "POST"
    assert str(token_request.url) == TOKEN_URL
    assert token_request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert parse_qs(token_request.content.decode()) == {
        "grant_type": ["client_credentials"],
        "client_id": ["my-client"],
        "client_secret": [SECRET],
    }
    assert token_request.extensions[TOKEN_REQUEST_EXTENSION] is True
    assert "Authorization" not in token_request.headers


def test_scope_is_sent_when_set() -> None:
    server = Server()
    with sync_client(server, make_auth(scope="roster.readonly")) as client:
        client.get("users")
    form = parse_qs(server.token_calls[0].content.decode())
    assert form["scope"] == ["roster.readonly"]


def test_token_is_cached_and_shared_between_clients() -> None:
    server = Server()
    auth = make_auth()
    with sync_client(server, auth) as a, sync_client(server, auth) as b:
        for _ in range(3):
            a.get("x")
            b.get("y")
    assert len(server.token_calls) == 1
    assert auth.token_requests == 1
    assert len(server.api_calls) == 6


def test_refresh_before_expiry() -> None:
    clock = FakeClock()
    server = Server(token_body=lambda n: {"access_token": f"tok-{n}", "expires_in": 600})
    auth = make_auth(clock=clock, refresh_margin=60)
    with sync_client(server, auth) as client:
        assert client.get("x").json()["auth"] == "Bearer tok-1"
        clock.now += 539  # 61 s before expiry: still fresh
        assert client.get("x").json()["auth"] == "Bearer tok-1"
        clock.now += 2  # 59 s before expiry: inside the margin
        assert client.get("x").json()["auth"] == "Bearer tok-2"
    assert auth.token_requests == 2


def test_expires_in_defaults_to_one_hour() -> None:
    clock = FakeClock()
    server = Server(token_body=lambda n: {"access_token": f"tok-{n}", "token_type": "Bearer"})
    auth = make_auth(clock=clock)
    with sync_client(server, auth) as client:
        client.get("x")
        clock.now += 3600 - 61
        client.get("x")
        assert auth.token_requests == 1
        clock.now += 2
        client.get("x")
        assert auth.token_requests == 2


def test_short_lived_token_is_not_refetched_every_call() -> None:
    clock = FakeClock()
    server = Server(token_body=lambda n: {"access_token": f"tok-{n}", "expires_in": 30})
    auth = make_auth(clock=clock, refresh_margin=60)
    with sync_client(server, auth) as client:
        client.get("x")
        client.get("x")
        assert auth.token_requests == 1
        clock.now += 16
        client.get("x")
        assert auth.token_requests == 2


def test_invalidate_forces_new_token() -> None:
    server = Server()
    auth = make_auth()
    with sync_client(server, auth) as client:
        client.get("x")
        auth.invalidate()
        assert client.get("x").json()["auth"] == "Bearer tok-2"


def test_existing_authorization_header_is_left_alone() -> None:
    server = Server(reject_first=1)
    auth = make_auth()
    with sync_client(server, auth) as client:
        response = client.get("x", headers={"Authorization": "Bearer mine"})
    assert response.status_code == 401  # not retried: the caller owns this header
    assert server.token_calls == []
    assert server.api_calls[0].headers["Authorization"] == "Bearer mine"


def test_401_refreshes_once_and_retries_once() -> None:
    server = Server(reject_first=1)
    auth = make_auth()
    with sync_client(server, auth) as client:
        response = client.post("x", json={"a": 1})
    assert response.status_code == 200
    assert response.json() == {"auth": "Bearer tok-2"}
    assert auth.token_requests == 2
    assert server.api_auth == [
        "Bearer tok-1",
        "Bearer tok-2",
    ]
    assert server.api_calls[1].content == b'{"a":1}'


def test_second_401_is_returned() -> None:
    server = Server(reject_first=100)
    auth = make_auth()
    with sync_client(server, auth) as client:
        response = client.get("x")
    assert response.status_code == 401
    assert response.json() == {"error": "expired"}
    assert auth.token_requests == 2
    assert len(server.api_calls) == 2


def token_response(value: str) -> httpx.Response:
    return httpx.Response(200, json={"access_token": value, "expires_in": 3600})


def test_401_does_not_evict_a_token_refreshed_by_another_flow() -> None:
    auth = make_auth()
    req_a = httpx.Request("GET", API + "a")
    req_b = httpx.Request("GET", API + "b")
    flow_a = auth.sync_auth_flow(req_a)
    assert str(next(flow_a).url) == TOKEN_URL
    assert flow_a.send(token_response("t1")).headers["Authorization"] == "Bearer t1"
    flow_b = auth.sync_auth_flow(req_b)
    assert next(flow_b).headers["Authorization"] == "Bearer t1"
    # A gets a 401, evicts t1 and fetches t2.
    assert str(flow_a.send(httpx.Response(401, request=req_a)).url) == TOKEN_URL
    assert flow_a.send(token_response("t2")).headers["Authorization"] == "Bearer t2"
    # B's 401 was for t1 too: it must reuse t2, not evict it or fetch again.
    assert flow_b.send(httpx.Response(401, request=req_b)).headers["Authorization"] == "Bearer t2"
    assert auth.token_requests == 2
    with pytest.raises(StopIteration):
        flow_b.send(httpx.Response(200, request=req_b))


async def test_async_flow_caches_and_retries_401() -> None:
    server = Server(reject_first=1)
    auth = make_auth()
    async with async_client(server, auth) as client:
        first = await client.get("x")
        second = await client.get("y")
    assert first.json() == {"auth": "Bearer tok-2"}
    assert second.json() == {"auth": "Bearer tok-2"}
    assert auth.token_requests == 2
    assert len(server.api_calls) == 3


async def test_async_second_401_is_returned() -> None:
    server = Server(reject_first=100)
    auth = make_auth()
    async with async_client(server, auth) as client:
        response = await client.get("x")
    assert response.status_code == 401
    assert auth.token_requests == 2


def test_single_flight_500_threads() -> None:
    server = Server(token_delay=0.2)
    auth = make_auth()
    barrier = threading.Barrier(500)
    with sync_client(server, auth) as client:

        def call(i: int) -> int:
            barrier.wait()
            return client.get(f"users/{i}").status_code

        with ThreadPoolExecutor(max_workers=500) as pool:
            statuses = list(pool.map(call, range(500)))
    assert statuses == [200] * 500
    assert len(server.token_calls) == 1
    assert auth.token_requests == 1
    assert len(server.api_calls) == 500


async def test_single_flight_500_tasks() -> None:
    server = Server(token_delay=0.05)
    auth = make_auth()
    async with async_client(server, auth) as client:
        responses = await asyncio.gather(*(client.get(f"users/{i}") for i in range(500)))
    assert [r.status_code for r in responses] == [200] * 500
    assert len(server.token_calls) == 1
    assert auth.token_requests == 1


def test_auth_survives_across_event_loops() -> None:
    server = Server(token_delay=0.01)
    auth = make_auth()

    async def burst() -> None:
        async with async_client(server, auth) as client:
            await asyncio.gather(*(client.get("x") for _ in range(20)))
        auth.invalidate()

    asyncio.run(burst())
    asyncio.run(burst())
    assert auth.token_requests == 2


@pytest.mark.parametrize(
    ("status", "cls"),
    [(400, BadRequestError), (401, AuthenticationError), (500, InternalServerError)],
)
def test_token_endpoint_error_status(status: int, cls: type[Exception]) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            status, json={"error": "invalid_client", "error_description": f"bad {SECRET}"}
        )

    auth = make_auth()
    with (
        httpx.Client(auth=auth, transport=httpx.MockTransport(handler)) as client,
        pytest.raises(cls) as info,
    ):
        client.get(API + "x")
    message = str(info.value)
    assert "(token)" in message
    assert TOKEN_URL in message
    assert SECRET not in message
    assert auth.token_requests == 1
    assert "token_cached=False" in repr(auth)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"accessToken": "LEAKED-TOKEN", "expires_in": 5}, "keys: accessToken, expires_in"),
        ({"access_token": ""}, "without an access_token"),
        ({"access_token": 12345}, "without an access_token"),
        ([1, 2], "without a JSON object body"),
        ("not json", "without a JSON object body"),
    ],
)
def test_token_endpoint_bad_body(body: Any, expected: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if isinstance(body, str):
            return httpx.Response(200, text=body)
        return httpx.Response(200, json=body)

    with (
        httpx.Client(auth=make_auth(), transport=httpx.MockTransport(handler)) as client,
        pytest.raises(TokenResponseError) as info,
    ):
        client.get(API + "x")
    assert isinstance(info.value, TimebackError)
    message = str(info.value)
    assert expected in message
    assert "LEAKED-TOKEN" not in message and SECRET not in message
    assert "TIMEBACK_TOKEN_URL" in message


def test_repr_hides_secret_and_token() -> None:
    server = Server()
    auth = make_auth()
    assert repr(auth) == (
        f"ClientCredentialsAuth(token_url={TOKEN_URL!r}, client_id='my-client', token_cached=False)"
    )
    with sync_client(server, auth) as client:
        client.get("x")
    text = repr(auth)
    assert "token_cached=True" in text
    assert SECRET not in text and "tok-1" not in text
