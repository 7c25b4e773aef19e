"""Secrets and tokens never reach logs, reprs or error messages."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

import httpx
import pytest

from timeback_gen.auth import ClientCredentialsAuth
from timeback_gen.config import Settings
from timeback_gen.errors import ConfigurationError, TimebackError, make_status_error
from timeback_gen.http import (
    build_async_client,
    build_client,
    configure_logging_from_env,
    redact_headers,
)

SECRET = "very-secret-client-secret-123"
TOKENS = ["access-token-AAA", "access-token-BBB"]
ROOT = "http://sandbox.test"


@pytest.fixture(autouse=True)
def clean_logger() -> Iterator[logging.Logger]:
    """Restore the ``timeback_gen`` logger after tests that turn debug logging on."""
    logger = logging.getLogger("timeback_gen")
    level, handlers = logger.level, list(logger.handlers)
    yield logger
    logger.setLevel(level)
    for handler in list(logger.handlers):
        if handler not in handlers:
            logger.removeHandler(handler)


class Server:
    """Token endpoint + an API that rejects the first token once (forcing a refresh)."""

    def __init__(self) -> None:
        self.issued = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth2/token":
            token = TOKENS[self.issued]
            self.issued += 1
            return httpx.Response(
                200,
                json={"access_token": token, "expires_in": 3600, "token_type": "Bearer"},
                headers={"Set-Cookie": f"session={token}"},
            )
        if request.headers["Authorization"] == f"Bearer {TOKENS[0]}":
            return httpx.Response(401, json={"error": "token expired"})
        if request.url.path.endswith("/missing"):
            return httpx.Response(404, json={"imsx_description": "no such user"})
        return httpx.Response(200, json={"users": []})


def assert_clean(text: str) -> None:
    assert SECRET not in text
    for token in TOKENS:
        assert token not in text


def all_log_text(caplog: pytest.LogCaptureFixture) -> str:
    return (
        "\n".join(f"{r.getMessage()} {r.args!r} {r.__dict__!r}" for r in caplog.records)
        + caplog.text
    )


def settings() -> Settings:
    return Settings.for_sandbox(ROOT, client_id="cid", client_secret=SECRET)


def auth_for(s: Settings) -> ClientCredentialsAuth:
    return ClientCredentialsAuth(
        token_url=s.token_url, client_id=s.client_id, client_secret=s.client_secret
    )


def test_debug_flow_leaks_nothing(
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
    clean_logger: logging.Logger,
) -> None:
    monkeypatch.setenv("TIMEBACK_LOG", "debug")
    caplog.set_level(logging.DEBUG, logger="timeback_gen")
    s = settings()
    auth = auth_for(s)
    client = build_client(s, auth, base_url=s.api_base_url, transport=httpx.MockTransport(Server()))
    assert clean_logger.level == logging.DEBUG
    assert clean_logger.handlers, "TIMEBACK_LOG=debug adds a stderr handler"
    with client:
        response = client.get("ims/oneroster/rostering/v1p2/users", params={"limit": 5})
    assert response.status_code == 200
    assert auth.token_requests == 2

    text = all_log_text(caplog)
    assert_clean(text)
    assert_clean(capsys.readouterr().err)
    messages = [r.getMessage() for r in caplog.records]
    assert any(
        re.fullmatch(
            r"GET http://sandbox\.test/ims/oneroster/rostering/v1p2/users\?limit=5 -> 200 "
            r"\(\d+ ms\) headers=.*",
            m,
        )
        for m in messages
    )
    assert any("POST http://sandbox.test/oauth2/token -> 200" in m for m in messages)
    assert "'authorization': 'Bearer ***'" in text
    assert "client_secret" not in text  # the token request body is never logged
    assert "grant_type" not in text


async def test_async_debug_flow_leaks_nothing(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("TIMEBACK_LOG", "debug")
    caplog.set_level(logging.DEBUG, logger="timeback_gen")
    s = settings()
    auth = auth_for(s)
    client = build_async_client(
        s, auth, base_url=s.api_base_url, transport=httpx.MockTransport(Server())
    )
    async with client:
        response = await client.get("users")
    assert response.status_code == 200
    text = all_log_text(caplog)
    assert_clean(text)
    assert "GET http://sandbox.test/users -> 200" in text
    assert "Bearer ***" in text


def test_errors_reprs_and_retry_logs_leak_nothing(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="timeback_gen")
    s = settings()
    auth = auth_for(s)
    client = build_client(s, auth, base_url=s.api_base_url, transport=httpx.MockTransport(Server()))
    with client:
        response = client.get("users/missing")
    assert response.status_code == 404
    err = make_status_error(response, operation="getUser")
    assert "no such user" in str(err)
    for text in (str(err), repr(err), repr(s), str(s), repr(auth), all_log_text(caplog)):
        assert_clean(text)


def test_token_failure_error_leaks_nothing() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        body = request.content.decode()  # echo the whole form back, worst case
        return httpx.Response(401, json={"error": "invalid_client", "error_description": body})

    s = settings()
    client = build_client(
        s, auth_for(s), base_url=s.api_base_url, transport=httpx.MockTransport(handler)
    )
    with client, pytest.raises(TimebackError) as info:
        client.get("users")
    assert_clean(str(info.value))
    assert_clean(repr(info.value))


def test_config_errors_leak_nothing() -> None:
    bad = [
        {"client_id": "", "client_secret": SECRET},
        {"client_id": "x", "client_secret": SECRET, "timeout": -1},
        {"client_id": "x", "client_secret": SECRET, "token_url": f"https://x:{SECRET}@h/t"},
        {"client_id": "x", "client_secret": SECRET, "environment": "nope"},
    ]
    for kwargs in bad:
        with pytest.raises(ConfigurationError) as info:
            Settings.resolve(env={}, **kwargs)  # type: ignore[arg-type]
        assert_clean(str(info.value))


def test_redact_headers() -> None:
    headers = httpx.Headers(
        {
            "Authorization": "Bearer abc.def",
            "Proxy-Authorization": "Basic Zm9vOmJhcg==",
            "Cookie": "a=b",
            "X-Api-Key": "k",
            "Accept": "application/json",
        }
    )
    assert redact_headers(headers) == {
        "authorization": "Bearer ***",
        "proxy-authorization": "Basic ***",
        "cookie": "***",
        "x-api-key": "***",
        "accept": "application/json",
    }
    assert redact_headers({"Authorization": "opaque"}) == {"Authorization": "***"}


def test_logging_env_values(clean_logger: logging.Logger) -> None:
    clean_logger.setLevel(logging.NOTSET)
    configure_logging_from_env({"TIMEBACK_LOG": "nonsense"})
    assert clean_logger.level == logging.NOTSET
    configure_logging_from_env({"TIMEBACK_LOG": "INFO"})
    assert clean_logger.level == logging.INFO
    handlers = list(clean_logger.handlers)
    configure_logging_from_env({"TIMEBACK_LOG": "debug"})
    assert clean_logger.level == logging.DEBUG
    assert clean_logger.handlers == handlers  # no duplicate handler
