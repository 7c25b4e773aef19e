"""The exception tree, the status table, imsx parsing and one-line messages."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from timeback_gen import errors
from timeback_gen.errors import (
    STATUS_ERRORS,
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    CodeMinorField,
    ConflictError,
    FilterError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    TimebackError,
    UnprocessableEntityError,
    make_status_error,
    redact_url,
)

URL = "https://api.example.com/ims/oneroster/rostering/v1p2/users/x"


def response(
    status: int,
    *,
    json: Any = None,
    text: str | None = None,
    method: str = "GET",
    url: str = URL,
) -> httpx.Response:
    request = httpx.Request(method, url)
    if json is not None:
        return httpx.Response(status, json=json, request=request)
    return httpx.Response(status, text=text or "", request=request)


IMSX = {
    "imsx_codeMajor": "failure",
    "imsx_severity": "error",
    "imsx_description": "User x was not found",
    "imsx_CodeMinor": {
        "imsx_codeMinorField": [
            {"imsx_codeMinorFieldName": "sourcedId", "imsx_codeMinorFieldValue": "unknownobject"}
        ]
    },
}


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (502, InternalServerError),
        (503, InternalServerError),
        (599, InternalServerError),
        (405, APIStatusError),
        (418, APIStatusError),
        (302, APIStatusError),
    ],
)
def test_status_maps_to_class(status: int, cls: type[APIStatusError]) -> None:
    err = make_status_error(response(status, json={}))
    assert type(err) is cls
    assert err.status_code == status
    assert isinstance(err, APIError) and isinstance(err, TimebackError)


def test_status_table_is_exactly_the_documented_one() -> None:
    assert {k: v.__name__ for k, v in STATUS_ERRORS.items()} == {
        400: "BadRequestError",
        401: "AuthenticationError",
        403: "PermissionDeniedError",
        404: "NotFoundError",
        409: "ConflictError",
        422: "UnprocessableEntityError",
        429: "RateLimitError",
    }


def test_imsx_fields_and_message() -> None:
    err = make_status_error(response(404, json=IMSX), operation="getUser")
    assert err.imsx_code_major == "failure"
    assert err.imsx_severity == "error"
    assert err.imsx_description == "User x was not found"
    assert err.imsx_code_minor == [CodeMinorField("sourcedId", "unknownobject")]
    assert err.imsx_code_minor[0].name == "sourcedId"
    assert err.body == IMSX
    assert err.method == "GET"
    assert err.url == URL
    assert err.operation == "getUser"
    assert str(err) == f"404 Not Found on GET {URL} (getUser): User x was not found"


@pytest.mark.parametrize(
    "code_minor",
    [
        [{"imsx_codeMinorFieldName": "a", "imsx_codeMinorFieldValue": "b"}],
        {"imsx_codeMinorField": {"imsx_codeMinorFieldName": "a", "imsx_codeMinorFieldValue": "b"}},
        {
            "imsx_codeMinorField": [
                {"imsx_codeMinorFieldName": "a", "imsx_codeMinorFieldValue": "b"}
            ]
        },
    ],
)
def test_code_minor_lenient_shapes(code_minor: Any) -> None:
    err = make_status_error(response(400, json={"imsx_CodeMinor": code_minor}))
    assert err.imsx_code_minor == [CodeMinorField("a", "b")]
    assert str(err).endswith(": a=b")  # falls back to the minor codes when no description


@pytest.mark.parametrize("code_minor", [None, "weird", 5, {"other": 1}])
def test_code_minor_garbage_is_empty(code_minor: Any) -> None:
    err = make_status_error(response(400, json={"imsx_CodeMinor": code_minor}))
    assert err.imsx_code_minor == []
    assert err.imsx_code_major is None


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        ({"error": "invalid_client"}, "invalid_client"),
        ({"error": "invalid_client", "error_description": "Bad creds"}, "Bad creds"),
        ({"message": "Route not found"}, "Route not found"),
        ({"error": {"message": "nested message"}}, "nested message"),
        ({"detail": "pydantic said no"}, "pydantic said no"),
    ],
)
def test_non_imsx_bodies(body: dict[str, Any], detail: str) -> None:
    err = make_status_error(response(400, json=body), operation="op")
    assert str(err).endswith(f"(op): {detail}")


def test_text_body_is_one_line_and_truncated() -> None:
    err = make_status_error(response(502, text="<html>\n<body>Bad\n gateway</body>\n" + "x" * 1000))
    message = str(err)
    assert "\n" not in message
    assert message.startswith(f"502 Bad Gateway on GET {URL}: <html> <body>Bad gateway")
    assert len(message) < 500
    assert err.body.startswith("<html>")


def test_empty_body_message() -> None:
    err = make_status_error(response(503, text=""), operation="listUsers")
    assert str(err) == f"503 Service Unavailable on GET {URL} (listUsers)"
    assert err.body is None


def test_message_url_hides_credentials() -> None:
    url = "https://user:pw@api.example.com/x?access_token=TOK&limit=5&client_secret=SEC&api_key=K"
    err = make_status_error(response(400, json={}, url=url))
    message = str(err)
    for leaked in ("TOK", "SEC", "pw", "user:", "=K"):
        assert leaked not in message
    assert "limit=5" in message
    assert "access_token=***" in err.url


def test_message_never_has_headers() -> None:
    request = httpx.Request("GET", URL, headers={"Authorization": "Bearer TOPSECRET"})
    err = make_status_error(httpx.Response(401, json={}, request=request))
    assert "TOPSECRET" not in str(err)


def test_secrets_scrubbed_if_echoed() -> None:
    body = {"error_description": "client secret hunter2 is wrong"}
    err = make_status_error(response(400, json=body), operation="token", secrets=["hunter2"])
    assert "hunter2" not in str(err)
    assert "***" in str(err)


def test_streamed_response_body_is_read() -> None:
    request = httpx.Request("GET", URL)
    resp = httpx.Response(
        404, stream=httpx.ByteStream(b'{"imsx_description": "gone"}'), request=request
    )
    err = make_status_error(resp)
    assert err.imsx_description == "gone"


def test_response_validation_error() -> None:
    body = b"<html>" + b"y" * 600 + "é".encode()
    resp = httpx.Response(200, content=body, request=httpx.Request("GET", URL))
    err = ResponseValidationError(operation="getUser", response=resp, reason="expected JSON")
    assert isinstance(err, APIError)
    assert err.operation == "getUser"
    assert err.status_code == 200
    assert err.body_snippet == body[:500].decode()
    assert len(err.body_snippet) == 500
    assert "getUser" in str(err) and "expected JSON" in str(err) and "<html>yyy" in str(err)
    assert err.response is resp


def test_response_validation_error_invalid_utf8() -> None:
    resp = httpx.Response(200, content=b"\xff\xfe{", request=httpx.Request("GET", URL))
    err = ResponseValidationError(operation="op", response=resp)
    assert "\ufffd" in err.body_snippet


def test_connection_errors() -> None:
    request = httpx.Request("GET", URL)
    err = APITimeoutError(request=request, operation="getUser")
    assert isinstance(err, APIConnectionError) and isinstance(err, APIError)
    assert err.request is request
    assert err.operation == "getUser"
    assert str(err) == "Request timed out."
    assert str(APIConnectionError()) == "Connection error."


def test_filter_error_is_value_error() -> None:
    assert issubclass(FilterError, ValueError)
    assert issubclass(FilterError, TimebackError)


def test_redact_url_keeps_plain_urls() -> None:
    assert redact_url(URL) == URL
    assert redact_url("https://h/x?filter=a%3D%27b%27&offset=0") == (
        "https://h/x?filter=a%3D%27b%27&offset=0"
    )
    assert redact_url(httpx.URL("https://h/x?password=p")) == "https://h/x?password=***"
    assert redact_url("https://h/x?q=a%20b&sort=name") == "https://h/x?q=a%20b&sort=name"
    assert redact_url("https://h/x?token=t&q=a%20b") == "https://h/x?token=***&q=a+b"


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://user:pw@h/x?token=t", "https://***@h/x?token=***"),
        ("https://pw@h", "https://***@h"),
        ("https://h/x?next=a@b", "https://h/x?next=a@b"),  # an @ past the host is not userinfo
        ("//user:pw@h/x", "***@h/x"),  # no scheme: up to the last @ is hidden
        ("user:pw@h", "***@h"),
        ("http://[::1", "http://[::1"),  # malformed: shown, not raised
        ("not a url", "not a url"),
        ("https://h/p#frag?token=t", "https://h/p#frag?token=t"),  # a fragment is no query
    ],
)
def test_redact_url_hides_userinfo_in_any_text(url: str, shown: str) -> None:
    assert redact_url(url) == shown


def test_all_is_consistent() -> None:
    for name in errors.__all__:
        assert hasattr(errors, name)


# -- errors cross process boundaries ---------------------------------------------------------------

TOKEN = "tok-3f9c1d-not-for-other-processes"


def _authorized_response(status: int, **kwargs: Any) -> httpx.Response:
    request = httpx.Request(
        "POST",
        URL + "?access_token=" + TOKEN,
        headers={"Authorization": f"Bearer {TOKEN}", "Cookie": f"s={TOKEN}"},
        content=f"client_secret={TOKEN}",
    )
    return httpx.Response(status, request=request, **kwargs)


def _picklable_errors() -> list[TimebackError]:
    import gzip
    import json as _json

    gzipped = gzip.compress(_json.dumps(IMSX).encode())
    status = [
        make_status_error(
            _authorized_response(
                code,
                content=gzipped,
                headers={"content-encoding": "gzip", "x-request-id": "req-1"},
            ),
            operation="getUser",
        )
        for code in (400, 404, 409, 418, 422, 429, 503)
    ]
    html = _authorized_response(200, content=b"<html>oops</html>")
    return [
        *status,
        ResponseValidationError(operation="getUser", response=html, reason="expected JSON"),
        APITimeoutError(request=html.request, operation="getUser"),
        APIConnectionError("refused", request=html.request),
        errors.TokenResponseError("no access_token", response=html),
        errors.OutboxFullError("100 events pending"),
        FilterError("bad filter"),
    ]


def test_errors_survive_pickling_with_their_fields_and_without_credentials() -> None:
    import pickle

    for err in _picklable_errors():
        data = pickle.dumps(err)
        assert TOKEN.encode() not in data, type(err).__name__
        back = pickle.loads(data)
        assert type(back) is type(err) and str(back) == str(err)
        for name in ("status_code", "body", "operation", "request_id", "imsx_code_minor", "url"):
            assert getattr(back, name, None) == getattr(err, name, None), name
        response = getattr(back, "response", None)
        if response is not None:  # still a response a handler can read
            assert response.status_code == err.response.status_code  # type: ignore[attr-defined]
            assert response.content == err.response.content  # type: ignore[attr-defined]
            assert "authorization" not in response.request.headers


def _raise_not_found(_: int) -> None:
    raise make_status_error(_authorized_response(404, json=IMSX), operation="getUser")


def test_an_error_raised_in_a_process_pool_arrives_typed() -> None:
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(1) as pool, pytest.raises(NotFoundError) as caught:
        list(pool.map(_raise_not_found, [1]))
    assert caught.value.imsx_code_minor == [CodeMinorField("sourcedId", "unknownobject")]
    assert caught.value.operation == "getUser" and caught.value.status_code == 404
