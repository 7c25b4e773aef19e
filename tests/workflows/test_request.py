"""`tb.request` (any route, the facade's auth, retries and typed errors) and the helpers that
send through it, over a real sandbox and against a refused port."""

from __future__ import annotations

import socket

import pytest

from timeback_gen import AsyncTimeback, Timeback
from timeback_gen.errors import APIConnectionError, NotFoundError
from timeback_gen.qti_items import choice_item, upsert_item
from timeback_gen.sandbox.process import SandboxProcess
from timeback_gen.services import RequestValidationError


def test_request_reaches_any_route_with_typed_answers(sandbox: SandboxProcess) -> None:
    with Timeback.for_sandbox(sandbox.url) as tb:
        page = tb.request("GET", "/ims/oneroster/rostering/v1p2/users/", params={"limit": 1})
        assert isinstance(page, dict) and "users" in page
        with pytest.raises(NotFoundError) as info:
            tb.request("GET", "/assessment-items/no-such-item", api="qti")
        assert info.value.status_code == 404 and "GET /assessment-items/no-such-item" in str(
            info.value
        )
        with pytest.raises(RequestValidationError, match="api must be one of"):
            tb.request("GET", "/x", api="gradebook")


async def test_async_request(sandbox: SandboxProcess) -> None:
    async with AsyncTimeback.for_sandbox(sandbox.url) as tb:
        page = await tb.request("GET", "/ims/oneroster/rostering/v1p2/users/", params={"limit": 1})
    assert "users" in page


def test_upsert_item_creates_then_leaves_unchanged(sandbox: SandboxProcess) -> None:
    item = choice_item("req-item-1", "2 + 2?", {"a": "3", "b": "4"}, correct="b")
    with Timeback.for_sandbox(sandbox.url) as tb:
        assert upsert_item(tb, item) == "created"
        assert upsert_item(tb, item) == "unchanged"


def _refused_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"  # nothing listens there now


def test_request_on_a_refused_port_raises_a_connection_error() -> None:
    # the helpers sending through it: tests/workflows/test_helpers_errors.py
    with (
        Timeback.for_sandbox(_refused_url(), max_retries=0) as tb,
        pytest.raises(APIConnectionError),
    ):
        tb.request("GET", "/ims/oneroster/rostering/v1p2/users/")
