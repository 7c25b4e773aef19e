"""SQLite-backed JSON record store shared by every API of the sandbox.

One table holds every record: (collection, id, seq, json, deleted). ``seq`` keeps insertion
order; list queries translate filters to SQL over the JSON column (see filters.to_sql).
A single connection is shared by all server threads and guarded by a lock.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

_SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    collection TEXT NOT NULL,
    id TEXT NOT NULL,
    json TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX IF NOT EXISTS records_collection_id ON records (collection, id);
CREATE INDEX IF NOT EXISTS records_collection_seq ON records (collection, seq);
"""


@dataclass
class Condition:
    """A SQL fragment over the ``json``/``id`` columns with its named parameters."""

    sql: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass
class Page:
    items: list[dict[str, Any]]
    total: int


class Store:
    def __init__(self, path: str | None = None) -> None:
        self.path = path or ":memory:"
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        if self.path != ":memory:":
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.executescript(_SCHEMA)
        self._closed = False

    # ------------------------------------------------------------------ basics
    def close(self) -> None:
        with self._lock:
            if not self._closed:
                self._closed = True
                self._conn.close()

    def clear(self) -> None:
        with self._lock:
            self._conn.execute("DELETE FROM records")

    def get(
        self, collection: str, id_: str, *, include_deleted: bool = True
    ) -> dict[str, Any] | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT json, deleted FROM records WHERE collection = ? AND id = ?",
                (collection, id_),
            ).fetchone()
        if row is None or (row[1] and not include_deleted):
            return None
        data: dict[str, Any] = json.loads(row[0])
        return data

    def exists(self, collection: str, id_: str) -> bool:
        with self._lock:
            row = self._conn.execute(
                "SELECT 1 FROM records WHERE collection = ? AND id = ?", (collection, id_)
            ).fetchone()
        return row is not None

    def is_deleted(self, collection: str, id_: str) -> bool:
        with self._lock:
            row = self._conn.execute(
                "SELECT deleted FROM records WHERE collection = ? AND id = ?", (collection, id_)
            ).fetchone()
        return bool(row and row[0])

    def insert(self, collection: str, id_: str, doc: dict[str, Any]) -> bool:
        """Insert a new record; False if the id exists (also when soft-deleted)."""
        with self._lock:
            try:
                self._conn.execute(
                    "INSERT INTO records (collection, id, json) VALUES (?, ?, ?)",
                    (collection, id_, json.dumps(doc, separators=(",", ":"))),
                )
            except sqlite3.IntegrityError:
                return False
        return True

    def insert_many(self, collection: str, docs: Iterable[tuple[str, dict[str, Any]]]) -> list[str]:
        """Insert several records in one transaction; all or nothing. Returns the ids that
        already existed or repeat (nothing is written then), else []."""
        rows = [(collection, i, json.dumps(d, separators=(",", ":"))) for i, d in docs]
        with self._lock:
            self._conn.execute("BEGIN")
            try:
                self._conn.executemany(
                    "INSERT INTO records (collection, id, json) VALUES (?, ?, ?)", rows
                )
            except sqlite3.IntegrityError:
                self._conn.execute("ROLLBACK")
                seen: set[str] = set()
                clashes: set[str] = set()
                for _, id_, _ in rows:
                    if id_ in seen or self.exists(collection, id_):
                        clashes.add(id_)
                    seen.add(id_)
                return sorted(clashes)
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")
        return []

    def insert_batch(
        self, docs: Sequence[tuple[str, str, dict[str, Any]]]
    ) -> list[tuple[str, str]]:
        """Insert (collection, id, doc) records of several collections in one transaction; all or
        nothing. Returns the (collection, id) pairs that already exist or repeat (nothing is
        written then), else []."""
        rows = [(c, i, json.dumps(d, separators=(",", ":"))) for c, i, d in docs]
        with self._lock:
            self._conn.execute("BEGIN")
            try:
                self._conn.executemany(
                    "INSERT INTO records (collection, id, json) VALUES (?, ?, ?)", rows
                )
            except sqlite3.IntegrityError:
                self._conn.execute("ROLLBACK")
                seen: set[tuple[str, str]] = set()
                clashes: set[tuple[str, str]] = set()
                for collection, id_, _ in rows:
                    if (collection, id_) in seen or self.exists(collection, id_):
                        clashes.add((collection, id_))
                    seen.add((collection, id_))
                return sorted(clashes)
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")
        return []

    def put(self, collection: str, id_: str, doc: dict[str, Any], *, deleted: bool = False) -> bool:
        """Insert or replace; returns True if the record was created."""
        text = json.dumps(doc, separators=(",", ":"))
        with self._lock:
            cur = self._conn.execute(
                "UPDATE records SET json = ?, deleted = ? WHERE collection = ? AND id = ?",
                (text, int(deleted), collection, id_),
            )
            if cur.rowcount:
                return False
            self._conn.execute(
                "INSERT INTO records (collection, id, json, deleted) VALUES (?, ?, ?, ?)",
                (collection, id_, text, int(deleted)),
            )
        return True

    def remove(self, collection: str, id_: str) -> bool:
        """Hard delete."""
        with self._lock:
            cur = self._conn.execute(
                "DELETE FROM records WHERE collection = ? AND id = ?", (collection, id_)
            )
        return bool(cur.rowcount)

    # ------------------------------------------------------------------ queries
    def query(self, collection: str, conditions: Sequence[Condition] = (), **options: Any) -> Page:
        """Records of ``collection`` matching ``conditions``, decoded (options: `query_texts`)."""
        texts, total = self.query_texts(collection, conditions, **options)
        return Page([json.loads(t) for t in texts], total)

    def query_texts(
        self,
        collection: str,
        conditions: Sequence[Condition] = (),
        *,
        sort: str | None = None,
        descending: bool = False,
        limit: int | None = None,
        offset: int = 0,
        count: bool = True,
        include_deleted: bool = True,
    ) -> tuple[list[str], int]:
        """`query` without decoding: the stored JSON text of each record, and the total."""
        where = ["collection = :_collection"]
        params: dict[str, Any] = {"_collection": collection}
        if not include_deleted:
            where.append("deleted = 0")
        for i, cond in enumerate(conditions):
            sql = cond.sql
            for name in sorted(cond.params, key=len, reverse=True):
                sql = sql.replace(":" + name, f":c{i}_{name}")
            where.append(sql)
            params.update({f"c{i}_{k}": v for k, v in cond.params.items()})
        where_sql = " AND ".join(where)
        order = "seq DESC" if descending else "seq"
        if sort:
            params["_sort"] = "$" + "".join('."' + s + '"' for s in sort.split("."))
            direction = "DESC" if descending else "ASC"
            order = f"json_extract(json, :_sort) {direction}, seq {direction}"
        sql = f"SELECT json FROM records WHERE {where_sql} ORDER BY {order}"
        if limit is not None:
            sql += " LIMIT :_limit OFFSET :_offset"
            params["_limit"] = limit
            params["_offset"] = offset
        with self._lock:
            rows = self._conn.execute(sql, params).fetchall()
            total = len(rows)
            if count and limit is not None:
                count_params = {
                    k: v for k, v in params.items() if not k.startswith("_") or k == "_collection"
                }
                total = self._conn.execute(
                    f"SELECT COUNT(*) FROM records WHERE {where_sql}", count_params
                ).fetchone()[0]
        return [r[0] for r in rows], int(total)

    def ids(self, collection: str, conditions: Sequence[Condition] = ()) -> list[str]:
        return [
            str(r.get("sourcedId") or r.get("identifier") or "")
            for r in self.query(collection, conditions).items
        ]

    def count(self, collection: str) -> int:
        with self._lock:
            row = self._conn.execute(
                "SELECT COUNT(*) FROM records WHERE collection = ?", (collection,)
            ).fetchone()
        return int(row[0])

    def collections(self) -> dict[str, int]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT collection, COUNT(*) FROM records GROUP BY collection"
            ).fetchall()
        return {str(r[0]): int(r[1]) for r in rows}
