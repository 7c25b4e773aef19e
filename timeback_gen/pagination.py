"""Walk offset/limit list operations item by item (`Timeback.paginate`, `AsyncTimeback.paginate`).

TimeBack answers list operations with `{<items>: [...], totalCount, offset, limit, ...}`. A short
page can occur mid-dataset, so the walk goes on until `offset >= totalCount`; only when a response
has no `totalCount` does an empty page end it. One page is held at a time.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from typing import Any

from .errors import TimebackError

DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 3000


class PaginationError(TimebackError, ValueError):
    """The method given to `paginate` is not an offset/limit list operation."""


def _check(
    method: Callable[..., Any], page_size: int, max_items: int | None, kwargs: dict[str, Any]
) -> None:
    spec = getattr(method, "__self__", None)
    if spec is None or not callable(method):
        raise PaginationError(
            "paginate() takes a bound list method, e.g. tb.oneroster.rostering.get_all_users"
        )
    if not _is_int(page_size) or not 1 <= page_size <= MAX_PAGE_SIZE:
        raise PaginationError(
            f"page_size must be a whole number from 1 to {MAX_PAGE_SIZE}, got {page_size!r}"
        )
    if max_items is not None and (not _is_int(max_items) or max_items < 0):
        raise PaginationError(f"max_items must be a whole number, 0 or more, got {max_items!r}")
    for reserved in ("limit", "offset"):
        if reserved in kwargs:
            raise PaginationError(
                f"paginate() sets {reserved}= itself; use page_size= / max_items="
            )


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def split_page(page: Any, method_name: str) -> tuple[list[Any], int | None]:
    """The items list and `totalCount` of one page of a generated list response."""
    items: list[Any] | None = None
    for name, value in _fields(page):
        if name != "additional_properties" and isinstance(value, list):
            if items is not None:
                raise PaginationError(f"{method_name}: the response has more than one list field")
            items = value
    if items is None:
        raise PaginationError(f"{method_name} is not a list operation (no list in its response)")
    total = getattr(page, "total_count", None)
    return items, int(total) if isinstance(total, int | float) else None


def _fields(page: Any) -> list[tuple[str, Any]]:
    attrs_fields = getattr(type(page), "__attrs_attrs__", None)
    if attrs_fields is not None:
        return [(f.name, getattr(page, f.name)) for f in attrs_fields]
    return list(vars(page).items()) if hasattr(page, "__dict__") else []


def _hand_out(items: list[Any], room: int | None) -> Iterator[Any]:
    """One page's items, at most `room` of them, from a reversed copy popped one by one: a record
    the caller is done with is freed at once, not when the whole page is."""
    stack = items[::-1]
    del items
    n = len(stack) if room is None else min(room, len(stack))
    for _ in range(n):
        yield stack.pop()


def paginate(
    method: Callable[..., Any],
    *args: Any,
    page_size: int = DEFAULT_PAGE_SIZE,
    max_items: int | None = None,
    **kwargs: Any,
) -> Iterator[Any]:
    """Yield every item of a list operation, fetching one page at a time."""
    _check(method, page_size, max_items, kwargs)
    name = getattr(method, "__name__", "operation")
    offset = 0
    yielded = 0
    while max_items != 0:
        page = method(*args, limit=page_size, offset=offset, **kwargs)
        items, total = split_page(page, name)
        del page
        count = len(items)
        handout = _hand_out(items, None if max_items is None else max_items - yielded)
        del items
        for item in handout:
            yield item
            yielded += 1
        offset += count
        if max_items is not None and yielded >= max_items:
            return
        if total is None:
            if not count:
                return
        elif offset >= total or not count:
            return


async def apaginate(
    method: Callable[..., Coroutine[Any, Any, Any]],
    *args: Any,
    page_size: int = DEFAULT_PAGE_SIZE,
    max_items: int | None = None,
    concurrency: int = 4,
    **kwargs: Any,
) -> AsyncIterator[Any]:
    """Async `paginate` with up to `concurrency` page requests in flight, items yielded in order.

    Pages are requested at fixed offsets, `page_size` apart, up to the end of the walk: the
    `totalCount` last seen, capped by `max_items`. Before any page has been read the end is
    `max_items` when given (so the first requests go out together), otherwise unknown, and then
    one page is fetched at a time until a page tells the total. A request starts whenever one
    finishes, not when its page is handed out, so a slow page does not hold the others back;
    pages that come back early wait in line, at most `2 * concurrency` of them, unparsed (a
    facade method's page is parsed when its turn comes). A page that comes back short mid-dataset
    is completed by fetching its missing tail next, so no record is skipped. Without
    `totalCount` the walk stops at the first empty page. Before it parses a page, the walk gives
    the event loop a turn, so requests it just started get on their way.
    """
    _check(method, page_size, max_items, kwargs)
    if not _is_int(concurrency) or concurrency < 1:
        raise PaginationError(
            f"concurrency must be a whole number, 1 or more (1: one page at a time), "
            f"got {concurrency!r}"
        )
    name = getattr(method, "__name__", "operation")
    width = concurrency
    deferred = getattr(getattr(method, "__self__", None), "_with_deferred_parse", None)
    call = getattr(deferred(), name) if deferred is not None else method

    async def fetch(offset: int, limit: int) -> Any:
        return await call(*args, limit=limit, offset=offset, **kwargs)

    # (offset, limit, task) in offset order; pages that came back wait here for their turn.
    window: deque[tuple[int, int, asyncio.Task[Any]]] = deque()
    known_total: int | None = None
    next_offset = 0
    closed = False
    unsent = False  # requests started since the walk last gave the event loop a turn

    def end() -> int | None:
        if known_total is None:
            return max_items
        return known_total if max_items is None else min(known_total, max_items)

    def launch(offset: int, limit: int, *, first: bool = False) -> None:
        nonlocal unsent
        unsent = True
        task = asyncio.ensure_future(fetch(offset, limit))
        # A finished request frees a lane. While the end is unknown the next page is started by
        # the walk itself, once it has seen that this one was not the last.
        task.add_done_callback(lambda _task: None if closed or end() is None else schedule())
        (window.appendleft if first else window.append)((offset, limit, task))

    def schedule() -> None:
        nonlocal next_offset
        stop = end()
        lanes, held = (width, 2 * width) if stop is not None else (1, 1)
        in_flight = sum(not t.done() for *_, t in window)
        while in_flight < lanes and len(window) < held:
            limit = page_size if stop is None else min(page_size, stop - next_offset)
            if limit <= 0:
                return
            launch(next_offset, limit)
            next_offset += limit
            in_flight += 1

    async def let_requests_out() -> None:
        """One event-loop turn before the walk spends CPU on a page (or its caller on the
        items): awaiting a page that is already answered gives the loop none, and the requests
        started to fill freed lanes would wait behind the parsing."""
        nonlocal unsent
        unsent = False
        if not all(t.done() for *_, t in window):
            await asyncio.sleep(0)

    yielded = 0
    try:
        schedule()
        while window:
            start, limit, task = window.popleft()
            stop = end()
            if stop is not None and start >= stop:
                return  # this page and the ones after it lie past the end
            page = await task
            await let_requests_out()
            items, total = split_page(page.parse() if deferred is not None else page, name)
            del page
            if total is not None:
                known_total = total
            if not items:
                return  # the end without totalCount, or the collection shrank under us
            got = start + len(items)
            if len(items) < limit and (known_total is None or got < known_total):
                # A short page mid-dataset: fetch its missing tail before the pages after it.
                launch(got, limit - len(items), first=True)
            schedule()
            if unsent:
                await let_requests_out()
            handout = _hand_out(items, None if max_items is None else max_items - yielded)
            del items
            for item in handout:
                yield item
                yielded += 1
            if max_items is not None and yielded >= max_items:
                return
    finally:
        closed = True
        for _start, _limit, pending in window:
            pending.cancel()
        if window:
            await asyncio.gather(*(t for *_, t in window), return_exceptions=True)
