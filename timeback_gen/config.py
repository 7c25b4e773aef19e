"""Settings: which TimeBack environment to talk to, with which credentials and limits.

:meth:`Settings.resolve` merges constructor arguments, ``TIMEBACK_*`` environment variables and
the per-environment defaults in :data:`ENVIRONMENTS` (in that order of precedence) and validates
the result, raising :class:`~timeback_gen.errors.ConfigurationError` with a message that says
what to fix. The client secret is never shown by ``repr``/``str`` or in any message.
"""

from __future__ import annotations

import dataclasses
import logging
import math
import os
import ssl
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, TypedDict, Unpack
from urllib.parse import urlsplit

from timeback_gen.errors import ConfigurationError, redact_url

__all__ = ["ENVIRONMENTS", "SANDBOX_ENVIRONMENT", "Environment", "Settings", "SettingsOptions"]

logger = logging.getLogger("timeback_gen")

SANDBOX_ENVIRONMENT = "sandbox"
DEFAULT_ENVIRONMENT = "production"

ENV_CLIENT_ID = "TIMEBACK_CLIENT_ID"
ENV_CLIENT_SECRET = "TIMEBACK_CLIENT_SECRET"
ENV_ENVIRONMENT = "TIMEBACK_ENVIRONMENT"
ENV_API_BASE_URL = "TIMEBACK_API_BASE_URL"
ENV_QTI_API_BASE_URL = "TIMEBACK_QTI_API_BASE_URL"
ENV_CALIPER_API_BASE_URL = "TIMEBACK_CALIPER_API_BASE_URL"
ENV_TOKEN_URL = "TIMEBACK_TOKEN_URL"
ENV_SCOPE = "TIMEBACK_SCOPE"
ENV_STRICT = "TIMEBACK_STRICT"

PROXY_SCHEMES = ("http", "https", "socks5", "socks5h")

# Setting name -> environment variable, used to name both in messages.
_URL_SETTINGS: dict[str, str] = {
    "api_base_url": ENV_API_BASE_URL,
    "qti_api_base_url": ENV_QTI_API_BASE_URL,
    "caliper_api_base_url": ENV_CALIPER_API_BASE_URL,
    "token_url": ENV_TOKEN_URL,
}


@dataclass(frozen=True)
class Environment:
    """The hosted endpoints of one TimeBack environment."""

    name: str
    api_base_url: str
    qti_api_base_url: str
    caliper_api_base_url: str
    idp_url: str

    @property
    def token_url(self) -> str:
        """The Cognito OAuth2 token endpoint of this environment."""
        return self.idp_url.rstrip("/") + "/oauth2/token"


ENVIRONMENTS: Mapping[str, Environment] = MappingProxyType(
    {
        "production": Environment(
            name="production",
            api_base_url="https://api.alpha-1edtech.ai/",
            qti_api_base_url="https://qti.alpha-1edtech.ai/api",
            caliper_api_base_url="https://caliper.alpha-1edtech.ai",
            idp_url="https://prod-beyond-timeback-api-2-idp.auth.us-east-1.amazoncognito.com",
        ),
        "staging": Environment(
            name="staging",
            api_base_url="https://api.staging.alpha-1edtech.ai/",
            qti_api_base_url="https://qti-staging.alpha-1edtech.ai/api",
            caliper_api_base_url="https://caliper-staging.alpha-1edtech.ai",
            idp_url="https://alpha-auth-development-idp.auth.us-west-2.amazoncognito.com",
        ),
    }
)


class SettingsOptions(TypedDict, total=False):
    """The settings a client takes as keyword arguments (`Timeback(...)`, `Settings.resolve`),
    written once. Each left out comes from its ``TIMEBACK_*`` variable or the environment's
    default (see `Settings` for what each means)."""

    environment: str | None  # production | staging | sandbox (TIMEBACK_ENVIRONMENT)
    client_id: str | None
    client_secret: str | None
    api_base_url: str | None  # OneRoster, PowerPath, CASE
    qti_api_base_url: str | None
    caliper_api_base_url: str | None
    token_url: str | None
    timeout: float | None  # seconds per request
    max_retries: int | None  # re-sends of a transient failure (0: none)
    max_concurrency: int | None  # in-flight requests per async client
    scope: str | None  # OAuth2 scope of the token request
    verify: (
        bool | str | os.PathLike[str] | ssl.SSLContext | None
    )  # TLS: on/off, a CA bundle, a context
    proxy: str | None  # every request but loopback through this proxy (default: HTTP(S)_PROXY etc.)
    strict: bool | None  # any drift of a response from its document raises (TIMEBACK_STRICT)


@dataclass(frozen=True)
class Settings:
    """Validated, immutable client configuration (build it with :meth:`resolve`)."""

    environment: str
    client_id: str
    client_secret: str = field(repr=False)
    api_base_url: str
    qti_api_base_url: str
    caliper_api_base_url: str
    token_url: str
    timeout: float = 30.0
    max_retries: int = 2
    max_concurrency: int = 10
    scope: str | None = None
    # True (the system's and certifi's CAs; SSL_CERT_FILE / SSL_CERT_DIR honoured), False (off:
    # warned), a CA bundle file or directory, or an ssl.SSLContext of your own.
    verify: bool | str | ssl.SSLContext = True
    strict: bool = False  # any drift of a response from its document raises (contract tests)
    # A proxy for every request but those to loopback; None: the environment's (HTTPS_PROXY,
    # HTTP_PROXY, ALL_PROXY, NO_PROXY), read when a connection pool is made.
    proxy: str | None = None

    def __post_init__(self) -> None:
        """Validate every field and normalise the base URLs' trailing slashes."""
        allowed = (*ENVIRONMENTS, SANDBOX_ENVIRONMENT)
        if self.environment not in allowed:
            raise ConfigurationError(_unknown_environment_message(self.environment))
        _check_credentials(self.client_id, self.client_secret)
        for name in _URL_SETTINGS:
            _check_url(name, getattr(self, name))
        set_ = object.__setattr__
        set_(self, "api_base_url", self.api_base_url.strip().rstrip("/") + "/")
        set_(self, "qti_api_base_url", self.qti_api_base_url.strip().rstrip("/"))
        set_(self, "caliper_api_base_url", self.caliper_api_base_url.strip().rstrip("/"))
        set_(self, "token_url", self.token_url.strip())
        set_(self, "timeout", _check_timeout(self.timeout))
        set_(self, "max_retries", _check_int("max_retries", self.max_retries, minimum=0))
        set_(
            self,
            "max_concurrency",
            _check_int("max_concurrency", self.max_concurrency, minimum=1),
        )
        if self.scope is not None and not isinstance(self.scope, str):
            raise ConfigurationError(f"scope must be a string or None, got {type(self.scope)}.")
        set_(self, "verify", _check_verify(self.verify))
        if self.proxy is not None:
            _check_proxy(self.proxy)
        if not isinstance(self.strict, bool):
            raise ConfigurationError(
                "strict must be True or False (raise on any difference of a response from its "
                f"document); got {type(self.strict).__name__}."
            )

    def __repr__(self) -> str:
        """Show every field, with the client secret masked."""
        shown = []
        for f in dataclasses.fields(self):
            value: Any = "***" if f.name == "client_secret" else getattr(self, f.name)
            shown.append(f"{f.name}={value!r}")
        return f"Settings({', '.join(shown)})"

    __str__ = __repr__

    @classmethod
    def resolve(
        cls, *, env: Mapping[str, str] | None = None, **options: Unpack[SettingsOptions]
    ) -> Settings:
        """Build settings: argument > ``TIMEBACK_*`` environment variable > environment default."""
        source: Mapping[str, str] = os.environ if env is None else env
        unknown = set(options) - set(SettingsOptions.__annotations__)
        if unknown:
            raise ConfigurationError(
                f"Unknown setting(s): {', '.join(sorted(unknown))}. "
                f"Valid settings: {', '.join(SettingsOptions.__annotations__)}."
            )
        values: dict[str, Any] = dict(options)
        given = values.get

        def pick(arg: str | None, var: str) -> str | None:
            if arg is not None:
                return arg
            value = source.get(var)
            if value is None or not value.strip():
                return None
            return value.strip()

        env_name = pick(given("environment"), ENV_ENVIRONMENT) or DEFAULT_ENVIRONMENT
        env_name = env_name.strip().lower()
        defaults = ENVIRONMENTS.get(env_name)
        if defaults is None:
            raise ConfigurationError(_unknown_environment_message(env_name))

        def number(name: str, default: Any) -> Any:
            value = values.get(name)
            return default if value is None else value

        strict = given("strict")
        settings = cls(
            environment=env_name,
            client_id=pick(given("client_id"), ENV_CLIENT_ID) or "",
            client_secret=pick(given("client_secret"), ENV_CLIENT_SECRET) or "",
            api_base_url=pick(given("api_base_url"), ENV_API_BASE_URL) or defaults.api_base_url,
            qti_api_base_url=pick(given("qti_api_base_url"), ENV_QTI_API_BASE_URL)
            or defaults.qti_api_base_url,
            caliper_api_base_url=pick(given("caliper_api_base_url"), ENV_CALIPER_API_BASE_URL)
            or defaults.caliper_api_base_url,
            token_url=pick(given("token_url"), ENV_TOKEN_URL) or defaults.token_url,
            timeout=number("timeout", 30.0),
            max_retries=number("max_retries", 2),
            max_concurrency=number("max_concurrency", 10),
            scope=pick(given("scope"), ENV_SCOPE),
            verify=number("verify", True),
            proxy=given("proxy"),
            strict=_flag(ENV_STRICT, pick(None, ENV_STRICT)) if strict is None else strict,
        )
        settings._warn_if_insecure()
        return settings

    @classmethod
    def for_sandbox(
        cls,
        url: str,
        client_id: str = "sandbox-client",
        client_secret: str = "sandbox-secret",
    ) -> Settings:
        """Settings for a local sandbox server: every endpoint lives under one root ``url``."""
        _check_url("sandbox url", url)
        root = url.strip().rstrip("/")
        return cls(
            environment=SANDBOX_ENVIRONMENT,
            client_id=client_id,
            client_secret=client_secret,
            api_base_url=f"{root}/",
            qti_api_base_url=f"{root}/qti/api",
            caliper_api_base_url=f"{root}/caliper-api",
            token_url=f"{root}/oauth2/token",
        )

    def replace(self, **changes: Any) -> Settings:
        """Return a validated copy with ``changes`` applied (URLs are not re-derived)."""
        unknown = set(changes) - {f.name for f in dataclasses.fields(self)}
        if unknown:
            raise ConfigurationError(
                f"Unknown setting(s): {', '.join(sorted(unknown))}. "
                f"Valid settings: {', '.join(f.name for f in dataclasses.fields(self))}."
            )
        new = dataclasses.replace(self, **changes)
        if self.verify and not new.verify:
            new._warn_if_insecure()
        return new

    def _warn_if_insecure(self) -> None:
        if not self.verify:
            logger.warning(
                "TLS certificate verification is disabled (verify=False); connections to %s "
                "can be intercepted. Only use this against a local or test server.",
                self.api_base_url,
            )


_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off"})


def _flag(var: str, value: str | None) -> bool:
    """A boolean environment variable: 1/true/yes/on or 0/false/no/off (unset: False)."""
    if value is None:
        return False
    if value.lower() in _TRUE:
        return True
    if value.lower() in _FALSE:
        return False
    raise ConfigurationError(f"{var} must be 1 or 0 (true/false, yes/no, on/off); got {value!r}.")


def _unknown_environment_message(name: str) -> str:
    allowed = ", ".join(repr(n) for n in ENVIRONMENTS)
    return (
        f"Unknown TimeBack environment {name!r}. Use one of {allowed} "
        f"(environment=... or the {ENV_ENVIRONMENT} variable), or Settings.for_sandbox(url) "
        "for a local sandbox."
    )


def _check_credentials(client_id: object, client_secret: object) -> None:
    missing = [
        name
        for name, value in (("client_id", client_id), ("client_secret", client_secret))
        if not isinstance(value, str) or not value.strip()
    ]
    if missing:
        raise ConfigurationError(
            f"Missing TimeBack credentials ({' and '.join(missing)} not set). Pass "
            f"client_id=... and client_secret=... to the client or Settings.resolve(), or set "
            f"the {ENV_CLIENT_ID} and {ENV_CLIENT_SECRET} environment variables."
        )


def _check_url(name: str, url: object) -> None:
    var = _URL_SETTINGS.get(name)
    where = f"{name} ({var})" if var else name
    if not isinstance(url, str):
        raise ConfigurationError(f"{where} must be a string URL, got {type(url).__name__}.")
    text = url.strip()
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError:
        raise ConfigurationError(
            f"{where} is not a valid URL ({redact_url(text)!r}). Use e.g. https://host/path."
        ) from None
    if parts.scheme not in ("http", "https"):
        raise ConfigurationError(
            f"{where} must start with http:// or https://, got {redact_url(text)!r}."
        )
    if "@" in parts.netloc:
        raise ConfigurationError(
            f"{where} must not contain a user name or password ({redact_url(text)!r}); "
            "pass credentials as client_id/client_secret instead."
        )
    if not parts.hostname:
        raise ConfigurationError(
            f"{where} has no host ({redact_url(text)!r}). Use e.g. https://host/path."
        )


def _check_verify(value: object) -> bool | str | ssl.SSLContext:
    """True/False, an existing CA bundle (file or directory; a path-like becomes its string) or
    an `ssl.SSLContext`."""
    if isinstance(value, bool | ssl.SSLContext):
        return value
    if isinstance(value, str | os.PathLike) and not isinstance(value, bytes):
        path = os.fspath(value)
        if isinstance(path, str) and path and os.path.exists(path):
            return path
        raise ConfigurationError(
            f"verify={path!r}: no such CA bundle file or directory; give the path of a PEM file "
            "(or a directory of them), True, False, or an ssl.SSLContext."
        )
    raise ConfigurationError(
        "verify must be True or False (TLS certificate verification), the path of a CA bundle, "
        f"or an ssl.SSLContext; got {type(value).__name__}."
    )


def _check_proxy(value: object) -> None:
    if not isinstance(value, str):
        raise ConfigurationError(f"proxy must be a URL string, got {type(value).__name__}.")
    try:
        parts = urlsplit(value.strip())
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError:
        parts = None
    if parts is None or parts.scheme not in PROXY_SCHEMES or not parts.hostname:
        raise ConfigurationError(
            f"proxy must be a URL like http://proxy.example:3128 (schemes: "
            f"{', '.join(PROXY_SCHEMES)}), got {redact_url(value)!r}."
        )


def _check_timeout(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigurationError(f"timeout must be a number of seconds, got {value!r}.")
    if not math.isfinite(value) or value <= 0:
        raise ConfigurationError(
            f"timeout must be greater than 0 seconds, got {value!r}. Use e.g. timeout=30."
        )
    return float(value)


def _check_int(name: str, value: object, *, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ConfigurationError(f"{name} must be an integer >= {minimum}, got {value!r}.")
    if value < minimum:
        raise ConfigurationError(f"{name} must be >= {minimum}, got {value}.")
    return value
