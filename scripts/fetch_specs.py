"""Download the upstream OpenAPI documents listed in specs/sources.lock (`make fetch-specs`).

Writes them into a git-ignored folder; take them with `make lock regen SPECS_DIR=<folder>`.
Each download is kept byte for byte under the locked file name (the lock pins those bytes), even
where the name's suffix is not the format served: OneRoster's URL serves YAML while the current
document is `oneroster-api.json`. Nothing reads the suffix: the pipeline parses by content
(scripts/docformat.py). A download that is not an OpenAPI document at all is an error.
Needs internet access (not available in CI).
"""

from __future__ import annotations

import argparse
import json
import sys
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from docformat import DocumentError, detect_format, parse_document

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
                data = resp.read()
        except OSError as exc:
            print(f"{name}: could not download {url}: {exc}", file=sys.stderr)
            failed += 1
            continue
        text = data.decode("utf-8", "replace")
        try:
            parse_document(text, url)
        except DocumentError as exc:
            print(f"{name}: {exc}", file=sys.stderr)
            failed += 1
            continue
        (into / entry["file"]).write_bytes(data)
        print(f"{name}: {url} ({detect_format(text)}) -> {into / entry['file']}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
