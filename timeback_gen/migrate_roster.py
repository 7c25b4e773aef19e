"""`timeback-gen migrate roster|gradebook`: copy a OneRoster graph in dependency order, through
`tb.bulk`, idempotently.

    timeback-gen migrate roster --from staging --to production [--dry-run] [--update] [--resume S]
    timeback-gen migrate gradebook --from-url http://127.0.0.1:8787 --to-url http://127.0.0.1:8788

roster: orgs (parents first), academic sessions (parents first), courses, classes, users,
enrollments; gradebook: categories, line items, results (after the roster). Each collection is
read whole from both sides (`read_all`: offset pages in sourcedId order through `tb.request`,
the records as the JSON that came; typed records would not round-trip). A source record the target
lacks is created; one it has and equal (server-set fields aside: `dateLastModified`, `href`s of
refs, a `status` only one side has) is skipped; one that differs is reported and replaced (PUT)
only with `--update`. Creates and updates run through `tb.bulk` (adaptive concurrency; a create
carries its sourcedId, so it is retried after a 5xx and a 409 on that retry counts as done).
A 409 on a first attempt (written meanwhile by someone else) counts as skipped.

The state file (`--resume`) lists the collections finished and their counts, rewritten
atomically after each one and on Ctrl-C / SIGTERM; a rerun skips finished collections, and in
the unfinished one finds what was created already in the target, so nothing is written twice.
At the end every source record is looked for in the target and a sample compared field by field.
"""

from __future__ import annotations

import argparse
import hashlib
import random
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from .bulk import BulkFailure
from .errors import APIError, ConflictError
from .migrate import SavedState

if TYPE_CHECKING:
    from .client import Timeback

__all__ = ["GRADEBOOK", "ROSTER", "Collection", "GraphState", "cmd_migrate_graph", "comparable"]

SERVER_SET = frozenset({"dateLastModified", "href"})


@dataclass(frozen=True)
class Collection:
    """One OneRoster collection: how to list, create and replace its records."""

    name: str
    list_key: str  # facade operation keys
    create_key: str
    update_key: str
    wrapper: str  # the body's one key: {"org": {...}}
    parent: str | None = None  # the field naming a parent of the same collection


ROSTER = (
    Collection(
        "orgs",
        "oneroster.rostering.get_all_orgs",
        "oneroster.rostering.create_org",
        "oneroster.rostering.update_org",
        "org",
        "parent",
    ),
    Collection(
        "academicSessions",
        "oneroster.rostering.get_all_academic_sessions",
        "oneroster.rostering.post_academic_session",
        "oneroster.rostering.put_academic_session",
        "academicSession",
        "parent",
    ),
    Collection(
        "courses",
        "oneroster.rostering.get_all_courses",
        "oneroster.rostering.create_course",
        "oneroster.rostering.put_course",
        "course",
    ),
    Collection(
        "classes",
        "oneroster.rostering.get_all_classes",
        "oneroster.rostering.create_class",
        "oneroster.rostering.update_class",
        "class",
    ),
    Collection(
        "users",
        "oneroster.rostering.get_all_users",
        "oneroster.rostering.create_user",
        "oneroster.rostering.update_user",
        "user",
    ),
    Collection(
        "enrollments",
        "oneroster.rostering.get_all_enrollments",
        "oneroster.rostering.create_enrollment",
        "oneroster.rostering.update_enrollment",
        "enrollment",
    ),
)
GRADEBOOK = (
    Collection(
        "categories",
        "oneroster.gradebook.get_all_categories",
        "oneroster.gradebook.create_category",
        "oneroster.gradebook.put_category",
        "category",
    ),
    Collection(
        "lineItems",
        "oneroster.gradebook.get_all_line_items",
        "oneroster.gradebook.create_line_item",
        "oneroster.gradebook.put_line_item",
        "lineItem",
    ),
    Collection(
        "results",
        "oneroster.gradebook.get_all_results",
        "oneroster.gradebook.create_result",
        "oneroster.gradebook.put_result",
        "result",
    ),
)
GRAPHS = {"roster": ROSTER, "gradebook": GRADEBOOK}


def comparable(value: Any) -> Any:
    """A record as sent and compared: without `dateLastModified`, `href`s and null fields."""
    if isinstance(value, Mapping):
        return {k: comparable(v) for k, v in value.items() if k not in SERVER_SET and v is not None}
    if isinstance(value, list):
        return [comparable(v) for v in value]
    return value


# Fields whose answer (response schema) and body (request schema) types differ in the documents:
# read as a number, created as a string (the sandbox answers as the platform does).
AS_TEXT = {"academicSessions": frozenset({"schoolYear"})}


def request_body(coll: Collection, record: Mapping[str, Any]) -> dict[str, Any]:
    """A record as read, as its create / replace body: server-set fields out, `AS_TEXT` fields
    as strings."""
    plain: dict[str, Any] = comparable(record)
    for name in AS_TEXT.get(coll.name, ()):
        value = plain.get(name)
        if isinstance(value, int | float) and not isinstance(value, bool):
            plain[name] = str(int(value)) if float(value).is_integer() else str(value)
    return {coll.wrapper: plain}


def differences(source: Mapping[str, Any], target: Mapping[str, Any]) -> list[str]:
    """The top-level fields that differ (server-set ones aside; a `status` one side lacks is
    the server's default, not a difference)."""
    a, b = comparable(source), comparable(target)
    keys = a.keys() | b.keys()
    if "status" not in a or "status" not in b:
        keys.discard("status")
    return sorted(k for k in keys if a.get(k) != b.get(k))


def _ref_id(value: Any) -> str | None:
    sid = value.get("sourcedId") if isinstance(value, Mapping) else None
    return sid if isinstance(sid, str) else None


def waves(records: Mapping[str, Mapping[str, Any]], parent: str | None) -> list[list[str]]:
    """sourcedIds by depth: parents (within `records`) before their children. A cycle or a
    parent missing from the source puts the record in the first wave it can go in."""
    if parent is None:
        return [list(records)]
    depth: dict[str, int] = {}

    def depth_of(sid: str, seen: frozenset[str]) -> int:
        if sid in depth:
            return depth[sid]
        up = _ref_id(records[sid].get(parent))
        d = 0 if up is None or up not in records or up in seen else depth_of(up, seen | {sid}) + 1
        depth[sid] = d
        return d

    for sid in records:
        depth_of(sid, frozenset())
    out: list[list[str]] = [[] for _ in range(max(depth.values(), default=-1) + 1)]
    for sid in records:
        out[depth[sid]].append(sid)
    return out


def read_all(tb: Timeback, key: str, page_size: int = 1000) -> dict[str, dict[str, Any]]:
    """Every record of list operation `key`, by sourcedId, as the JSON that came: offset pages
    in sourcedId order through `tb.request`, the route and paging of the operation's registry
    entry. (Not `tb.paginate`: its typed records do not round-trip, e.g. a session's
    `schoolYear` is a number in the document and a string in a createAcademicSession body.)"""
    from .migrate import _get
    from .services import OPERATIONS

    spec = OPERATIONS[key]
    assert spec.paging is not None
    items, total = spec.paging.items, spec.paging.total or "totalCount"
    found: dict[str, dict[str, Any]] = {}
    offset = 0
    while True:
        params = {"limit": page_size, "offset": offset, "sort": "sourcedId", "orderBy": "asc"}
        page = _get(tb, spec.path, params)
        records = page.get(items)
        if not isinstance(records, list):
            raise APIError(f"GET {spec.path}: the answer has no `{items}` list")
        for record in records:
            sid = record.get("sourcedId") if isinstance(record, dict) else None
            if isinstance(sid, str):
                found[sid] = record
        offset += len(records)
        count = page.get(total)
        if not records or not isinstance(count, int) or offset >= count:
            return found


# ----------------------------------------------------------------------------- state


@dataclass
class GraphState(SavedState):
    """Progress of a roster/gradebook migration, saved after each collection."""

    operation: str
    source: str
    target: str
    finished: list[str] = field(default_factory=list)
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    differ: list[str] = field(default_factory=list)  # "collection/sourcedId: fields"
    failed: list[str] = field(default_factory=list)  # "collection/sourcedId: error"
    done: bool = False

    def total(self, what: str) -> int:
        return sum(c.get(what, 0) for c in self.counts.values())


# ----------------------------------------------------------------------------- copying


def _failure_line(coll: Collection, failure: BulkFailure) -> str:
    record = failure.call["body"][coll.wrapper]
    return f"{coll.name}/{record.get('sourcedId')}: {type(failure.error).__name__}: {failure.error}"


def copy_collection(
    source: Timeback,
    target: Timeback,
    coll: Collection,
    state: GraphState,
    *,
    dry_run: bool,
    update: bool,
    out: TextIO,
) -> None:
    """Create what the target lacks (parents first), report (or with `update` replace) what
    differs, count the rest as skipped; counts go to `state.counts[coll.name]`."""
    src = read_all(source, coll.list_key)
    dst = read_all(target, coll.list_key)
    counts = {"source": len(src), "copied": 0, "skipped": 0, "differ": 0, "updated": 0}
    counts["failed"] = 0
    differing: list[str] = []
    differ: list[str] = []  # report lines, kept in `state` once the collection is done
    failed: list[str] = []
    for sid, record in src.items():
        if sid in dst:
            diff = differences(record, dst[sid])
            if not diff:
                counts["skipped"] += 1
            else:
                differing.append(sid)
                if not update:
                    differ.append(f"{coll.name}/{sid}: fields differ: {', '.join(diff)}")
    counts["differ"] = len(differing)
    create = {sid: r for sid, r in src.items() if sid not in dst}
    if dry_run:
        counts["copied"], counts["updated"] = len(create), len(differing) if update else 0
    else:
        for wave in waves(create, coll.parent):
            calls = [{"body": request_body(coll, create[sid])} for sid in wave]
            result = target.bulk(coll.create_key, calls)
            counts["copied"] += result.succeeded
            for f in result.failures:
                if isinstance(f.error, ConflictError):  # written meanwhile: there now
                    counts["skipped"] += 1
                else:
                    counts["failed"] += 1
                    failed.append(_failure_line(coll, f))
        if update and differing:
            updates: list[dict[str, Any]] = [
                {"sourced_id": sid, "body": request_body(coll, src[sid])} for sid in differing
            ]
            result = target.bulk(coll.update_key, updates)
            counts["updated"] = result.succeeded
            counts["failed"] += len(result.failures)
            failed += [_failure_line(coll, f) for f in result.failures]
    state.counts[coll.name] = counts
    state.differ += differ
    state.failed += failed
    verb = "would copy" if dry_run else "copied"
    print(
        f"{coll.name}: {counts['source']} in source; {verb} {counts['copied']}, "
        f"skipped {counts['skipped']} (same), differ {counts['differ']}"
        + (f" (updated {counts['updated']})" if update else "")
        + f", failed {counts['failed']}",
        file=out,
        flush=True,
    )


def verify(
    source: Timeback,
    target: Timeback,
    graph: tuple[Collection, ...],
    state: GraphState,
    sample: int,
) -> list[str]:
    """Per collection: source records missing in the target (failed ones aside) and fields that
    differ in a random sample (known, not replaced differences aside)."""
    known = {line.split(":", 1)[0] for line in state.differ + state.failed}
    problems: list[str] = []
    for coll in graph:
        src, dst = read_all(source, coll.list_key), read_all(target, coll.list_key)
        missing = [s for s in src if s not in dst and f"{coll.name}/{s}" not in known]
        problems += [f"{coll.name}/{s}: missing in target" for s in missing[:20]]
        if len(missing) > 20:
            problems.append(f"{coll.name}: ... and {len(missing) - 20} more missing")
        present = sorted(s for s in src if s in dst and f"{coll.name}/{s}" not in known)
        for sid in random.Random(len(present)).sample(present, min(sample, len(present))):
            diff = differences(src[sid], dst[sid])
            if diff:
                problems.append(f"{coll.name}/{sid}: fields differ: {', '.join(diff)}")
        state.counts.setdefault(coll.name, {})["verified"] = sum(s in dst for s in src)
    return problems


def _state_path(args: argparse.Namespace, src: str, dst: str) -> tuple[Path | None, bool]:
    path: Path | None = args.resume
    if path is not None:
        return path, True
    if args.dry_run:
        return None, False
    key = hashlib.sha256(f"{src}\n{dst}".encode()).hexdigest()[:10]
    return Path(f"timeback-migrate-{args.operation}-{key}.json"), False


@dataclass
class _Run:
    state: GraphState
    path: Path | None
    save: bool

    def checkpoint(self) -> None:
        if self.path is not None and self.save:
            self.state.save(self.path)


def cmd_migrate_graph(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """`migrate roster` / `migrate gradebook` (see the module docstring); exit 0 done and
    verified, 1 failures / differences left / problems, 130 Ctrl-C, 143 SIGTERM."""
    from .migrate import UsageError, client_for, interrupted_code

    graph = GRAPHS[args.operation]
    source, src_label = client_for(args.from_name, args.from_url, "from")
    target, dst_label = client_for(args.to_name, args.to_url, "to")
    if src_label == dst_label:
        raise UsageError(f"source and target are the same ({src_label})")
    path, explicit = _state_path(args, src_label, dst_label)
    loaded = GraphState.load(path) if path is not None and path.exists() else None
    state = GraphState(args.operation, src_label, dst_label)
    if loaded is not None and (explicit or not loaded.done):
        if (loaded.operation, loaded.source, loaded.target) != (
            args.operation,
            src_label,
            dst_label,
        ):
            raise UsageError(
                f"{path} is for migrate {loaded.operation} {loaded.source} -> {loaded.target}"
            )
        if not loaded.done:
            state = loaded
            print(f"resuming: {', '.join(state.finished) or 'nothing'} finished before", file=out)
    run = _Run(state, path, not args.dry_run)
    verb = "would copy" if args.dry_run else "copying"
    print(f"{verb} {args.operation} {src_label} -> {dst_label}", file=out, flush=True)
    with source, target:
        try:
            for coll in graph:
                if coll.name in state.finished:
                    continue
                copy_collection(
                    source, target, coll, state, dry_run=args.dry_run, update=args.update, out=out
                )
                state.finished.append(coll.name)
                run.checkpoint()
        except KeyboardInterrupt as exc:
            run.checkpoint()
            where = f"; continue with: --resume {path}" if path is not None and run.save else ""
            print(f"interrupted after {', '.join(state.finished) or 'nothing'}{where}", file=out)
            return interrupted_code(exc)
        except BaseException:
            run.checkpoint()
            raise
        state.done = True
        problems = [] if args.dry_run else verify(source, target, graph, state, args.sample)
        run.checkpoint()
    label = "would copy" if args.dry_run else "copied"
    print(
        f"summary: {label} {state.total('copied')}, skipped {state.total('skipped')} (same), "
        f"differ {state.total('differ')}, updated {state.total('updated')}, "
        f"failed {state.total('failed')}",
        file=out,
    )
    left = [] if args.update else state.differ
    for line in left:
        print(f"  differs {line} (--update replaces it)", file=out)
    for line in state.failed:
        print(f"  failed {line}", file=out)
    if not args.dry_run:
        counts = ", ".join(
            f"{c.name} {state.counts.get(c.name, {}).get('verified', 0)}/"
            f"{state.counts.get(c.name, {}).get('source', 0)}"
            for c in graph
        )
        print(
            f"verify: {'ok' if not problems else f'{len(problems)} problem(s)'} ({counts}; "
            f"sample of up to {args.sample} per collection compared)",
            file=out,
        )
        for p in problems:
            print(f"  {p}", file=out)
    if path is not None and run.save:
        print(f"state: {path}", file=out)
    return 1 if state.failed or problems or left else 0
