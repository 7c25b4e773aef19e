"""Download the upstream OpenAPI documents listed in specs/sources.lock (`make fetch-specs`).

Writes them into a git-ignored folder; take them with `make lock regen SPECS_DIR=<folder>`.
Needs internet access (not available in CI).
"""

from __future__ import annotations

import argparse
import json
import sys
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--into", default=str(ROOT / ".specs-upstream"))
    args = parser.parse_args(argv)
    into = Path(args.into)
    into.mkdir(parents=True, exist_ok=True)
    lock = json.loads((ROOT / "specs" / "sources.lock").read_text())["documents"]
    failed = 0
    for name, entry in lock.items():
        url = entry.get("url")
        if not url:
            print(f"{name}: no upstream URL in the lock; skipped", file=sys.stderr)
            continue
        try:
            with urllib.request.urlopen(url, timeout=60) as resp:
                (into / entry["file"]).write_bytes(resp.read())
            print(f"{name}: {url} -> {into / entry['file']}")
        except OSError as exc:
            print(f"{name}: could not download {url}: {exc}", file=sys.stderr)
            failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
