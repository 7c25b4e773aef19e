"""A durable outbox for Caliper events: `add` writes to a SQLite file, a sender delivers.

>>> with EventOutbox(tb, "events.sqlite3", sensor="https://practice.example.com/sensor") as box:
...     box.add(activity_completed(actor=student, context=ctx, xp_earned=12))  # on disk now
>>> # closing flushed it; what was not confirmed is sent the next time the file is opened

`add` returns once the event is committed to the file (WAL): it survives the process being
killed; with `synchronous="FULL"` it survives power loss too. One sender per file at a time
(a lease row in the file) batches pending events into envelopes, retries 429/5xx/connection
trouble with backoff (events carry ids, so a re-send is safe), and removes events only after a
2xx. Events the server refuses by index go to the dead-letter table with its reason.

The queue, batching, lease and backoff live in `_Store` and `_Core` (no network I/O);
`EventOutbox` (a thread) and `AsyncEventOutbox` (an anyio task) only send what `_Core.step`
hands them and report the outcome to `_Core.settle`.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, Self

import anyio
import anyio.abc
import anyio.to_thread
from pydantic import BaseModel

from .caliper_events import _check_sensor, _envelope, _reasons_by_index, _with_context
from .errors import APIStatusError, OutboxFullError, TimebackError
from .http import RetryPolicy
from .records import to_plain

if TYPE_CHECKING:
    from .client import AsyncTimeback, Timeback

__all__ = ["AsyncEventOutbox", "DeadLetter", "EventOutbox", "OutboxStats", "Synchronous"]

logger = logging.getLogger("timeback_gen.outbox")

Synchronous = Literal["NORMAL", "FULL"]
"""SQLite `synchronous` in WAL mode: NORMAL survives the process being killed, FULL (an fsync
per `add`) also power loss or an OS crash."""

SCHEMA_VERSION = 1
# Statuses by which the server refuses the events themselves (not a transient state): the events
# it names by index are dead-lettered; a refusal naming none is retried one event per envelope.
REFUSED = frozenset({400, 409, 413, 422})

_SCHEMA = f"""
BEGIN IMMEDIATE;
CREATE TABLE IF NOT EXISTS pending (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    body TEXT NOT NULL,
    added REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS dead (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    body TEXT NOT NULL,
    reason TEXT NOT NULL,
    at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, n INTEGER NOT NULL);
INSERT OR IGNORE INTO counters VALUES ('pending', 0), ('sent', 0), ('dead', 0);
CREATE TRIGGER IF NOT EXISTS pending_in AFTER INSERT ON pending
    BEGIN UPDATE counters SET n = n + 1 WHERE name = 'pending'; END;
CREATE TRIGGER IF NOT EXISTS pending_out AFTER DELETE ON pending
    BEGIN UPDATE counters SET n = n - 1 WHERE name = 'pending'; END;
CREATE TRIGGER IF NOT EXISTS dead_in AFTER INSERT ON dead
    BEGIN UPDATE counters SET n = n + 1 WHERE name = 'dead'; END;
CREATE TRIGGER IF NOT EXISTS dead_out AFTER DELETE ON dead
    BEGIN UPDATE counters SET n = n - 1 WHERE name = 'dead'; END;
CREATE TABLE IF NOT EXISTS lease (
    one INTEGER PRIMARY KEY CHECK (one = 1),
    owner TEXT NOT NULL,
    expires REAL NOT NULL
);
PRAGMA user_version = {SCHEMA_VERSION};
COMMIT;
"""


@dataclass(frozen=True)
class OutboxStats:
    """Counts of the file (every process's events): `pending` not yet confirmed, `sent`
    confirmed by a 2xx, `dead` refused by the server; `sender`: this outbox holds the send lease;
    `last_error`: why this outbox's latest send failed, None once one succeeds (the client's
    message, which never holds credentials)."""

    pending: int
    sent: int
    dead: int
    sender: bool
    last_error: str | None


@dataclass(frozen=True)
class DeadLetter:
    """An event the server refused: its id, the event as it was queued, the server's reason."""

    event_id: str
    event: dict[str, Any]
    reason: str
    at: datetime


@dataclass(frozen=True)
class _Row:
    seq: int
    id: str
    body: str
    added: float


@dataclass(frozen=True)
class _Send:
    """One envelope to POST, and the queued rows it holds (in `data` order)."""

    rows: list[_Row]
    envelope: dict[str, Any]


def _encode(event: BaseModel | Mapping[str, Any]) -> tuple[str, str]:
    """(id, JSON text) of one event as it is queued: its `id` kept or a new `urn:uuid:` one, a
    missing `@context` filled in; a clear TypeError/ValueError for what cannot be sent at all."""
    if not isinstance(event, BaseModel | Mapping) and not hasattr(event, "to_dict"):
        raise TypeError(
            f"an event is a Caliper event model or a mapping (dict), not {type(event).__name__}"
        )
    data = _with_context(to_plain(event))
    if not isinstance(data, dict):
        raise TypeError(f"an event must turn into a JSON object, got {type(data).__name__}")
    kind = data.get("type")
    if not isinstance(kind, str) or not kind:
        raise ValueError("the event has no `type` (a non-empty string): the platform reads by it")
    event_id = data.get("id")
    if event_id is None:
        event_id = f"urn:uuid:{uuid.uuid4()}"
        data["id"] = event_id
    elif not isinstance(event_id, str) or not event_id:
        raise ValueError(f"the event's `id` must be a non-empty string, got {event_id!r}")
    try:
        text = json.dumps(data, allow_nan=False, separators=(",", ":"))
    except (TypeError, ValueError, RecursionError) as exc:
        raise TypeError(
            f"event {event_id} is not JSON-serialisable ({exc}): give JSON values (str, int, "
            "float, bool, None, lists, dicts; dates as ISO text) or a generated event model"
        ) from None
    return event_id, text


def _owner() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:12]}"


def _gone(owner: str) -> bool:
    """True if `owner` (a lease holder) was a process of this host that no longer exists."""
    host, _, rest = owner.partition(":")
    pid_text = rest.partition(":")[0]
    if host != socket.gethostname() or not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


class _Store:
    """The outbox file: pending and dead-letter tables, counters, the sender lease. Every write
    is one `BEGIN IMMEDIATE` transaction, so another process sees all of it or none."""

    def __init__(self, path: str, synchronous: Synchronous) -> None:
        self.path = path
        self._lock = threading.Lock()
        try:
            self._conn = sqlite3.connect(
                path, timeout=30.0, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise OSError(f"cannot open the outbox file {path}: {exc}") from exc
        try:
            mode = self._conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise OSError(f"{path}: SQLite could not use WAL mode here (got {mode!r})")
            self._conn.execute(f"PRAGMA synchronous={synchronous}")
            version = self._conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise OSError(f"{path}: outbox schema {version} is newer than this version's")
            self._conn.executescript(_SCHEMA)
        except BaseException:
            self._conn.close()
            raise

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                yield self._conn
                self._conn.execute("COMMIT")
            except BaseException:  # KeyboardInterrupt too: the file keeps none of it
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise

    def _read(self, sql: str, args: tuple[Any, ...] = ()) -> list[Any]:
        with self._lock:
            return self._conn.execute(sql, args).fetchall()

    def add(self, event_id: str, body: str, max_pending: int) -> None:
        with self._write() as db:
            pending = db.execute("SELECT n FROM counters WHERE name = 'pending'").fetchone()[0]
            if pending >= max_pending:
                raise OutboxFullError(
                    f"the outbox {self.path} holds {pending} events not yet delivered "
                    f"(max_pending={max_pending}); nothing is being confirmed: see stats() "
                    "and the 'timeback_gen.outbox' log for why, flush(), or raise max_pending"
                )
            db.execute(
                "INSERT OR IGNORE INTO pending (id, body, added) VALUES (?, ?, ?)",
                (event_id, body, time.time()),
            )

    def head(self) -> tuple[int, float | None]:
        """(pending count, when the oldest pending event was added)."""
        rows = self._read(
            "SELECT (SELECT n FROM counters WHERE name = 'pending'), "
            "(SELECT added FROM pending ORDER BY seq LIMIT 1)"
        )
        return int(rows[0][0]), rows[0][1]

    def take(self, limit: int) -> list[_Row]:
        rows = self._read("SELECT seq, id, body, added FROM pending ORDER BY seq LIMIT ?", (limit,))
        return [_Row(*r) for r in rows]

    def last_seq(self) -> int:
        return int(self._read("SELECT coalesce(max(seq), 0) FROM pending")[0][0])

    def pending_through(self, seq: int) -> bool:
        return bool(self._read("SELECT 1 FROM pending WHERE seq <= ? LIMIT 1", (seq,)))

    def mark_sent(self, seqs: list[int]) -> None:
        with self._write() as db:
            gone = db.executemany(
                "DELETE FROM pending WHERE seq = ?", [(seq,) for seq in seqs]
            ).rowcount  # rows another sender removed already are not counted again
            db.execute("UPDATE counters SET n = n + ? WHERE name = 'sent'", (gone,))

    def dead_letter(self, refused: list[tuple[int, str]]) -> None:
        now = time.time()
        with self._write() as db:
            for seq, reason in refused:
                db.execute(
                    "INSERT OR IGNORE INTO dead (seq, id, body, reason, at) "
                    "SELECT seq, id, body, ?, ? FROM pending WHERE seq = ?",
                    (reason, now, seq),
                )
                db.execute("DELETE FROM pending WHERE seq = ?", (seq,))

    def counts(self) -> dict[str, int]:
        return {name: int(n) for name, n in self._read("SELECT name, n FROM counters")}

    def dead_letters(self) -> list[DeadLetter]:
        rows = self._read("SELECT id, body, reason, at FROM dead ORDER BY seq")
        return [
            DeadLetter(eid, json.loads(body), reason, datetime.fromtimestamp(at, UTC))
            for eid, body, reason, at in rows
        ]

    def lease(self, owner: str, seconds: float) -> float | None:
        """Take or renew the sender lease for `seconds`: its expiry, or None while another
        (live, unexpired) owner holds it."""
        with self._write() as db:
            now = time.time()
            row = db.execute("SELECT owner, expires FROM lease").fetchone()
            if row is not None and row[0] != owner and row[1] > now and not _gone(row[0]):
                return None
            if row is not None and row[0] != owner:
                logger.info("outbox %s: taking over the sender lease", self.path)
            db.execute(
                "INSERT INTO lease (one, owner, expires) VALUES (1, ?, ?) "
                "ON CONFLICT (one) DO UPDATE SET owner = excluded.owner, expires = excluded.expires",
                (owner, now + seconds),
            )
            return now + seconds

    def release(self, owner: str) -> None:
        with self._write() as db:
            db.execute("DELETE FROM lease WHERE owner = ?", (owner,))

    def close(self) -> None:
        with self._lock:
            self._conn.close()


@dataclass(frozen=True)
class _Settings:
    sensor: str
    batch_size: int
    linger: float
    max_pending: int
    lease_seconds: float
    retry_min: float
    retry_max: float
    poll: float


def _settings(
    sensor: str,
    batch_size: int,
    linger: float,
    max_pending: int,
    synchronous: str,
    lease_seconds: float,
    retry_min: float,
    retry_max: float,
) -> _Settings:
    """The options checked (ValueError saying which and why), before the file is touched."""
    _check_sensor(sensor)
    for name, value in (("batch_size", batch_size), ("max_pending", max_pending)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ValueError(f"{name} must be a whole number >= 1, got {value!r}")
    for name, number in (("linger", linger), ("retry_min", retry_min)):
        if not number >= 0:
            raise ValueError(f"{name} must be >= 0 seconds, got {number!r}")
    if not retry_max >= retry_min:
        raise ValueError(f"retry_max must be >= retry_min, got {retry_max!r}")
    if not lease_seconds > 0:
        raise ValueError(f"lease_seconds must be > 0, got {lease_seconds!r}")
    if synchronous not in ("NORMAL", "FULL"):
        raise ValueError(f"synchronous must be 'NORMAL' or 'FULL', got {synchronous!r}")
    poll = min(0.25, max(linger, 0.02), lease_seconds / 4)
    return _Settings(
        sensor, batch_size, linger, max_pending, lease_seconds, retry_min, retry_max, poll
    )


class _Core:
    """What to send next and what a send's outcome means for the file, without network I/O:
    both outboxes call `step` (an envelope to send, or how long to wait) and `settle`."""

    def __init__(self, store: _Store, settings: _Settings) -> None:
        self.store = store
        self.cfg = settings
        self.owner = _owner()
        self.lease_until = 0.0
        self.failures = 0
        self.retry_at = 0.0
        self.solo_through = 0  # after a refusal naming no event: one event per envelope
        self.last_error: str | None = None
        # the client's backoff and Retry-After reading, with the outbox's own bounds
        self.policy = RetryPolicy(
            backoff_base=settings.retry_min,
            backoff_cap=settings.retry_max,
            retry_after_cap=settings.retry_max,
        )

    def add(self, event: BaseModel | Mapping[str, Any]) -> str:
        event_id, body = _encode(event)
        self.store.add(event_id, body, self.cfg.max_pending)
        return event_id

    def _hold(self, now: float) -> bool:
        if self.lease_until - now > self.cfg.lease_seconds / 2:
            return True
        until = self.store.lease(self.owner, self.cfg.lease_seconds)
        self.lease_until = until or 0.0
        return until is not None

    def step(self, urgent: bool) -> _Send | float:
        """The next envelope to send, or the seconds to wait (an `add` may cut it short).
        `urgent`: someone is flushing, so a partial batch goes without lingering."""
        now = time.time()
        if not self._hold(now):
            return self.cfg.poll
        if now < self.retry_at:
            return min(self.retry_at - now, self.cfg.poll * 4)
        count, oldest = self.store.head()
        if count == 0 or oldest is None:
            return self.cfg.poll
        if count < self.cfg.batch_size and not urgent:
            wait = oldest + self.cfg.linger - now
            if wait > 0:
                return min(wait, self.cfg.poll)
        rows = self.store.take(self.cfg.batch_size)
        if rows and rows[0].seq <= self.solo_through:
            rows = rows[:1]
        if not rows:
            return self.cfg.poll
        if not self._hold(time.time()):  # renewed before every send
            return self.cfg.poll
        data = [json.loads(r.body) for r in rows]
        return _Send(rows, _envelope(data, self.cfg.sensor))

    def settle(self, send: _Send, outcome: TimebackError | None) -> None:
        """Record what became of `send`: delivered (removed), refused (dead letters), or not
        delivered (kept, retried after a backoff)."""
        rows = send.rows
        if outcome is None:
            self.store.mark_sent([r.seq for r in rows])
            self.failures = 0
            self.last_error = None
            return
        if isinstance(outcome, APIStatusError) and outcome.status_code in REFUSED:
            self.failures = 0
            named = {
                pos: "; ".join(why)
                for pos, why in _reasons_by_index(outcome).items()
                if 0 <= pos < len(rows)
            }
            if named:
                self.store.dead_letter([(rows[pos].seq, why) for pos, why in named.items()])
                logger.warning(
                    "outbox %s: %d event(s) refused by the server, dead-lettered: %s",
                    self.store.path,
                    len(named),
                    ", ".join(rows[pos].id for pos in sorted(named)),
                )
            elif len(rows) > 1:
                self.solo_through = rows[-1].seq  # find the refused one(s): one at a time
            else:
                self.store.dead_letter([(rows[0].seq, f"refused: {outcome}")])
                logger.warning(
                    "outbox %s: event %s refused: %s", self.store.path, rows[0].id, outcome
                )
            return
        self.failures += 1
        response = outcome.response if isinstance(outcome, APIStatusError) else None
        delay = self.policy.delay(self.failures - 1, response)
        self.retry_at = time.time() + delay
        self.last_error = str(outcome)[:500]
        logger.warning(
            "outbox %s: %d event(s) not delivered (attempt %d), kept and retried in %.2f s: %s",
            self.store.path,
            len(rows),
            self.failures,
            delay,
            self.last_error,
        )

    def trouble(self, exc: BaseException) -> float:
        """An unexpected failure of a step (the file locked for 30 s, a bug): logged, and the
        sender waits before trying again rather than stopping."""
        self.last_error = f"{type(exc).__name__}: {exc}"[:500]
        logger.error("outbox %s: sender step failed: %s", self.store.path, self.last_error)
        return max(self.cfg.retry_min, 0.5)

    def stats(self) -> OutboxStats:
        counts = self.store.counts()
        return OutboxStats(
            pending=counts["pending"],
            sent=counts["sent"],
            dead=counts["dead"],
            sender=self.lease_until > time.time(),
            last_error=self.last_error,
        )

    def release(self) -> None:
        if self.lease_until:
            self.store.release(self.owner)
            self.lease_until = 0.0


class EventOutbox:
    """Caliper events queued durably in the SQLite file `path` and sent by a background thread
    through `tb.caliper.send_events`, `batch_size` per envelope, a partial batch after
    `linger` seconds. Use it as a context manager or call `close()` (which flushes).

    `add` raises `OutboxFullError` once `max_pending` events wait undelivered. `synchronous`:
    "NORMAL" (an added event survives the process being killed) or "FULL" (also power loss; an
    fsync per `add`). The sender holds a lease in the file for `lease_seconds` (renewed as it
    goes; make it longer than a send can take): several processes may add to one file, one of
    them sends. A failed send is retried after `retry_min`·2ⁿ seconds (jitter, at most
    `retry_max`), or as the server's `Retry-After` asks (also capped at `retry_max`).
    """

    def __init__(
        self,
        tb: Timeback,
        path: str | os.PathLike[str],
        *,
        sensor: str,
        batch_size: int = 100,
        linger: float = 1.0,
        max_pending: int = 100_000,
        synchronous: Synchronous = "NORMAL",
        lease_seconds: float = 30.0,
        retry_min: float = 0.5,
        retry_max: float = 30.0,
    ) -> None:
        cfg = _settings(
            sensor,
            batch_size,
            linger,
            max_pending,
            synchronous,
            lease_seconds,
            retry_min,
            retry_max,
        )
        self._tb = tb
        self._core = _Core(_Store(os.fspath(path), synchronous), cfg)
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._urgent = 0
        self._urgent_lock = threading.Lock()
        self._closed = False
        self._thread = threading.Thread(
            target=self._run, name=f"timeback-outbox:{os.path.basename(path)}", daemon=True
        )
        self._thread.start()

    def _run(self) -> None:
        core = self._core
        try:
            while not self._stop.is_set():
                self._wake.clear()
                try:
                    step = core.step(self._urgent > 0)
                    if isinstance(step, _Send):
                        outcome: TimebackError | None = None
                        try:
                            self._tb.caliper.send_events(body=step.envelope)
                        except TimebackError as exc:
                            outcome = exc
                        core.settle(step, outcome)
                        continue
                    wait = step
                except Exception as exc:  # never let the sender die: the events wait on disk
                    wait = core.trouble(exc)
                self._wake.wait(wait)
        finally:
            try:
                core.release()
            except Exception as exc:
                core.trouble(exc)

    def _check_open(self) -> None:
        if self._closed:
            raise RuntimeError(f"the outbox {self._core.store.path} is closed")

    def add(self, event: BaseModel | Mapping[str, Any]) -> str:
        """Queue `event` (a model or a dict) and return its id once it is on disk."""
        self._check_open()
        event_id = self._core.add(event)
        self._wake.set()
        return event_id

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until every event pending in the file when called is delivered or dead-lettered
        (whichever process sends it); False if `timeout` seconds passed first."""
        self._check_open()
        store = self._core.store
        through = store.last_seq()
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._urgent_lock:
            self._urgent += 1
        self._wake.set()
        try:
            while store.pending_through(through):
                if deadline is not None and time.monotonic() >= deadline:
                    return False
                if not self._thread.is_alive():
                    return False
                time.sleep(0.02)
            return True
        finally:
            with self._urgent_lock:
                self._urgent -= 1

    def close(self, timeout: float | None = 30.0) -> bool:
        """Flush (at most `timeout` seconds), stop the sender and free the lease; True if
        nothing this outbox waited for is left pending (what is left is sent next time)."""
        if self._closed:
            return True
        flushed = self.flush(timeout)
        self._closed = True
        self._stop.set()
        self._wake.set()
        self._thread.join(60.0)
        if self._thread.is_alive():
            logger.warning("outbox %s: sender still busy at close", self._core.store.path)
        else:
            self._core.store.close()
        if not flushed:
            logger.warning(
                "outbox %s: closed with events pending; they are sent when it is next opened",
                self._core.store.path,
            )
        return flushed

    def stats(self) -> OutboxStats:
        self._check_open()
        return self._core.stats()

    def dead_letters(self) -> list[DeadLetter]:
        """The events the server refused, oldest first, with its reasons."""
        self._check_open()
        return self._core.store.dead_letters()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close(timeout=None if exc is None else 0)


class AsyncEventOutbox:
    """`EventOutbox` for `AsyncTimeback`: the sender is an anyio task (asyncio or trio), the
    file is written in a worker thread. `async with AsyncEventOutbox(atb, path, sensor=...)`
    starts it; leaving the block flushes (unless an exception is leaving it) and stops it."""

    def __init__(
        self,
        tb: AsyncTimeback,
        path: str | os.PathLike[str],
        *,
        sensor: str,
        batch_size: int = 100,
        linger: float = 1.0,
        max_pending: int = 100_000,
        synchronous: Synchronous = "NORMAL",
        lease_seconds: float = 30.0,
        retry_min: float = 0.5,
        retry_max: float = 30.0,
    ) -> None:
        self._cfg = _settings(
            sensor,
            batch_size,
            linger,
            max_pending,
            synchronous,
            lease_seconds,
            retry_min,
            retry_max,
        )
        self._tb = tb
        self._path = os.fspath(path)
        self._synchronous: Synchronous = synchronous
        self._core: _Core | None = None
        self._group: anyio.abc.TaskGroup | None = None
        self._wake: anyio.Event | None = None  # anyio events are made inside the event loop
        self._stopped: anyio.Event | None = None
        self._stop = False
        self._urgent = 0

    async def __aenter__(self) -> Self:
        if self._core is not None:
            raise RuntimeError("an AsyncEventOutbox is entered once")
        store = await anyio.to_thread.run_sync(_Store, self._path, self._synchronous)
        self._core = _Core(store, self._cfg)
        self._wake, self._stopped = anyio.Event(), anyio.Event()
        self._group = anyio.create_task_group()
        await self._group.__aenter__()
        self._group.start_soon(self._run)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool | None:
        assert self._group is not None and self._core is not None
        assert self._wake is not None and self._stopped is not None
        try:
            if exc is None:
                await self.flush(None)
        finally:
            self._stop = True
            self._wake.set()
            with anyio.move_on_after(60.0, shield=True):
                await self._stopped.wait()  # the send under way (if any) is settled first
            self._group.cancel_scope.cancel()
            try:
                done = await self._group.__aexit__(exc_type, exc, tb)
            finally:
                with anyio.CancelScope(shield=True):  # also when the block was cancelled
                    await anyio.to_thread.run_sync(self._core.store.close)
        return done

    def _ready(self) -> _Core:
        if self._core is None or self._stop:
            raise RuntimeError("use the AsyncEventOutbox inside `async with` (it is not open)")
        return self._core

    def _poke(self) -> None:
        if self._wake is not None:
            self._wake.set()

    async def _run(self) -> None:
        core = self._ready()
        try:
            while not self._stop:
                self._wake = wake = anyio.Event()
                try:
                    step = await anyio.to_thread.run_sync(core.step, self._urgent > 0)
                    if isinstance(step, _Send):
                        outcome: TimebackError | None = None
                        try:
                            await self._tb.caliper.send_events(body=step.envelope)
                        except TimebackError as exc:
                            outcome = exc
                        await anyio.to_thread.run_sync(core.settle, step, outcome)
                        continue
                    wait = step
                except Exception as exc:  # never let the sender die: the events wait on disk
                    wait = core.trouble(exc)
                with anyio.move_on_after(wait):
                    await wake.wait()
        finally:
            with anyio.CancelScope(shield=True):
                try:
                    await anyio.to_thread.run_sync(core.release)
                except Exception as exc:
                    core.trouble(exc)
                if self._stopped is not None:
                    self._stopped.set()

    async def add(self, event: BaseModel | Mapping[str, Any]) -> str:
        """Queue `event` and return its id once it is on disk."""
        core = self._ready()
        event_id = await anyio.to_thread.run_sync(core.add, event)
        self._poke()
        return event_id

    async def flush(self, timeout: float | None = None) -> bool:
        """As `EventOutbox.flush`."""
        store = self._ready().store
        through = await anyio.to_thread.run_sync(store.last_seq)
        self._urgent += 1
        self._poke()
        try:
            with anyio.move_on_after(timeout):
                while await anyio.to_thread.run_sync(store.pending_through, through):
                    await anyio.sleep(0.02)
                return True
            return False
        finally:
            self._urgent -= 1

    async def stats(self) -> OutboxStats:
        return await anyio.to_thread.run_sync(self._ready().stats)

    async def dead_letters(self) -> list[DeadLetter]:
        return await anyio.to_thread.run_sync(self._ready().store.dead_letters)
