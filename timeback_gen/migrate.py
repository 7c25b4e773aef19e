"""`timeback-gen migrate users`: copy OneRoster users from one TimeBack to another, resumably.

    timeback-gen migrate users --from staging --to production [--dry-run] [--resume STATE.json]
    timeback-gen migrate users --from-url http://127.0.0.1:8787 --to-url http://127.0.0.1:8788

(`migrate roster` and `migrate gradebook`, the whole OneRoster graph through `tb.bulk`, are in
`timeback_gen.migrate_roster`; this module parses the flags of all three and runs them with
SIGTERM stopping them as Ctrl-C does.)

`--from NAME` reads `TIMEBACK_<NAME>_CLIENT_ID` / `_CLIENT_SECRET` (and optionally `_API_BASE_URL`,
`_TOKEN_URL`, `_ENVIRONMENT`); the plain `TIMEBACK_*` variables are never used, so one side's
credentials cannot leak into the other. Users are read in `sourcedId` order (keyset pages:
`sourcedId > last`), so the state file only needs the last sourcedId handled; it is rewritten
atomically after every page and on Ctrl-C. Records are copied as JSON exactly as read.

Both sides are talked to through the client's request path only: reads with `tb.request` (the
JSON as it came, nothing lost to a model), writes with the facade's `create_user` (the record
given as a dict, sent as given). So every failure is a `TimebackError`: a status error is the
`APIStatusError` subclass for it, an unreachable side an `APIConnectionError` naming its URL.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self, TextIO
from urllib.parse import quote

from .errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    ConflictError,
    ResponseValidationError,
    TimebackError,
    redact_url,
)

if TYPE_CHECKING:
    from .client import Timeback

__all__ = ["MigrationState", "UsageError", "add_parser", "cmd_migrate", "migrate_users"]

USERS = "/ims/oneroster/rostering/v1p2/users/"
OPERATIONS = ("users", "roster", "gradebook")
INTERRUPTED = 130
IGNORED_FIELDS = frozenset({"dateLastModified"})


class UsageError(TimebackError):
    """Bad flags or settings for `migrate` (exit code 2)."""


class SavedState:
    """A migration's progress (a dataclass) kept in a JSON file, written atomically."""

    def save(self, path: Path) -> None:
        """Write atomically: a temporary file in the same directory, then rename."""
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2) + "\n")  # type: ignore[call-overload]
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: Path) -> Self:
        try:
            return cls(**json.loads(path.read_text()))
        except (ValueError, TypeError) as exc:
            raise UsageError(f"state file {path} is not a migration state: {exc}") from None


@dataclass
class MigrationState(SavedState):
    """Progress of one migration, saved as JSON after each page."""

    source: str
    target: str
    total: int = 0
    last_id: str | None = None
    processed: int = 0
    copied: int = 0
    skipped: int = 0
    failed: list[dict[str, str]] = field(default_factory=list)
    done: bool = False


# ----------------------------------------------------------------------------- endpoints


def client_for(name: str | None, url: str | None, side: str) -> tuple[Timeback, str]:
    """A client and a label for `--from/--to NAME` or `--from-url/--to-url URL`."""
    from .client import Timeback
    from .config import ENVIRONMENTS, Settings

    if (name is None) == (url is None):
        raise UsageError(f"give exactly one of --{side} NAME or --{side}-url URL")
    if url is not None:
        return Timeback.for_sandbox(url, max_retries=3), url.rstrip("/")
    assert name is not None
    prefix = f"TIMEBACK_{name.upper().replace('-', '_')}_"
    env = {k[len(prefix) :]: v for k, v in os.environ.items() if k.startswith(prefix) and v.strip()}
    missing = [prefix + k for k in ("CLIENT_ID", "CLIENT_SECRET") if k not in env]
    if missing:
        raise UsageError(f"missing credentials for --{side} {name}: set {' and '.join(missing)}")
    environment = env.get("ENVIRONMENT", name.lower())
    if environment not in ENVIRONMENTS and "API_BASE_URL" not in env:
        raise UsageError(
            f"--{side} {name}: unknown environment; use {' or '.join(ENVIRONMENTS)}, "
            f"or set {prefix}ENVIRONMENT / {prefix}API_BASE_URL"
        )
    settings = Settings.resolve(
        environment=environment if environment in ENVIRONMENTS else "production",
        client_id=env["CLIENT_ID"],
        client_secret=env["CLIENT_SECRET"],
        api_base_url=env.get("API_BASE_URL"),
        token_url=env.get("TOKEN_URL"),
        max_retries=3,
        env={},
    )
    return Timeback(settings=settings), name


@contextmanager
def _reaching(tb: Timeback) -> Iterator[None]:
    """Name the side a connection error is about (`cannot reach URL: ...`), same error class."""
    try:
        yield
    except APIConnectionError as exc:
        where = redact_url(tb.settings.api_base_url)
        raise type(exc)(
            f"cannot reach {where}: {exc}", request=exc.request, operation=exc.operation
        ) from exc


def _get(tb: Timeback, path: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
    """A OneRoster answer as the JSON that came (records as read, also partial `fields=` ones,
    which the facade's models would report as drift), through `tb.request`."""
    with _reaching(tb):
        answer = tb.request("GET", path, params=params)
    if not isinstance(answer, dict):
        raise APIError(f"GET {path}: the answer is not a JSON object ({type(answer).__name__})")
    return answer


def _users(tb: Timeback, params: dict[str, Any]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    page = _get(tb, USERS, params)
    users = page.get("users", [])
    if not isinstance(users, list) or not all(
        isinstance(u, dict) and isinstance(u.get("sourcedId"), str) for u in users
    ):
        raise APIError(f"GET {USERS}: `users` is not a list of records with a sourcedId")
    return users, page


def _quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def user_pages(tb: Timeback, after: str | None, page_size: int) -> Iterator[list[dict[str, Any]]]:
    """Pages of full user records in sourcedId order, starting after `after`."""
    while True:
        params: dict[str, Any] = {"sort": "sourcedId", "orderBy": "asc", "limit": page_size}
        if after is not None:
            params["filter"] = f"sourcedId>{_quote(after)}"
        users, _ = _users(tb, params)
        if not users:
            return
        yield users
        after = users[-1]["sourcedId"]


def ids_between(tb: Timeback, low: str, high: str) -> set[str]:
    """sourcedIds in `[low, high]` on one side."""
    found: set[str] = set()
    flt = f"sourcedId>={_quote(low)} AND sourcedId<={_quote(high)}"
    offset = 0
    while True:
        params = {"filter": flt, "fields": "sourcedId", "limit": 3000, "offset": offset}
        users, page = _users(tb, params)
        found.update(u["sourcedId"] for u in users)
        offset += len(users)
        if not users or offset >= _count(page, offset):
            return found


def _count(page: dict[str, Any], default: int) -> int:
    try:
        return int(page.get("totalCount", default))
    except (TypeError, ValueError):
        return default


# ----------------------------------------------------------------------------- copying


class Progress:
    """A rewriting progress line (rate, ETA) on a TTY, a plain line per page otherwise."""

    def __init__(self, stream: TextIO, total: int, start_count: int) -> None:
        self.stream, self.total, self.start_count = stream, total, start_count
        self.tty = stream.isatty()
        self.started = time.monotonic()

    def show(self, state: MigrationState, *, final: bool = False) -> None:
        elapsed = max(time.monotonic() - self.started, 1e-6)
        rate = (state.processed - self.start_count) / elapsed
        left = max(self.total - state.processed, 0)
        eta = f"{left / rate:.0f}s" if rate > 0 else "?"
        pct = 100 * state.processed / self.total if self.total else 100.0
        line = (
            f"users {state.processed}/{self.total} ({pct:.0f}%) {rate:.1f}/s ETA {eta} - "
            f"copied {state.copied}, skipped {state.skipped}, failed {len(state.failed)}"
        )
        if self.tty:
            self.stream.write("\r\x1b[K" + line + ("\n" if final else ""))
        else:
            self.stream.write(line + "\n")
        self.stream.flush()


def comparable(value: Any) -> Any:
    """A record without `dateLastModified` and without `href`s (they name the host)."""
    if isinstance(value, dict):
        return {
            k: comparable(v) for k, v in value.items() if k not in IGNORED_FIELDS and k != "href"
        }
    if isinstance(value, list):
        return [comparable(v) for v in value]
    return value


def _copy_one(tb: Timeback, user: dict[str, Any]) -> tuple[str, str]:
    """('copied' | 'skipped' | 'failed', reason): `createUser` through the facade, the record
    given as a dict (sent exactly as given)."""
    try:
        with _reaching(tb):
            tb.oneroster.rostering.create_user(body={"user": comparable(user)})
    except ConflictError:
        return "skipped", "already present"
    except ResponseValidationError:  # stored (2xx), with an answer that cannot be read
        return "copied", ""
    except APIStatusError as exc:
        return "failed", str(exc)
    return "copied", ""


def migrate_users(
    source: Timeback,
    target: Timeback,
    state: MigrationState,
    *,
    state_path: Path | None,
    dry_run: bool = False,
    page_size: int = 100,
    progress: Progress | None = None,
    on_page: Callable[[MigrationState], None] | None = None,
) -> MigrationState:
    """Copy users after `state.last_id`, skipping those the target has; `state` is updated."""
    try:
        for page in user_pages(source, state.last_id, page_size):
            present = ids_between(target, page[0]["sourcedId"], page[-1]["sourcedId"])
            for user in page:
                sid = user["sourcedId"]
                if sid in present:
                    outcome, reason = "skipped", "already present"
                elif dry_run:
                    outcome, reason = "copied", ""
                else:
                    outcome, reason = _copy_one(target, user)
                if outcome == "failed":
                    state.failed.append({"sourcedId": sid, "reason": reason})
                else:
                    setattr(state, outcome, getattr(state, outcome) + 1)
                state.processed += 1
                state.last_id = sid
            if state_path is not None and not dry_run:
                state.save(state_path)
            if progress is not None:
                progress.show(state)
            if on_page is not None:
                on_page(state)
    except BaseException:  # Ctrl-C or an unreachable side: keep what is done, then stop
        if state_path is not None and not dry_run:
            state.save(state_path)
        raise
    state.done = True
    if state_path is not None and not dry_run:
        state.save(state_path)
    return state


def verify(
    source: Timeback, target: Timeback, state: MigrationState, sample: int = 20
) -> list[str]:
    """Problems found: source users missing in the target (other than failed ones) and field
    differences in a random sample of users."""
    failed = {f["sourcedId"] for f in state.failed}
    problems: list[str] = []
    seen: list[str] = []
    for page in user_pages(source, None, 3000):
        ids = [u["sourcedId"] for u in page]
        present = ids_between(target, ids[0], ids[-1])
        missing = [i for i in ids if i not in present and i not in failed]
        problems += [f"{i}: missing in target" for i in missing[:20]]
        if len(missing) > 20:
            problems.append(f"... and {len(missing) - 20} more missing")
        seen += [i for i in ids if i in present]
    for sid in random.Random(len(seen)).sample(seen, min(sample, len(seen))):
        path = USERS + quote(sid, safe="")
        a, b = (comparable(_get(side, path).get("user")) for side in (source, target))
        if not isinstance(a, dict) or not isinstance(b, dict):
            problems.append(f"{sid}: not readable on both sides")
            continue
        diff = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
        if diff:
            problems.append(f"{sid}: fields differ: {', '.join(diff)}")
    return problems


# ----------------------------------------------------------------------------- CLI


def add_parser(sub: Any) -> None:
    """Add `migrate` to the `timeback-gen` sub-parsers."""
    p = sub.add_parser("migrate", help="copy records between TimeBack environments")
    p.add_argument("operation", help="what to migrate: " + ", ".join(OPERATIONS))
    p.add_argument("--from", dest="from_name", metavar="NAME", help="source environment name")
    p.add_argument("--to", dest="to_name", metavar="NAME", help="target environment name")
    p.add_argument("--from-url", metavar="URL", help="source sandbox URL")
    p.add_argument("--to-url", metavar="URL", help="target sandbox URL")
    p.add_argument(
        "--dry-run", action="store_true", help="report what would be copied; change nothing"
    )
    p.add_argument(
        "--resume",
        metavar="STATE_FILE",
        type=Path,
        help="state file to continue (created if absent)",
    )
    p.add_argument(
        "--update",
        action="store_true",
        help="roster/gradebook: replace target records that differ from their source",
    )
    p.add_argument("--page-size", type=int, default=100)
    p.add_argument(
        "--sample",
        type=int,
        default=20,
        help="records compared field by field at the end (roster/gradebook: per collection)",
    )


def cmd_migrate(
    args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    out = sys.stdout if out is None else out  # looked up now: the streams may be replaced
    err = sys.stderr if err is None else err
    if args.operation not in OPERATIONS:
        raise UsageError(
            f"unknown migrate operation {args.operation!r}; supported: {', '.join(OPERATIONS)}"
        )
    if not 1 <= args.page_size <= 3000:
        raise UsageError(f"--page-size must be between 1 and 3000, got {args.page_size}")
    from .bulk import terminate_as_interrupt

    with terminate_as_interrupt():  # SIGTERM stops it as Ctrl-C does, state saved
        if args.operation != "users":
            from .migrate_roster import cmd_migrate_graph

            return cmd_migrate_graph(args, out, err)
        if args.update:
            raise UsageError("--update is for migrate roster / gradebook")
        return _migrate_users_cmd(args, out, err)


def interrupted_code(exc: KeyboardInterrupt) -> int:
    """The exit code of a migrate stopped by `exc`: 143 for SIGTERM, 130 for Ctrl-C."""
    from .bulk import Terminated

    return 128 + int(Terminated.signum) if isinstance(exc, Terminated) else INTERRUPTED


def _migrate_users_cmd(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    source, src_label = client_for(args.from_name, args.from_url, "from")
    target, dst_label = client_for(args.to_name, args.to_url, "to")
    if src_label == dst_label:
        raise UsageError(f"source and target are the same ({src_label})")
    state_path: Path | None = args.resume
    explicit = state_path is not None
    if state_path is None and not args.dry_run:
        key = hashlib.sha256(f"{src_label}\n{dst_label}".encode()).hexdigest()[:10]
        state_path = Path(f"timeback-migrate-users-{key}.json")
    loaded = MigrationState.load(state_path) if state_path and state_path.exists() else None
    if loaded is not None and (explicit or not loaded.done):
        state = loaded
        if (state.source, state.target) != (src_label, dst_label):
            raise UsageError(
                f"{state_path} is for {state.source} -> {state.target}, not {src_label} -> {dst_label}"
            )
        if state.done:
            print(f"{state_path}: this migration already finished", file=out)
        else:
            print(f"resuming after {state.last_id!r} ({state.processed} users done)", file=out)
    else:
        state = MigrationState(source=src_label, target=dst_label)
    with source, target:
        state.total = _count(_get(source, USERS, {"limit": 1}), 0)
        verb = "would copy" if args.dry_run else "copying"
        print(f"{verb} users {src_label} -> {dst_label}: {state.total} in source", file=out)
        progress = Progress(err, state.total, state.processed)
        try:
            if not state.done:
                migrate_users(
                    source,
                    target,
                    state,
                    state_path=state_path,
                    dry_run=args.dry_run,
                    page_size=args.page_size,
                    progress=progress,
                )
        except KeyboardInterrupt as exc:
            if progress.tty:
                err.write("\n")
            print(
                f"interrupted after {state.processed} users; continue with: --resume {state_path}"
                if state_path
                else "interrupted",
                file=out,
            )
            return interrupted_code(exc)
        progress.show(state, final=True)
        problems = [] if args.dry_run else verify(source, target, state, args.sample)
    label = "would copy" if args.dry_run else "copied"
    print(
        f"summary: {label} {state.copied}, skipped {state.skipped} (already present), "
        f"failed {len(state.failed)}",
        file=out,
    )
    for f in state.failed:
        print(f"  failed {f['sourcedId']}: {f['reason']}", file=out)
    if not args.dry_run:
        print(
            f"verify: {'ok' if not problems else f'{len(problems)} problem(s)'} "
            f"({state.total} source users, sample of {min(args.sample, state.total)} compared)",
            file=out,
        )
        for p in problems:
            print(f"  {p}", file=out)
    if state_path is not None and not args.dry_run:
        print(f"state: {state_path}", file=out)
    return 1 if state.failed or problems else 0
