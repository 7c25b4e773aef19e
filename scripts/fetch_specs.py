"""Download the upstream OpenAPI documents listed in specs/sources.lock (`make fetch-specs`).

Writes them into a git-ignored folder (default `.specs-upstream/`); `make lock-check` then says
which of them differ from the lock (scripts/upstream_check.py), and `make lock regen
SPECS_DIR=<folder>` takes them. Each download is kept byte for byte under the locked file name
(the lock pins those bytes), even where the name's suffix is not the format served: OneRoster's
URL serves YAML while the current document is `oneroster-api.json`. Nothing reads the suffix: the
pipeline parses by content (scripts/docformat.py). A download that is not an OpenAPI document at
all is an error, and removes any older copy of that file from the folder (so `make lock-check`
reports it missing rather than comparing a stale copy).

`--base-url URL` fetches `URL/<locked file name>` instead of each document's upstream URL (a
mirror that keeps the locked names; the tests serve a folder from 127.0.0.1 this way).
Needs internet access for the upstream URLs: this project's CI machines have none; the GitHub
Actions workflow `.github/workflows/upstream-drift.yml` runs it weekly.
"""

from __future__ import annotations

import argparse
import sys
import urllib.parse
import urllib.request
from collections.abc import Callable, Mapping
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from docformat import DocumentError, detect_format, parse_document
from regen import load_lock

ROOT = Path(__file__).resolve().parent.parent

Lock = Mapping[str, Mapping[str, str]]


def upstream_urls(lock: Lock, base_url: str | None = None) -> dict[str, str]:
    """Document name -> the URL to download it from: the lock's `url`, or `base_url/<file>`.

    A document without a `url` in the lock is left out (unless `base_url` is given)."""
    if base_url is not None:
        base = base_url.rstrip("/") + "/"
        return {name: base + urllib.parse.quote(entry["file"]) for name, entry in lock.items()}
    return {name: entry["url"] for name, entry in lock.items() if entry.get("url")}


def download(url: str, timeout: float) -> bytes:
    with urllib.request.urlopen(url, timeout=timeout) as resp:
        data: bytes = resp.read()
        return data


def fetch(
    lock: Lock,
    into: Path,
    urls: Mapping[str, str],
    *,
    timeout: float = 60.0,
    out: Callable[[str], None] = print,
    err: Callable[[str], None] = lambda msg: print(msg, file=sys.stderr),
) -> list[str]:
    """Download each locked document from `urls[name]` into `into/<locked file name>`.

    Returns the names of the documents that could not be fetched (an empty list: all fetched).
    A URL two documents share is downloaded once."""
    into.mkdir(parents=True, exist_ok=True)
    failed: list[str] = []
    fetched: dict[str, bytes] = {}
    for name, entry in lock.items():
        target = into / entry["file"]
        url = urls.get(name)
        if not url:
            err(f"{name}: no upstream URL in the lock; skipped")
            continue
        try:
            data = fetched[url] if url in fetched else download(url, timeout)
        except (OSError, ValueError) as exc:  # HTTPError and timeouts are OSErrors
            err(f"{name}: could not download {url}: {exc}")
            target.unlink(missing_ok=True)
            failed.append(name)
            continue
        fetched[url] = data
        text = data.decode("utf-8", "replace")
        try:
            parse_document(text, url)
        except DocumentError as exc:
            err(f"{name}: {exc}")
            target.unlink(missing_ok=True)
            failed.append(name)
            continue
        target.write_bytes(data)
        out(f"{name}: {url} ({detect_format(text)}) -> {target}")
    return failed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--into", default=str(ROOT / ".specs-upstream"))
    parser.add_argument(
        "--base-url",
        default=None,
        help="fetch BASE_URL/<locked file name> instead of each document's upstream URL",
    )
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per download")
    args = parser.parse_args(argv)
    lock = load_lock()
    failed = fetch(lock, Path(args.into), upstream_urls(lock, args.base_url), timeout=args.timeout)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
