"""``timeback-gen sandbox`` / ``python -m timeback_gen.sandbox``: run the local TimeBack sandbox."""

from __future__ import annotations

import argparse
import gc
import os
import signal
import sys
import threading
from collections.abc import Sequence
from typing import Any

from .app import Sandbox, SandboxConfig
from .auth import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, DEFAULT_TOKEN_LIFETIME
from .context import PROFILES
from .faults import ENV_VAR as FAULTS_ENV
from .faults import Faults, config_from_env


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="timeback-gen sandbox",
        description="Run a local TimeBack sandbox (OneRoster, PowerPath, QTI, Caliper, CASE) on loopback.",
    )
    p.add_argument("--host", default="127.0.0.1", help="interface to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8787, help="port (default 8787; 0 picks a free one)")
    p.add_argument(
        "--db",
        default=None,
        metavar="PATH",
        help="SQLite file to keep data in (default: in memory)",
    )
    p.add_argument(
        "--client-id",
        default=None,
        help=f"OAuth client id (env TIMEBACK_SANDBOX_CLIENT_ID, default {DEFAULT_CLIENT_ID})",
    )
    p.add_argument(
        "--client-secret",
        default=None,
        help="OAuth client secret (env TIMEBACK_SANDBOX_CLIENT_SECRET)",
    )
    p.add_argument(
        "--token-lifetime",
        type=int,
        default=DEFAULT_TOKEN_LIFETIME,
        metavar="SECONDS",
        help="access token lifetime (default 3600)",
    )
    p.add_argument(
        "--profile",
        choices=PROFILES,
        default="live",
        help="live (default): answer as the platform does, records as stored; "
        "document: answers shaped as the response schemas promise (contract work)",
    )
    p.add_argument(
        "--max-in-flight",
        type=int,
        default=10,
        metavar="N",
        help="concurrent API requests per client id before 429 (default 10, as the platform; "
        "0 turns the limit off)",
    )
    p.add_argument("--verbose", action="store_true", help="log every request to stderr")
    f = p.add_argument_group(
        "fault injection", f"off by default; also env {FAULTS_ENV} (JSON) and POST /_sandbox/faults"
    )
    f.add_argument("--latency-ms", type=float, default=None, help="added latency per API request")
    f.add_argument(
        "--error-500-rate",
        type=float,
        default=None,
        help="share (0..1) of API requests answered 500",
    )
    f.add_argument("--error-503-rate", type=float, default=None, help="share (0..1) answered 503")
    f.add_argument("--rate-429", type=float, default=None, help="share (0..1) answered 429")
    f.add_argument(
        "--retry-after", type=int, default=None, help="Retry-After seconds on 429/503 (default 1)"
    )
    f.add_argument(
        "--short-page-rate",
        type=float,
        default=None,
        help="share (0..1) of full list pages cut short",
    )
    f.add_argument(
        "--lost-answer-rate",
        type=float,
        default=None,
        help="share (0..1) of API requests carried out whose answer is then lost (503)",
    )
    f.add_argument("--fault-seed", type=int, default=None, help="seed for the fault random choices")
    return p


def _fault_settings(args: argparse.Namespace) -> dict[str, Any]:
    settings = config_from_env()
    for arg, key in (
        ("latency_ms", "latency_ms"),
        ("error_500_rate", "error_500_rate"),
        ("error_503_rate", "error_503_rate"),
        ("rate_429", "rate_429"),
        ("retry_after", "retry_after"),
        ("short_page_rate", "short_page_rate"),
        ("lost_answer_rate", "lost_answer_rate"),
        ("fault_seed", "seed"),
    ):
        value = getattr(args, arg)
        if value is not None:
            settings[key] = value
    return settings


def banner(
    url: str, client_id: str, client_secret: str, config: SandboxConfig | None = None
) -> str:
    config = config or SandboxConfig()
    limit = config.max_in_flight or "no limit"
    return "\n".join(
        [
            f"TimeBack sandbox listening on {url}",
            f"  profile {config.profile}; in flight per client id: {limit}",
            f"  OneRoster / PowerPath / CASE base URL: {url}",
            f"  QTI base URL:                          {url}/qti/api",
            f"  Caliper base URL:                      {url}/caliper-api",
            f"  OAuth token URL:                       {url}/oauth2/token",
            f"  client_id={client_id}  client_secret={client_secret}",
            f"  admin: {url}/_sandbox/stats  {url}/_sandbox/faults  {url}/_sandbox/reset",
            "",
            "Python:",
            f'  Timeback.for_sandbox("{url}")',
            "",
            "Environment:",
            f"  export TIMEBACK_API_BASE_URL={url}",
            f"  export TIMEBACK_QTI_API_BASE_URL={url}/qti/api",
            f"  export TIMEBACK_CALIPER_API_BASE_URL={url}/caliper-api",
            f"  export TIMEBACK_TOKEN_URL={url}/oauth2/token",
            f"  export TIMEBACK_CLIENT_ID={client_id}",
            f"  export TIMEBACK_CLIENT_SECRET={client_secret}",
            "",
            f"SANDBOX_READY {url}",
        ]
    )


def main(argv: Sequence[str] | None = None) -> int:
    from .server import SandboxHTTPServer

    args = build_parser().parse_args(list(argv) if argv is not None else None)
    client_id = args.client_id or os.environ.get("TIMEBACK_SANDBOX_CLIENT_ID") or DEFAULT_CLIENT_ID
    client_secret = (
        args.client_secret
        or os.environ.get("TIMEBACK_SANDBOX_CLIENT_SECRET")
        or DEFAULT_CLIENT_SECRET
    )
    if args.token_lifetime <= 0:
        print("error: --token-lifetime must be positive", file=sys.stderr)
        return 2
    if args.max_in_flight < 0:
        print("error: --max-in-flight must be 0 (no limit) or positive", file=sys.stderr)
        return 2
    faults = Faults()
    try:
        faults.update(_fault_settings(args))
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    config = SandboxConfig(
        args.db,
        client_id,
        client_secret,
        args.token_lifetime,
        profile=args.profile,
        max_in_flight=args.max_in_flight,
    )
    sandbox = Sandbox(config, faults)
    # The documents and the route table now loaded live as long as the process: keep them out of
    # the cyclic collector's full passes (each one walked every object, ≈ 25 ms here, holding the
    # GIL for every request thread).
    gc.freeze()
    try:
        server = SandboxHTTPServer((args.host, args.port), sandbox, verbose=args.verbose)
    except OSError as exc:
        sandbox.close()
        print(f"error: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 1
    host, port = str(server.server_address[0]), int(server.server_address[1])
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{port}"
    stop = threading.Event()

    def on_signal(_signum: int, _frame: Any) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True
    )
    thread.start()
    print(banner(url, client_id, client_secret, config), flush=True)
    try:
        while not stop.wait(0.5):
            pass
    finally:
        server.shutdown()
        server.server_close()
        sandbox.close()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        print("TimeBack sandbox stopped", flush=True)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
