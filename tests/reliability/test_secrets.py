"""Secrets: with TIMEBACK_LOG=debug a full flow against the sandbox leaves the client secret and
every access token out of every log record, exception message and repr. TLS verification is on
by default; turning it off takes verify=False and logs a warning."""

from __future__ import annotations

import asyncio
import json
import logging
import ssl
from collections.abc import Iterator
from typing import Any

import pytest
import trustme

from timeback_gen import AsyncTimeback, Timeback
from timeback_gen.auth import ClientCredentialsAuth
from timeback_gen.config import Settings
from timeback_gen.errors import (
    APIConnectionError,
    AuthenticationError,
    NotFoundError,
    TimebackError,
)
from timeback_gen.sandbox.process import SandboxProcess

from .conftest import capture_sleeps, close_pipe, user_record
from .test_async_network import http_server, respond

SECRET = "s3cr3t-Rel1ability-client-secret"

pytestmark = pytest.mark.sandbox


@pytest.fixture(scope="module")
def secret_sandbox() -> Iterator[SandboxProcess]:
    proc = SandboxProcess("--client-secret", SECRET)
    try:
        yield proc
    finally:
        assert proc.stop() == 0
        close_pipe(proc)


def test_debug_flow_leaks_no_secret_or_token(
    secret_sandbox: SandboxProcess,
    tokens: list[str],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
    clean_logger: logging.Logger,
) -> None:
    sb = secret_sandbox
    monkeypatch.setenv("TIMEBACK_LOG", "debug")
    caplog.set_level(logging.DEBUG, logger="timeback_gen")
    texts: list[str] = []
    with Timeback.for_sandbox(sb.url, client_secret=SECRET) as tb:
        capture_sleeps(tb)
        texts += [repr(tb), str(tb), repr(tb.settings), str(tb.settings), repr(tb._auth)]
        rostering = tb.oneroster.rostering
        rostering.create_user(body={"user": user_record("sec-1")})
        assert rostering.get_user("sec-1").user.sourced_id == "sec-1"
        texts.append(repr(tb._auth))  # now holding a token
        sb.admin("/_sandbox/faults", {"expire_tokens": True})  # 401 -> refresh
        assert [u.sourced_id for u in tb.paginate(rostering.get_all_users)] == ["sec-1"]
        sb.admin("/_sandbox/faults", {"burst_429": 1, "retry_after": 0})  # a logged retry
        rostering.get_user("sec-1")
        for call in (
            lambda: rostering.get_user("missing"),
            lambda: rostering.get_all_users(filter="bad filter ((("),
        ):
            with pytest.raises(TimebackError) as info:
                call()
            texts += [str(info.value), repr(info.value), repr(info.value.__dict__)]
    with (
        Timeback.for_sandbox(sb.url, client_secret=SECRET + "-wrong") as bad,
        pytest.raises(AuthenticationError) as denied,
    ):
        bad.oneroster.rostering.get_user("sec-1")
    texts += [str(denied.value), repr(denied.value), repr(denied.value.body)]
    sb.admin("/_sandbox/reset", {"faults": True})

    assert len(set(tokens)) >= 2  # the refresh really happened
    logs = [f"{r.getMessage()} {r.args!r} {r.__dict__!r}" for r in caplog.records]
    assert any("-> 401" in m for m in logs) and any("Retrying" in m for m in logs)
    everything = "\n".join([*texts, *logs, caplog.text, capsys.readouterr().err])
    for secret in [SECRET, *tokens]:
        assert secret not in everything
    assert "Bearer ***" in everything


def test_settings_and_auth_reprs_hide_the_secret() -> None:
    s = Settings.resolve(client_id="cid", client_secret=SECRET, env={})
    auth = ClientCredentialsAuth(token_url=s.token_url, client_id="cid", client_secret=SECRET)
    for text in (repr(s), str(s), repr(auth), str(auth), f"{s!r}"):
        assert SECRET not in text
    assert "client_secret='***'" in repr(s)


def tls_server_context() -> ssl.SSLContext:
    """A server certificate for 127.0.0.1 from a CA nobody trusts by default."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    trustme.CA().issue_cert("127.0.0.1").configure_cert(context)
    return context


async def answer_everything(
    body: bytes, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    """One answer that serves as a token response and as a getUser response."""
    respond(writer, json.dumps({"access_token": "t", "user": user_record("u1")}).encode())


def tls_client(url: str, **options: Any) -> AsyncTimeback:
    return AsyncTimeback(
        client_id="cid",
        client_secret=SECRET,
        api_base_url=url,
        token_url=url + "/oauth2/token",
        **options,
    )


async def test_tls_verification_is_on_by_default(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="timeback_gen")
    async with (
        http_server(answer_everything, ssl_context=tls_server_context()) as url,
        tls_client(url, max_retries=0) as tb,
    ):
        assert tb.settings.verify is True
        with pytest.raises(APIConnectionError, match="CERTIFICATE_VERIFY_FAILED"):
            await tb.oneroster.rostering.get_user("u1")
    assert not [r for r in caplog.records if "verification" in r.getMessage()]


async def test_turning_tls_verification_off_is_explicit_and_warned(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="timeback_gen")
    async with (
        http_server(answer_everything, ssl_context=tls_server_context()) as url,
        tls_client(url, verify=False) as tb,
    ):
        assert (await tb.oneroster.rostering.get_user("u1")).user.sourced_id == "u1"
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert any("verification is disabled" in r.getMessage() for r in warnings)
    assert SECRET not in caplog.text
    for falsy in (0, "", None, "false"):
        with pytest.raises(TimebackError):
            Settings(**{**_fields(), "verify": falsy})  # only the literal False turns it off


def _fields() -> dict[str, Any]:
    s = Settings.resolve(client_id="cid", client_secret=SECRET, env={})
    return {
        name: getattr(s, name)
        for name in (
            "environment",
            "client_id",
            "client_secret",
            "api_base_url",
            "qti_api_base_url",
            "caliper_api_base_url",
            "token_url",
        )
    }


def test_error_from_an_echoing_server_is_scrubbed(secret_sandbox: SandboxProcess) -> None:
    with Timeback.for_sandbox(secret_sandbox.url, client_secret=SECRET) as tb:
        with pytest.raises(NotFoundError) as info:
            tb.oneroster.rostering.get_user(SECRET)  # the caller put it in a URL: not ours
        assert info.value.operation == "getUser"
