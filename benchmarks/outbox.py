"""The event outbox at size: N events through `EventOutbox` to a sandbox answering a share of
requests 503, reporting the add rate, the delivery rate and duplicates.

    .venv/bin/python benchmarks/outbox.py                       # 10,000 events, 5% 503s
    .venv/bin/python benchmarks/outbox.py --events 2000 --synchronous FULL

Duplicates are counted twice over: events the sandbox holds more than once (it de-duplicates
by id, so this checks the store) and events acknowledged (2xx) in more than one envelope, which
a server that did not de-duplicate would have stored twice (counted from the requests the
client sent, with an httpx response hook). Figures: docs/reliability.md ("Outbox").
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx

from timeback_gen import Timeback
from timeback_gen.caliper_events import activity_completed, activity_context, timeback_user
from timeback_gen.outbox import EventOutbox
from timeback_gen.sandbox.process import running_sandbox

SENSOR = "https://practice.example.com/sensors/bench"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--error-503-rate", type=float, default=0.05)
    parser.add_argument("--batch-size", type=int, default=100)
    parser.add_argument("--synchronous", choices=["NORMAL", "FULL"], default="NORMAL")
    args = parser.parse_args()

    acked: Counter[str] = Counter()

    def count_acked(response: httpx.Response) -> None:
        if response.request.url.path.endswith("/caliper/event") and response.is_success:
            for event in json.loads(response.request.content)["data"]:
                acked[event["id"]] += 1

    actor = timeback_user("https://example.org/users/bench", "bench@example.org")
    ctx = activity_context("https://example.org/ctx/bench", subject="Math", app_name="Bench")
    events = [
        activity_completed(actor=actor, context=ctx, xp_earned=i % 20) for i in range(args.events)
    ]
    with running_sandbox() as sb, tempfile.TemporaryDirectory() as tmp:
        sb.admin("/_sandbox/faults", {"error_503_rate": args.error_503_rate, "retry_after": 0})
        http = httpx.Client(timeout=30.0, event_hooks={"response": [count_acked]})
        with Timeback.for_sandbox(sb.url, http_client=http) as tb:
            start = time.perf_counter()
            with EventOutbox(
                tb,
                Path(tmp) / "outbox.sqlite3",
                sensor=SENSOR,
                batch_size=args.batch_size,
                linger=0.2,
                retry_min=0.05,
                retry_max=2.0,
                synchronous=args.synchronous,
            ) as box:
                for event in events:
                    box.add(event)
                added = time.perf_counter() - start
                assert box.flush(timeout=600), "not delivered within 10 minutes"
                stats = box.stats()
            total = time.perf_counter() - start
            stored = stored_ids(sb)
        http.close()
        injected = sb.admin("/_sandbox/stats")["faults"]["injected"]
    expected = {e.id for e in events}
    report: dict[str, Any] = {
        "events": args.events,
        "synchronous": args.synchronous,
        "add_per_s": round(args.events / added),
        "delivered_per_s": round(args.events / total),
        "seconds": round(total, 2),
        "injected_503": injected.get("503", 0),
        "sent": stats.sent,
        "pending": stats.pending,
        "dead": stats.dead,
        "missing": len(expected - set(stored)),
        "stored_twice": len(stored) - len(set(stored)),
        "acked_twice": sum(1 for n in acked.values() if n > 1),
    }
    print(json.dumps(report))


def stored_ids(sb: Any) -> list[str]:
    out: list[str] = []
    with sb.client() as c:
        while True:
            page = c.get(
                "/caliper-api/caliper/events",
                params={"sensor": SENSOR, "limit": 3000, "offset": len(out)},
            ).json()
            out += [e["id"] for e in page["events"]]
            if not page["events"] or len(out) >= page["pagination"]["total"]:
                return out


if __name__ == "__main__":
    main()
