"""Every paging style against a loopback server that answers exactly the pages a test scripts:
PowerPath's offset/limit list, QTI's page/limit search (short pages mid-list: the gap rule of
specs/paging.yaml) and Caliper's event list (`pagination.total`), sync and async.

The server (`RawServer`) reads each request's paging parameters and answers the records at those
positions from a list, cut short where the test says; the tests check every record comes out once,
in order, and (sync) exactly which pages were asked for.
"""

from __future__ import annotations

import random
import socket
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from _timeback_gen.caliper.models import Event, ListEventsResponse200
from _timeback_gen.powerpath import models as powerpath
from _timeback_gen.qti.models import Item, SearchAssessmentItemsResponse200

from timeback_gen import AsyncTimeback, Timeback
from timeback_gen.pagination import AsyncPager, PaginationError, SyncPager

from .rawserver import RawServer, Received, send, stall

# (start, how many the page holds) -> how many records to answer
Cut = Callable[[int, int], int]


def assignment(n: int) -> dict[str, Any]:
    return {
        "sourcedId": f"ta-{n:05d}",
        "studentSourcedId": f"s-{n}",
        "studentEmail": f"s{n}@example.com",
        "assignedByUserSourcedId": None,
        "subject": "Math",
        "grade": "3",
        "assignmentStatus": "assigned",
    }


def qti_item(n: int) -> dict[str, Any]:
    return {
        "identifier": f"item-{n:05d}",
        "title": f"Item {n}",
        "type": "choice",
        "qtiVersion": "3.0",
        "timeDependent": False,
        "adaptive": False,
        "rawXml": "<qti-assessment-item/>",
        "createdAt": "2025-01-01T00:00:00Z",
        "updatedAt": "2025-01-01T00:00:00Z",
    }


def caliper_event(n: int) -> dict[str, Any]:
    return {
        "id": f"urn:uuid:00000000-0000-0000-0000-{n:012d}",
        "type": "Event",
        "actor": "https://example.com/users/1",
        "action": "Created",
        "object": f"https://example.com/objects/{n}",
        "eventTime": "2025-01-01T00:00:00Z",
        "profile": "GeneralProfile",
    }


def listing(
    style: str,
    make: Callable[[int], dict[str, Any]],
    total: int,
    cut: Cut | None = None,
    *,
    counted: bool = True,
):
    """An action answering a page request over `total` records made by `make`, in the envelope
    of the style's API: PowerPath (`offset`), QTI (`page`), Caliper (`events`); `counted=False`
    leaves the QTI total out."""

    def act(sock: socket.socket, req: Received, server: RawServer) -> bool:
        query = {k: v[0] for k, v in parse_qs(urlsplit(req.target).query).items()}
        limit = int(query["limit"])
        start = (int(query["page"]) - 1) * limit if style == "qti" else int(query["offset"])
        count = max(0, min(limit, total - start))
        if cut is not None:
            count = min(count, cut(start, count))
        records = [make(n) for n in range(start, start + count)]
        if style == "qti":
            body: dict[str, Any] = {
                "items": records,
                "total": total,
                "page": int(query["page"]),
                "pages": -(-total // limit),
                "limit": limit,
                "sort": "identifier",
                "order": "asc",
            }
            if not counted:
                del body["total"], body["pages"]
        elif style == "caliper":
            body = {
                "status": "success",
                "message": f"{count} event(s) retrieved",
                "events": records,
                "pagination": {"total": total, "limit": limit, "offset": start},
            }
        else:
            body = {
                "testAssignments": records,
                "totalCount": total,
                "pageCount": -(-total // limit),
                "pageNumber": start // limit + 1,
                "offset": start,
                "limit": limit,
            }
        return send(200, body)(sock, req, server)

    return act


def asked(srv: RawServer, *names: str) -> list[tuple[str, ...]]:
    """The paging parameters of every API request, in order."""
    out = []
    for req in srv.api_requests:
        query = parse_qs(urlsplit(req.target).query)
        out.append(tuple(query[n][0] for n in names))
    return out


@pytest.fixture()
def srv() -> Iterator[RawServer]:
    with RawServer(lifetime=60) as server:
        yield server


# -- offset/limit: PowerPath -----------------------------------------------------------------


def test_powerpath_list_continues_a_short_page_where_it_stopped(srv: RawServer) -> None:
    srv.api(default=listing("powerpath", assignment, 23, cut=lambda s, n: 2 if s == 5 else n))
    with Timeback.for_sandbox(srv.url) as tb:
        pager = tb.paginate(tb.powerpath.list_all_test_assignments, subject="Math", page_size=5)
        assert isinstance(pager, SyncPager)
        got = list(pager)
    assert all(isinstance(a, powerpath.TestAssignment) for a in got)
    assert [a.sourced_id for a in got] == [f"ta-{n:05d}" for n in range(23)]
    # The page at 5 answered 2 of 5 (totalCount 23): the walk goes on at 7, and asks the last
    # page for the one record left.
    assert asked(srv, "offset", "limit") == [
        ("0", "5"),
        ("5", "5"),
        ("7", "5"),
        ("12", "5"),
        ("17", "5"),
        ("22", "1"),
    ]
    assert all(r.target.count("subject=Math") == 1 for r in srv.api_requests)


async def test_async_powerpath_list_with_short_pages_every_record_once(srv: RawServer) -> None:
    rng = random.Random(5)
    short = {rng.randrange(0, 200) for _ in range(12)}
    srv.api(default=listing("powerpath", assignment, 200, lambda s, n: n // 3 if s in short else n))
    async with AsyncTimeback.for_sandbox(srv.url) as tb:
        pager = tb.paginate(tb.powerpath.list_all_test_assignments, page_size=10, concurrency=4)
        assert isinstance(pager, AsyncPager)
        got = [a.sourced_id async for a in pager]
        pages = [p async for p in pager.pages()]
    assert got == [f"ta-{n:05d}" for n in range(200)]
    assert all(isinstance(p, powerpath.TestAssignmentList) for p in pages)
    assert [a.sourced_id for p in pages for a in p.test_assignments] == got


# -- page/limit: QTI searches ----------------------------------------------------------------


def test_qti_search_fills_a_short_page_with_a_page_that_begins_at_the_gap(srv: RawServer) -> None:
    # 30 items, pages of 10; page 2 (positions 10-19) answers 3: the gap is 13..19. No page of
    # limit 10 begins at 13, so the walk asks page 2 of limit 13 (positions 13-25), keeps the
    # 7 it needs, and goes on with page 3 of limit 10: nothing skipped, nothing twice.
    srv.api(default=listing("qti", qti_item, 30, cut=lambda s, n: 3 if s == 10 else n))
    with Timeback.for_sandbox(srv.url) as tb:
        pager = tb.paginate(tb.qti.search_assessment_items, query="x", page_size=10)
        got = [i.identifier for i in pager]
        asked_once = asked(srv, "page", "limit")
        pages = list(pager.pages())
    assert got == [f"item-{n:05d}" for n in range(30)]
    assert asked_once == [("1", "10"), ("2", "10"), ("2", "13"), ("3", "10")]
    assert all(isinstance(p, SearchAssessmentItemsResponse200) for p in pages)
    # each page holds the records the walk handed out of it: the gap page its 7
    assert [len(p.items) for p in pages] == [10, 3, 7, 10]
    assert all(isinstance(i, Item) for p in pages for i in p.items)
    assert [i.identifier for p in pages for i in p.items] == got


def test_qti_search_without_a_total_ends_at_an_empty_page(srv: RawServer) -> None:
    # Without `total`, the short page 3 (1 of 3) cannot tell the end: the walk asks for what
    # would follow it (page 2 of limit 7 begins at 7), which is empty.
    srv.api(default=listing("qti", qti_item, 7, counted=False))
    with Timeback.for_sandbox(srv.url) as tb:
        got = [i.identifier for i in tb.paginate(tb.qti.search_assessment_items, page_size=3)]
    assert got == [f"item-{n:05d}" for n in range(7)]
    assert asked(srv, "page", "limit") == [("1", "3"), ("2", "3"), ("3", "3"), ("2", "7")]


@pytest.mark.parametrize("gap_page_short", [False, True])
def test_qti_search_gap_without_a_page_beginning_there(
    srv: RawServer, gap_page_short: bool
) -> None:
    """Page 3 of limit 1002 (positions 2004-3005) answers 997: the gap is 3001..3005, and 3001
    is prime, so no page of a limit up to 3000 begins there. The walk asks page 501 of limit 6
    (positions 3000-3005) and drops position 3000, already handed out. If that page stops short
    before the gap as well, it falls back to pages that begin at each record (limit 1)."""

    def cut(start: int, count: int) -> int:
        if (start, count) == (2004, 1002):
            return 997
        if gap_page_short and start == 3000:
            return 1
        return count

    srv.api(default=listing("qti", qti_item, 3500, cut))
    with Timeback.for_sandbox(srv.url) as tb:
        got = [i.identifier for i in tb.paginate(tb.qti.search_assessment_items, page_size=1002)]
    assert got == [f"item-{n:05d}" for n in range(3500)]
    gap = [(str(p), "1") for p in range(3002, 3007)] if gap_page_short else []
    assert asked(srv, "page", "limit") == [
        ("1", "1002"),
        ("2", "1002"),
        ("3", "1002"),
        ("501", "6"),
        *gap,
        ("4", "1002"),
    ]


@pytest.mark.parametrize("seed", range(25))
def test_qti_search_random_short_pages_every_record_once_in_order(
    srv: RawServer, seed: int
) -> None:
    rng = random.Random(seed)
    total = rng.randint(0, 120)
    page_size = rng.randint(1, 12)
    short = {rng.randrange(0, max(total, 1)) for _ in range(rng.randint(0, 6))}
    max_items = rng.choice([None, rng.randint(0, 130)])

    def cut(start: int, count: int) -> int:
        return rng.randint(1, count - 1) if start in short and count > 1 else count

    srv.api(default=listing("qti", qti_item, total, cut))
    with Timeback.for_sandbox(srv.url) as tb:
        pager = tb.paginate(
            tb.qti.search_assessment_items, page_size=page_size, max_items=max_items
        )
        got = [i.identifier for i in pager]
    expected = range(total if max_items is None else min(total, max_items))
    assert got == [f"item-{n:05d}" for n in expected]


@pytest.mark.parametrize("seed", range(25))
async def test_async_qti_search_random_short_pages_every_record_once_in_order(
    srv: RawServer, seed: int
) -> None:
    rng = random.Random(seed)
    total = rng.randint(0, 150)
    short = {rng.randrange(0, max(total, 1)) for _ in range(rng.randint(0, 8))}
    max_items = rng.choice([None, rng.randint(0, 160)])

    def cut(start: int, count: int) -> int:
        return rng.randint(1, count - 1) if start in short and count > 1 else count

    srv.api(default=listing("qti", qti_item, total, cut))
    async with AsyncTimeback.for_sandbox(srv.url) as tb:
        pager = tb.paginate(
            tb.qti.search_assessment_items,
            page_size=rng.randint(1, 12),
            max_items=max_items,
            concurrency=rng.randint(1, 5),
        )
        if seed % 2:
            got = [i.identifier async for i in pager]
        else:
            async with pager:
                got = [i.identifier async for i in pager]
    expected = range(total if max_items is None else min(total, max_items))
    assert got == [f"item-{n:05d}" for n in expected]


async def test_async_qti_search_with_short_pages_every_record_once(srv: RawServer) -> None:
    rng = random.Random(7)
    short = {rng.randrange(0, 300) for _ in range(15)}
    srv.api(default=listing("qti", qti_item, 300, lambda s, n: max(1, n // 4) if s in short else n))
    async with AsyncTimeback.for_sandbox(srv.url) as tb:
        got = await tb.paginate(tb.qti.search_assessment_items, page_size=12).to_list()
    assert [i.identifier for i in got] == [f"item-{n:05d}" for n in range(300)]
    # page and limit go out as the decimal strings the QTI document types them as
    assert all(p.isdigit() and lim.isdigit() for p, lim in asked(srv, "page", "limit"))


# -- offset/limit until pagination.total: Caliper's event list -------------------------------


def test_caliper_event_list_pages_until_pagination_total(srv: RawServer) -> None:
    srv.api(default=listing("caliper", caliper_event, 11, cut=lambda s, n: 1 if s == 3 else n))
    with Timeback.for_sandbox(srv.url) as tb:
        pager = tb.paginate(tb.caliper.list_events, sensor="https://example.com", page_size=3)
        events = pager.to_list()
        first = pager.first()
        pages = list(pager.pages())
    assert all(isinstance(e, Event) for e in events)
    assert [e.object_ for e in events] == [f"https://example.com/objects/{n}" for n in range(11)]
    assert first is not None and first.id == events[0].id
    assert all(isinstance(p, ListEventsResponse200) for p in pages)
    assert [p.pagination.offset for p in pages] == [0, 3, 4, 7, 10]
    # to_list: (0,3) (3,3)->1 (4,3) (7,3) (10,1); first(): one event asked for; pages(): again
    assert asked(srv, "offset", "limit")[:6] == [
        ("0", "3"),
        ("3", "3"),
        ("4", "3"),
        ("7", "3"),
        ("10", "1"),
        ("0", "1"),
    ]


async def test_async_caliper_event_list_inside_async_with(srv: RawServer) -> None:
    srv.api(default=listing("caliper", caliper_event, 40, cut=lambda s, n: 2 if s == 8 else n))
    async with (
        AsyncTimeback.for_sandbox(srv.url) as tb,
        tb.paginate(tb.caliper.list_events, page_size=4, concurrency=3) as pager,
    ):
        got = [e.id async for e in pager]
        first = await pager.first()
    assert got == [caliper_event(n)["id"] for n in range(40)]
    assert first is not None and first.id == got[0]


def test_paginate_refuses_what_it_cannot_walk_before_any_request(srv: RawServer) -> None:
    with Timeback.for_sandbox(srv.url) as tb:
        with pytest.raises(PaginationError, match=r"oneroster\.rostering\.get_user is not a list"):
            tb.paginate(tb.oneroster.rostering.get_user, "u1")
        with pytest.raises(PaginationError, match=r"paginate\(\) sets page= itself"):
            tb.paginate(tb.qti.search_assessment_items, page="2")
        with pytest.raises(PaginationError, match=r"paginate\(\) sets offset= itself"):
            tb.paginate(tb.caliper.list_events, offset=10)
    assert srv.api_requests == [] and srv.token_requests == []


async def test_async_walk_left_in_its_async_with_block_goes_on_in_steps(srv: RawServer) -> None:
    """Leaving the block cancels the requests still out; iterating on afterwards asks for them
    again, within the steps: every record once, in order."""
    srv.api(default=listing("powerpath", assignment, 30))
    async with AsyncTimeback.for_sandbox(srv.url) as tb:
        pager = tb.paginate(tb.powerpath.list_all_test_assignments, page_size=4, concurrency=3)
        async with pager:
            walk = aiter(pager)
            head = [(await anext(walk)).sourced_id for _ in range(6)]
        rest = [a.sourced_id async for a in walk]
    assert head + rest == [f"ta-{n:05d}" for n in range(30)]


async def test_a_bare_async_step_cancelled_from_outside_ends_the_walk_and_leaves_nothing(
    srv: RawServer,
) -> None:
    """A deadline around one step of a bare `async for` cancels the step's requests at once
    (the stalled page is not waited for) and ends that walk, as an exception ends an async
    generator; a new iteration of the pager walks the list from the start."""
    import time

    import anyio

    srv.api(stall(2.0), default=listing("powerpath", assignment, 12))
    async with AsyncTimeback.for_sandbox(srv.url) as tb:
        pager = tb.paginate(tb.powerpath.list_all_test_assignments, page_size=4)
        walk = aiter(pager)
        started = time.monotonic()
        with anyio.move_on_after(0.3) as deadline:
            await anext(walk)
        assert deadline.cancelled_caught and time.monotonic() - started < 1.5
        assert [a async for a in walk] == []
        got = [a.sourced_id async for a in pager]
    assert got == [f"ta-{n:05d}" for n in range(12)]
    offsets = [o for (o,) in asked(srv, "offset")]
    assert offsets[:2] == ["0", "0"] and sorted(offsets[2:]) == ["4", "8"]  # 4, 8 concurrent
