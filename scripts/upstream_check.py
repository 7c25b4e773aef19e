"""Compare a folder of OpenAPI documents with specs/sources.lock (`make lock-check`).

The folder is what `make fetch-specs` downloaded (default `.specs-upstream/`; `UPSTREAM_DIR=` to
check another, e.g. the vendored `$SPECS_DIR`). Exits 0 printing "upstream: every document
matches specs/sources.lock" when every locked document is there with its locked sha256; otherwise
exits 1 listing each document that differs (its file, both hashes) or is missing, and the next
step. This is the documents against the lock; `make drift` is the other check, generated/ against
the vendored documents. Reuses scripts/regen.py's lock loading and sha256.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from regen import load_lock, sha256

ROOT = Path(__file__).resolve().parent.parent

Lock = Mapping[str, Mapping[str, str]]


@dataclass(frozen=True)
class Difference:
    """One locked document whose copy in the folder is not the locked one."""

    name: str
    file: str
    locked: str
    actual: str | None  # None: the file is missing from the folder


def compare(folder: Path, lock: Lock) -> list[Difference]:
    """Each locked document whose file in `folder` is missing or has another sha256, in lock order.

    Files the lock does not name (a README, an older version) are ignored, and so is a missing
    document that has no `url` in the lock (`make fetch-specs` cannot download it)."""
    differences = []
    for name, entry in lock.items():
        path = folder / entry["file"]
        actual = sha256(path) if path.is_file() else None
        if actual is None and not entry.get("url"):
            continue  # nothing to fetch it from: see unfetchable()
        if actual != entry["sha256"]:
            differences.append(Difference(name, entry["file"], entry["sha256"], actual))
    return differences


def unfetchable(folder: Path, lock: Lock) -> list[str]:
    """The locked documents without a `url` that are not in `folder` (not compared)."""
    return [
        name
        for name, entry in lock.items()
        if not entry.get("url") and not (folder / entry["file"]).is_file()
    ]


def shared_url_notes(folder: Path, lock: Lock, differences: list[Difference]) -> list[str]:
    """Why some differences cannot go away: documents the lock downloads from one URL (so
    `make fetch-specs` writes the same bytes for each) but pins with different hashes."""
    differing = {d.name for d in differences}
    by_url: dict[str, list[str]] = {}
    for name, entry in lock.items():
        if entry.get("url"):
            by_url.setdefault(entry["url"], []).append(name)
    notes = []
    for url, names in by_url.items():
        if len(names) < 2 or not differing.intersection(names):
            continue
        if len({lock[n]["sha256"] for n in names}) < 2:
            continue
        paths = [folder / lock[n]["file"] for n in names]
        if not all(p.is_file() for p in paths) or len({p.read_bytes() for p in paths}) != 1:
            continue  # not one download written twice (e.g. the vendored folder)
        files = ", ".join(lock[n]["file"] for n in names[:-1]) + " and " + lock[names[-1]]["file"]
        notes.append(
            f"  note: {files} are {'both' if len(names) == 2 else 'all'} downloaded from {url},"
            " so they are the same bytes here, while specs/sources.lock pins a different sha256"
            " for each: at most one can match until the lock gives each its own URL (or none);"
            " take only the one that changed (copy the vendored others over before `make lock`)"
        )
    return notes


def report(folder: Path, lock: Lock, shown: str | None = None) -> tuple[bool, str]:
    """(every document matches, the text to print). `shown` is how to name the folder."""
    where = shown if shown is not None else str(folder)
    differences = compare(folder, lock)
    skipped = unfetchable(folder, lock)
    checked = len(lock) - len(skipped)
    skipped_lines = [
        f"  not compared: {lock[n]['file']} ({n}): no upstream URL in specs/sources.lock"
        f" (copy the vendored one into {where} before `make lock` there)"
        for n in skipped
    ]
    if not differences:
        return True, "\n".join(
            [
                "upstream: every document matches specs/sources.lock"
                f" ({checked} documents in {where})",
                *skipped_lines,
            ]
        )
    lines = [
        f"upstream: the vendored/upstream documents in {where} against specs/sources.lock:"
        f" {len(differences)} of {checked} differ"
    ]
    for d in differences:
        if d.actual is None:
            lines.append(
                f"  {d.file} ({d.name}): missing from {where}"
                f" (specs/sources.lock pins sha256 {d.locked})"
            )
        else:
            lines.append(
                f"  {d.file} ({d.name}): sha256 {d.actual} in {where},"
                f" specs/sources.lock pins {d.locked}"
            )
    lines += shared_url_notes(folder, lock, differences)
    lines += skipped_lines
    first = (
        "get the missing documents (make fetch-specs), "
        if any(not d.actual for d in differences)
        else ""
    )
    lines.append(
        f"next: {first}read what changed, take the new versions with"
        f" `make lock regen SPECS_DIR={where}` and review the overlays and the diff of generated/"
        ' (specs/README.md, "Taking a new upstream version of a document")'
    )
    return False, "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--upstream-dir",
        default=".specs-upstream",
        help="the folder to compare (relative to the current directory; default .specs-upstream)",
    )
    args = parser.parse_args(argv)
    folder = Path(args.upstream_dir)
    if not folder.is_dir():
        print(
            f"upstream: {args.upstream_dir} is not a folder; run `make fetch-specs` first"
            " (or point UPSTREAM_DIR= at the documents to compare)",
            file=sys.stderr,
        )
        return 2
    ok, text = report(folder, load_lock(), shown=args.upstream_dir)
    print(text, file=sys.stdout if ok else sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
