"""The `timeback-gen` command line.

    timeback-gen call oneroster.rostering.get_user --sourced-id u1
    timeback-gen call oneroster.rostering.get_all_users --where '{"role": "student"}' --all-pages
    timeback-gen sandbox --port 8787
    timeback-gen migrate users --from staging --to production --dry-run
    timeback-gen migrate roster --from staging --to production --update

Settings come from `TIMEBACK_*` variables (or `--sandbox URL`). Bad usage is one line on stderr
and exit code 2; `--debug` shows the traceback.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, NoReturn

from .errors import TimebackError
from .records import to_plain

USAGE_ERROR = 2


class UsageError(Exception):
    """Bad command-line usage (exit code 2)."""


class _Parser(argparse.ArgumentParser):
    """argparse that reports bad flags as one `UsageError` line instead of usage + exit."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog.removeprefix('timeback-gen ')}: {message}")


def to_jsonable(value: Any) -> Any:
    """A result as plain JSON data (`records.to_plain`); a binary `File` as its size."""
    if hasattr(value, "payload"):  # a binary File
        return {"bytes": len(value.payload.getvalue())}
    return to_plain(value)


def _operations() -> Mapping[str, Any]:
    from .services import OPERATIONS

    return OPERATIONS


def _find_operation(name: str) -> Any:
    ops = _operations()
    if name in ops:
        return ops[name]
    by_id = {spec.operation_id: spec for spec in ops.values()}
    if name in by_id:
        return by_id[name]
    close = difflib.get_close_matches(name, [*ops, *by_id], n=3, cutoff=0.5)
    hint = f"; did you mean {', '.join(close)}?" if close else "; `timeback-gen list` shows them"
    raise UsageError(f"unknown operation {name!r}{hint}")


def _parse_params(spec: Any, tokens: Sequence[str]) -> tuple[list[Any], dict[str, Any]]:
    """`--name value` (or `--name=value`) → (path args, keyword args), by facade or document
    parameter name."""
    by_name: dict[str, Any] = {}
    for p in spec.params:
        for alias in {p.python, p.spec, p.python.replace("_", "-")}:
            by_name[alias] = p
    values: dict[str, Any] = {}
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.startswith("--") and "=" in token:
            key, value = token[2:].split("=", 1)
            step = 1
        elif token.startswith("--") and i + 1 < len(tokens):
            key, value = token[2:], tokens[i + 1]
            step = 2
        else:
            raise UsageError(f"expected --name value (or --name=value), got {token!r}")
        param = by_name.get(key)
        if param is None:
            known = ", ".join(
                f"--{p.python.replace('_', '-')}" for p in spec.params if p.location != "body"
            )
            raise UsageError(f"{spec.key} has no parameter {token!r}; it takes: {known or 'none'}")
        values[param.python] = value
        i += step
    path_args = []
    for p in spec.params:
        if p.location == "path":
            if p.python not in values:
                raise UsageError(f"{spec.key} needs --{p.python.replace('_', '-')}")
            path_args.append(values.pop(p.python))
    return path_args, values


def _load_json(text: str, what: str) -> Any:
    if text.startswith("@"):
        try:
            text = Path(text[1:]).read_text()
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"{what}: cannot read {text[1:]}: {exc}") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise UsageError(f"{what} is not valid JSON: {exc}") from exc


def _client(args: argparse.Namespace) -> Any:
    from .client import Timeback

    if args.sandbox:
        return Timeback.for_sandbox(args.sandbox)
    return Timeback()


def cmd_call(args: argparse.Namespace, rest: Sequence[str]) -> int:
    spec = _find_operation(args.operation)
    path_args, kwargs = _parse_params(spec, rest)
    if args.json is not None:
        if not any(p.location == "body" for p in spec.params):
            raise UsageError(f"{spec.key} takes no body")
        kwargs["body"] = _load_json(args.json, "--json")
    if args.where is not None:
        if not any(p.spec == "filter" for p in spec.params):
            raise UsageError(f"{spec.key} has no filter, so --where does not apply")
        kwargs["where"] = _load_json(args.where, "--where")
    for p in spec.params:
        if p.python in kwargs and p.spec in ("limit", "offset"):
            try:
                kwargs[p.python] = int(kwargs[p.python])
            except ValueError:
                raise UsageError(
                    f"--{p.python}: not a whole number: {kwargs[p.python]!r}"
                ) from None
    with _client(args) as tb:
        target: Any = tb
        for part in spec.namespace.split("."):
            target = getattr(target, part)
        method = getattr(target, spec.name)
        if args.all_pages:
            if spec.paging is None:
                raise UsageError(f"{spec.key} is not a list operation; drop --all-pages")
            for name in spec.paging.parameters:  # the walk sets them (offset/page, limit)
                kwargs.pop(name, None)
            for item in tb.paginate(method, *path_args, page_size=args.page_size, **kwargs):
                sys.stdout.write(json.dumps(to_jsonable(item), default=str) + "\n")
            return 0
        result = method(*path_args, **kwargs)
        json.dump(to_jsonable(result), sys.stdout, indent=2, default=str)
        sys.stdout.write("\n")
    return 0


def cmd_list(args: argparse.Namespace, rest: Sequence[str]) -> int:
    for key, spec in _operations().items():
        if not args.api or spec.api == args.api:
            print(f"{key:<60} {spec.http_method:<6} {spec.path}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="timeback-gen", description="TimeBack from the command line.")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    call = sub.add_parser("call", help="run any operation and print its JSON")
    call.add_argument("operation", help="namespace.operation, e.g. oneroster.rostering.get_user")
    call.add_argument("--json", help="request body (JSON, or @file.json)")
    call.add_argument("--where", help="filter as a JSON mapping (see where_to_filter)")
    call.add_argument("--all-pages", action="store_true", help="stream every item as JSON lines")
    call.add_argument("--page-size", type=int, default=100)
    call.add_argument("--sandbox", metavar="URL", help="use a local sandbox instead of TIMEBACK_*")
    lst = sub.add_parser("list", help="list the operations")
    lst.add_argument("api", nargs="?", help="oneroster | powerpath | qti | caliper | case")
    from .migrate import add_parser as add_migrate

    add_migrate(sub)
    sub.add_parser(
        "sandbox", help="run the local sandbox (see `timeback-gen sandbox --help`)", add_help=False
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    if debug:
        argv.remove("--debug")
    if argv and argv[0] == "sandbox":
        from .sandbox.cli import main as sandbox_main

        return sandbox_main(argv[1:])
    parser = build_parser()
    try:
        return _run(parser, argv, debug)
    except BrokenPipeError:
        # The reader went away (`timeback-gen list | head`): stop quietly. Point stdout at
        # /dev/null so the interpreter's last flush at exit does not complain either.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def _run(parser: argparse.ArgumentParser, argv: list[str], debug: bool) -> int:
    try:
        args, rest = parser.parse_known_args(argv)
        handler = {"call": cmd_call, "list": cmd_list, "migrate": _cmd_migrate}[args.command]
        if rest and args.command != "call":
            raise UsageError(f"unexpected arguments: {' '.join(rest)}")
        return handler(args, rest)
    except (UsageError, TimebackError) as exc:
        if debug:
            raise
        print(f"timeback-gen: {exc}", file=sys.stderr)
        return USAGE_ERROR if isinstance(exc, UsageError) or _is_config(exc) else 1


def _is_config(exc: Exception) -> bool:
    from .errors import ConfigurationError
    from .migrate import UsageError as MigrateUsageError

    return isinstance(exc, ConfigurationError | MigrateUsageError)


def _cmd_migrate(args: argparse.Namespace, rest: Sequence[str]) -> int:
    from .migrate import cmd_migrate

    return cmd_migrate(args)


if __name__ == "__main__":
    sys.exit(main())
