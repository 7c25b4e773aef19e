"""`make fetch-specs lock-check`, offline: a local folder, or a 127.0.0.1 HTTP server, stands in
for upstream (scripts/fetch_specs.py, scripts/upstream_check.py)."""

from __future__ import annotations

import functools
import hashlib
import http.server
import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import fetch_specs  # noqa: E402
import regen  # noqa: E402
import upstream_check  # noqa: E402

DOCS = {
    "alpha": ("alpha-api.json", json.dumps({"openapi": "3.1.0", "paths": {"/a": {}}}) + "\n"),
    # a .json name holding YAML, as OneRoster's upstream URL serves
    "beta": ("beta-api.json", "openapi: 3.1.0\npaths:\n  /b: {}\n"),
    "gamma": ("gamma-api.yaml", "openapi: 3.1.0\npaths:\n  /c: {}\n"),
}


def make_upstream(folder: Path) -> dict[str, dict[str, str]]:
    """Write DOCS into `folder`; the lock that pins exactly those bytes."""
    folder.mkdir(parents=True, exist_ok=True)
    lock = {}
    for name, (file, text) in DOCS.items():
        (folder / file).write_text(text, encoding="utf-8")
        digest = hashlib.sha256(text.encode()).hexdigest()
        lock[name] = {"file": file, "sha256": digest, "url": f"https://example.invalid/{name}"}
    return lock


def vendored() -> tuple[Path, dict[str, dict[str, str]]]:
    """`$SPECS_DIR` as the Makefile passes it (default ../shared/specs) and the real lock."""
    specs = Path(os.environ.get("SPECS_DIR", "../shared/specs"))
    specs = specs if specs.is_absolute() else (ROOT / specs).resolve()
    lock = regen.load_lock()
    if not all((specs / e["file"]).is_file() for e in lock.values()):
        pytest.skip(f"the vendored documents are not in {specs} (set SPECS_DIR)")
    return specs, lock


def change_one_byte(path: Path) -> None:
    """Flip the case of the last letter: one byte differs and the document still parses."""
    data = bytearray(path.read_bytes())
    i = max(i for i, c in enumerate(data) if chr(c).isascii() and chr(c).isalpha())
    data[i] ^= 0x20
    path.write_bytes(bytes(data))


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves a folder; records the paths asked for (in `requests`, set per server)."""

    requests: list[str]

    def do_GET(self) -> None:
        self.requests.append(self.path)
        super().do_GET()

    def log_message(self, format: str, *args: object) -> None:
        pass


@dataclass
class Served:
    url: str  # http://127.0.0.1:<port>
    requests: list[str]


@pytest.fixture
def serve() -> Iterator[Callable[[Path], Served]]:
    """serve(folder): an HTTP server on 127.0.0.1 serving `folder`, stopped after the test."""
    servers: list[tuple[http.server.ThreadingHTTPServer, threading.Thread]] = []

    def start(folder: Path) -> Served:
        requests: list[str] = []
        handler_class = type("Handler", (_Handler,), {"requests": requests})
        handler = functools.partial(handler_class, directory=str(folder))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        servers.append((server, thread))
        return Served(f"http://127.0.0.1:{server.server_address[1]}", requests)

    yield start
    for server, thread in servers:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
        assert not thread.is_alive()


# --- lock-check over a local folder -------------------------------------------------------------


def test_matching_copies_pass(tmp_path: Path) -> None:
    lock = make_upstream(tmp_path / "up")
    assert upstream_check.compare(tmp_path / "up", lock) == []
    ok, text = upstream_check.report(tmp_path / "up", lock, shown="up")
    assert ok
    assert text.startswith("upstream: every document matches specs/sources.lock")


def test_files_the_lock_does_not_name_are_ignored(tmp_path: Path) -> None:
    lock = make_upstream(tmp_path / "up")
    (tmp_path / "up" / "README.md").write_text("the vendored folder has one\n")
    assert upstream_check.report(tmp_path / "up", lock)[0]


def test_a_changed_byte_fails_naming_the_document_both_hashes_and_the_next_step(
    tmp_path: Path,
) -> None:
    up = tmp_path / "up"
    lock = make_upstream(up)
    change_one_byte(up / "beta-api.json")
    new = regen.sha256(up / "beta-api.json")
    assert new != lock["beta"]["sha256"]

    assert upstream_check.compare(up, lock) == [
        upstream_check.Difference("beta", "beta-api.json", lock["beta"]["sha256"], new)
    ]
    ok, text = upstream_check.report(up, lock, shown=".specs-upstream")
    assert not ok
    lines = text.splitlines()
    assert lines[0] == (
        "upstream: the vendored/upstream documents in .specs-upstream against"
        " specs/sources.lock: 1 of 3 differ"
    )
    assert lines[1] == (
        f"  beta-api.json (beta): sha256 {new} in .specs-upstream,"
        f" specs/sources.lock pins {lock['beta']['sha256']}"
    )
    assert "alpha" not in text and "gamma" not in text
    assert lines[-1].startswith("next: ")
    assert "`make lock regen SPECS_DIR=.specs-upstream`" in lines[-1]


def test_a_missing_file_fails(tmp_path: Path) -> None:
    up = tmp_path / "up"
    lock = make_upstream(up)
    (up / "gamma-api.yaml").unlink()
    assert upstream_check.compare(up, lock) == [
        upstream_check.Difference("gamma", "gamma-api.yaml", lock["gamma"]["sha256"], None)
    ]
    ok, text = upstream_check.report(up, lock, shown="up")
    assert not ok
    assert (
        f"  gamma-api.yaml (gamma): missing from up (specs/sources.lock pins sha256 {lock['gamma']['sha256']})"
        in text
    )
    assert "make fetch-specs" in text.splitlines()[-1]


def test_two_documents_locked_from_one_url_are_explained(tmp_path: Path) -> None:
    """specs/sources.lock gives caliper and events one URL: one download, two different pins."""
    up = tmp_path / "up"
    lock = make_upstream(up)
    lock["gamma"]["url"] = lock["beta"]["url"]
    shutil.copyfile(up / "beta-api.json", up / "gamma-api.yaml")  # what fetch-specs writes
    ok, text = upstream_check.report(up, lock)
    assert not ok
    assert "gamma-api.yaml (gamma): sha256" in text
    assert (
        f"note: beta-api.json and gamma-api.yaml are both downloaded from {lock['beta']['url']}"
        in text
    )
    # no note where the two files differ (the vendored folder) or nothing differs
    make_upstream(up)
    change_one_byte(up / "gamma-api.yaml")
    assert "note:" not in upstream_check.report(up, lock)[1]


def test_a_document_without_an_upstream_url_is_compared_only_when_present(tmp_path: Path) -> None:
    """fetch-specs skips a locked document without `url`: its absence is said, not a failure."""
    up = tmp_path / "up"
    lock = make_upstream(up)
    del lock["gamma"]["url"]
    (up / "gamma-api.yaml").unlink()
    ok, text = upstream_check.report(up, lock, shown="up")
    assert ok
    assert text.splitlines() == [
        "upstream: every document matches specs/sources.lock (2 documents in up)",
        "  not compared: gamma-api.yaml (gamma): no upstream URL in specs/sources.lock"
        " (copy the vendored one into up before `make lock` there)",
    ]
    (up / "gamma-api.yaml").write_text("openapi: 3.1.0\npaths: {}\n")  # present: compared
    ok, text = upstream_check.report(up, lock, shown="up")
    assert not ok and "  gamma-api.yaml (gamma): sha256 " in text


def test_the_command_over_the_real_lock(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`make lock-check UPSTREAM_DIR=<the vendored documents>` passes; a changed copy fails."""
    specs, lock = vendored()
    up = tmp_path / "up"
    up.mkdir()
    for entry in lock.values():
        shutil.copyfile(specs / entry["file"], up / entry["file"])

    assert upstream_check.main(["--upstream-dir", str(up)]) == 0
    assert "upstream: every document matches specs/sources.lock" in capsys.readouterr().out

    change_one_byte(up / lock["qti"]["file"])
    assert upstream_check.main(["--upstream-dir", str(up)]) == 1
    err = capsys.readouterr().err
    assert f"  {lock['qti']['file']} (qti): sha256 " in err
    assert lock["qti"]["sha256"] in err
    assert "oneroster" not in err

    assert upstream_check.main(["--upstream-dir", str(tmp_path / "nowhere")]) == 2
    assert "run `make fetch-specs` first" in capsys.readouterr().err


def test_make_lock_check_runs_the_script_on_upstream_dir() -> None:
    if shutil.which("make") is None:
        pytest.skip("no make")
    out = subprocess.run(
        ["make", "-n", "lock-check", "UPSTREAM_DIR=some/where"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert 'scripts/upstream_check.py --upstream-dir "some/where"' in out
    out = subprocess.run(
        ["make", "-n", "fetch-specs", "UPSTREAM_DIR=some/where"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert 'scripts/fetch_specs.py --into "some/where"' in out


# --- fetch-specs from a local server, then lock-check --------------------------------------------


def test_fetch_then_lock_check_pass_for_identical_documents(
    tmp_path: Path, serve: Callable[[Path], Served]
) -> None:
    lock = make_upstream(tmp_path / "served")
    base = serve(tmp_path / "served").url
    into = tmp_path / "fetched"
    printed: list[str] = []
    urls = fetch_specs.upstream_urls(lock, base)
    assert urls["beta"] == f"{base}/beta-api.json"
    assert fetch_specs.fetch(lock, into, urls, timeout=10, out=printed.append) == []
    assert len(printed) == 3 and "beta: " in printed[1] and "(yaml)" in printed[1]
    for file, text in DOCS.values():
        assert (into / file).read_text(encoding="utf-8") == text  # byte for byte
    assert upstream_check.report(into, lock) == (
        True,
        f"upstream: every document matches specs/sources.lock (3 documents in {into})",
    )


def test_fetch_then_lock_check_fail_for_a_changed_document(
    tmp_path: Path, serve: Callable[[Path], Served]
) -> None:
    served = tmp_path / "served"
    lock = make_upstream(served)
    change_one_byte(served / "alpha-api.json")  # upstream published a new version
    into = tmp_path / "fetched"
    urls = fetch_specs.upstream_urls(lock, serve(served).url)
    assert fetch_specs.fetch(lock, into, urls, timeout=10, out=lambda _: None) == []
    ok, text = upstream_check.report(into, lock)
    assert not ok
    assert "1 of 3 differ" in text
    assert f"alpha-api.json (alpha): sha256 {regen.sha256(served / 'alpha-api.json')}" in text


def test_a_document_that_cannot_be_fetched_fails_and_leaves_no_stale_copy(
    tmp_path: Path, serve: Callable[[Path], Served]
) -> None:
    served = tmp_path / "served"
    lock = make_upstream(served)
    into = tmp_path / "fetched"
    shutil.copytree(served, into)  # an earlier fetch
    (served / "alpha-api.json").unlink()  # 404
    (served / "gamma-api.yaml").write_text("<html>502 Bad Gateway</html>")  # not a document
    errors: list[str] = []
    urls = fetch_specs.upstream_urls(lock, serve(served).url)
    failed = fetch_specs.fetch(lock, into, urls, timeout=10, out=lambda _: None, err=errors.append)
    assert failed == ["alpha", "gamma"]
    assert errors[0].startswith(f"alpha: could not download {urls['alpha']}: HTTP Error 404")
    assert "not an OpenAPI document" in errors[1]
    assert sorted(p.name for p in into.iterdir()) == ["beta-api.json"]
    ok, text = upstream_check.report(into, lock)
    assert not ok and "alpha-api.json (alpha): missing" in text


def test_one_url_for_two_documents_is_downloaded_once(
    tmp_path: Path, serve: Callable[[Path], Served]
) -> None:
    """As specs/sources.lock has it for caliper and events: the lock's own URLs this time."""
    lock = make_upstream(tmp_path / "served")
    server = serve(tmp_path / "served")
    base = server.url
    for entry in lock.values():
        entry["url"] = f"{base}/{entry['file']}"
    lock["gamma"]["url"] = lock["beta"]["url"]
    into = tmp_path / "fetched"
    printed: list[str] = []
    urls = fetch_specs.upstream_urls(lock)
    assert fetch_specs.fetch(lock, into, urls, timeout=10, out=printed.append) == []
    assert printed[2].startswith(f"gamma: {base}/beta-api.json (yaml) -> ")
    assert sorted(server.requests) == ["/alpha-api.json", "/beta-api.json"]
    assert (into / "gamma-api.yaml").read_bytes() == (into / "beta-api.json").read_bytes()
    ok, text = upstream_check.report(into, lock)
    assert not ok and "note: beta-api.json and gamma-api.yaml are both downloaded from" in text


def test_without_base_url_the_lock_urls_are_used() -> None:
    lock = regen.load_lock()
    assert fetch_specs.upstream_urls(lock) == {n: e["url"] for n, e in lock.items() if "url" in e}
    assert len(fetch_specs.upstream_urls(lock)) >= 5


def test_fetch_specs_command_then_lock_check_over_the_real_lock(
    tmp_path: Path, serve: Callable[[Path], Served], capsys: pytest.CaptureFixture[str]
) -> None:
    """`fetch_specs.py --base-url` from a mirror of the vendored documents, then lock-check."""
    specs, lock = vendored()
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    for entry in lock.values():
        shutil.copyfile(specs / entry["file"], mirror / entry["file"])
    base = serve(mirror).url
    into = tmp_path / "fetched"
    assert fetch_specs.main(["--into", str(into), "--base-url", base, "--timeout", "30"]) == 0
    assert upstream_check.main(["--upstream-dir", str(into)]) == 0
    change_one_byte(mirror / lock["case"]["file"])
    assert fetch_specs.main(["--into", str(into), "--base-url", base, "--timeout", "30"]) == 0
    capsys.readouterr()
    assert upstream_check.main(["--upstream-dir", str(into)]) == 1
    err = capsys.readouterr().err
    assert f"{lock['case']['file']} (case): sha256 " in err and "1 of 6 differ" in err
