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
