"""OAuth2 client-credentials token endpoint and bearer-token checks."""

from __future__ import annotations

import base64
import binascii
import secrets
import threading
import time
from dataclasses import dataclass
from urllib.parse import parse_qs, unquote_plus

from .web import ApiError, Request, Response

DEFAULT_CLIENT_ID = "sandbox-client"
DEFAULT_CLIENT_SECRET = "sandbox-secret"
DEFAULT_TOKEN_LIFETIME = 3600


def _oauth_error(status: int, error: str, description: str, bearer: bool = False) -> ApiError:
    headers = {"Cache-Control": "no-store"}
    if bearer:
        headers["WWW-Authenticate"] = f'Bearer error="{error}", error_description="{description}"'
    elif status == 401:
        headers["WWW-Authenticate"] = 'Basic realm="timeback-sandbox"'
    return ApiError(status, {"error": error, "error_description": description}, headers)


@dataclass
class TokenIssuer:
    client_id: str = DEFAULT_CLIENT_ID
    client_secret: str = DEFAULT_CLIENT_SECRET
    lifetime: int = DEFAULT_TOKEN_LIFETIME

    def __post_init__(self) -> None:
        self._tokens: dict[str, tuple[float, str]] = {}  # token → (expiry, client id)
        self._lock = threading.Lock()
        self.issued = 0

    def token_endpoint(self, request: Request) -> Response:
        form: dict[str, str] = {}
        if request.body:
            try:
                text = request.body.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise _oauth_error(400, "invalid_request", "body is not UTF-8") from exc
            form = {k: v[-1] for k, v in parse_qs(text, keep_blank_values=True).items()}
        grant = form.get("grant_type", "")
        if grant != "client_credentials":
            raise _oauth_error(
                400,
                "unsupported_grant_type",
                f"grant_type must be client_credentials, got {grant!r}",
            )
        client_id, client_secret = form.get("client_id"), form.get("client_secret")
        basic = request.headers.get("authorization", "")
        if basic.lower().startswith("basic "):
            try:
                decoded = base64.b64decode(basic[6:].strip(), validate=True).decode("utf-8")
            except (binascii.Error, UnicodeDecodeError) as exc:
                raise _oauth_error(401, "invalid_client", "malformed Basic credentials") from exc
            user, sep, password = decoded.partition(":")
            if not sep:
                raise _oauth_error(401, "invalid_client", "malformed Basic credentials")
            client_id, client_secret = unquote_plus(user), unquote_plus(password)
        if not client_id or client_secret is None:
            raise _oauth_error(401, "invalid_client", "client authentication is required")
        if not (
            secrets.compare_digest(client_id, self.client_id)
            and secrets.compare_digest(client_secret, self.client_secret)
        ):
            raise _oauth_error(401, "invalid_client", "unknown client or wrong client secret")
        token = secrets.token_urlsafe(32)
        with self._lock:
            now = time.monotonic()
            self._tokens = {t: e for t, e in self._tokens.items() if e[0] > now}
            self._tokens[token] = (now + self.lifetime, client_id)
            self.issued += 1
        return Response.json(
            {"access_token": token, "token_type": "Bearer", "expires_in": self.lifetime},
            headers={"Cache-Control": "no-store", "Pragma": "no-cache"},
        )

    def check(self, request: Request) -> str:
        """The client id the request's bearer token was issued to; 401 when it has none valid."""
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise _oauth_error(
                401, "invalid_token", "a bearer access token is required", bearer=True
            )
        with self._lock:
            entry = self._tokens.get(token.strip())
        if entry is None:
            raise _oauth_error(401, "invalid_token", "the access token is unknown", bearer=True)
        expiry, client_id = entry
        if expiry <= time.monotonic():
            raise _oauth_error(401, "invalid_token", "the access token has expired", bearer=True)
        return client_id

    def expire_all(self) -> int:
        with self._lock:
            n = len(self._tokens)
            self._tokens.clear()
        return n

    def active(self) -> int:
        now = time.monotonic()
        with self._lock:
            return sum(1 for e, _ in self._tokens.values() if e > now)
