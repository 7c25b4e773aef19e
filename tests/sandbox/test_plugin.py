"""The pytest plugin (`timeback_gen.pytest_plugin`) and the in-process sandbox.

The plugin is tested as an application sees it: a test file in a directory of its own, run by
`python -m pytest` in a subprocess there (no conftest of this repository), the plugin loaded
from the installed project's `pytest11` entry point. The in-process tests go through the whole
client stack (token, retries, typed errors) over `timeback_gen.sandbox.inprocess`'s transports.
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
import trio

from timeback_gen import AsyncTimeback, Timeback
from timeback_gen.errors import AuthenticationError, NotFoundError, TimebackError
from timeback_gen.sandbox.inprocess import InProcessSandbox

pytestmark = pytest.mark.sandbox


def user(sid: str) -> dict[str, Any]:
    return {
        "user": {
            "sourcedId": sid,
            "status": "active",
            "enabledUser": True,
            "givenName": "Ann",
            "familyName": "Smith",
            "email": f"{sid}@example.com",
            "roles": [{"roleType": "primary", "role": "student", "org": {"sourcedId": "org-1"}}],
        }
    }


# --------------------------------------------------------------------------- the plugin


def test_plugin_module_imports_nothing_heavy() -> None:
    """It loads in every pytest run of every user: the client, httpx, pydantic and the sandbox
    wait until a fixture is used."""
    code = textwrap.dedent(
        """
        import sys
        import timeback_gen.pytest_plugin
        heavy = ["httpx", "pydantic", "timeback_gen.client", "timeback_gen.sandbox.app",
                 "timeback_gen.sandbox", "anyio"]
        loaded = [name for name in heavy if name in sys.modules]
        assert not loaded, loaded
        print("light")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == "light"


APP_TESTS = """
import httpx
import pytest

from timeback_gen.errors import RateLimitError


def user(sid):
    return {"user": {"sourcedId": sid, "status": "active", "enabledUser": True,
                     "givenName": "Ann", "familyName": "Smith", "email": f"{sid}@example.com",
                     "roles": [{"roleType": "primary", "role": "student",
                                "org": {"sourcedId": "org-1"}}]}}


def test_enrol(timeback):
    timeback.oneroster.rostering.create_user(body=user("u-1"))
    assert timeback.oneroster.rostering.get_user("u-1").user.given_name == "Ann"


@pytest.mark.asyncio
async def test_enrol_async(async_timeback):
    await async_timeback.oneroster.rostering.create_user(body=user("u-2"))
    got = await async_timeback.oneroster.rostering.get_user("u-2")
    assert got.user.family_name == "Smith"


@pytest.mark.anyio
async def test_enrol_anyio(async_timeback):
    page = await async_timeback.oneroster.rostering.get_all_users()
    assert page.users == []  # reset: the users of the tests before are gone


def test_faults_for_this_test(timeback_sandbox, timeback):
    timeback_sandbox.faults(burst_429=5, retry_after=0)
    with pytest.raises(RateLimitError):
        timeback.oneroster.rostering.get_all_users(limit=1)
    assert timeback_sandbox.stats()["statuses"]["429"] == 3  # the call and its 2 retries
    timeback.oneroster.rostering.create_user(body=user("u-3"))  # the burst's last two 429s


def test_next_test_is_reset(timeback_sandbox, timeback):
    assert "429" not in timeback_sandbox.stats()["statuses"]
    assert timeback_sandbox.faults()["burst_429"] == 0
    assert timeback.oneroster.rostering.get_all_users().users == []
    assert timeback_sandbox.url.startswith("http://127.0.0.1:")


def test_options_reach_the_process(timeback_sandbox):
    args = timeback_sandbox.process.proc.args
    assert args[-4:] == ["--token-lifetime", "120", "--profile", "live"], args
    r = httpx.post(timeback_sandbox.url + "/oauth2/token", data={
        "grant_type": "client_credentials", "client_id": "sandbox-client",
        "client_secret": "sandbox-secret"})
    assert r.json()["expires_in"] == 120
"""


def test_fixtures_in_an_application_without_conftest(tmp_path: Path) -> None:
    (tmp_path / "test_app.py").write_text(APP_TESTS)
    # pytest-asyncio stays in its default (strict) mode; the sandbox takes more arguments.
    (tmp_path / "pytest.ini").write_text("[pytest]\ntimeback_sandbox_args = --token-lifetime 120\n")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            "-q",
            "-W",
            "ignore::DeprecationWarning",
            "--timeback-sandbox-profile",
            "live",
            str(tmp_path),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    out = done.stdout + done.stderr
    assert done.returncode == 0, out
    # test_enrol_anyio runs once per anyio backend (asyncio, trio); "no tests ran" fails here.
    assert re.search(r"\b7 passed\b", out), out


# --------------------------------------------------------------------------- in process


def test_in_process_round_trip() -> None:
    with Timeback.for_sandbox(in_process=True) as tb:
        tb.oneroster.rostering.create_user(body=user("u-1"))
        assert tb.oneroster.rostering.get_user("u-1").user.given_name == "Ann"
        assert tb.token_requests == 1  # the token came from the in-process /oauth2/token
        raw = tb.oneroster_http.get("/ims/oneroster/rostering/v1p2/users/u-1")
        assert raw.status_code == 200
        assert raw.headers["content-type"] == "application/json; charset=utf-8"
        assert raw.json()["user"]["sourcedId"] == "u-1"
        with pytest.raises(NotFoundError):
            tb.oneroster.rostering.get_user("nobody")


async def test_in_process_round_trip_async() -> None:
    async with AsyncTimeback.for_sandbox(in_process=True) as tb:
        await tb.oneroster.rostering.create_user(body=user("u-1"))
        assert (await tb.oneroster.rostering.get_user("u-1")).user.family_name == "Smith"
        raw = await tb.oneroster_http.get("/ims/oneroster/rostering/v1p2/users/u-1")
        assert raw.json()["user"]["givenName"] == "Ann"
        with pytest.raises(NotFoundError):
            await tb.oneroster.rostering.get_user("nobody")


def test_in_process_wrong_credentials_are_401() -> None:
    with InProcessSandbox() as sb, sb.client(client_secret="wrong") as tb:
        with pytest.raises(AuthenticationError):
            tb.oneroster.rostering.get_all_users(limit=1)
        assert sb.stats()["statuses"] == {"401": 1}


def test_in_process_credentials_are_the_sandbox_own() -> None:
    with Timeback.for_sandbox(in_process=True, client_id="app", client_secret="s3cret") as tb:
        assert tb.oneroster.rostering.get_all_users(limit=1).users == []
        assert "s3cret" not in repr(tb)


def test_in_process_faults_are_retried() -> None:
    with InProcessSandbox() as sb, sb.client(max_retries=10) as tb:
        sb.faults(error_503_rate=0.5, retry_after=0, seed=7)
        for _ in range(10):
            tb.oneroster.rostering.get_all_users(limit=1)
        stats = sb.stats()
        assert stats["statuses"]["503"] > 0
        assert stats["faults"]["injected"]["503"] == stats["statuses"]["503"]
        sb.reset()
        assert "503" not in sb.stats()["statuses"]
        assert sb.faults()["error_503_rate"] == 0


async def _ticks_during_slow_call(tb: AsyncTimeback) -> tuple[int, bool]:
    """How often a 10 ms ticker ran while a call with injected latency was in flight."""
    ticks, done = 0, False

    async def ticker() -> None:
        nonlocal ticks
        while not done:
            await anyio.sleep(0.01)
            ticks += 1

    async def slow_call() -> None:
        nonlocal done
        await tb.oneroster.rostering.get_all_users(limit=1)
        done = True

    async with anyio.create_task_group() as tg:
        tg.start_soon(ticker)
        tg.start_soon(slow_call)
    return ticks, done


async def test_in_process_latency_does_not_block_the_loop() -> None:
    with InProcessSandbox() as sb:
        async with sb.async_client() as tb:
            await tb.oneroster.rostering.get_all_users(limit=1)  # the token, before the latency
            sb.faults(latency_ms=300)
            ticks, done = await _ticks_during_slow_call(tb)
        # The app sleeps 300 ms in a worker thread; a blocked loop would not tick at all.
        assert done and ticks >= 3, ticks


def test_in_process_on_trio() -> None:
    async def main(sb: InProcessSandbox) -> tuple[int, bool]:
        async with sb.async_client() as tb:
            await tb.oneroster.rostering.get_all_users(limit=1)
            sb.faults(latency_ms=300)
            return await _ticks_during_slow_call(tb)

    with InProcessSandbox() as sb:
        ticks, done = trio.run(main, sb)
    assert done and ticks >= 3, ticks


def test_in_process_sandbox_closes_with_its_client() -> None:
    tb = Timeback.for_sandbox(in_process=True)
    tb.oneroster.rostering.get_all_users(limit=1)
    tb.close()
    with pytest.raises(TimebackError, match="in-process sandbox is closed"):
        tb.oneroster.rostering.get_all_users(limit=1)


async def test_in_process_async_sandbox_closes_with_its_client() -> None:
    async with AsyncTimeback.for_sandbox(in_process=True) as tb:
        await tb.oneroster.rostering.get_all_users(limit=1)
    with pytest.raises(TimebackError, match="in-process sandbox is closed"):
        await tb.oneroster.rostering.get_all_users(limit=1)


def test_clients_of_a_shared_sandbox_leave_it_open() -> None:
    with InProcessSandbox() as sb:
        with sb.client() as tb:
            tb.oneroster.rostering.create_user(body=user("u-1"))
        assert not sb.closed
        with sb.client() as tb:  # the data is still there
            assert tb.oneroster.rostering.get_user("u-1").user.sourced_id == "u-1"
    assert sb.closed


def test_in_process_body_limit_is_the_servers() -> None:
    with InProcessSandbox() as sb:
        sb.config.max_body_bytes = 100
        with httpx.Client(transport=sb.transport(), base_url=sb.url) as raw:
            r = raw.post("/ims/oneroster/rostering/v1p2/users/", content=b"x" * 101)
        assert r.status_code == 413


@pytest.mark.parametrize(
    "kwargs",
    [{}, {"url": "http://127.0.0.1:8787", "in_process": True}],
    ids=["neither", "both"],
)
def test_for_sandbox_takes_a_url_or_in_process(kwargs: dict[str, Any]) -> None:
    with pytest.raises(TypeError, match="in_process=True"):
        Timeback.for_sandbox(**kwargs)
    with pytest.raises(TypeError, match="in_process=True"):
        AsyncTimeback.for_sandbox(**kwargs)


def test_in_process_refuses_a_transport_of_yours() -> None:
    with pytest.raises(TypeError, match="own transport"):
        Timeback.for_sandbox(in_process=True, transport=httpx.HTTPTransport())
