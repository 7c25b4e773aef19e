"""The public client over httpx.MockTransport: namespaces, facade calls, errors, raw, pagination."""

from __future__ import annotations

import asyncio
import json
import re
import subprocess
import sys
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from _timeback_gen.oneroster.types import UNSET

from timeback_gen import AsyncTimeback, Timeback, raw
from timeback_gen.errors import (
    APIConnectionError,
    APITimeoutError,
    FilterError,
    InternalServerError,
    NotFoundError,
    ResponseValidationError,
    UnprocessableEntityError,
)
from timeback_gen.services import OPERATIONS

TOKEN = {"access_token": "tok-123", "expires_in": 3600, "token_type": "Bearer"}


def user(sourced_id: str) -> dict[str, Any]:
    return {
        "sourcedId": sourced_id,
        "status": "active",
        "dateLastModified": "2024-01-01T00:00:00Z",
        "enabledUser": True,
        "givenName": "Ada",
        "familyName": "Lovelace",
        "roles": [
            {
                "roleType": "primary",
                "role": "student",
                "org": {"href": "https://x/orgs/o1", "sourcedId": "o1", "type": "org"},
            }
        ],
        "agents": [],
        "userProfiles": [],
    }


class Server:
    """A scripted TimeBack: token endpoint plus handlers keyed by path suffix."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.routes: dict[str, Any] = {}

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.url.path.endswith("/oauth2/token"):
            return httpx.Response(200, json=TOKEN)
        for suffix, handler in self.routes.items():
            if request.url.path.endswith(suffix):
                result = handler(request)
                return (
                    result
                    if isinstance(result, httpx.Response)
                    else httpx.Response(200, json=result)
                )
        return httpx.Response(
            404,
            json={
                "imsx_codeMajor": "failure",
                "imsx_severity": "error",
                "imsx_description": "no such object",
                "imsx_CodeMinor": {
                    "imsx_codeMinorField": [
                        {
                            "imsx_codeMinorFieldName": "sourcedId",
                            "imsx_codeMinorFieldValue": "unknownobject",
                        }
                    ]
                },
            },
        )

    def api_requests(self) -> list[httpx.Request]:
        return [r for r in self.requests if not r.url.path.endswith("/oauth2/token")]


def make(server: Server, **kwargs: Any) -> Timeback:
    return Timeback(
        client_id="cid", client_secret="csecret", transport=httpx.MockTransport(server), **kwargs
    )


def list_handler(total: int, *, key: str = "users", short_at: int | None = None) -> Any:
    def handler(request: httpx.Request) -> dict[str, Any]:
        offset = int(request.url.params.get("offset", 0))
        limit = int(request.url.params.get("limit", 100))
        count = max(0, min(limit, total - offset))
        if short_at is not None and offset == short_at:
            count = min(count, 1)
        items = [user(f"u{offset + i}") for i in range(count)]
        return {
            key: items,
            "totalCount": total,
            "pageCount": 1,
            "pageNumber": 1,
            "offset": offset,
            "limit": limit,
        }

    return handler


def test_every_operation_is_reachable_sync_and_async() -> None:
    tb = Timeback(client_id="a", client_secret="b")
    atb = AsyncTimeback(client_id="a", client_secret="b")
    assert len(OPERATIONS) == 237
    for key, spec in OPERATIONS.items():
        target: Any = tb
        atarget: Any = atb
        for part in spec.namespace.split("."):
            target = getattr(target, part)
            atarget = getattr(atarget, part)
        assert callable(getattr(target, spec.name)), key
        assert asyncio.iscoroutinefunction(getattr(atarget, spec.name)), key
    counts: dict[str, int] = {}
    for spec in OPERATIONS.values():
        counts[spec.api] = counts.get(spec.api, 0) + 1
    assert counts == {"oneroster": 143, "powerpath": 45, "qti": 38, "caliper": 3, "case": 8}


def test_method_names_are_snake_case_operation_ids() -> None:
    spec = OPERATIONS["oneroster.rostering.get_all_users"]
    assert spec.operation_id == "getAllUsers"
    assert OPERATIONS["caliper.send_events"].operation_id == "sendEvents"
    assert OPERATIONS["case.get_all_cf_documents"].operation_id == "getAllCFDocuments"


def test_get_user_returns_the_shared_user_model() -> None:
    server = Server()
    server.routes["/users/u1"] = lambda r: {"user": user("u1")}
    server.routes["/classes/c1/students"] = list_handler(1, key="students")
    server.routes["/users/"] = list_handler(1)
    with make(server) as tb:
        one = tb.oneroster.rostering.get_user("u1").user
        many = tb.oneroster.rostering.get_all_users().users[0]
        students = tb.oneroster.rostering.get_students_for_class("c1").students[0]
    assert type(one) is type(many) is type(students)
    assert type(one).__name__ == "User"
    assert one.given_name == "Ada" and one.roles[0].org.sourced_id == "o1"


def test_token_is_fetched_once_and_sent_as_bearer() -> None:
    server = Server()
    server.routes["/users/u1"] = lambda r: {"user": user("u1")}
    with make(server) as tb:
        for _ in range(3):
            tb.oneroster.rostering.get_user("u1")
        assert tb.token_requests == 1
    assert all(r.headers["authorization"] == "Bearer tok-123" for r in server.api_requests())


def test_query_parameters_and_where() -> None:
    server = Server()
    server.routes["/users/"] = list_handler(0)
    with make(server) as tb:
        tb.oneroster.rostering.get_all_users(
            limit=10,
            offset=5,
            sort="familyName",
            order_by="asc",
            filter="role='student'",
            fields="sourcedId",
        )
        tb.oneroster.rostering.get_all_users(
            where={"status": "active", "role": {"in_": ["teacher", "aide"]}}
        )
        with pytest.raises(FilterError, match="not both"):
            tb.oneroster.rostering.get_all_users(filter="x='y'", where={"a": "b"})
    first, second = server.api_requests()
    assert dict(first.url.params) == {
        "limit": "10",
        "offset": "5",
        "sort": "familyName",
        "orderBy": "asc",
        "filter": "role='student'",
        "fields": "sourcedId",
    }
    assert second.url.params["filter"] == "status='active' AND (role='teacher' OR role='aide')"


def test_path_parameters_are_percent_encoded() -> None:
    server = Server()
    server.routes["/users/u1"] = lambda r: {"user": user("u1")}
    with make(server) as tb, pytest.raises(NotFoundError):
        tb.oneroster.rostering.get_user("../x/?y#z")
    sent = server.api_requests()[-1]
    assert sent.url.raw_path.decode().endswith("/users/..%2Fx%2F%3Fy%23z")


def test_dict_body_is_sent_as_given() -> None:
    server = Server()
    captured: list[Any] = []

    def create(request: httpx.Request) -> httpx.Response:
        captured.append(json.loads(request.content))
        return httpx.Response(
            201, json={"sourcedIdPairs": {"suppliedSourcedId": "u9", "allocatedSourcedId": "u9"}}
        )

    server.routes["/rostering/v1p2/users/"] = create
    body = {"user": {**user("u9"), "x-extension": {"kept": True}}}
    with make(server) as tb:
        result = tb.oneroster.rostering.create_user(body=body)
    assert captured == [body]
    assert result.sourced_id_pairs.allocated_sourced_id == "u9"


def test_error_mapping_carries_imsx_fields_and_operation() -> None:
    server = Server()
    with make(server) as tb, pytest.raises(NotFoundError) as info:
        tb.oneroster.rostering.get_user("missing")
    err = info.value
    assert err.status_code == 404 and err.operation == "getUser" and err.method == "GET"
    assert err.imsx_code_major == "failure" and err.imsx_description == "no such object"
    assert [tuple(f) for f in err.imsx_code_minor] == [("sourcedId", "unknownobject")]
    assert "\n" not in str(err) and "getUser" in str(err)


def test_422_maps_to_unprocessable() -> None:
    server = Server()
    server.routes["/users/u1"] = lambda r: httpx.Response(422, json={"imsx_description": "bad"})
    with make(server) as tb, pytest.raises(UnprocessableEntityError):
        tb.oneroster.rostering.get_user("u1")


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(200, text="<html>maintenance</html>"),
        httpx.Response(200, json=[{"user": {"sourcedId": "u1"}}]),
        httpx.Response(200, content=b'{"user": {"sourcedId": "u1"'),
        httpx.Response(204),
    ],
    ids=["html", "array-for-object", "truncated", "empty"],
)
def test_unreadable_2xx_body_is_a_typed_error_naming_the_operation(
    response: httpx.Response,
) -> None:
    server = Server()
    server.routes["/users/u1"] = lambda r: response
    with make(server) as tb, pytest.raises(ResponseValidationError) as info:
        tb.oneroster.rostering.get_user("u1")
    assert info.value.operation == "getUser"
    assert "getUser" in str(info.value)


def test_readable_drifted_2xx_body_reads_and_strict_mode_refuses_it() -> None:
    server = Server()
    server.routes["/users/u1"] = lambda r: httpx.Response(200, json={"unexpected": True})
    with make(server) as tb:
        answer = tb.oneroster.rostering.get_user("u1")
        assert answer.user is UNSET and answer["unexpected"] is True
        assert answer.to_dict() == {"unexpected": True}
        [row] = tb.drift_report()
        assert (row.operation, row.path, row.kind, row.count) == ("getUser", "$.user", "missing", 1)
        with pytest.raises(ResponseValidationError) as info:
            tb.with_options(strict=True).oneroster.rostering.get_user("u1")
    assert info.value.drift[0].path == "$.user"
    assert "strict mode" in str(info.value)


def test_transport_failures_are_typed() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/oauth2/token"):
            return httpx.Response(200, json=TOKEN)
        raise httpx.ConnectError("refused", request=request)

    def slow(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/oauth2/token"):
            return httpx.Response(200, json=TOKEN)
        raise httpx.ReadTimeout("slow", request=request)

    tb = Timeback(
        client_id="a", client_secret="b", max_retries=0, transport=httpx.MockTransport(refuse)
    )
    with pytest.raises(APIConnectionError) as info:
        tb.oneroster.rostering.get_user("u1")
    assert info.value.operation == "getUser"
    tb = Timeback(
        client_id="a", client_secret="b", max_retries=0, transport=httpx.MockTransport(slow)
    )
    with pytest.raises(APITimeoutError):
        tb.qti.get_assessment_item("i1")


def test_raw_gives_response_and_parsed() -> None:
    server = Server()
    server.routes["/users/u1"] = lambda r: httpx.Response(
        200, json={"user": user("u1")}, headers={"x-request-id": "r1"}
    )
    with make(server) as tb:
        result = raw(tb.oneroster.rostering.get_user)("u1")
    assert result.status_code == 200 and result.headers["x-request-id"] == "r1"
    assert result.parsed.user.sourced_id == "u1"


def test_binary_export_returns_the_bytes_as_a_file() -> None:
    server = Server()
    archive = b"PK\x03\x04 a Common Cartridge archive"
    server.routes["/resources/export/r1"] = lambda r: httpx.Response(
        200, content=archive, headers={"content-type": "application/zip"}
    )
    with make(server) as tb:
        exported = tb.oneroster.resources.export_resource_to_common_cartridge("r1")
        again = raw(tb.oneroster.resources.export_resource_to_common_cartridge)("r1")
    assert type(exported).__name__ == "File" and exported.payload.read() == archive
    assert again.parsed.payload.read() == archive == again.http_response.content
    assert server.api_requests()[-1].method == "POST"


def test_namespaces_bind_the_generated_method_tables() -> None:
    """The generated facade classes are method tables; the client's namespaces are those tables
    bound to the hand-written services (one class per table, the table's docstring kept)."""
    import _timeback_gen.services.oneroster as generated

    from timeback_gen.services import AsyncService, SyncService

    tb = Timeback(client_id="a", client_secret="b")
    atb = AsyncTimeback(client_id="a", client_secret="b")
    rostering, arostering = tb.oneroster.rostering, atb.oneroster.rostering
    assert isinstance(rostering, generated.RosteringService) and isinstance(rostering, SyncService)
    assert isinstance(arostering, generated.AsyncRosteringService)
    assert isinstance(arostering, AsyncService) and not isinstance(arostering, SyncService)
    assert type(rostering).__doc__ == generated.RosteringService.__doc__
    assert type(tb.with_options(max_retries=1).oneroster.rostering) is type(rostering)
    assert not issubclass(generated.RosteringService, SyncService | AsyncService)


def test_raw_http_clients_carry_auth_and_base_urls() -> None:
    server = Server()
    server.routes["/status"] = lambda r: {"ok": True}
    with make(server) as tb:
        assert tb.caliper_http.get("/status").json() == {"ok": True}
        tb.qti_http.get("/status")
        tb.oneroster_http.get("/status")
    urls = [str(r.url) for r in server.api_requests()]
    assert urls == [
        "https://caliper.alpha-1edtech.ai/status",
        "https://qti.alpha-1edtech.ai/api/status",
        "https://api.alpha-1edtech.ai/status",
    ]
    assert all(r.headers["authorization"] == "Bearer tok-123" for r in server.api_requests())


def test_with_options_shares_the_token_and_changes_retries() -> None:
    server = Server()
    attempts = {"n": 0}

    def flaky(request: httpx.Request) -> httpx.Response:
        attempts["n"] += 1
        return httpx.Response(503, headers={"Retry-After": "0"}, json={})

    server.routes["/users/u1"] = flaky
    with make(server, max_retries=0) as tb:
        patient = tb.with_options(max_retries=3)
        with pytest.raises(InternalServerError):
            tb.oneroster.rostering.get_user("u1")
        assert attempts["n"] == 1
        with pytest.raises(InternalServerError):
            patient.oneroster.rostering.get_user("u1")
        assert attempts["n"] == 1 + 4
        assert patient.token_requests == tb.token_requests == 1
        assert patient.settings.max_retries == 3 and tb.settings.max_retries == 0


def test_with_options_copies_share_the_connections_and_carry_their_own_timeout() -> None:
    """`tb.with_options(timeout=5).oneroster...` per call opens no new connection pool: copies
    use the original's httpx clients and send their own timeout and retry budget per request."""
    server = Server()
    server.routes["/users/u1"] = lambda request: {"user": user("u1")}
    with make(server, timeout=30) as tb:
        quick = tb.with_options(timeout=5)
        copies = [quick, quick.with_options(max_retries=1), tb.with_options(max_concurrency=3)]
        for client in (*copies, tb):
            client.oneroster.rostering.get_user("u1")
        pool = tb.oneroster_http
        assert all(c.oneroster_http is pool for c in copies)
        assert [r.extensions["timeout"]["read"] for r in server.api_requests()] == [5, 5, 30, 30]
        quick.close()  # the shared pools: closed, and reopened by the next call
        assert pool.is_closed
        copies[2].oneroster.rostering.get_user("u1")
        assert tb.oneroster_http is not pool and not tb.oneroster_http.is_closed
        assert tb.token_requests == 1


async def test_async_with_options_copies_share_connections_and_the_in_flight_limit() -> None:
    """A copy that keeps `max_concurrency` counts against the original's in-flight limit; a copy
    with another limit has its own."""
    in_flight = peak = 0
    gate = asyncio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        if request.url.path.endswith("/oauth2/token"):
            return httpx.Response(200, json=TOKEN)
        in_flight += 1
        peak = max(peak, in_flight)
        await gate.wait()
        in_flight -= 1
        return httpx.Response(200, json={"user": user("u1")})

    async with AsyncTimeback(
        client_id="a", client_secret="b", max_concurrency=2, transport=httpx.MockTransport(handler)
    ) as tb:
        same_limit = tb.with_options(timeout=5)
        own_limit = tb.with_options(max_concurrency=3)
        calls = [c.oneroster.rostering.get_user("u1") for c in (tb, same_limit) for _ in range(2)]
        first = asyncio.gather(*calls)
        for _ in range(20):
            await asyncio.sleep(0)
        assert peak == 2  # tb and same_limit together: 2
        second = asyncio.gather(*(own_limit.oneroster.rostering.get_user("u1") for _ in range(4)))
        for _ in range(20):
            await asyncio.sleep(0)
        assert peak == 2 + 3
        gate.set()
        await asyncio.gather(first, second)
        assert same_limit.oneroster_http is own_limit.oneroster_http is tb.oneroster_http
        assert tb.token_requests == 1


def test_paginate_continues_past_a_short_page_until_total_count() -> None:
    server = Server()
    server.routes["/users/"] = list_handler(7, short_at=2)
    with make(server) as tb:
        ids = [u.sourced_id for u in tb.paginate(tb.oneroster.rostering.get_all_users, page_size=2)]
    assert ids == [f"u{i}" for i in range(7)]


def test_paginate_max_items_and_where() -> None:
    server = Server()
    server.routes["/users/"] = list_handler(50)
    with make(server) as tb:
        users = list(
            tb.paginate(
                tb.oneroster.rostering.get_all_users,
                where={"role": "student"},
                page_size=10,
                max_items=15,
            )
        )
    assert len(users) == 15
    assert len(server.api_requests()) == 2
    assert all(r.url.params["filter"] == "role='student'" for r in server.api_requests())


def test_paginate_without_total_count_stops_on_empty_page() -> None:
    class Listing:
        """A list operation whose pages carry no totalCount."""

        def __init__(self) -> None:
            self.offsets: list[int] = []

        def list_things(self, *, limit: int, offset: int) -> SimpleNamespace:
            self.offsets.append(offset)
            return SimpleNamespace(things=[offset] if offset < 3 else [])

    listing = Listing()
    tb = Timeback(client_id="a", client_secret="b")
    assert list(tb.paginate(listing.list_things, page_size=1)) == [0, 1, 2]
    assert listing.offsets == [0, 1, 2, 3]


async def test_async_paginate_concurrent_pages_in_order_with_short_page() -> None:
    server = Server()
    server.routes["/users/"] = list_handler(23, short_at=10)
    async with AsyncTimeback(
        client_id="a", client_secret="b", transport=httpx.MockTransport(server)
    ) as atb:
        ids = [
            u.sourced_id
            async for u in atb.paginate(atb.oneroster.rostering.get_all_users, page_size=5)
        ]
        assert atb.token_requests == 1
    assert ids == [f"u{i}" for i in range(23)]


async def test_async_in_flight_limit() -> None:
    state = {"now": 0, "peak": 0}

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/oauth2/token"):
            return httpx.Response(200, json=TOKEN)
        state["now"] += 1
        state["peak"] = max(state["peak"], state["now"])
        await asyncio.sleep(0.005)
        state["now"] -= 1
        return httpx.Response(200, json={"user": user("u1")})

    async with AsyncTimeback(
        client_id="a", client_secret="b", max_concurrency=3, transport=httpx.MockTransport(handler)
    ) as atb:
        await asyncio.gather(*(atb.oneroster.rostering.get_user("u1") for _ in range(30)))
    assert state["peak"] == 3


def test_import_is_lazy() -> None:
    code = (
        "import sys, timeback_gen\n"
        "assert '_timeback_gen' not in sys.modules\n"
        "tb = timeback_gen.Timeback(client_id='a', client_secret='b')\n"
        "assert not any(m.startswith('_timeback_gen.oneroster') for m in sys.modules)\n"
        "tb.oneroster.rostering\n"
        "assert '_timeback_gen.services.oneroster' in sys.modules\n"
        "assert '_timeback_gen.oneroster.models.user' not in sys.modules\n"
        "assert '_timeback_gen.qti' not in sys.modules\n"
        "assert 'httpcore' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_client_repr_hides_the_secret() -> None:
    tb = Timeback(client_id="cid", client_secret="super-secret-value")
    assert "super-secret-value" not in repr(tb)
    assert "super-secret-value" not in repr(tb.settings)


@pytest.mark.parametrize("seed", range(200))
async def test_async_paginate_every_record_once_in_order(seed: int) -> None:
    """Random totals, page sizes, concurrency, short pages and caps: the stream is exact."""
    import random

    rng = random.Random(seed)
    total = rng.randint(0, 60)
    short = {rng.randrange(0, max(total, 1)) for _ in range(rng.randint(0, 4))}
    max_items = rng.choice([None, rng.randint(0, 70)])

    class Listing:
        async def list_things(self, *, limit: int, offset: int) -> SimpleNamespace:
            await asyncio.sleep(rng.random() / 1000)
            count = max(0, min(limit, total - offset))
            if offset in short and count > 1:
                count = rng.randint(1, count - 1)
            return SimpleNamespace(things=list(range(offset, offset + count)), total_count=total)

    atb = AsyncTimeback(client_id="a", client_secret="b")
    pager = atb.paginate(
        Listing().list_things,
        page_size=rng.randint(1, 7),
        concurrency=rng.randint(1, 5),
        max_items=max_items,
    )
    if seed % 2:  # fetched within the iteration steps
        got = [x async for x in pager]
    else:  # requests going on between the steps, in the block's task group
        async with pager:
            got = [x async for x in pager]
    expected = list(range(total if max_items is None else min(total, max_items)))
    assert got == expected


class _Pages:
    """An async list operation over `total` records that records when each page request starts
    and lets the test decide when it answers."""

    def __init__(self, total: int, *, slow: frozenset[int] = frozenset()) -> None:
        self.total = total
        self.slow = slow
        self.started: list[int] = []
        self.release = asyncio.Event()

    async def list_things(self, *, limit: int, offset: int) -> SimpleNamespace:
        self.started.append(offset)
        if offset in self.slow:
            await self.release.wait()
        else:
            await asyncio.sleep(0)
        count = max(0, min(limit, self.total - offset))
        return SimpleNamespace(things=list(range(offset, offset + count)), total_count=self.total)


async def test_async_paginate_sends_the_first_window_at_once_when_max_items_bounds_it() -> None:
    pages = _Pages(1000)
    atb = AsyncTimeback(client_id="a", client_secret="b")
    walk = aiter(atb.paginate(pages.list_things, page_size=10, max_items=35, concurrency=8))
    first = await anext(walk)
    # 35 items in pages of 10: four requests, all started before the first item came back.
    assert first == 0 and sorted(pages.started) == [0, 10, 20, 30]
    assert [x async for x in walk] == list(range(1, 35))
    assert sorted(pages.started) == [0, 10, 20, 30]  # nothing fetched past max_items


async def test_async_paginate_slow_page_does_not_hold_back_the_next_requests() -> None:
    """Inside `async with`, the walk's requests go on while the caller is busy elsewhere."""
    pages = _Pages(200, slow=frozenset({10}))
    atb = AsyncTimeback(client_id="a", client_secret="b")
    async with atb.paginate(pages.list_things, page_size=10, concurrency=3) as pager:
        walk = aiter(pager)
        assert [await anext(walk) for _ in range(10)] == list(range(10))
        for _ in range(20):
            await asyncio.sleep(0)
        # Page 10 is still out; answered pages behind it keep their requests flowing, up to
        # 2 * concurrency pages held (answered or in flight) at once.
        assert 10 in pages.started and max(pages.started) >= 40
        assert len([o for o in pages.started if o >= 10]) <= 6
        pages.release.set()
        assert [x async for x in walk] == list(range(10, 200))
    assert sorted(pages.started) == list(range(0, 200, 10))


async def test_async_paginate_is_not_held_up_by_a_loop_that_is_never_idle() -> None:
    """Another task that always has work (here: one that yields forever): the walk still goes
    through, giving the loop one turn before each page."""
    spins = 0

    async def busy() -> None:
        nonlocal spins
        while True:
            spins += 1
            await asyncio.sleep(0)

    class Listing:
        async def list_things(self, *, limit: int, offset: int) -> SimpleNamespace:
            await asyncio.sleep(0)
            return SimpleNamespace(things=list(range(offset, offset + limit)), total_count=100)

    spinner = asyncio.ensure_future(busy())
    try:
        atb = AsyncTimeback(client_id="a", client_secret="b")
        walk = atb.paginate(Listing().list_things, page_size=10, concurrency=4)
        got = [x async for x in walk]
    finally:
        spinner.cancel()
    assert got == list(range(100))
    # 11 pages (one to learn the total); two turns given per page at most, plus the awaits
    assert spins <= 11 * (2 + 4)


async def test_async_paginate_without_total_count_fetches_one_page_at_a_time() -> None:
    class Listing:
        def __init__(self) -> None:
            self.started: list[int] = []

        async def list_things(self, *, limit: int, offset: int) -> SimpleNamespace:
            self.started.append(offset)
            await asyncio.sleep(0)
            return SimpleNamespace(things=[offset] if offset < 3 else [])

    listing = Listing()
    atb = AsyncTimeback(client_id="a", client_secret="b")
    got = [x async for x in atb.paginate(listing.list_things, page_size=1, concurrency=5)]
    assert got == [0, 1, 2]
    assert listing.started == [0, 1, 2, 3]  # stops at the first empty page, nothing past it


@pytest.mark.parametrize("max_items", [0, -1])
async def test_paginate_max_items_zero_makes_no_request_and_negative_is_refused(
    max_items: int,
) -> None:
    from timeback_gen.pagination import PaginationError

    sync_calls: list[int] = []

    class Sync:
        def list_things(self, *, limit: int, offset: int) -> SimpleNamespace:
            sync_calls.append(offset)
            return SimpleNamespace(things=[1], total_count=1)

    pages = _Pages(10)
    tb = Timeback(client_id="a", client_secret="b")
    atb = AsyncTimeback(client_id="a", client_secret="b")
    if max_items < 0:
        with pytest.raises(PaginationError, match="max_items"):
            list(tb.paginate(Sync().list_things, max_items=max_items))
        with pytest.raises(PaginationError, match="max_items"):
            [x async for x in atb.paginate(pages.list_things, max_items=max_items)]
        return
    assert list(tb.paginate(Sync().list_things, max_items=0)) == []
    assert [x async for x in atb.paginate(pages.list_things, max_items=0)] == []
    assert sync_calls == [] and pages.started == []


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"page_size": 0}, "page_size must be a whole number from 1 to 3000, got 0"),
        ({"page_size": 3001}, "page_size must be a whole number from 1 to 3000, got 3001"),
        ({"page_size": "100"}, "page_size must be a whole number from 1 to 3000, got '100'"),
        ({"page_size": 2.5}, "page_size must be a whole number from 1 to 3000, got 2.5"),
        ({"max_items": True}, "max_items must be a whole number, 0 or more, got True"),
        ({"limit": 5}, "paginate() sets limit= itself"),
        ({"concurrency": 0}, "concurrency must be a whole number, 1 or more"),
        ({"concurrency": "4"}, "concurrency must be a whole number, 1 or more"),
    ],
)
async def test_paginate_refuses_bad_arguments_before_any_request(
    kwargs: dict[str, Any], message: str
) -> None:
    """Bad paging arguments raise `PaginationError` saying what to pass, with no request made
    (sync and async; `concurrency` is the async walk's own)."""
    from timeback_gen.pagination import PaginationError

    pages = _Pages(10)
    atb = AsyncTimeback(client_id="a", client_secret="b")
    with pytest.raises(PaginationError) as caught:
        [x async for x in atb.paginate(pages.list_things, **kwargs)]
    assert message in str(caught.value)
    if "concurrency" not in kwargs:
        calls: list[int] = []

        class Sync:
            def list_things(self, *, limit: int, offset: int) -> SimpleNamespace:
                calls.append(offset)
                return SimpleNamespace(things=[1], total_count=1)

        tb = Timeback(client_id="a", client_secret="b")
        with pytest.raises(PaginationError, match=re.escape(message)):
            list(tb.paginate(Sync().list_things, **kwargs))
        assert calls == []
    assert pages.started == []


def test_async_client_outside_an_event_loop_says_it_needs_one() -> None:
    """Awaited without an event loop (a coroutine driven by hand): a TimebackError that says what
    to do, before any request or token fetch."""
    from timeback_gen.errors import TimebackError

    calls: list[httpx.Request] = []
    atb = AsyncTimeback(
        client_id="a", client_secret="b", transport=httpx.MockTransport(calls.append)
    )
    coro = atb.oneroster.rostering.get_user("u1")
    with pytest.raises(TimebackError, match=r"AsyncTimeback needs a running event loop.*trio"):
        coro.send(None)
    assert calls == []


async def test_async_paginate_raises_a_failed_page_in_its_turn_after_the_pages_before_it() -> None:
    server = Server()
    pages = list_handler(50)

    def handler(request: httpx.Request) -> Any:
        if request.url.params.get("offset") == "30":
            return httpx.Response(404, json={"imsx_codeMajor": "failure"})
        return pages(request)

    server.routes["/users/"] = handler
    got: list[str] = []
    async with AsyncTimeback(
        client_id="a", client_secret="b", transport=httpx.MockTransport(server)
    ) as atb:
        with pytest.raises(NotFoundError):
            async for u in atb.paginate(
                atb.oneroster.rostering.get_all_users, page_size=10, max_items=50
            ):
                got.append(u.sourced_id)
    # Every page before the failed one was handed out, typed, in order; nothing after it.
    assert got == [f"u{i}" for i in range(30)]


def test_paginate_frees_a_page_as_it_is_consumed() -> None:
    """The walk keeps nothing of a page it hands out: once the caller lets go of a record it is
    freed, mid-page too (and so a page is never held while the next is fetched: what keeps a
    100,000-user walk's memory flat)."""
    import gc
    import weakref

    server = Server()
    server.routes["/users/"] = list_handler(30)
    alive: list[weakref.ref[Any]] = []
    with make(server) as tb:
        for n, u in enumerate(tb.paginate(tb.oneroster.rostering.get_all_users, page_size=10)):
            gc.collect()
            assert [r for r in alive if r() is not None] == [], n
            alive.append(weakref.ref(u))
            del u
    assert n == 29
