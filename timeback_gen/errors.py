"""The timeback-gen exception tree and the HTTP status -> exception table.

Every error raised by the hand-written layer derives from :class:`TimebackError`, so callers can
catch one base class. Non-2xx responses become an :class:`APIStatusError` subclass chosen by
:data:`STATUS_ERRORS` (see :func:`make_status_error`); the message is one readable line that never
contains headers or credential-like query parameters.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple
from urllib.parse import parse_qsl, urlencode

import httpx

__all__ = [
    "REQUEST_ID_HEADERS",
    "STATUS_ERRORS",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "CodeMinorField",
    "ConfigurationError",
    "ConflictError",
    "FilterError",
    "InternalServerError",
    "NotFoundError",
    "OutboxFullError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "TimebackError",
    "TokenResponseError",
    "UnprocessableEntityError",
    "make_status_error",
    "redact_url",
    "request_id_of",
]

_MAX_DETAIL_CHARS = 300
_SNIPPET_BYTES = 500

# Query parameter names whose values are hidden wherever a URL is shown (messages, logs).
_SECRET_PARAM_RE = re.compile(
    r"token|secret|password|passwd|api[_-]?key|apikey|signature|credential|session",
    re.IGNORECASE,
)
_SECRET_PARAM_EXACT = frozenset({"key", "sig", "auth", "code", "pwd"})
_AUTHORITY_END = re.compile(r"[/?#]")


class TimebackError(Exception):
    """Base class of every error raised by timeback-gen."""

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle without calling ``__init__`` (its keyword-only arguments are not in ``args``),
        so an error crosses a process pool intact; its request and response go as copies without
        credentials (see :func:`_portable`)."""
        state = {k: _portable(v) for k, v in self.__dict__.items()}
        return (_rebuild, (type(self), self.args, state))


def _rebuild(cls: type[TimebackError], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


# Headers that may carry credentials: left out of the copies a pickled error takes along.
_SECRET_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"}
)

_BODY_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


def _portable(value: Any) -> Any:
    """An httpx request or response as a copy that can be pickled and holds no credentials:
    no credential headers, a redacted URL, no request body (a token request's carries the client
    secret). Anything else as it is."""
    if isinstance(value, httpx.Request):
        return _portable_request(value)
    if isinstance(value, httpx.Response):
        request = _request_of(value)
        # the body goes decoded: its transfer headers would no longer describe it
        headers = [
            (k, v) for k, v in _public_headers(value.headers) if k.lower() not in _BODY_HEADERS
        ]
        return httpx.Response(
            value.status_code,
            headers=headers,
            content=_read_bytes(value),
            request=_portable_request(request) if request is not None else None,
        )
    return value


def _portable_request(request: httpx.Request) -> httpx.Request:
    return httpx.Request(
        request.method, redact_url(request.url), headers=_public_headers(request.headers)
    )


def _public_headers(headers: httpx.Headers) -> list[tuple[str, str]]:
    return [(k, v) for k, v in headers.multi_items() if k.lower() not in _SECRET_HEADERS]


class ConfigurationError(TimebackError):
    """Settings are missing or invalid; the message says what to change."""


class FilterError(TimebackError, ValueError):
    """A ``where`` mapping cannot be turned into a OneRoster filter string."""


class OutboxFullError(TimebackError):
    """An event outbox already holds its `max_pending` events not yet delivered: `add` refuses
    more rather than let the file grow without end (the message says how many and why)."""


class APIError(TimebackError):
    """Base class of errors that come from talking to a TimeBack API."""


class APIConnectionError(APIError):
    """The request never produced an HTTP response (DNS, refused connection, reset, ...)."""

    default_message = "Connection error."

    def __init__(
        self,
        message: str | None = None,
        *,
        request: httpx.Request | None = None,
        operation: str | None = None,
    ) -> None:
        super().__init__(self.default_message if message is None else message)
        self.request = request
        self.operation = operation


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool timeout)."""

    default_message = "Request timed out."


# Headers that carry the platform's id of a request (the first present wins): quote it to support.
REQUEST_ID_HEADERS = ("x-request-id", "x-amzn-requestid", "x-amz-cf-id")


def request_id_of(response: httpx.Response) -> str | None:
    """The platform's id of the request a response answers, if it sent one."""
    headers = response.headers
    for name in REQUEST_ID_HEADERS:
        value: str | None = headers.get(name)
        if value:
            return value
    return None


class CodeMinorField(NamedTuple):
    """One ``imsx_codeMinorField`` entry of an imsx error body (name, value)."""

    name: str
    value: str


class APIStatusError(APIError):
    """The API answered with a non-2xx status; subclasses narrow it by status code."""

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: Any,
        operation: str | None = None,
    ) -> None:
        super().__init__(message)
        self.response = response
        self.body = body
        self.operation = operation
        self.status_code: int = response.status_code
        self.request_id: str | None = request_id_of(response)
        request = _request_of(response)
        self.method: str = request.method if request is not None else ""
        self.url: str = redact_url(request.url) if request is not None else ""
        imsx = body if isinstance(body, Mapping) else {}
        self.imsx_code_major: str | None = _opt_str(imsx.get("imsx_codeMajor"))
        self.imsx_severity: str | None = _opt_str(imsx.get("imsx_severity"))
        self.imsx_description: str | None = _opt_str(imsx.get("imsx_description"))
        self.imsx_code_minor: list[CodeMinorField] = _parse_code_minor(imsx.get("imsx_CodeMinor"))


class BadRequestError(APIStatusError):
    """400 Bad Request."""


class AuthenticationError(APIStatusError):
    """401 Unauthorized (also raised when the token endpoint rejects the credentials)."""


class PermissionDeniedError(APIStatusError):
    """403 Forbidden."""


class NotFoundError(APIStatusError):
    """404 Not Found."""


class ConflictError(APIStatusError):
    """409 Conflict."""


class UnprocessableEntityError(APIStatusError):
    """422 Unprocessable Entity."""


class RateLimitError(APIStatusError):
    """429 Too Many Requests (already retried by the transport before it reaches you)."""


class InternalServerError(APIStatusError):
    """Any 5xx status."""


STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


class ResponseValidationError(APIError):
    """A 2xx body that cannot be read: not JSON (an HTML page, truncated JSON), not an object where
    an object is declared, or, in strict mode, any difference from the document (`drift`)."""

    def __init__(
        self,
        *,
        operation: str,
        response: httpx.Response,
        reason: str | None = None,
    ) -> None:
        self.operation = operation
        self.response = response
        self.status_code: int = response.status_code
        self.request_id: str | None = request_id_of(response)
        self.reason = reason
        # In strict mode: the differences from the document (timeback_gen.drift.DriftRecord).
        self.drift: tuple[Any, ...] = ()
        self.body_snippet: str = _read_bytes(response)[:_SNIPPET_BYTES].decode(
            "utf-8", errors="replace"
        )
        why = f": {_one_line(reason)}" if reason else ""
        rid = f" [request id {_one_line(self.request_id)[:100]}]" if self.request_id else ""
        super().__init__(
            f"Response to {operation} ({self.status_code}) did not match the expected shape{why}; "
            f"body starts with: {_one_line(self.body_snippet) or '<empty>'}{rid}"
        )


class TokenResponseError(APIError):
    """The token endpoint answered 2xx but without a usable ``access_token``.

    The body is never included (it may hold a token under an unexpected key); only its keys are.
    """

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        super().__init__(message)
        self.response = response
        self.status_code: int = response.status_code


def make_status_error(
    response: httpx.Response,
    *,
    operation: str | None = None,
    secrets: Iterable[str] = (),
) -> APIStatusError:
    """Build the exception for a non-2xx ``response``; the class comes from :data:`STATUS_ERRORS`.

    ``secrets`` are strings (client secret, tokens) scrubbed from the message should the server
    echo them back.
    """
    status = response.status_code
    cls = STATUS_ERRORS.get(status)
    if cls is None:
        cls = InternalServerError if status >= 500 else APIStatusError
    body = _parse_body(response)
    request = _request_of(response)
    where = f" on {request.method} {redact_url(request.url)}" if request is not None else ""
    op = f" ({operation})" if operation else ""
    detail = _describe(body)
    reason = response.reason_phrase or "Error"
    message = f"{status} {reason}{where}{op}"
    if detail:
        message += f": {detail}"
    request_id = request_id_of(response)
    if request_id:
        message += f" [request id {_one_line(request_id)[:100]}]"
    for secret in secrets:
        if secret:
            message = message.replace(secret, "***")
    return cls(message, response=response, body=body, operation=operation)


def redact_url(url: httpx.URL | str) -> str:
    """``url`` as it may be shown: a user name and password become ``***@`` and credential-like
    query values ``***``. Takes any text, also a malformed URL (settings are checked with it), and
    never raises; without ``scheme://``, everything up to the last ``@`` counts as userinfo."""
    text = str(url)
    scheme, sep, rest = text.partition("://")
    if sep:
        end = _AUTHORITY_END.search(rest)
        cut = len(rest) if end is None else end.start()
        authority, rest = rest[:cut], rest[cut:]
        if "@" in authority:
            authority = "***@" + authority.rpartition("@")[2]
        head = f"{scheme}{sep}{authority}"
    elif "@" in text:
        head, rest = "***@", text.rpartition("@")[2]
    else:
        head, rest = "", text
    rest, hash_, fragment = rest.partition("#")
    path, qmark, query = rest.partition("?")
    pairs = parse_qsl(query, keep_blank_values=True)
    if any(_is_secret_param(k) for k, _ in pairs):
        query = urlencode([(k, "***" if _is_secret_param(k) else v) for k, v in pairs], safe="*:/,")
    return f"{head}{path}{qmark}{query}{hash_}{fragment}"


def _is_secret_param(name: str) -> bool:
    return name.lower() in _SECRET_PARAM_EXACT or _SECRET_PARAM_RE.search(name) is not None


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:  # a Response built without a request
        return None


def _read_bytes(response: httpx.Response) -> bytes:
    try:
        return response.content
    except httpx.ResponseNotRead:
        try:
            return response.read()
        except Exception:  # streamed async body or closed stream: nothing we can show
            return b""


def _parse_body(response: httpx.Response) -> Any:
    """Parsed JSON if the body is JSON, else its text, else ``None`` when empty."""
    content = _read_bytes(response)
    if not content:
        return None
    try:
        return json.loads(content)
    except (ValueError, RecursionError):  # not JSON, or nested too deeply to decode
        return content.decode(response.encoding or "utf-8", errors="replace")


def _describe(body: Any) -> str:
    """Pick the most useful human text out of an error body."""
    if isinstance(body, Mapping):
        for key in ("imsx_description", "error_description", "message", "detail", "error"):
            value = body.get(key)
            if isinstance(value, Mapping):
                value = value.get("message") or value.get("description")
            if isinstance(value, str) and value.strip():
                return _one_line(value)
        minors = _parse_code_minor(body.get("imsx_CodeMinor"))
        if minors:
            return _one_line(", ".join(f"{m.name}={m.value}" for m in minors))
        return ""
    if isinstance(body, str):
        return _one_line(body)
    return ""


def _parse_code_minor(raw: Any) -> list[CodeMinorField]:
    """Read ``imsx_CodeMinor`` leniently: a dict holding ``imsx_codeMinorField`` or a list."""
    if isinstance(raw, Mapping):
        raw = raw.get("imsx_codeMinorField", raw.get("imsx_codeMinor", []))
    if isinstance(raw, Mapping):
        raw = [raw]
    if not isinstance(raw, list):
        return []
    fields: list[CodeMinorField] = []
    for item in raw:
        if isinstance(item, Mapping):
            name = item.get("imsx_codeMinorFieldName", "")
            value = item.get("imsx_codeMinorFieldValue", "")
            fields.append(CodeMinorField(str(name), str(value)))
        elif isinstance(item, str):
            fields.append(CodeMinorField("", item))
    return fields


def _opt_str(value: Any) -> str | None:
    return None if value is None else str(value)


def _one_line(text: str) -> str:
    flat = " ".join(text.split())
    if len(flat) > _MAX_DETAIL_CHARS:
        flat = flat[: _MAX_DETAIL_CHARS - 3] + "..."
    return flat
