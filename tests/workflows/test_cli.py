"""The command line as a shell user runs it: `--name=value`, and a reader that stops early."""

from __future__ import annotations

import json
import subprocess
import sys

from timeback_gen.sandbox.process import SandboxProcess

from .conftest import ROOT


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "timeback_gen.cli", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_name_equals_value_and_name_value_give_the_same_call(sandbox: SandboxProcess) -> None:
    created = run_cli(
        "call", "oneroster.rostering.create_user", "--sandbox", sandbox.url, "--json",
        json.dumps({"user": {"sourcedId": "cli-u1", "status": "active", "enabledUser": "true",
                             "givenName": "Ada", "familyName": "L", "email": "ada@example.org",
                             "roles": [{"roleType": "primary", "role": "student",
                                        "org": {"sourcedId": "org-1"}}]}}),
    )  # fmt: skip
    assert created.returncode == 0, created.stderr
    spaced = run_cli("call", "oneroster.rostering.get_user", "--sandbox", sandbox.url,
                     "--sourced-id", "cli-u1")  # fmt: skip
    joined = run_cli("call", "oneroster.rostering.get_user", "--sandbox", sandbox.url,
                     "--sourced-id=cli-u1")  # fmt: skip
    assert spaced.returncode == joined.returncode == 0, joined.stderr
    assert json.loads(joined.stdout) == json.loads(spaced.stdout)
    assert json.loads(joined.stdout)["user"]["givenName"] == "Ada"


def test_a_closed_pipe_ends_quietly() -> None:
    # `true` exits at once, so every line `list` writes meets a pipe nobody reads.
    shell = subprocess.run(
        f"{sys.executable} -m timeback_gen.cli list | true; "
        f"{sys.executable} -m timeback_gen.cli list | head -n 1",
        shell=True,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert shell.returncode == 0
    assert len(shell.stdout.splitlines()) == 1
    assert shell.stderr == ""  # no BrokenPipeError traceback, no "Exception ignored"


def test_all_pages_streams_a_page_limit_search_and_refuses_a_non_list(
    sandbox: SandboxProcess,
) -> None:
    tag = "cli-pages"
    with sandbox.client() as http:
        for i in range(5):
            item = {"identifier": f"{tag}-{i}", "title": tag, "type": "text-entry"}
            assert http.post("/qti/api/assessment-items", json=item).status_code == 201
    walked = run_cli("call", "qti.search_assessment_items", "--sandbox", sandbox.url,
                     "--query", tag, "--sort", "identifier", "--order", "asc", "--page", "3",
                     "--all-pages", "--page-size", "2")  # fmt: skip
    assert walked.returncode == 0, walked.stderr
    # every item once, in order, as JSON lines (the walk sets page/limit itself)
    assert [json.loads(line)["identifier"] for line in walked.stdout.splitlines()] == [
        f"{tag}-{i}" for i in range(5)
    ]
    refused = run_cli("call", "oneroster.rostering.get_user", "--sandbox", sandbox.url,
                      "--sourced-id", "x", "--all-pages")  # fmt: skip
    assert refused.returncode != 0
    assert "oneroster.rostering.get_user is not a list operation" in refused.stderr
