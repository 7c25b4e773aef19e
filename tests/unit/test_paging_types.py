"""What a type checker sees of `tb.paginate(...)`: `mypy --strict` on a small application file
that imports the installed package (its `py.typed`), asserting the record and page models with
`typing.assert_type` (an error when the inferred type differs), for OneRoster, a QTI search and
Caliper's event list, sync and async."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

APPLICATION = """\
from typing import assert_type

from timeback_gen import AsyncTimeback, Timeback
from timeback_gen.models.caliper import Event, ListEventsResponse200
from timeback_gen.models.oneroster import GetStudentsForClassResponse200, User, UserList
from timeback_gen.models.qti import Item, SearchAssessmentItemsResponse200
from timeback_gen.pagination import AsyncPager, SyncPager


def walk(tb: Timeback) -> None:
    for user in tb.paginate(tb.oneroster.rostering.get_all_users, where={"role": "student"}):
        assert_type(user, User)
    users = tb.paginate(tb.oneroster.rostering.get_students_for_class, "class-1", page_size=500)
    assert_type(users, SyncPager[User, GetStudentsForClassResponse200])
    assert_type(tb.paginate(tb.oneroster.rostering.get_all_users), SyncPager[User, UserList])
    for item in tb.paginate(tb.qti.search_assessment_items, query="fractions"):
        assert_type(item, Item)
    for page in tb.paginate(tb.qti.search_assessment_items).pages():
        assert_type(page, SearchAssessmentItemsResponse200)
    assert_type(tb.paginate(tb.caliper.list_events, sensor="s").to_list(), list[Event])
    assert_type(tb.paginate(tb.caliper.list_events).first(), Event | None)
    spelled: SyncPager[User] = tb.paginate(tb.oneroster.rostering.get_all_users)
    del spelled


async def awalk(tb: AsyncTimeback) -> None:
    async for user in tb.paginate(tb.oneroster.rostering.get_all_users, max_items=10):
        assert_type(user, User)
    items = tb.paginate(tb.qti.search_assessment_items, concurrency=4)
    assert_type(items, AsyncPager[Item, SearchAssessmentItemsResponse200])
    async with items as held:
        async for item in held:
            assert_type(item, Item)
    assert_type(await tb.paginate(tb.caliper.list_events).to_list(), list[Event])
    async for page in tb.paginate(tb.caliper.list_events).pages():
        assert_type(page, ListEventsResponse200)
    assert_type(await tb.paginate(tb.oneroster.rostering.get_all_users).first(), User | None)
"""


def mypy(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    app = tmp_path / "app.py"
    app.write_text(source)
    config = tmp_path / "mypy.ini"
    config.write_text("[mypy]\n")  # the application's own settings, not this project's
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--config-file",
            str(config),
            "--cache-dir",
            str(tmp_path / ".mypy_cache"),
            str(app),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=240,
    )


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("paging-types")


def test_paginate_gives_the_record_model_to_a_type_checker(workdir: Path) -> None:
    result = mypy(workdir, APPLICATION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found in 1 source file" in result.stdout


@pytest.mark.parametrize(
    ("right", "wrong", "message"),
    [
        (
            "assert_type(user, User)",
            "assert_type(user, UserList)",
            'Expression is of type "User", not "UserList"',
        ),
        (
            "assert_type(item, Item)",
            "assert_type(item, Event)",
            'Expression is of type "Item", not "Event"',
        ),
    ],
)
def test_a_wrong_record_model_is_a_type_error(
    workdir: Path, right: str, wrong: str, message: str
) -> None:
    """The check above can fail: assert another model and mypy says which type it inferred."""
    assert right in APPLICATION
    result = mypy(workdir, APPLICATION.replace(right, wrong, 1))
    assert result.returncode == 1, result.stdout + result.stderr
    assert message in result.stdout
