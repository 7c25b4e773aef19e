"""The wheel as an application gets it: built from this tree, installed in a fresh venv, and
type-checked with `mypy --strict` from the application's side. Both packages carry `py.typed`, so
the models' annotations (what the documents promise) reach the application, not `Any`."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

USER_FILE = """\
from typing import assert_type

from timeback_gen import AsyncTimeback, Timeback
from timeback_gen.errors import NotFoundError
from timeback_gen.models.oneroster import User


def names(tb: Timeback) -> list[str]:
    user = tb.oneroster.rostering.get_user("x").user
    assert_type(user, User)
    assert_type(tb.oneroster.rostering.get_user("x").user.given_name, str)
    return [user.given_name, user.family_name]


async def lookup(atb: AsyncTimeback) -> str | None:
    try:
        return (await atb.oneroster.rostering.get_user("x")).user.sourced_id
    except NotFoundError as error:
        assert_type(error.status_code, int)
        return None
"""

WRONG = """\
from typing import assert_type

from timeback_gen import Timeback


def wrong(tb: Timeback) -> None:
    assert_type(tb.oneroster.rostering.get_user("x").user.given_name, int)
"""


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(the wheel, the python of a fresh venv it is installed in)."""
    out = tmp_path_factory.mktemp("wheel")
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet"]
    subprocess.run([*pip, "wheel", "--no-deps", "-w", str(out), str(ROOT)], check=True)
    wheel = next(out.glob("timeback_gen-*.whl"))
    venv = out / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "--disable-pip-version-check", "--quiet", "install", str(wheel)],
        check=True,
    )
    return wheel, python


def mypy(python: Path, source: str, where: Path) -> subprocess.CompletedProcess[str]:
    where.mkdir(exist_ok=True)
    (where / "app.py").write_text(source)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--python-executable",
            str(python),
            "--cache-dir",
            str(where / ".mypy_cache"),
            "app.py",
        ],
        cwd=where,  # no project configuration: the application's view
        capture_output=True,
        text=True,
    )


def test_both_packages_of_the_wheel_are_marked_typed(installed: tuple[Path, Path]) -> None:
    names = set(zipfile.ZipFile(installed[0]).namelist())
    assert {"timeback_gen/py.typed", "_timeback_gen/py.typed"} <= names


def test_an_application_type_checks_against_the_installed_wheel(
    installed: tuple[Path, Path], tmp_path: Path
) -> None:
    _, python = installed
    ok = mypy(python, USER_FILE, tmp_path / "ok")
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "import-untyped" not in ok.stdout
    # The same check fails for a wrong type: the models' types are real, not Any.
    wrong = mypy(python, WRONG, tmp_path / "wrong")
    assert wrong.returncode == 1, wrong.stdout + wrong.stderr
    assert 'Expression is of type "str", not "int"' in wrong.stdout
