"""The retry policy and transports, and client construction in timeback_gen.http."""

from __future__ import annotations

import email.utils
import logging
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from timeback_gen.auth import TOKEN_REQUEST_EXTENSION, ClientCredentialsAuth
from timeback_gen.config import Settings
from timeback_gen.http import (
    IDEMPOTENT_METHODS,
    RETRY_ANY_METHOD_STATUSES,
    RETRY_IDEMPOTENT_STATUSES,
    USER_AGENT,
    AsyncRetryTransport,
    RetryPolicy,
    RetryTransport,
    build_async_client,
    build_client,
)

URL = "https://api.example.com/x"
METHODS = ["GET", "HEAD", "PUT", "DELETE", "OPTIONS", "POST", "PATCH"]
STATUSES = [429, 408, 500, 502, 503, 504, 400, 401, 403, 404, 409, 422, 501]


class Sleeps(list[float]):
    """Records requested sleeps instead of sleeping."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


class AsyncSleeps(list[float]):
    async def __call__(self, seconds: float) -> None:
        self.append(seconds)


def always(status: int, headers: dict[str, str] | None = None) -> Callable[..., httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, headers=headers, json={"status": status})

    return handler


def sequence(*steps: int | Exception) -> Callable[[httpx.Request], httpx.Response]:
    """Each call takes the next step: a status to answer with, or an exception to raise."""
    it: Iterator[int | Exception] = iter(steps)

    def handler(request: httpx.Request) -> httpx.Response:
        step = next(it)
        if isinstance(step, Exception):
            raise step
        return httpx.Response(step, json={})

    return handler


def make(
    handler: Callable[[httpx.Request], httpx.Response], **policy: Any
) -> tuple[httpx.Client, RetryTransport, Sleeps]:
    sleeps = Sleeps()
    transport = RetryTransport(
        httpx.MockTransport(handler), policy=RetryPolicy(**policy), sleep=sleeps
    )
    return httpx.Client(transport=transport), transport, sleeps


def test_tables() -> None:
    assert set(RETRY_ANY_METHOD_STATUSES) == {429}
    assert set(RETRY_IDEMPOTENT_STATUSES) == {408, 500, 502, 503, 504}
    assert set(IDEMPOTENT_METHODS) == {"GET", "HEAD", "PUT", "DELETE", "OPTIONS"}


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("status", STATUSES)
def test_status_method_table(status: int, method: str) -> None:
    client, transport, sleeps = make(always(status))
    response = client.request(method, URL)
    retried = status == 429 or (
        status in {408, 500, 502, 503, 504}
        and method in {"GET", "HEAD", "PUT", "DELETE", "OPTIONS"}
    )
    assert response.status_code == status
    assert transport.attempts == (3 if retried else 1)
    assert transport.retries == len(sleeps) == (2 if retried else 0)


def test_recovers_after_transient_failures() -> None:
    client, transport, sleeps = make(sequence(503, 502, 200))
    assert client.get(URL).status_code == 200
    assert transport.attempts == 3
    assert len(sleeps) == 2


def test_token_request_post_is_retry_safe() -> None:
    client, transport, _ = make(sequence(503, httpx.ReadTimeout("slow"), 200))
    request = client.build_request(
        "POST",
        URL,
        data={"grant_type": "client_credentials"},
        extensions={TOKEN_REQUEST_EXTENSION: True},
    )
    assert client.send(request).status_code == 200
    assert transport.attempts == 3


def test_max_retries_zero() -> None:
    client, transport, sleeps = make(always(503), max_retries=0)
    assert client.get(URL).status_code == 503
    assert transport.attempts == 1
    assert sleeps == []


@pytest.mark.parametrize(("override", "attempts"), [(0, 1), (1, 2), (5, 6)])
def test_per_request_override(override: int, attempts: int) -> None:
    client, transport, _ = make(always(429))
    client.get(URL, extensions={"timeback_max_retries": override})
    assert transport.attempts == attempts


@pytest.mark.parametrize("override", [-1, "3", True, None])
def test_bad_override_is_ignored(override: object) -> None:
    client, transport, _ = make(always(429))
    client.get(URL, extensions={"timeback_max_retries": override})
    assert transport.attempts == 3


@pytest.mark.parametrize(
    ("exc", "method", "retried"),
    [
        (httpx.ConnectError("refused"), "POST", True),
        (httpx.ConnectTimeout("slow connect"), "POST", True),
        (httpx.PoolTimeout("pool"), "PATCH", True),
        (httpx.ConnectError("refused"), "GET", True),
        (httpx.ReadTimeout("slow read"), "POST", False),
        (httpx.ReadTimeout("slow read"), "GET", True),
        (httpx.ReadError("reset"), "POST", False),
        (httpx.ReadError("reset"), "PUT", True),
        (httpx.RemoteProtocolError("bad"), "PATCH", False),
        (httpx.RemoteProtocolError("bad"), "DELETE", True),
        (httpx.WriteTimeout("slow write"), "GET", False),
    ],
)
def test_exception_table(exc: Exception, method: str, retried: bool) -> None:
    client, transport, _ = make(sequence(exc, 200))
    if retried:
        assert client.request(method, URL).status_code == 200
        assert transport.attempts == 2
    else:
        with pytest.raises(type(exc)):
            client.request(method, URL)
        assert transport.attempts == 1


def test_exception_raised_after_retries_exhausted() -> None:
    client, transport, sleeps = make(sequence(*[httpx.ConnectError("down")] * 3))
    with pytest.raises(httpx.ConnectError):
        client.post(URL, json={})
    assert transport.attempts == 3
    assert len(sleeps) == 2


@pytest.mark.parametrize(
    ("header", "expected"),
    [("3", 3.0), ("0.5", 0.5), ("0", 0.0), ("120", 60.0), ("-5", 0.0)],
)
def test_retry_after_seconds(header: str, expected: float) -> None:
    client, _, sleeps = make(always(429, {"Retry-After": header}))
    client.post(URL)
    assert sleeps == [expected, expected]


def test_retry_after_ms() -> None:
    client, _, sleeps = make(always(503, {"retry-after-ms": "250"}), max_retries=1)
    client.get(URL)
    assert sleeps == [0.25]


def test_retry_after_http_date() -> None:
    when = email.utils.formatdate(time.time() + 10, usegmt=True)
    client, _, sleeps = make(always(503, {"Retry-After": when}), max_retries=1)
    client.get(URL)
    (slept,) = sleeps
    assert 8.0 <= slept <= 10.0


def test_retry_after_http_date_capped_and_past() -> None:
    far = email.utils.formatdate(time.time() + 3600, usegmt=True)
    past = email.utils.formatdate(time.time() - 3600, usegmt=True)
    client, _, sleeps = make(always(429, {"Retry-After": far}), max_retries=1)
    client.get(URL)
    client2, _, sleeps2 = make(always(429, {"Retry-After": past}), max_retries=1)
    client2.get(URL)
    assert sleeps == [60.0]
    assert sleeps2 == [0.0]


def test_retry_after_custom_cap() -> None:
    client, _, sleeps = make(always(429, {"Retry-After": "30"}), max_retries=1, retry_after_cap=5)
    client.get(URL)
    assert sleeps == [5.0]


def test_unparseable_retry_after_falls_back_to_backoff() -> None:
    client, _, sleeps = make(always(429, {"Retry-After": "soon"}), max_retries=1)
    client.get(URL)
    assert 0.375 <= sleeps[0] <= 0.5


def test_backoff_is_exponential_with_jitter_and_capped() -> None:
    client, _, sleeps = make(always(503), max_retries=8)
    client.get(URL)
    assert len(sleeps) == 8
    for attempt, slept in enumerate(sleeps):
        nominal = min(8.0, 0.5 * 2**attempt)
        assert 0.75 * nominal <= slept <= nominal
    assert max(sleeps) <= 8.0


def test_backoff_cap_for_huge_attempt() -> None:
    policy = RetryPolicy()
    for attempt in (10, 100, 10_000):
        assert 6.0 <= policy.backoff(attempt) <= 8.0
    assert RetryPolicy(backoff_cap=2.0).backoff(50) <= 2.0


def test_discarded_responses_are_read_and_closed() -> None:
    closed: list[bool] = []

    class Stream(httpx.SyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            yield b"busy"

        def close(self) -> None:
            closed.append(True)

    statuses = iter([503, 503, 200])

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(next(statuses), stream=Stream())

    client, _, _ = make(handler)
    with client.stream("GET", URL) as response:
        assert response.status_code == 200
        assert len(closed) == 2  # the two discarded 503s; the returned one is still open
    assert len(closed) == 3


def test_retry_is_logged_without_secrets(caplog: pytest.LogCaptureFixture) -> None:
    client, _, _ = make(always(503), max_retries=1)
    with caplog.at_level(logging.INFO, logger="timeback_gen"):
        client.get(URL + "?access_token=SECRETTOKEN&limit=5")
    (record,) = [r for r in caplog.records if r.name == "timeback_gen"]
    message = record.getMessage()
    assert record.levelno == logging.INFO
    assert "GET" in message and "status 503" in message and "retry 1 of 1" in message
    assert "limit=5" in message
    assert "SECRETTOKEN" not in message


def test_exception_retry_logged(caplog: pytest.LogCaptureFixture) -> None:
    client, _, _ = make(sequence(httpx.ConnectError("refused"), 200))
    with caplog.at_level(logging.INFO, logger="timeback_gen"):
        client.post(URL)
    assert "after ConnectError" in caplog.text


# -- async ---------------------------------------------------------------------------------------


def make_async(
    handler: Callable[[httpx.Request], httpx.Response], **policy: Any
) -> tuple[httpx.AsyncClient, AsyncRetryTransport, AsyncSleeps]:
    sleeps = AsyncSleeps()
    transport = AsyncRetryTransport(
        httpx.MockTransport(handler), policy=RetryPolicy(**policy), sleep=sleeps
    )
    return httpx.AsyncClient(transport=transport), transport, sleeps


@pytest.mark.parametrize(
    ("status", "method", "attempts"),
    [(429, "POST", 3), (503, "GET", 3), (503, "POST", 1), (404, "GET", 1)],
)
async def test_async_status_table(status: int, method: str, attempts: int) -> None:
    client, transport, sleeps = make_async(always(status))
    async with client:
        response = await client.request(method, URL)
    assert response.status_code == status
    assert transport.attempts == attempts
    assert len(sleeps) == attempts - 1


async def test_async_retry_after_and_exceptions() -> None:
    client, transport, sleeps = make_async(always(429, {"Retry-After": "7"}), max_retries=1)
    async with client:
        await client.post(URL)
    assert sleeps == [7.0]

    client, transport, _ = make_async(sequence(httpx.ReadTimeout("slow"), 200))
    async with client:
        with pytest.raises(httpx.ReadTimeout):
            await client.post(URL)
    assert transport.attempts == 1

    client, transport, _ = make_async(sequence(httpx.ReadTimeout("slow"), 200))
    async with client:
        assert (await client.get(URL)).status_code == 200
    assert transport.attempts == 2


async def test_async_override_and_zero() -> None:
    client, transport, _ = make_async(always(503), max_retries=0)
    async with client:
        await client.get(URL)
        assert transport.attempts == 1
        await client.get(URL, extensions={"timeback_max_retries": 3})
        assert transport.attempts == 5


# -- client construction -------------------------------------------------------------------------


def settings(**changes: Any) -> Settings:
    return Settings.for_sandbox("http://sandbox.test").replace(**changes)


def test_build_client_wires_everything() -> None:
    seen: list[httpx.Request] = []
    hook_calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/oauth2/token":
            return httpx.Response(200, json={"access_token": "t", "expires_in": 60})
        if len(seen) < 4:  # two 503s (no real waiting: Retry-After 0), then success
            return httpx.Response(503, headers={"Retry-After": "0"})
        return httpx.Response(200)

    s = settings(timeout=7, max_retries=4)
    auth = ClientCredentialsAuth(
        token_url=s.token_url, client_id=s.client_id, client_secret=s.client_secret
    )
    client = build_client(
        s,
        auth,
        base_url=s.api_base_url,
        transport=httpx.MockTransport(handler),
        event_hooks={"request": [lambda r: hook_calls.append(r.url.path)]},
    )
    with client:
        assert isinstance(client._transport, RetryTransport)
        assert client._transport.policy.max_retries == 4
        assert client.timeout == httpx.Timeout(7.0)
        assert client.base_url == httpx.URL("http://sandbox.test/")
        assert client.headers["User-Agent"] == USER_AGENT
        assert USER_AGENT.startswith("timeback-gen/")
        response = client.get("ims/oneroster/users")
    assert response.status_code == 200
    assert [r.url.path for r in seen] == ["/oauth2/token"] + ["/ims/oneroster/users"] * 3
    assert seen[-1].headers["Authorization"] == "Bearer t"
    assert seen[-1].headers["User-Agent"] == USER_AGENT
    assert hook_calls == ["/oauth2/token", "/ims/oneroster/users"]


def test_build_client_overrides_and_default_transport() -> None:
    s = settings(verify=False)
    client = build_client(s, None, base_url=s.qti_api_base_url, max_retries=0, timeout=2.5)
    with client:
        assert isinstance(client._transport, RetryTransport)
        assert client._transport.policy.max_retries == 0
        assert isinstance(client._transport._transport, httpx.HTTPTransport)
        assert client.timeout == httpx.Timeout(2.5)
        assert client.base_url == httpx.URL("http://sandbox.test/qti/api/")


async def test_build_async_client() -> None:
    hook_calls: list[str] = []

    async def hook(request: httpx.Request) -> None:
        hook_calls.append(request.method)

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"ok": True})

    s = settings()
    client = build_async_client(
        s,
        None,
        base_url=s.caliper_api_base_url,
        transport=httpx.MockTransport(handler),
        event_hooks={"request": [hook]},
    )
    async with client:
        assert isinstance(client._transport, AsyncRetryTransport)
        assert client._transport.policy.max_retries == s.max_retries
        response = await client.post("events", json={})
    assert response.json() == {"ok": True}
    assert response.request.headers["User-Agent"] == USER_AGENT
    assert hook_calls == ["POST"]

    default = build_async_client(s, None, base_url=s.api_base_url)
    async with default:
        assert isinstance(default._transport, AsyncRetryTransport)
        assert isinstance(default._transport._transport, httpx.AsyncHTTPTransport)
