"""Settings: precedence, defaults, normalisation and every bad-input message."""

from __future__ import annotations

import logging

import pytest

from timeback_gen.config import ENVIRONMENTS, Settings
from timeback_gen.errors import ConfigurationError, TimebackError

SECRET = "s3cr3t-value-XYZ"
CREDS = {"TIMEBACK_CLIENT_ID": "env-id", "TIMEBACK_CLIENT_SECRET": SECRET}


def resolve(env: dict[str, str] | None = None, **kwargs: object) -> Settings:
    return Settings.resolve(env=CREDS if env is None else env, **kwargs)  # type: ignore[arg-type]


def config_error(**kwargs: object) -> str:
    env = kwargs.pop("env", CREDS)
    with pytest.raises(ConfigurationError) as info:
        Settings.resolve(env=env, **kwargs)  # type: ignore[arg-type]
    message = str(info.value)
    assert SECRET not in message
    assert "\n" not in message
    return message


def test_production_defaults() -> None:
    s = resolve()
    assert s.environment == "production"
    assert s.api_base_url == "https://api.alpha-1edtech.ai/"
    assert s.qti_api_base_url == "https://qti.alpha-1edtech.ai/api"
    assert s.caliper_api_base_url == "https://caliper.alpha-1edtech.ai"
    assert s.token_url == (
        "https://prod-beyond-timeback-api-2-idp.auth.us-east-1.amazoncognito.com/oauth2/token"
    )
    assert (s.timeout, s.max_retries, s.max_concurrency, s.scope, s.verify) == (
        30.0,
        2,
        10,
        None,
        True,
    )
    assert s.client_id == "env-id"
    assert s.client_secret == SECRET


def test_staging_from_env() -> None:
    s = resolve({**CREDS, "TIMEBACK_ENVIRONMENT": "staging"})
    assert s.environment == "staging"
    assert s.api_base_url == "https://api.staging.alpha-1edtech.ai/"
    assert s.qti_api_base_url == "https://qti-staging.alpha-1edtech.ai/api"
    assert s.caliper_api_base_url == "https://caliper-staging.alpha-1edtech.ai"
    assert s.token_url == (
        "https://alpha-auth-development-idp.auth.us-west-2.amazoncognito.com/oauth2/token"
    )
    assert ENVIRONMENTS["staging"].token_url == s.token_url


def test_argument_beats_env_beats_default() -> None:
    env = {
        **CREDS,
        "TIMEBACK_ENVIRONMENT": "staging",
        "TIMEBACK_API_BASE_URL": "https://env.example.com/v1",
        "TIMEBACK_QTI_API_BASE_URL": "https://env-qti.example.com/api/",
        "TIMEBACK_CALIPER_API_BASE_URL": "https://env-caliper.example.com/",
        "TIMEBACK_TOKEN_URL": "https://env-idp.example.com/oauth2/token",
        "TIMEBACK_SCOPE": "env-scope",
    }
    from_env = resolve(env)
    assert from_env.environment == "staging"
    assert from_env.api_base_url == "https://env.example.com/v1/"
    assert from_env.qti_api_base_url == "https://env-qti.example.com/api"
    assert from_env.caliper_api_base_url == "https://env-caliper.example.com"
    assert from_env.token_url == "https://env-idp.example.com/oauth2/token"
    assert from_env.scope == "env-scope"

    from_args = resolve(
        env,
        environment="production",
        client_id="arg-id",
        client_secret="arg-secret",
        api_base_url="https://arg.example.com//",
        qti_api_base_url="https://arg-qti.example.com/api",
        caliper_api_base_url="https://arg-caliper.example.com",
        token_url="https://arg-idp.example.com/token",
        scope="arg-scope",
        timeout=5,
        max_retries=0,
        max_concurrency=1,
    )
    assert from_args.environment == "production"
    assert from_args.client_id == "arg-id"
    assert from_args.client_secret == "arg-secret"
    assert from_args.api_base_url == "https://arg.example.com/"
    assert from_args.qti_api_base_url == "https://arg-qti.example.com/api"
    assert from_args.caliper_api_base_url == "https://arg-caliper.example.com"
    assert from_args.token_url == "https://arg-idp.example.com/token"
    assert from_args.scope == "arg-scope"
    assert (from_args.timeout, from_args.max_retries, from_args.max_concurrency) == (5.0, 0, 1)
    assert isinstance(from_args.timeout, float)


def test_env_defaults_to_os_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIMEBACK_CLIENT_ID", "os-id")
    monkeypatch.setenv("TIMEBACK_CLIENT_SECRET", SECRET)
    monkeypatch.delenv("TIMEBACK_ENVIRONMENT", raising=False)
    monkeypatch.delenv("TIMEBACK_API_BASE_URL", raising=False)
    assert Settings.resolve().client_id == "os-id"


def test_environment_name_is_case_insensitive_and_blank_env_vars_ignored() -> None:
    s = resolve({**CREDS, "TIMEBACK_ENVIRONMENT": " Staging ", "TIMEBACK_SCOPE": "  "})
    assert s.environment == "staging"
    assert s.scope is None


def test_unknown_environment_lists_allowed() -> None:
    message = config_error(environment="prod")
    assert "'prod'" in message
    assert "'production'" in message and "'staging'" in message
    assert "TIMEBACK_ENVIRONMENT" in message


def test_sandbox_environment_only_through_for_sandbox() -> None:
    message = config_error(environment="sandbox")
    assert "for_sandbox" in message


@pytest.mark.parametrize(
    ("env", "missing"),
    [
        ({}, "client_id and client_secret"),
        ({"TIMEBACK_CLIENT_ID": "id"}, "client_secret"),
        ({"TIMEBACK_CLIENT_SECRET": SECRET}, "client_id"),
        ({"TIMEBACK_CLIENT_ID": " ", "TIMEBACK_CLIENT_SECRET": SECRET}, "client_id"),
    ],
)
def test_missing_credentials_names_variables_and_args(env: dict[str, str], missing: str) -> None:
    message = config_error(env=env)
    assert f"({missing} not set)" in message
    assert "TIMEBACK_CLIENT_ID" in message and "TIMEBACK_CLIENT_SECRET" in message
    assert "client_id=" in message and "client_secret=" in message


@pytest.mark.parametrize(
    "setting", ["api_base_url", "qti_api_base_url", "caliper_api_base_url", "token_url"]
)
@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("ftp://host/x", "http:// or https://"),
        ("host.example.com/api", "http:// or https://"),
        ("https://", "no host"),
        ("https:///path", "no host"),
        ("https://host:notaport/", "not a valid URL"),
        (f"https://user:{SECRET}@host.example.com/", "must not contain a user name or password"),
    ],
)
def test_bad_urls_name_the_setting(setting: str, url: str, expected: str) -> None:
    message = config_error(**{setting: url})
    assert setting in message
    assert "TIMEBACK_" + setting.upper() in message
    assert expected in message


def test_bad_url_from_env_var() -> None:
    message = config_error(env={**CREDS, "TIMEBACK_TOKEN_URL": "not a url"})
    assert "token_url (TIMEBACK_TOKEN_URL)" in message


@pytest.mark.parametrize("timeout", [0, -1, float("nan"), float("inf"), "30", True])
def test_bad_timeout(timeout: object) -> None:
    assert "timeout must be" in config_error(timeout=timeout)


@pytest.mark.parametrize("value", [-1, 1.5, "2", True])
def test_bad_max_retries(value: object) -> None:
    assert "max_retries must be" in config_error(max_retries=value)


@pytest.mark.parametrize("value", [0, -3, 2.0])
def test_bad_max_concurrency(value: object) -> None:
    assert "max_concurrency must be" in config_error(max_concurrency=value)


def test_bad_verify() -> None:
    assert "no such CA bundle" in config_error(verify="no")
    assert "verify must be True or False" in config_error(verify=1)


def test_secret_hidden_in_repr_and_str() -> None:
    s = resolve()
    for text in (repr(s), str(s), f"{s}"):
        assert SECRET not in text
        assert "client_secret='***'" in text
        assert "client_id='env-id'" in text


def test_verify_false_warns(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="timeback_gen"):
        s = resolve(verify=False)
    assert s.verify is False
    assert any(
        r.name == "timeback_gen" and "TLS certificate verification is disabled" in r.getMessage()
        for r in caplog.records
    )


def test_verify_true_does_not_warn(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="timeback_gen"):
        resolve()
    assert not caplog.records


def test_for_sandbox_derives_all_urls() -> None:
    s = Settings.for_sandbox("http://127.0.0.1:8765/")
    assert s.environment == "sandbox"
    assert s.api_base_url == "http://127.0.0.1:8765/"
    assert s.qti_api_base_url == "http://127.0.0.1:8765/qti/api"
    assert s.caliper_api_base_url == "http://127.0.0.1:8765/caliper-api"
    assert s.token_url == "http://127.0.0.1:8765/oauth2/token"
    assert (s.client_id, s.client_secret) == ("sandbox-client", "sandbox-secret")
    assert "sandbox-secret" not in repr(s)


def test_for_sandbox_rejects_bad_url() -> None:
    with pytest.raises(ConfigurationError, match="sandbox url"):
        Settings.for_sandbox("localhost:8000")


def test_replace_is_validated_copy(caplog: pytest.LogCaptureFixture) -> None:
    s = resolve()
    t = s.replace(timeout=3, api_base_url="https://other.example.com")
    assert t.timeout == 3.0
    assert t.api_base_url == "https://other.example.com/"
    assert s.timeout == 30.0
    with pytest.raises(ConfigurationError, match="max_concurrency must be >= 1"):
        s.replace(max_concurrency=0)
    with pytest.raises(ConfigurationError, match="Unknown setting"):
        s.replace(timout=3)
    with caplog.at_level(logging.WARNING, logger="timeback_gen"):
        s.replace(verify=False)
    assert "TLS certificate verification is disabled" in caplog.text


def test_settings_is_frozen_and_errors_share_base() -> None:
    s = resolve()
    with pytest.raises(AttributeError):
        s.timeout = 1  # type: ignore[misc]
    assert issubclass(ConfigurationError, TimebackError)
