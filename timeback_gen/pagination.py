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


def _check(method: Callable[..., Any], page_size: int, kwargs: dict[str, Any]) -> None:
    spec = getattr(method, "__self__", None)
    if spec is None or not callable(method):
        raise PaginationError(
            "paginate() takes a bound list method, e.g. tb.oneroster.rostering.get_all_users"
        )
    if not 1 <= page_size <= MAX_PAGE_SIZE:
        raise PaginationError(f"page_size must be between 1 and {MAX_PAGE_SIZE}, got {page_size}")
    for reserved in ("limit", "offset"):
        if reserved in kwargs:
            raise PaginationError(
                f"paginate() sets {reserved}= itself; use page_size= / max_items="
            )


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


def paginate(
    method: Callable[..., Any],
    *args: Any,
    page_size: int = DEFAULT_PAGE_SIZE,
    max_items: int | None = None,
    **kwargs: Any,
) -> Iterator[Any]:
    """Yield every item of a list operation, fetching one page at a time."""
    _check(method, page_size, kwargs)
    name = getattr(method, "__name__", "operation")
    offset = 0
    yielded = 0
    while True:
        page = method(*args, limit=page_size, offset=offset, **kwargs)
        items, total = split_page(page, name)
        del page
        for item in items:
            if max_items is not None and yielded >= max_items:
                return
            yield item
            yielded += 1
        count = len(items)
        # Drop this page before fetching the next: at most one page is alive at a time.
        del items
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
    """Async `paginate`: once the first page gives `totalCount`, keep up to `concurrency` page
    requests in flight (a sliding window) while yielding items in order.

    Pages are requested at fixed offsets (`page_size` apart); a page that comes back short
    mid-dataset is completed by fetching its missing tail next, so no record is skipped.
    """
    _check(method, page_size, kwargs)
    name = getattr(method, "__name__", "operation")
    yielded = 0

    async def fetch(offset: int, limit: int) -> tuple[list[Any], int | None]:
        return split_page(await method(*args, limit=limit, offset=offset, **kwargs), name)

    items, total = await fetch(0, page_size)
    offset = 0
    while total is None:  # no totalCount: walk sequentially until an empty page
        for item in items:
            if max_items is not None and yielded >= max_items:
                return
            yield item
            yielded += 1
        if not items or (max_items is not None and yielded >= max_items):
            return
        offset += len(items)
        items, total = await fetch(offset, page_size)

    window: deque[tuple[int, int, asyncio.Task[tuple[list[Any], int | None]]]] = deque()
    next_offset = offset + len(items)
    known_total: int = total

    def schedule() -> None:
        nonlocal next_offset
        end = known_total if max_items is None else min(known_total, max_items)
        while len(window) < max(1, concurrency):
            limit = min(page_size, end - next_offset)
            if limit <= 0:
                return
            task = asyncio.ensure_future(fetch(next_offset, limit))
            window.append((next_offset, limit, task))
            next_offset += limit

    try:
        while True:
            schedule()
            for item in items:
                if max_items is not None and yielded >= max_items:
                    return
                yield item
                yielded += 1
            offset += len(items)
            items = []
            if not window or (max_items is not None and yielded >= max_items):
                return
            start, limit, task = window.popleft()
            page_items, page_total = await task
            if page_total is not None:
                known_total = page_total
            if not page_items:
                return  # the collection shrank under us: stop rather than loop
            items = page_items
            if len(page_items) < limit and start + len(page_items) < known_total:
                # A short page mid-dataset: fetch its missing tail before the pages after it.
                tail = start + len(page_items)
                missing = limit - len(page_items)
                window.appendleft((tail, missing, asyncio.ensure_future(fetch(tail, missing))))
    finally:
        for _start, _limit, task in window:
            task.cancel()
        if window:
            await asyncio.gather(*(t for *_, t in window), return_exceptions=True)
