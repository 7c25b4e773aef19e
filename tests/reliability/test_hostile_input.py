"""Hostile input from the caller: filter values, path parameters, base URLs, CR/LF."""

from __future__ import annotations

import contextlib
from typing import Any
from urllib.parse import unquote

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeback_gen import Timeback
from timeback_gen.config import Settings
from timeback_gen.errors import ConfigurationError, NotFoundError
from timeback_gen.filters import OPERATORS, where_to_filter
from timeback_gen.sandbox import filters as sandbox_filters
from timeback_gen.sandbox.process import SandboxProcess
from timeback_gen.services import RequestValidationError

from .conftest import USERS, user_record
from .rawserver import RawServer, send

# -- where= values: escaped, and parsed back to the same conditions --------------------------

fields = st.from_regex(r"[a-z][A-Za-z0-9_]{0,8}(\.[a-z][A-Za-z0-9_]{0,5})?", fullmatch=True)
hostile_text = st.text(max_size=30) | st.sampled_from(
    [
        "O'Brien",
        "' OR '1'='1",
        "x' AND status='active",
        "a\nb\r\nc",
        "''",
        "'",
        "AND",
        "OR (",
        ")",
        "Zoë 学生 🎓",
        "\\'",
        "%27",
    ]
)
values = hostile_text | st.integers() | st.booleans()
op_names = st.sampled_from([*OPERATORS, "in_", "not_in"])


@st.composite
def conditions(draw: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in draw(st.lists(fields, min_size=1, max_size=3, unique=True)):
        op = draw(op_names)
        if op in ("in_", "not_in"):
            out[name] = {op: draw(st.lists(values, min_size=1, max_size=3))}
        elif op == "eq" and draw(st.booleans()):
            out[name] = draw(values)
        else:
            out[name] = {op: draw(values)}
    return out


@st.composite
def wheres(draw: Any) -> dict[str, Any]:
    where = draw(conditions())
    if draw(st.booleans()):
        where["OR"] = draw(st.lists(conditions(), min_size=2, max_size=3))
    return where


def text_of(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def expected(where: dict[str, Any]) -> Any:
    """The conditions `where` means, as a normalised tree (independent of the renderer)."""
    parts: list[Any] = []
    for key, value in where.items():
        if key == "OR":
            parts.append(("OR", tuple(expected(sub) for sub in value)))
        elif not isinstance(value, dict):
            parts.append(("CMP", key, "=", text_of(value)))
        else:
            for op, operand in value.items():
                if op == "in_":
                    parts.append(("OR", tuple(("CMP", key, "=", text_of(v)) for v in operand)))
                elif op == "not_in":
                    parts.append(("AND", tuple(("CMP", key, "!=", text_of(v)) for v in operand)))
                else:
                    parts.append(("CMP", key, OPERATORS[op], text_of(operand)))
    return normalise(("AND", tuple(parts)))


def normalise(node: Any) -> Any:
    if node[0] == "CMP":
        return node
    op, items = node
    flat: list[Any] = []
    for item in (normalise(i) for i in items):
        flat.extend(item[1] if item[0] == op else [item])
    return flat[0] if len(flat) == 1 else (op, tuple(flat))


def from_ast(node: sandbox_filters.Node) -> Any:
    if isinstance(node, sandbox_filters.Comparison):
        return ("CMP", node.field, node.op, node.value)
    op = "AND" if isinstance(node, sandbox_filters.And) else "OR"
    return normalise((op, tuple(from_ast(i) for i in node.items)))


@settings(max_examples=300, deadline=None)
@given(wheres())
def test_where_round_trips_through_the_sandbox_parser(where: dict[str, Any]) -> None:
    rendered = where_to_filter(where)
    assert from_ast(sandbox_filters.parse_filter(rendered)) == expected(where)


HOSTILE_NAMES = ["O'Brien", "x' OR familyName='Smith", "a\nb", "AND", "Zoë 学生", "''"]


@pytest.mark.sandbox
def test_hostile_filter_values_match_exactly_on_the_sandbox(sb: SandboxProcess) -> None:
    with sb.client() as c:
        for i, name in enumerate([*HOSTILE_NAMES, "Smith"]):
            body = {"user": user_record(f"h{i}", familyName=name)}
            assert c.post(USERS, json=body).status_code == 201
    with Timeback.for_sandbox(sb.url) as tb:
        for i, name in enumerate(HOSTILE_NAMES):
            got = tb.oneroster.rostering.get_all_users(where={"familyName": name})
            assert [u.sourced_id for u in got.users] == [f"h{i}"], name


# -- path parameters ---------------------------------------------------------------------------

PREFIX = "/ims/oneroster/rostering/v1p2/users/"


class Capture:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.raw_path == b"/oauth2/token":
            return httpx.Response(200, json={"access_token": "t", "expires_in": 3600})
        self.requests.append(request)
        return httpx.Response(404, json={"imsx_description": "no"})


@pytest.mark.parametrize(
    ("value", "segment"),
    [
        ("../x", "..%2Fx"),
        ("..", "%2E%2E"),
        (".", "%2E"),
        ("a/b", "a%2Fb"),
        ("../../../oauth2/token", "..%2F..%2F..%2Foauth2%2Ftoken"),
        ("?limit=1", "%3Flimit%3D1"),
        ("#frag", "%23frag"),
        ("%2F", "%252F"),
        ("a\r\nX-Injected: 1", "a%0D%0AX-Injected%3A%201"),
        ("Zoë/学生", "Zo%C3%AB%2F%E5%AD%A6%E7%94%9F"),
    ],
)
def test_path_parameters_cannot_change_the_route(value: str, segment: str) -> None:
    server = Capture()
    with Timeback(client_id="a", client_secret="b", transport=httpx.MockTransport(server)) as tb:
        with pytest.raises(NotFoundError):
            tb.oneroster.rostering.get_user(value)
        with pytest.raises(NotFoundError):
            tb.oneroster.rostering.delete_user(value)
    for sent in server.requests:
        assert sent.url.raw_path.decode() == PREFIX + segment
        assert sent.url.query == b"" and sent.url.fragment == ""
        assert unquote(sent.url.raw_path.decode()[len(PREFIX) :]) == value
        assert sent.url.host == "api.alpha-1edtech.ai"


@given(st.text(min_size=1, max_size=40))
@settings(max_examples=200, deadline=None)
def test_any_path_parameter_stays_one_segment(value: str) -> None:
    server = Capture()
    tb = Timeback(client_id="a", client_secret="b", transport=httpx.MockTransport(server))
    with contextlib.suppress(NotFoundError):
        tb.qti.get_assessment_item(value)
    raw = server.requests[-1].url.raw_path.decode()
    prefix = "/api/assessment-items/"
    assert raw.startswith(prefix)
    rest = raw[len(prefix) :]
    assert "/" not in rest and "?" not in rest and "#" not in rest
    assert rest not in (".", "..")
    decoded = unquote(rest, errors="surrogatepass")
    assert decoded == value


def test_empty_path_parameter_is_refused_before_sending() -> None:
    server = Capture()
    tb = Timeback(client_id="a", client_secret="b", transport=httpx.MockTransport(server))
    with tb, pytest.raises(RequestValidationError, match="must not be empty"):
        tb.oneroster.rostering.delete_user("")  # would otherwise be DELETE .../users/
    assert server.requests == []


@pytest.mark.sandbox
def test_dot_segments_reach_the_sandbox_as_ids(sb: SandboxProcess) -> None:
    with Timeback.for_sandbox(sb.url) as tb:
        for value in ("..", ".", "../users"):
            with pytest.raises(NotFoundError) as info:
                tb.oneroster.rostering.get_user(value)
            assert info.value.operation == "getUser"


# -- base URLs ---------------------------------------------------------------------------------

BAD_URLS = [
    "http://user:hunter2@api.example.com/",
    "https://hunter2@api.example.com",
    "https://api.example.com@evil.example/",
    "ftp://api.example.com/",
    "file:///etc/passwd",
    "javascript:alert(1)",
    "gopher://api.example.com/",
    "api.example.com/v1",
    "//api.example.com/",
    "https://",
]


@pytest.mark.parametrize("url", BAD_URLS)
@pytest.mark.parametrize(
    "setting", ["api_base_url", "qti_api_base_url", "caliper_api_base_url", "token_url"]
)
def test_bad_base_urls_are_refused(url: str, setting: str) -> None:
    with pytest.raises(ConfigurationError) as info:
        Timeback(client_id="a", client_secret="b", **{setting: url})
    assert "hunter2" not in str(info.value)
    assert setting in str(info.value)


@pytest.mark.parametrize("url", BAD_URLS)
def test_bad_sandbox_urls_are_refused(url: str) -> None:
    with pytest.raises(ConfigurationError) as info:
        Settings.for_sandbox(url)
    assert "hunter2" not in str(info.value)


def test_bad_url_from_the_environment_is_refused() -> None:
    env = {
        "TIMEBACK_CLIENT_ID": "a",
        "TIMEBACK_CLIENT_SECRET": "b",
        "TIMEBACK_API_BASE_URL": "http://u:hunter2@h/",
    }
    with pytest.raises(ConfigurationError) as info:
        Settings.resolve(env=env)
    assert "TIMEBACK_API_BASE_URL" in str(info.value) and "hunter2" not in str(info.value)


# -- CR/LF cannot inject headers ---------------------------------------------------------------

CRLF = "v\r\nX-Injected: 1\r\n\r\nGET /evil HTTP/1.1"


def test_crlf_in_parameters_never_reaches_the_headers() -> None:
    with RawServer() as srv:
        srv.api(default=send(404, {"imsx_description": "no"}))
        with Timeback.for_sandbox(srv.url, max_retries=0) as tb:
            with pytest.raises(NotFoundError):
                tb.oneroster.rostering.get_user(CRLF)
            with pytest.raises(NotFoundError):
                tb.oneroster.rostering.get_all_users(search=CRLF, sort=CRLF, where={"a": CRLF})
            with pytest.raises(NotFoundError):
                tb.oneroster.rostering.create_user(body={"user": user_record(CRLF)})
            with pytest.raises(NotFoundError):
                tb.qti.search_assessment_items(query=CRLF)
        received = srv.api_requests
    assert len(received) == 4  # one request each: nothing smuggled a second one in
    for req in received:
        assert "\r" not in req.target and "\n" not in req.target and " " not in req.target
        assert all(name.lower() != "x-injected" for name, _ in req.headers)
        assert "/evil" not in req.target
    assert CRLF in received[2].body.decode("unicode_escape")  # JSON-escaped in the body


@pytest.mark.parametrize("credential", ["client_id", "client_secret"])
def test_crlf_in_credentials_stays_in_the_form_body(credential: str) -> None:
    with RawServer() as srv:
        srv.api(default=send(200, {"user": user_record("u1")}))
        creds = {"client_id": "cid", "client_secret": "sec", credential: CRLF}
        with Timeback.for_sandbox(srv.url, **creds) as tb:
            tb.oneroster.rostering.get_user("u1")
        token_request = srv.token_requests[0]
    assert all(name.lower() != "x-injected" for name, _ in token_request.headers)
    assert b"\r\n" not in token_request.body  # form-encoded
