"""`tb.bulk(method, calls)`: one facade operation per call, with adaptive concurrency.

    result = tb.bulk(tb.oneroster.rostering.create_user, [{"body": {"user": u}} for u in users])
    result = await atb.bulk("oneroster.rostering.create_user", calls, resume="users.bulk")

Design (one implementation behind `Timeback.bulk` and `AsyncTimeback.bulk`):

* `Controller` is sans-I/O: it holds the queue, the AIMD window and the retry rules, and is told
  each outcome; `run_sync` drives it with a thread pool, `run_async` with an anyio task group.
* Calls run on a `with_options(max_retries=0)` copy of the client, so bulk sees every 429 and owns
  the retries (with the client retrying 429s inside a call, the window would never learn). The
  window starts at the client's in-flight limit (`max_concurrency`, 10 by default, also for the
  sync client); a 429 halves it (once per round: a 429 of a call started before the last halving
  does not halve again), pauses new starts for the `Retry-After` asked and puts the call back in
  front: a 429 means nothing was done. Each window's worth of successes grows it by one, up to
  the limit, or to the server's limit as learnt: a 429 for a call started with n in flight says
  the server takes at most n - 1, so the window stays under that (probed upwards rarely, in
  case it rises). A call is failed after `max_rate_limited` 429s of its own.
* A 5xx / 408 or a lost connection is retried (up to `retries` times, `Retry-After` or backoff)
  when re-sending is harmless: the operation is idempotent (GET/PUT/DELETE...), the request never
  left (connect error), or the call carries a client-chosen id (`sourcedId`, `identifier` in its
  body), so a second create cannot make a twin; a 409 on such a retry means the first attempt
  landed and counts as done. Anything else is a `BulkFailure(index, call, error)`; nothing is
  skipped silently. After `give_up_after` (20) calls in a row fail without reaching the server,
  the calls not yet sent fail at once with an `APIConnectionError` saying they were not sent.
* `resume=PATH` is a small journal: a JSON header (method, count, a fingerprint of the calls;
  another batch is refused) then `s INDEX` when a call starts and `d INDEX` when it is done, each
  line flushed. A rerun skips done indexes, and treats started-but-unfinished ones like retries
  (a 409 for them is done: they may have landed before the crash).
* SIGTERM stops a bulk like Ctrl-C (`Terminated`, a `KeyboardInterrupt`, when the program has
  no SIGTERM handler of its own): sync, no new calls start, those in flight finish and are
  journaled, then it is raised; async, the task group is cancelled (calls cut off are treated as
  possibly landed by a rerun) and it is raised once the journal is closed.
"""

from __future__ import annotations

import hashlib
import heapq
import json
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any, Protocol

import anyio
import httpx

from .errors import (
    APIConnectionError,
    APIStatusError,
    ConflictError,
    RateLimitError,
    TimebackError,
)
from .http import IDEMPOTENT_METHODS, RETRY_ANY_METHOD_EXCEPTIONS, RetryPolicy

if TYPE_CHECKING:
    from .client import AsyncTimeback, Timeback

__all__ = [
    "BulkError",
    "BulkFailure",
    "BulkResult",
    "Controller",
    "Terminated",
    "method_of",
    "run_async",
    "run_sync",
]

DEFAULT_RETRIES = 5  # per call, for 5xx / lost connections (5% 503s: ~3e-7 a call fails)
DEFAULT_MAX_RATE_LIMITED = 50  # 429s one call may meet before it is failed
# Calls in a row that could not reach the server (after their retries) before the calls not yet
# sent are failed unsent: a server that is down costs seconds, not hours of retries.
DEFAULT_GIVE_UP_AFTER = 20
RETRY_STATUSES = frozenset({408, 500, 502, 503, 504})
ID_KEYS = ("sourcedId", "identifier")


class BulkError(TimebackError, ValueError):
    """`bulk` was given something it cannot run (a method that is not a facade operation, a
    resume file of another batch, a call that is not a mapping)."""


class Terminated(KeyboardInterrupt):
    """SIGTERM arrived during a `bulk` (or `migrate`): stopped as on Ctrl-C, state saved."""

    signum = signal.SIGTERM


@dataclass(frozen=True)
class BulkFailure:
    """A call that did not succeed: its position in `calls`, the call, and the typed error."""

    index: int
    call: Mapping[str, Any]
    error: Exception

    def __repr__(self) -> str:
        return f"BulkFailure(index={self.index}, error={type(self.error).__name__}: {self.error})"


@dataclass
class BulkResult:
    """What a `bulk` did. `succeeded + len(failures) + skipped_resumed == total` when it ran to
    the end; `conflicts_after_retry` of the successes were a 409 for a call whose earlier
    attempt (or a crashed run's) had landed."""

    total: int
    succeeded: int = 0
    failures: list[BulkFailure] = field(default_factory=list)
    skipped_resumed: int = 0
    retries: int = 0
    rate_limited: int = 0
    conflicts_after_retry: int = 0
    elapsed: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failures and self.succeeded + self.skipped_resumed == self.total

    def __repr__(self) -> str:
        head = (
            f"BulkResult(total={self.total}, succeeded={self.succeeded}, "
            f"failed={len(self.failures)}, skipped_resumed={self.skipped_resumed}, "
            f"retries={self.retries}, rate_limited={self.rate_limited}, "
            f"elapsed={self.elapsed:.2f}s"
        )
        if not self.failures:
            return head + ")"
        shown = ", ".join(repr(f) for f in self.failures[:3])
        more = f", ... {len(self.failures) - 3} more" if len(self.failures) > 3 else ""
        return f"{head}, failures=[{shown}{more}])"


# -- the method ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Operation:
    """A facade operation bound to the bulk's retry-less client copy."""

    key: str
    idempotent: bool
    call: Callable[..., Any]


def resolve(client: Any, method: Any) -> _Operation:
    """`method` (a bound facade method of `client`, or its dotted key such as
    "oneroster.rostering.create_user") as an operation on a `max_retries=0` copy of `client`."""
    from .services import OPERATIONS

    if isinstance(method, str):
        key = method
    else:
        service = getattr(method, "__self__", None)
        namespace = getattr(type(service), "_tb_namespace", None)
        if namespace is None or not callable(method):
            raise BulkError(
                "bulk() takes a facade method (tb.oneroster.rostering.create_user) or its name "
                f"('oneroster.rostering.create_user'), not {method!r}"
            )
        owner = getattr(service, "_client", None)
        if owner is not None and getattr(owner, "_owner", owner) is not client._owner:
            raise BulkError(f"{namespace}.{method.__name__} belongs to another client")
        key = f"{namespace}.{method.__name__}"
    spec = OPERATIONS.get(key)
    if spec is None:
        raise BulkError(
            f"bulk(): {key!r} is not an operation (see `timeback-gen list` or docs/api.md)"
        )
    call = method_of(client.with_options(max_retries=0), key)
    return _Operation(key, spec.http_method.upper() in IDEMPOTENT_METHODS, call)


def method_of(client: Any, key: str) -> Callable[..., Any]:
    """The facade method of operation `key` ("oneroster.rostering.create_user") on `client`."""
    from .services import OPERATIONS

    spec = OPERATIONS.get(key)
    if spec is None:
        raise BulkError(f"{key!r} is not an operation (see `timeback-gen list` or docs/api.md)")
    target: Any = client
    for part in spec.namespace.split("."):
        target = getattr(target, part)
    method: Callable[..., Any] = getattr(target, spec.name)
    return method


def client_id_of(call: Mapping[str, Any]) -> str | None:
    """The client-chosen id a call's body carries (`sourcedId` or `identifier`, at the top of
    the body or of the one record in it), or None."""
    from .records import to_plain

    body = to_plain(call.get("body"))
    if not isinstance(body, Mapping):
        return None
    for record in (body, *(v for v in body.values() if isinstance(v, Mapping))):
        for key in ID_KEYS:
            value = record.get(key)
            if isinstance(value, str) and value:
                return value
    return None


def fingerprint(key: str, calls: Sequence[Mapping[str, Any]]) -> str:
    """A hash of the operation and every call, to tell a resume file's batch from another."""
    from .records import to_plain

    digest = hashlib.sha256(key.encode())
    for call in calls:
        digest.update(json.dumps(to_plain(call), sort_keys=True, default=repr).encode())
        digest.update(b"\n")
    return digest.hexdigest()


# -- the controller (no I/O) -----------------------------------------------------------------------

DONE, RETRY, FAILED = "done", "retry", "failed"


class Controller:
    """Which calls to start, and what an outcome means; no I/O, the clock is passed in.

    AIMD window: starts at `limit`, halves on a 429 (once per round) and waits `Retry-After`
    before starting more, grows by one per window of successes up to the ceiling: the server's
    limit as learnt from the 429s (at most `limit`)."""

    def __init__(
        self,
        calls: Sequence[Mapping[str, Any]],
        *,
        limit: int,
        idempotent: bool,
        done: Iterable[int] = (),
        maybe_landed: Iterable[int] = (),
        retries: int = DEFAULT_RETRIES,
        max_rate_limited: int = DEFAULT_MAX_RATE_LIMITED,
        give_up_after: int = DEFAULT_GIVE_UP_AFTER,
        policy: RetryPolicy | None = None,
    ) -> None:
        self.calls = calls
        self.limit = max(1, limit)
        self.window = float(self.limit)
        self.idempotent = idempotent
        self.retries = retries
        self.max_rate_limited = max_rate_limited
        self.give_up_after = give_up_after
        self.unreachable = 0  # calls failed in a row without reaching the server
        self.policy = policy or RetryPolicy()
        skipped = set(done)
        self.result = BulkResult(total=len(calls), skipped_resumed=len(skipped))
        self.queue: deque[int] = deque(i for i in range(len(calls)) if i not in skipped)
        self.again: deque[int] = deque()  # calls to send again, before the queue, in order
        self.delayed: list[tuple[float, int]] = []  # (ready at, index): retries after a wait
        self.in_flight: dict[int, int] = {}  # index -> round it started in
        self.load: dict[int, int] = {}  # index -> calls in flight when it started, itself too
        # The server's limit as learnt: a 429 for a call started with `n` in flight says it
        # takes at most n - 1. Probed upwards after `probe_after` successes without a 429 (the
        # interval doubling each time a probe meets a 429), so a limit that rises is found.
        self.ceiling = self.limit
        self.probe_after = 20 * self.limit
        self.calm = 0  # successes since the last 429
        self.probing = False
        self.round = 0
        self.paused_until = 0.0
        self.successes = 0  # since the window last grew
        self.attempts: dict[int, int] = {}  # 5xx / connection retries so far, per index
        self.limited: dict[int, int] = {}  # 429s so far, per index
        self.maybe_landed = set(maybe_landed) - skipped  # a create may have been stored already

    @property
    def finished(self) -> bool:
        return not (self.queue or self.again or self.delayed or self.in_flight)

    def start(self, now: float) -> list[int]:
        """The indexes to start now (marked in flight)."""
        while self.delayed and self.delayed[0][0] <= now:
            self.again.append(heapq.heappop(self.delayed)[1])
        if now < self.paused_until:
            return []
        room = int(self.window) - len(self.in_flight)
        started: list[int] = []
        while room > 0 and (self.again or self.queue):
            index = (self.again or self.queue).popleft()
            self.in_flight[index] = self.round
            self.load[index] = len(self.in_flight)
            started.append(index)
            room -= 1
        return started

    def wake_in(self, now: float) -> float | None:
        """Seconds until something may start that cannot now (a pause or a delayed retry)."""
        waiting = self.queue or self.again or self.delayed
        times = [t for t in (self.paused_until,) if t > now and waiting]
        if self.delayed:
            times.append(self.delayed[0][0])
        return max(0.0, min(times) - now) if times else None

    def record(self, index: int, error: BaseException | None, now: float) -> str:
        """DONE, RETRY (queued again) or FAILED, for call `index`'s outcome (None: success)."""
        started_round = self.in_flight.pop(index)
        load = self.load.pop(index, 1)
        result = self.result
        if error is None:
            return self._done(index)
        if isinstance(error, RateLimitError):
            result.rate_limited += 1
            self.limited[index] = self.limited.get(index, 0) + 1
            self.ceiling = max(1, min(self.ceiling, load - 1))
            if self.probing:
                self.probe_after *= 2
            self.probing, self.calm = False, 0
            if started_round == self.round:  # the first 429 of this round: halve, once
                self.round += 1
                self.window = max(1.0, min(self.window / 2, self.ceiling))
                self.successes = 0
            else:
                self.window = max(1.0, min(self.window, self.ceiling))
            wait_for = self.policy.retry_after(error.response.headers)
            if wait_for is None:
                wait_for = self.policy.backoff(min(self.limited[index] - 1, 4))
            self.paused_until = max(self.paused_until, now + wait_for)
            if self.limited[index] > self.max_rate_limited:
                return self._failed(index, error)
            self.again.append(index)
            result.retries += 1
            return RETRY
        if isinstance(error, ConflictError) and index in self.maybe_landed:
            result.conflicts_after_retry += 1
            return self._done(index)
        if self._may_resend(index, error):
            attempt = self.attempts.get(index, 0)
            if attempt < self.retries:
                self.attempts[index] = attempt + 1
                self.maybe_landed.add(index)
                response = error.response if isinstance(error, APIStatusError) else None
                delay = self.policy.delay(attempt, response)
                heapq.heappush(self.delayed, (now + delay, index))
                result.retries += 1
                return RETRY
        return self._failed(index, error)

    def _may_resend(self, index: int, error: BaseException) -> bool:
        if isinstance(error, APIStatusError):
            transient = error.status_code in RETRY_STATUSES
        elif isinstance(error, APIConnectionError):
            if isinstance(error.__cause__, RETRY_ANY_METHOD_EXCEPTIONS):
                return True  # it never reached the server
            transient = isinstance(error.__cause__, httpx.TransportError)
        else:
            return False
        return transient and (self.idempotent or client_id_of(self.calls[index]) is not None)

    def _done(self, index: int) -> str:
        self.result.succeeded += 1
        self.unreachable = 0
        self.successes += 1
        self.calm += 1
        if self.calm >= self.probe_after and self.ceiling < self.limit:
            self.ceiling += 1
            self.calm, self.probing = 0, True
        if self.successes >= self.window and self.window < self.ceiling:
            self.window += 1
            self.successes = 0
        return DONE

    def _failed(self, index: int, error: BaseException) -> str:
        err = error if isinstance(error, Exception) else TimebackError(str(error))
        self.result.failures.append(BulkFailure(index, self.calls[index], err))
        if isinstance(err, APIConnectionError):
            self.unreachable += 1
            if self.unreachable >= self.give_up_after:
                self._give_up(err)
        else:
            self.unreachable = 0
        return FAILED

    def _give_up(self, last: APIConnectionError) -> None:
        """Fail every call not in flight, unsent: the server has been unreachable for
        `give_up_after` calls in a row. Each failure says so; a rerun with `resume` sends them."""
        waiting = [*self.again, *self.queue, *(i for _, i in self.delayed)]
        self.again.clear()
        self.queue.clear()
        self.delayed.clear()
        for index in waiting:
            error = APIConnectionError(
                f"not sent: {self.unreachable} calls in a row could not reach the server "
                f"(the last: {last})",
                request=last.request,
                operation=last.operation,
            )
            self.result.failures.append(BulkFailure(index, self.calls[index], error))


# -- resume journal ----------------------------------------------------------------------------------


class Journal:
    """The resume file: a JSON header, then `s INDEX` (started) and `d INDEX` (done) lines."""

    def __init__(self, path: Path | None, key: str, calls: Sequence[Mapping[str, Any]]) -> None:
        self.path = path
        self.done: set[int] = set()
        self.started: set[int] = set()
        self._file: Any = None
        if path is None:
            return
        header = {"method": key, "count": len(calls), "fingerprint": fingerprint(key, calls)}
        if path.exists() and self._read(path, header):
            self._file = path.open("a")
            if not path.read_text().endswith("\n"):  # a line cut by a crash: end it
                self._file.write("\n")
        else:
            self._file = path.open("w")
            self._file.write(json.dumps(header) + "\n")
            self._file.flush()

    def _read(self, path: Path, header: dict[str, Any]) -> bool:
        """Load a journal of this batch (False: empty, or its header never fully written)."""
        text = path.read_text()
        lines = text.split("\n")
        lines.pop()  # "" after the last newline, or a line a crash cut short: not trusted
        if not lines and (not text or text.startswith('{"method": ')):
            return False  # empty, or our header cut short by a crash: nothing was done
        try:
            saved = json.loads(lines[0]) if lines else None
        except ValueError:
            saved = None
        if not isinstance(saved, dict) or "fingerprint" not in saved:
            raise BulkError(f"{path} is not a bulk resume file; give another path")
        if saved.get("fingerprint") != header["fingerprint"]:
            raise BulkError(
                f"{path} records another batch (method {saved.get('method')!r}, "
                f"{saved.get('count')} calls; this is {header['method']!r}, {header['count']} "
                "calls, or the calls differ): give another resume path or delete it"
            )
        for line in lines[1:]:
            kind, _, raw = line.partition(" ")
            if raw.isdigit() and int(raw) < header["count"]:
                (self.done if kind == "d" else self.started).add(int(raw))
        self.started -= self.done
        return True

    def mark(self, kind: str, indexes: Iterable[int]) -> None:
        if self._file is not None:
            text = "".join(f"{kind} {i}\n" for i in indexes)
            if text:
                self._file.write(text)
                self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


# -- progress ----------------------------------------------------------------------------------------


class _Bar(Protocol):
    def update(self, n: int = 1) -> object: ...
    def close(self) -> None: ...


class _NoBar:
    def update(self, n: int = 1) -> None:
        return None

    def close(self) -> None:
        return None


def _bar(progress: bool | None, total: int, initial: int, label: str) -> _Bar:
    """A tqdm bar on stderr when `progress` is True, or None and stderr is a terminal."""
    show = sys.stderr.isatty() if progress is None else progress
    if not show:
        return _NoBar()
    try:
        from tqdm import tqdm
    except ImportError:  # tqdm is a dependency; without it, quiet
        return _NoBar()
    bar: _Bar = tqdm(total=total, initial=initial, desc=label, unit="call", file=sys.stderr)
    return bar


# -- drivers -----------------------------------------------------------------------------------------


def _prepare(
    client: Any,
    method: Any,
    calls: Iterable[Mapping[str, Any]],
    concurrency: int | None,
    resume: str | os.PathLike[str] | None,
    retries: int | None,
) -> tuple[_Operation, list[Mapping[str, Any]], Controller, Journal]:
    operation = resolve(client, method)
    batch = list(calls)
    for i, call in enumerate(batch):
        if not isinstance(call, Mapping):
            raise BulkError(f"bulk(): call {i} is a {type(call).__name__}, not a mapping of kwargs")
    limit = concurrency if concurrency is not None else client.settings.max_concurrency
    if limit < 1:
        raise BulkError(f"bulk(): concurrency must be at least 1, got {limit}")
    journal = Journal(None if resume is None else Path(resume), operation.key, batch)
    controller = Controller(
        batch,
        limit=limit,
        idempotent=operation.idempotent,
        done=journal.done,
        maybe_landed=journal.started,
        retries=DEFAULT_RETRIES if retries is None else retries,
    )
    return operation, batch, controller, journal


def _outcome(call: Callable[..., Any], kwargs: Mapping[str, Any]) -> Exception | None:
    try:
        call(**kwargs)
    except Exception as exc:
        return exc
    return None


def _may_take_sigterm() -> bool:
    """SIGTERM is ours to handle: in the main thread, and the program has no handler of its own
    (nor ignores it)."""
    return (
        threading.current_thread() is threading.main_thread()
        and signal.getsignal(signal.SIGTERM) is signal.SIG_DFL
    )


@contextmanager
def terminate_as_interrupt() -> Iterator[None]:
    """In the main thread, SIGTERM raises `Terminated` (a KeyboardInterrupt) while inside, unless
    the program has a SIGTERM handler of its own."""
    if not _may_take_sigterm():
        yield
        return

    def handler(signum: int, frame: FrameType | None) -> None:
        raise Terminated()

    signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


def run_sync(
    client: Timeback,
    method: Any,
    calls: Iterable[Mapping[str, Any]],
    *,
    concurrency: int | None = None,
    resume: str | os.PathLike[str] | None = None,
    progress: bool | None = None,
    retries: int | None = None,
) -> BulkResult:
    """`Timeback.bulk`: the controller driven by a thread pool of `limit` workers."""
    operation, batch, ctl, journal = _prepare(client, method, calls, concurrency, resume, retries)
    bar = _bar(progress, len(batch), ctl.result.skipped_resumed, operation.key)
    started = time.monotonic()
    futures: dict[Future[Exception | None], int] = {}

    def settle(done: Iterable[Future[Exception | None]]) -> None:
        finished = []
        for future in done:
            index = futures.pop(future)
            if future.cancelled():
                ctl.in_flight.pop(index, None)
                ctl.again.appendleft(index)
                continue
            if ctl.record(index, future.result(), time.monotonic()) == DONE:
                finished.append(index)
        journal.mark("d", finished)
        bar.update(len(finished))

    pool = ThreadPoolExecutor(max_workers=ctl.limit, thread_name_prefix="timeback-bulk")
    try:
        with terminate_as_interrupt():
            while not ctl.finished:
                now = time.monotonic()
                indexes = ctl.start(now)
                journal.mark("s", indexes)
                for index in indexes:
                    futures[pool.submit(_outcome, operation.call, batch[index])] = index
                timeout = ctl.wake_in(now)
                if not futures:
                    time.sleep(timeout or 0.0)
                    continue
                done, _ = wait(futures, timeout=timeout, return_when=FIRST_COMPLETED)
                settle(done)
    finally:
        # Ctrl-C / SIGTERM / an error here: start nothing more, let the calls in flight finish
        # and journal them, so a rerun neither repeats nor loses them.
        pool.shutdown(wait=True, cancel_futures=True)
        settle(list(futures))
        journal.close()
        bar.close()
        ctl.result.failures.sort(key=lambda f: f.index)
        ctl.result.elapsed = time.monotonic() - started
    return ctl.result


async def run_async(
    client: AsyncTimeback,
    method: Any,
    calls: Iterable[Mapping[str, Any]],
    *,
    concurrency: int | None = None,
    resume: str | os.PathLike[str] | None = None,
    progress: bool | None = None,
    retries: int | None = None,
) -> BulkResult:
    """`AsyncTimeback.bulk`: the controller driven by an anyio task group (asyncio or trio).
    Cancelled (Ctrl-C under `asyncio.run`, a deadline) or sent SIGTERM (then `Terminated` is
    raised; in the main thread, when the program has no SIGTERM handler), it journals what
    finished and stops; calls cut off mid-flight count as possibly landed on a rerun."""
    operation, batch, ctl, journal = _prepare(client, method, calls, concurrency, resume, retries)
    bar = _bar(progress, len(batch), ctl.result.skipped_resumed, operation.key)
    started = time.monotonic()
    send, receive = anyio.create_memory_object_stream[tuple[int, Exception | None]](len(batch) + 1)
    call: Callable[..., Awaitable[Any]] = operation.call

    async def worker(index: int) -> None:
        try:
            await call(**batch[index])
        except Exception as exc:
            send.send_nowait((index, exc))
        else:
            send.send_nowait((index, None))

    def settle(index: int, error: Exception | None) -> None:
        if ctl.record(index, error, time.monotonic()) == DONE:
            journal.mark("d", (index,))
            bar.update(1)

    terminated = False

    async def watch_sigterm(scope: anyio.CancelScope) -> None:
        nonlocal terminated
        with anyio.open_signal_receiver(signal.SIGTERM) as signals:
            async for _ in signals:
                terminated = True
                scope.cancel()
                return

    try:
        async with anyio.create_task_group() as tg:
            if _may_take_sigterm():
                tg.start_soon(watch_sigterm, tg.cancel_scope)
            while not ctl.finished:
                now = time.monotonic()
                indexes = ctl.start(now)
                journal.mark("s", indexes)
                for index in indexes:
                    tg.start_soon(worker, index)
                timeout = ctl.wake_in(now)
                with anyio.move_on_after(timeout if timeout is not None else float("inf")):
                    settle(*await receive.receive())
                while True:
                    try:
                        settle(*receive.receive_nowait())
                    except anyio.WouldBlock:
                        break
            tg.cancel_scope.cancel()  # all done: stop the SIGTERM watcher
        if terminated:
            raise Terminated()
    finally:
        while True:  # outcomes that came in while cancelling
            try:
                index, error = receive.receive_nowait()
            except anyio.WouldBlock:
                break
            if index in ctl.in_flight:
                settle(index, error)
        send.close()
        receive.close()
        journal.close()
        bar.close()
        ctl.result.failures.sort(key=lambda f: f.index)
        ctl.result.elapsed = time.monotonic() - started
    return ctl.result
