"""Typed pagers over every list operation (`Timeback.paginate`, `AsyncTimeback.paginate`).

How an operation pages is data: specs/paging.yaml, resolved by `make regen` into the registry
(`OperationSpec.paging`). Three styles:

* **offset** (OneRoster, PowerPath, Caliper's event list): `offset=`/`limit=`; a page that comes
  back short mid-list is continued where it stopped (at offset + its length), until the total
  the answer states (`totalCount`, `pagination.total`);
* **page** (QTI's searches): `page=` (from 1) and `limit=`. Page P of limit L is the records at
  positions (P-1)·L … P·L-1: page numbers name fixed windows of the list, so what follows a
  short page is not "the page after it". A page that comes back short mid-list (k < L records
  while the `total` says more) leaves a gap of L-k records at s = (P-1)·L + k, fetched before
  the next page by pages that hold it: page s/m + 1 of the smallest limit m dividing s that
  covers the gap (it begins exactly at s; its records past the gap are dropped); where no such m
  up to 3000 exists, one page of another limit holding the gap after a few records already
  handed out (dropped too); failing that, pages of the largest divisor of s below the gap's
  length. No record is handed out twice, none is skipped, and the pages after the gap are
  again of limit L;
* **whole** (CASE): one request answers the whole list.

Without a total, an empty page ends a walk. A callable that is not a facade method (a wrapper of
your own) is walked as offset/limit: its records are the one list attribute of each answer and
its total `total_count` (`split_page`).

Static types: the response model of every list operation has a generated `_tb_page()` returning
the page and its records, typed. `PagedResponse` is the protocol it matches, so
`tb.paginate(tb.oneroster.rostering.get_all_users)` is a `SyncPager[User, UserList]`: iterating
gives `User`s, `.pages()` `UserList`s.

The async walk runs on any event loop anyio supports (asyncio, uvloop, trio). Up to `concurrency`
page requests are in flight once the end is known (`max_items`, or a page's total): pages are
requested at fixed positions `page_size` apart, and pages that come back early wait in line
unparsed, at most `2 * concurrency`. The requests run in an anyio task group that never spans a
step of the caller's iteration it does not own:

* inside `async with pager:` (and in `to_list()`, `first()`) the block owns the group: requests
  go on while the loop body runs, a request starts whenever one finishes, and leaving the block
  cancels those still out;
* a bare `async for` fetches in batches within its steps: the step that needs a page not yet in
  starts the next pages up to the held limit (as many at once as `concurrency` allows, each
  answer making room for the next) and returns once they are all answered, so nothing runs
  between steps and a `break` leaves nothing behind.
"""

from __future__ import annotations

import copy
import math
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from typing import Any, Generic, Protocol, Self, TypeVar, overload

import anyio
import anyio.lowlevel
from typing_extensions import TypeVar as DefaultTypeVar

from .errors import TimebackError

__all__ = [
    "DEFAULT_PAGE_SIZE",
    "MAX_PAGE_SIZE",
    "AsyncPager",
    "PagedResponse",
    "PaginationError",
    "SyncPager",
    "apaginate",
    "paginate",
    "split_page",
]

DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 3000
# The async walk's concurrency for a callable that is not a facade method (a facade method's
# walk defaults to its client's `max_concurrency`).
DEFAULT_CONCURRENCY = 4

ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT")
ItemT_co = TypeVar("ItemT_co", covariant=True)
PageT_co = TypeVar("PageT_co", covariant=True)
# The pagers' page type may be left out (`SyncPager[User]`).
PageD = DefaultTypeVar("PageD", default=Any)


class PaginationError(TimebackError, ValueError):
    """The method given to `paginate` is not a list operation, or the paging arguments are bad."""


class PagedResponse(Protocol[PageT_co, ItemT_co]):
    """The answer of a list operation: its generated `_tb_page()` gives the page and its
    records, which is how a type checker learns the item type of `tb.paginate(...)`."""

    def _tb_page(self) -> tuple[PageT_co, Sequence[ItemT_co]]: ...


# -- what is walked -------------------------------------------------------------------------------

_OFFSET, _PAGE, _WHOLE = "offset", "page", "whole"


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _spec_of(method: Callable[..., Any]) -> Any:
    """The registry entry of a facade method (None for another callable)."""
    service = getattr(method, "__self__", None)
    if service is None or not callable(method):
        raise PaginationError(
            "paginate() takes a bound list method, e.g. tb.oneroster.rostering.get_all_users"
        )
    namespace = getattr(type(service), "_tb_namespace", None)
    if namespace is None:
        return None
    from .services import OPERATIONS

    spec = OPERATIONS.get(f"{namespace}.{getattr(method, '__name__', '')}")
    if spec is None or spec.paging is None:
        name = spec.key if spec is not None else getattr(method, "__name__", repr(method))
        raise PaginationError(
            f"{name} is not a list operation (docs/api.md lists them in its paging column)"
        )
    return spec


class _Target:
    """One list operation with its arguments and paging settings, as a walk calls it."""

    __slots__ = (
        "args",
        "kwargs",
        "max_items",
        "method",
        "name",
        "numbers",
        "page_size",
        "params",
        "spec",
        "style",
        "total_path",
    )

    def __init__(
        self,
        method: Callable[..., Any],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        page_size: int,
        max_items: int | None,
    ) -> None:
        spec = _spec_of(method)
        paging = spec.paging if spec is not None else None
        self.spec = spec
        self.method = method
        self.name = spec.key if spec is not None else getattr(method, "__name__", "operation")
        self.style = paging.style if paging is not None else _OFFSET
        self.params = paging.parameters if paging is not None else ("offset", "limit")
        self.total_path = paging.total_path if paging is not None else ()
        self.numbers = paging.numbers if paging is not None else "int"
        if not _is_int(page_size) or not 1 <= page_size <= MAX_PAGE_SIZE:
            raise PaginationError(
                f"page_size must be a whole number from 1 to {MAX_PAGE_SIZE}, got {page_size!r}"
            )
        if max_items is not None and (not _is_int(max_items) or max_items < 0):
            raise PaginationError(f"max_items must be a whole number, 0 or more, got {max_items!r}")
        for reserved in self.params:
            if reserved in kwargs:
                raise PaginationError(
                    f"paginate() sets {reserved}= itself; use page_size= / max_items="
                )
        self.args = args
        self.kwargs = kwargs
        self.page_size = page_size
        self.max_items = max_items

    def first_only(self) -> _Target:
        """This target capped at one record (`first()`)."""
        one = copy.copy(self)
        one.max_items = 1 if self.max_items is None else min(1, self.max_items)
        return one

    def arguments(self, window: _Window) -> dict[str, Any]:
        """The keyword arguments of the request for `window`."""
        if self.style == _WHOLE:
            return self.kwargs
        start = window.start
        if self.style == _PAGE:
            start = (start - window.skip) // window.size + 1
        to = str if self.numbers == "str" else int
        where, size = self.params
        return {**self.kwargs, where: to(start), size: to(window.size)}

    def read(self, page: Any) -> tuple[list[Any], int | None]:
        """The records list of one answer (the model's own list) and the total it states."""
        if self.spec is None:
            return split_page(page, self.name)
        member = getattr(page, "_tb_page", None)
        if member is None:
            raise PaginationError(f"{self.name}: its answer is not a page ({type(page).__name__})")
        items = member()[1]
        if not isinstance(items, list):
            key = self.spec.paging.items
            raise PaginationError(
                f"{self.name}: the answer has no `{key}` list (got {type(items).__name__})"
            )
        return items, _count(_value_at(page, self.total_path)) if self.total_path else None


def _count(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return int(value) if math.isfinite(value) else None


_KEYS: dict[type, dict[str, str]] = {}


def _value_at(node: Any, path: tuple[str, ...]) -> Any:
    """The value at a path of document names in a parsed answer: through the models' fields,
    their unknown keys (`additional_properties`) and plain mappings; None where it stops."""
    for key in path:
        table = getattr(type(node), "_tb_table", None)
        if table is not None:
            names = _KEYS.get(type(node))
            if names is None:
                names = _KEYS[type(node)] = {f.key: f.name for f in table().fields}
            if key in names:
                node = getattr(node, names[key], None)
                continue
            node = getattr(node, "additional_properties", {})
        node = node.get(key) if isinstance(node, Mapping) else None
    return node


def split_page(page: Any, method_name: str) -> tuple[list[Any], int | None]:
    """The records list and `totalCount` of one page of an answer that is not a generated list
    response (what `paginate` reads for a callable that is no facade method): its one list
    attribute, and its `total_count`."""
    items: list[Any] | None = None
    for name, value in _fields(page):
        if name != "additional_properties" and isinstance(value, list):
            if items is not None:
                raise PaginationError(f"{method_name}: the response has more than one list field")
            items = value
    if items is None:
        raise PaginationError(f"{method_name} is not a list operation (no list in its response)")
    return items, _count(getattr(page, "total_count", None))


def _fields(page: Any) -> list[tuple[str, Any]]:
    attrs_fields = getattr(type(page), "__attrs_attrs__", None)
    if attrs_fields is not None:
        return [(f.name, getattr(page, f.name)) for f in attrs_fields]
    return list(vars(page).items()) if hasattr(page, "__dict__") else []


# -- the walk: which pages to ask for, what to hand out of each ----------------------------------

_PLANNED, _RUNNING, _DONE = 0, 1, 2


class _Window:
    """A run of records the walk asks one request for: `count` records from position `start`,
    asked as a page of limit `size` that begins `skip` records before `start` (offset style:
    `size == count`, no skip; page style: page (start - skip) / size + 1). The async walk keeps
    its request's state and outcome here."""

    __slots__ = ("count", "done", "error", "result", "scope", "size", "skip", "start", "state")

    def __init__(self, start: int, count: int, size: int, skip: int = 0) -> None:
        self.start = start
        self.count = count
        self.size = size
        self.skip = skip
        self.state = _PLANNED
        self.result: Any = None
        self.error: Exception | None = None
        self.done: anyio.Event | None = None
        self.scope: anyio.CancelScope | None = None


def _page_windows(start: int, count: int, size: int) -> list[_Window]:
    """How to ask for `count` records from `start` in the page style, where a page of limit m
    covers positions (page-1)·m …: one page of `count` or of the walk's `size` where either
    divides `start`; else one page whose limit m is the smallest divisor of `start` that covers
    them (page start/m + 1 begins exactly there; its extra records are dropped); else one page
    of another limit (not `size`: that page came back short) holding them after a few records
    already handed out (`skip`); else pages of the largest divisor of `start` below `count`."""
    if start % count == 0:
        return [_Window(start, count, count)]
    if start % size == 0 and count <= size:
        return [_Window(start, count, size)]
    top = min(start, MAX_PAGE_SIZE)
    limit = next((m for m in range(count, top + 1) if start % m == 0), None)
    if limit is not None:
        return [_Window(start, count, limit)]
    for limit in range(count, MAX_PAGE_SIZE + 1):
        if limit != size and start % limit + count <= limit:
            return [_Window(start, count, limit, start % limit)]
    return _divided(start, count)


def _divided(start: int, count: int) -> list[_Window]:
    """Pages of the largest divisor of `start` below `count`, each beginning at its records."""
    limit = next(d for d in range(min(count, start), 0, -1) if start % d == 0)
    end = start + count
    return [_Window(at, min(limit, end - at), limit) for at in range(start, end, limit)]


class _Walk:
    """The plan of one walk, without I/O (the sync and async pagers drive it): the windows
    asked for or to ask for, in position order, the total last seen, how many records went out.
    `width` is how many requests may be out at once when the end is known (sync: 1)."""

    __slots__ = ("finished", "handed", "known_total", "next_start", "target", "width", "windows")

    def __init__(self, target: _Target, width: int) -> None:
        self.target = target
        self.width = width
        self.windows: deque[_Window] = deque()
        self.known_total: int | None = None
        self.next_start = 0
        self.handed = 0
        self.finished = target.max_items == 0

    def end(self) -> int | None:
        """Where the walk stops: the total last seen, capped by `max_items` (None: unknown)."""
        cap = self.target.max_items
        if self.known_total is None:
            return cap
        return self.known_total if cap is None else min(self.known_total, cap)

    def lanes(self) -> int:
        """Requests that may be out at once: `width` once the end is known, else one (the walk
        asks for the next page when it has seen that this one was not the last)."""
        return self.width if self.end() is not None else 1

    def plan(self, *, batch: bool = False) -> None:
        """Plan the next windows, `page_size` apart, up to the end: as many not yet answered as
        the lanes allow (`batch`: up to the held limit), at most `2 * width` windows held,
        answered or not."""
        target = self.target
        if self.finished:
            return
        if target.style == _WHOLE:
            if self.next_start == 0:
                self.windows.append(_Window(0, 0, 0))
                self.next_start = 1
            return
        stop = self.end()
        lanes = self.lanes()
        held = 2 * lanes if stop is not None else 1
        busy = sum(w.state != _DONE for w in self.windows)
        depth = held if batch else lanes
        size = target.page_size
        while busy < depth and len(self.windows) < held:
            count = size if stop is None else min(size, stop - self.next_start)
            if count <= 0:
                return
            start = self.next_start
            if target.style == _PAGE:
                self.windows.extend(_page_windows(start, count, size))
            else:
                self.windows.append(_Window(start, count, count))
            self.next_start += count
            busy += 1

    def head(self) -> _Window | None:
        """The next window to hand out (None: the walk is over)."""
        if self.finished:
            return None
        if not self.windows:
            self.plan()
        stop = self.end()
        if not self.windows or (stop is not None and self.windows[0].start >= stop):
            self.finished = True  # the end, or the windows left lie past it
            return None
        return self.windows[0]

    def take(self, page: Any) -> list[Any] | None:
        """The records of the head window's answer `page` to hand out, the model's own list
        trimmed to them (None: the walk is over; empty: nothing from this answer, go on). Plans
        what a short page leaves out."""
        window = self.windows.popleft()
        target = self.target
        items, total = target.read(page)
        if total is not None:
            self.known_total = total
        if target.style == _WHOLE:
            self.finished = True
        elif window.skip or len(items) > window.count:
            # A page asked larger than the window (page style): only the window's records.
            answered = len(items)
            del items[: window.skip]
            del items[window.count :]
            if answered and not items:
                # It stopped short before the window: ask with pages that begin there.
                self.windows.extendleft(reversed(_divided(window.start, window.count)))
                return []
        if not items:
            self.finished = True  # the end without a total, or the list shrank under us
            return None
        got = window.start + len(items)
        if (
            target.style != _WHOLE
            and len(items) < window.count
            and (self.known_total is None or got < self.known_total)
        ):
            self._fill(got, window.count - len(items))
        cap = target.max_items
        if cap is not None:
            del items[cap - self.handed :]
            if self.handed + len(items) >= cap:
                self.finished = True
        self.handed += len(items)
        return items

    def _fill(self, start: int, missing: int) -> None:
        """A page came back short mid-list: ask for the `missing` records at `start` next."""
        if self.target.style == _OFFSET:
            if not self.windows:
                self.next_start = start  # nothing planned after it: go on from there
            else:
                self.windows.appendleft(_Window(start, missing, missing))
            return
        gap = _page_windows(start, missing, self.target.page_size)
        self.windows.extendleft(reversed(gap))


def _hand_out(items: list[Any]) -> Iterator[Any]:
    """One page's records from a reversed copy popped one by one: a record the caller is done
    with is freed at once, not when the whole page is."""
    stack = items[::-1]
    del items
    while stack:
        yield stack.pop()


# -- sync -----------------------------------------------------------------------------------------


class SyncPager(Generic[ItemT, PageD]):
    """Every record of a list operation, fetched a page at a time (`Timeback.paginate`).

    Iterate it for the records (each iteration is a new walk from the first page); `.pages()`
    gives the answers instead, each trimmed to the records the walk hands out of it;
    `.to_list()`, `.first()` (None for an empty list).
    """

    __slots__ = ("_target",)

    def __init__(
        self,
        method: Callable[..., Any],
        *args: Any,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        **kwargs: Any,
    ) -> None:
        self._target = _Target(method, args, kwargs, page_size, max_items)

    def _walk(self, target: _Target) -> Iterator[list[Any]]:
        """Each answer as a box `[page, records]` the caller empties: the walk keeps no
        reference of its own to a page it handed over, so a page is freed as it is consumed
        and never held while the next one is fetched and parsed."""
        walk = _Walk(target, 1)
        while (window := walk.head()) is not None:
            page = target.method(*target.args, **target.arguments(window))
            items = walk.take(page)
            if items is None:
                return
            if items:
                box = [page, items]
                del page, items
                yield box
                del box

    def __iter__(self) -> Iterator[ItemT]:
        for box in self._walk(self._target):
            handout = _hand_out(box.pop())  # its records, not the model around them
            box.clear()
            yield from handout

    def pages(self) -> Iterator[PageD]:
        """The answers of the walk, in order: each one's records are those it hands out."""
        for box in self._walk(self._target):
            yield box[0]

    def to_list(self) -> list[ItemT]:
        return list(self)

    def first(self) -> ItemT | None:
        """The first record (one page of one asked for), None when the list is empty."""
        for box in self._walk(self._target.first_only()):
            return box[1][0]  # type: ignore[no-any-return]
        return None

    def __repr__(self) -> str:
        return f"<SyncPager {self._target.name}>"


# -- async ----------------------------------------------------------------------------------------


class _TaskGroup:
    """An anyio task group for the walk's requests, whose tasks never raise (a request's error
    is kept for its page's turn), so an error of the body comes out as itself, not in an
    exception group. `cancel`: stop the requests still out on leaving (else wait for them).
    `active` from entering it until it is left (its tasks may start more while it waits)."""

    __slots__ = ("_cancel", "active", "group")

    def __init__(self, *, cancel: bool) -> None:
        self._cancel = cancel
        self.group = anyio.create_task_group()
        self.active = False

    async def __aenter__(self) -> anyio.abc.TaskGroup:
        group = await self.group.__aenter__()
        self.active = True
        return group

    async def __aexit__(self, *exc_info: Any) -> bool | None:
        exc: BaseException | None = exc_info[1]
        if self._cancel:
            self.group.cancel_scope.cancel()
        try:
            return await self.group.__aexit__(*exc_info)
        except BaseExceptionGroup as group:
            if exc is not None and all(e is exc for e in group.exceptions):
                return False  # only the body's own error: let it through unwrapped
            raise
        finally:
            self.active = False


class _AsyncWalk:
    """One async walk (what `async for` over an `AsyncPager` iterates). `owner`: the task group
    of an `async with pager:` block (or `to_list()`), which outlives the iteration steps; while
    there is none (or it has been left), each step that needs a page runs its own and leaves
    nothing running."""

    __slots__ = (
        "_call",
        "_closed",
        "_deferred",
        "_group",
        "_handout",
        "_owner",
        "_pages",
        "_quota",
        "_unsent",
        "walk",
    )

    def __init__(self, pager: AsyncPager[Any, Any], owner: _TaskGroup | None, pages: bool) -> None:
        target = pager._target
        self.walk = _Walk(target, pager._concurrency)
        self._owner = owner
        self._group: anyio.abc.TaskGroup | None = None  # a batch step's own group
        self._pages = pages
        self._quota: int | None = None  # requests a batch step may still start (None: any)
        self._closed = False
        self._unsent = False
        self._handout: Iterator[Any] | None = None
        defer: Any = getattr(getattr(target.method, "__self__", None), "_with_deferred_parse", None)
        self._deferred = target.spec is not None and defer is not None
        # Pages that come back ahead of their turn wait as bytes (`services.Unparsed`), each
        # parsed (its error, if any, raised) when its turn comes.
        self._call: Callable[..., Awaitable[Any]] = (
            getattr(defer(), target.method.__name__) if self._deferred else target.method
        )

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> Any:
        while True:
            if self._handout is not None:
                for item in self._handout:
                    return item
                self._handout = None
            try:
                got = await self._next_page()
            except BaseException:
                self._stop()
                raise
            if got is None:
                self._stop()
                raise StopAsyncIteration
            page, items = got
            if not items:
                continue  # nothing of this answer to hand out (see `_Walk.take`)
            if self._pages:
                return page
            del page
            self._handout = _hand_out(items)

    async def aclose(self) -> None:
        """Leave the walk: the requests it still has out are cancelled."""
        self._stop()
        await anyio.lowlevel.checkpoint()

    def _stop(self) -> None:
        self._closed = True
        self.walk.finished = True
        for window in self.walk.windows:
            if window.scope is not None:
                window.scope.cancel()

    async def _next_page(self) -> tuple[Any, list[Any]] | None:
        walk = self.walk
        head = walk.head()
        if head is None:
            return None
        if head.state != _DONE:
            if self._owner is not None and self._owner.active:
                self._start()
                assert head.done is not None
                await head.done.wait()
            else:
                await self._step(head)
        await self._let_requests_out()
        if head.error is not None:
            raise head.error
        result, head.result = head.result, None
        page = result.parse() if self._deferred else result
        del result
        items = walk.take(page)
        if items is None:
            return None
        self._schedule()
        if self._unsent:
            await self._let_requests_out()
        return page, items

    async def _step(self, head: _Window) -> None:
        """Fetch a batch within this step: the windows planned up to the held limit, `head`
        first, as many at once as the lanes allow, each that finishes making room for the next
        of the batch (and for no other: the step would outlast it); the step ends when the
        whole batch is answered, leaving nothing running."""
        self.walk.plan(batch=True)
        self._quota = sum(w.state == _PLANNED for w in self.walk.windows)
        try:
            async with _TaskGroup(cancel=False) as group:
                self._group = group
                self._start()
                assert head.done is not None
                await head.done.wait()
        finally:
            self._group = None
            self._quota = None

    def _schedule(self) -> None:
        if not self._closed:
            self.walk.plan()
            self._start()

    def _start(self) -> None:
        """Start the planned windows, in order, as far as the lanes allow; the head window
        always (a short page's missing records, planned in front of pages already out)."""
        group = self._group
        if group is None and self._owner is not None and self._owner.active:
            group = self._owner.group
        if group is None or self._closed:
            return
        walk = self.walk
        free = walk.lanes() - sum(w.state == _RUNNING for w in walk.windows)
        for index, window in enumerate(walk.windows):
            if (free <= 0 and index) or self._quota == 0:
                break
            if window.state == _PLANNED:
                if self._quota is not None:
                    self._quota -= 1
                window.state = _RUNNING
                window.done = anyio.Event()
                window.scope = anyio.CancelScope()
                group.start_soon(self._fetch, window)
                self._unsent = True
                free -= 1

    async def _fetch(self, window: _Window) -> None:
        target = self.walk.target
        assert window.scope is not None and window.done is not None
        try:
            with window.scope:
                try:
                    window.result = await self._call(*target.args, **target.arguments(window))
                except Exception as exc:  # kept for the page's turn (cancellation is not)
                    window.error = exc
                window.state = _DONE
        finally:
            if window.state != _DONE:
                window.state = _PLANNED  # cancelled from outside: a later step asks again
        window.done.set()
        # A finished request frees a lane (while the end is unknown, the walk itself asks for
        # the next page once it has seen this one was not the last).
        if self.walk.end() is not None:
            self._schedule()

    async def _let_requests_out(self) -> None:
        """One event-loop turn before the walk spends CPU on a page (or its caller on the
        records): awaiting a page already answered gives the loop none, and the requests just
        started to fill freed lanes would wait behind the parsing."""
        self._unsent = False
        if any(w.state == _RUNNING for w in self.walk.windows):
            await anyio.lowlevel.checkpoint()


class AsyncPager(Generic[ItemT, PageD]):
    """Every record of a list operation, in order, with up to `concurrency` page requests in
    flight (`AsyncTimeback.paginate`).

    `async for record in pager` (each a new walk); `async for page in pager.pages()`;
    `await pager.to_list()`, `await pager.first()`. Inside `async with pager:` the requests go on
    while the loop body runs (the block owns their task group, and leaving it cancels those still
    out); a bare `async for` fetches within its steps and leaves nothing running between them.
    """

    __slots__ = ("_concurrency", "_owners", "_target")

    def __init__(
        self,
        method: Callable[..., Awaitable[Any]],
        *args: Any,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        concurrency: int | None = None,
        **kwargs: Any,
    ) -> None:
        self._target = _Target(method, args, kwargs, page_size, max_items)
        if concurrency is None:
            client = getattr(getattr(method, "__self__", None), "_client", None)
            settings = getattr(client, "settings", None)
            concurrency = getattr(settings, "max_concurrency", DEFAULT_CONCURRENCY)
        if not _is_int(concurrency) or concurrency < 1:
            raise PaginationError(
                f"concurrency must be a whole number, 1 or more (1: one page at a time), "
                f"got {concurrency!r}"
            )
        self._concurrency: int = concurrency
        self._owners: list[_TaskGroup] = []  # of the `async with` blocks it is in

    def _walk(self, pages: bool) -> _AsyncWalk:
        return _AsyncWalk(self, self._owners[-1] if self._owners else None, pages)

    def __aiter__(self) -> AsyncIterator[ItemT]:
        return self._walk(False)

    def pages(self) -> AsyncIterator[PageD]:
        """The answers of the walk, in order: each one's records are those it hands out."""
        return self._walk(True)

    async def to_list(self) -> list[ItemT]:
        async with self:
            return [item async for item in self]

    async def first(self) -> ItemT | None:
        """The first record (one page of one asked for), None when the list is empty."""
        one = copy.copy(self)
        one._target = self._target.first_only()
        one._owners = []
        async for item in one:
            return item
        return None

    async def __aenter__(self) -> Self:
        owner = _TaskGroup(cancel=True)
        await owner.__aenter__()
        self._owners.append(owner)
        return self

    async def __aexit__(self, *exc_info: Any) -> bool | None:
        return await self._owners.pop().__aexit__(*exc_info)

    def __repr__(self) -> str:
        return f"<AsyncPager {self._target.name}>"


# -- the functions --------------------------------------------------------------------------------


@overload
def paginate(
    method: Callable[..., PagedResponse[PageT, ItemT]],
    *args: Any,
    page_size: int = ...,
    max_items: int | None = ...,
    **kwargs: Any,
) -> SyncPager[ItemT, PageT]: ...
@overload
def paginate(
    method: Callable[..., Any],
    *args: Any,
    page_size: int = ...,
    max_items: int | None = ...,
    **kwargs: Any,
) -> SyncPager[Any, Any]: ...
def paginate(
    method: Callable[..., Any],
    *args: Any,
    page_size: int = DEFAULT_PAGE_SIZE,
    max_items: int | None = None,
    **kwargs: Any,
) -> SyncPager[Any, Any]:
    """Every record of a list operation (path arguments positional, filters as keywords), a
    page at a time, as its paging style says (docs/api.md: the paging column): a `SyncPager`,
    typed by the operation's record model. Also `Timeback.paginate`.

    >>> for user in tb.paginate(tb.oneroster.rostering.get_all_users, where={"role": "student"}):
    ...     print(user.sourced_id)
    >>> tb.paginate(tb.qti.search_assessment_items, query="fractions", max_items=50).to_list()
    """
    return SyncPager(method, *args, page_size=page_size, max_items=max_items, **kwargs)


@overload
def apaginate(
    method: Callable[..., Awaitable[PagedResponse[PageT, ItemT]]],
    *args: Any,
    page_size: int = ...,
    max_items: int | None = ...,
    concurrency: int | None = ...,
    **kwargs: Any,
) -> AsyncPager[ItemT, PageT]: ...
@overload
def apaginate(
    method: Callable[..., Awaitable[Any]],
    *args: Any,
    page_size: int = ...,
    max_items: int | None = ...,
    concurrency: int | None = ...,
    **kwargs: Any,
) -> AsyncPager[Any, Any]: ...
def apaginate(
    method: Callable[..., Awaitable[Any]],
    *args: Any,
    page_size: int = DEFAULT_PAGE_SIZE,
    max_items: int | None = None,
    concurrency: int | None = None,
    **kwargs: Any,
) -> AsyncPager[Any, Any]:
    """Every record of a list operation, in order: an `AsyncPager` (`async for`,
    `await .to_list()`, `await .first()`, `.pages()`), typed by the operation's record model,
    with up to `concurrency` page requests in flight once the end is known (`max_items`, or the
    first page's total). `concurrency` defaults to the in-flight limit (`max_concurrency`) of the
    client the method belongs to (4 for a callable that is no facade method). Inside
    `async with tb.paginate(...) as pager:` the requests go on while the loop body runs. Also
    `AsyncTimeback.paginate`.

    >>> async for user in tb.paginate(tb.oneroster.rostering.get_all_users, page_size=500):
    ...     print(user.sourced_id)
    """
    return AsyncPager(
        method,
        *args,
        page_size=page_size,
        max_items=max_items,
        concurrency=concurrency,
        **kwargs,
    )
