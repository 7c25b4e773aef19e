"""Shared fixtures for the reliability suite: sandboxes, the raw socket server, sleep capture."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from timeback_gen import AsyncTimeback, Timeback
from timeback_gen.auth import ClientCredentialsAuth
from timeback_gen.sandbox.process import SandboxProcess

USERS = "/ims/oneroster/rostering/v1p2/users/"


def user_record(sourced_id: str, **extra: Any) -> dict[str, Any]:
    """A user the typed client parses (the shape the sandbox answers for a stored one), and a
    valid createUser body."""
    return {
        "sourcedId": sourced_id,
        "status": "active",
        "dateLastModified": "2024-01-01T00:00:00Z",
        "enabledUser": True,
        "givenName": "Ada",
        "familyName": "Lovelace",
        "email": "ada@example.com",  # createUser's body requires one (oneroster-api.json)
        "roles": [
            {
                "roleType": "primary",
                "role": "student",
                "org": {"href": "https://x/orgs/o1", "sourcedId": "o1", "type": "org"},
            }
        ],
        "agents": [],
        "userProfiles": [],
        **extra,
    }


class CountingTransport(httpx.HTTPTransport):
    """A real HTTP transport that counts the requests handed to it (first tries and retries)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.attempts = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.attempts += 1
        return super().handle_request(request)


class AsyncCountingTransport(httpx.AsyncHTTPTransport):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.attempts = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.attempts += 1
        return await super().handle_async_request(request)


class Sleeps(list[float]):
    """Stands in for the retry transports' sleep: records the waits, returns at once."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


class AsyncSleeps(list[float]):
    async def __call__(self, seconds: float) -> None:
        self.append(seconds)


def capture_sleeps(tb: Timeback) -> Sleeps:
    """Replace how `tb`'s request path waits before a retry with a recorder."""
    sleeps = Sleeps()
    tb._sleep = sleeps
    return sleeps


def capture_async_sleeps(tb: AsyncTimeback) -> AsyncSleeps:
    sleeps = AsyncSleeps()
    tb._sleep = sleeps
    return sleeps


def close_pipe(proc: SandboxProcess) -> None:
    """Close a stopped sandbox's output pipe (SandboxProcess leaves it to the GC, which would
    report it as a ResourceWarning)."""
    if proc.proc.stdout is not None:
        proc.proc.stdout.close()


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxProcess]:
    proc = SandboxProcess()
    try:
        yield proc
    finally:
        assert proc.stop() == 0, "".join(proc.output[-40:])
        close_pipe(proc)


@pytest.fixture()
def sb(sandbox: SandboxProcess) -> Iterator[SandboxProcess]:
    """The module's sandbox, emptied, statistics cleared and faults off before and after.

    Requests an earlier test gave up on (a client timeout against injected latency) are still
    being handled by the sandbox: wait for them first, or they land in this test's statistics."""
    deadline = time.monotonic() + 15
    while sandbox.admin("/_sandbox/stats")["inFlight"] > 1:  # 1: the stats request itself
        assert time.monotonic() < deadline, "the sandbox kept requests in flight for 15 s"
        time.sleep(0.05)
    sandbox.admin("/_sandbox/reset", {"faults": True})
    yield sandbox
    sandbox.admin("/_sandbox/faults", {"reset": True})


def read_through_faults(
    client: httpx.Client, url: str, params: dict[str, Any] | None = None
) -> Any:
    """The JSON of a GET a test makes to check what the sandbox holds, retried past the faults
    injected for the code under test (a 429/500/503 of the check itself proves nothing)."""
    for _ in range(50):
        r = client.get(url, params=params)
        if r.status_code not in (429, 500, 503):
            r.raise_for_status()
            return r.json()
    raise AssertionError(f"GET {url}: 50 injected faults in a row")


def api_requests(sb: SandboxProcess, operation: str) -> int:
    """How many requests the sandbox counted for `operation` (e.g. `oneroster:getUser`)."""
    stats = sb.admin("/_sandbox/stats")
    return sum(n for key, n in stats["requests"].items() if key.endswith(":" + operation))


@pytest.fixture()
def clean_logger() -> Iterator[logging.Logger]:
    """Restore the `timeback_gen` logger after a test turns debug logging on."""
    logger = logging.getLogger("timeback_gen")
    level, handlers = logger.level, list(logger.handlers)
    yield logger
    logger.setLevel(level)
    for handler in list(logger.handlers):
        if handler not in handlers:
            logger.removeHandler(handler)


@pytest.fixture()
def tokens(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every access token any client obtains during the test."""
    seen: list[str] = []
    original = ClientCredentialsAuth._store

    def spy(self: ClientCredentialsAuth, response: httpx.Response) -> Any:
        token = original(self, response)
        seen.append(token.value)
        return token

    monkeypatch.setattr(ClientCredentialsAuth, "_store", spy)
    return seen
