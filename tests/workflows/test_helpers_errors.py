"""Every helper fails with the library's errors only: whatever goes wrong on the wire, a caller's
`except TimebackError` catches it (the helpers send through the facade / `tb.request`).

Against a refused loopback port (a port bound, noted and released) and a raw server answering
403 or 500: `qti_items.upsert_item/upsert_test`, `caliper_events.send_events/asend_events`,
`migrate.migrate_users/verify`, and the `timeback-gen call` / `migrate users` commands.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from reliability.rawserver import RawServer, send

from timeback_gen import AsyncTimeback, Timeback, cli
from timeback_gen.caliper_events import (
    CALIPER_CONTEXT,
    activity_completed,
    activity_context,
    asend_events,
    send_events,
    time_spent,
    timeback_user,
)
from timeback_gen.errors import (
    APIConnectionError,
    APIStatusError,
    InternalServerError,
    PermissionDeniedError,
    TimebackError,
)
from timeback_gen.migrate import MigrationState, migrate_users, verify
from timeback_gen.qti_items import (
    QtiIdentifierWarning,
    QtiSection,
    QtiTest,
    choice_item,
    upsert_item,
    upsert_test,
)
from timeback_gen.records import to_plain
from timeback_gen.sandbox.process import SandboxProcess
from timeback_gen.services import RequestValidationError

USERS = "/ims/oneroster/rostering/v1p2/users/"
SENSOR = "https://example.org/sensors/helpers-errors"
ACTOR = timeback_user("https://example.org/users/s1", "s1@example.org")
CONTEXT = activity_context("https://example.org/ctx/1", subject="Math", app_name="Practice")
STATUS_ERRORS = {403: PermissionDeniedError, 500: InternalServerError}


@pytest.fixture()
def refused() -> str:
    """A loopback URL nothing listens on."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture(params=sorted(STATUS_ERRORS))
def failing(request: pytest.FixtureRequest) -> Iterator[tuple[str, int]]:
    """(URL, status) of a server that issues tokens and answers every API request `status`."""
    status: int = request.param
    body = {"imsx_codeMajor": "failure", "imsx_description": f"injected {status}"}
    with RawServer() as srv:
        srv.api(default=send(status, body, headers=[("Content-Type", "application/json")]))
        yield srv.url, status


def item() -> Any:
    return choice_item("errors-item-1", "2 + 2?", {"a": "3", "b": "4"}, correct="b")


def qti_test() -> QtiTest:
    return QtiTest("errors-test-1", "T", {"p1": [QtiSection("s1", "S", ["errors-item-1"])]})


def events() -> list[Any]:
    """Three valid events and one the local check finds fault with (index 2: no actor)."""
    bad = to_plain(time_spent(actor=ACTOR, context=CONTEXT, active=1))
    del bad["actor"]
    return [
        activity_completed(actor=ACTOR, context=CONTEXT, xp_earned=3),
        time_spent(actor=ACTOR, context=CONTEXT, active=30),
        bad,
        time_spent(actor=ACTOR, context=CONTEXT, active=60),
    ]


def user(n: int) -> dict[str, Any]:
    return {
        "sourcedId": f"err-user-{n}",
        "status": "active",
        "enabledUser": True,
        "givenName": "Ada",
        "familyName": "Lovelace",
        "email": f"ada{n}@example.org",
        "roles": [{"roleType": "primary", "role": "student", "org": {"sourcedId": "org-1"}}],
    }


# -- qti_items -----------------------------------------------------------------------------------


def test_upserts_on_a_refused_port_raise_connection_errors(refused: str) -> None:
    with Timeback.for_sandbox(refused, max_retries=0) as tb:
        with pytest.raises(APIConnectionError) as info:
            upsert_item(tb, item())
        assert "Connection error" in str(info.value)
        with pytest.raises(APIConnectionError):
            upsert_test(tb, qti_test())


def test_upserts_answered_with_an_error_status_raise_its_status_error(
    failing: tuple[str, int],
) -> None:
    url, status = failing
    with Timeback.for_sandbox(url, max_retries=0) as tb:
        for call in (lambda: upsert_item(tb, item()), lambda: upsert_test(tb, qti_test())):
            with pytest.raises(APIStatusError) as info:
                call()
            assert type(info.value) is STATUS_ERRORS[status]
            assert info.value.status_code == status and f"injected {status}" in str(info.value)


def test_upsert_keeps_an_identifier_in_one_path_segment(sandbox: SandboxProcess) -> None:
    # `/`, `?`, `#` and `..` used to leave the item's route: the update was never seen
    with Timeback.for_sandbox(sandbox.url, max_retries=0) as tb:
        for ident in ("errors/1 a?b#c", ".."):
            with pytest.warns(QtiIdentifierWarning):  # not NCNames, built as given
                first = choice_item(ident, "2 + 2?", {"a": "3", "b": "4"}, correct="b")
                changed = choice_item(ident, "2 + 3?", {"a": "5", "b": "4"}, correct="a")
            outcomes = [upsert_item(tb, first), upsert_item(tb, first), upsert_item(tb, changed)]
            assert outcomes == ["created", "unchanged", "updated"], ident


# -- caliper_events ------------------------------------------------------------------------------


def test_send_events_on_a_refused_port_records_every_event(refused: str) -> None:
    with Timeback.for_sandbox(refused, max_retries=0) as tb:
        result = send_events(tb, events(), sensor=SENSOR, batch_size=2, validate="strict")
    assert (result.sent, result.batches) == (0, 0)
    assert [f.index for f in result.failed] == [0, 1, 2, 3]
    assert "actor" in result.failed[2].reason  # refused locally (strict), never sent
    for failure in (result.failed[i] for i in (0, 1, 3)):
        assert failure.reason.startswith("not sent: Connection error")
        assert "sendEvents" in failure.reason


async def test_asend_events_on_a_refused_port_records_every_event(refused: str) -> None:
    async with AsyncTimeback.for_sandbox(refused, max_retries=0) as tb:
        result = await asend_events(tb, events(), sensor=SENSOR, batch_size=2)
    assert (result.sent, result.batches) == (0, 0)
    assert [f.index for f in result.failed] == [0, 1, 2, 3]
    assert all(result.failed[i].reason.startswith("not sent: Connection") for i in (0, 1, 3))


def test_send_events_answered_with_an_error_status_records_it(failing: tuple[str, int]) -> None:
    url, status = failing
    with Timeback.for_sandbox(url, max_retries=0) as tb:
        result = send_events(tb, events(), sensor=SENSOR, batch_size=3)
    assert result.sent == 0 and [f.index for f in result.failed] == [0, 1, 2, 3]
    for failure in (result.failed[i] for i in (0, 1, 3)):
        assert failure.reason.startswith(f"batch rejected: {status} ")
        assert f"injected {status}" in failure.reason


async def test_asend_events_answered_with_an_error_status_records_it(
    failing: tuple[str, int],
) -> None:
    url, status = failing
    async with AsyncTimeback.for_sandbox(url, max_retries=0) as tb:
        result = await asend_events(tb, events(), sensor=SENSOR, batch_size=3)
    assert result.sent == 0 and [f.index for f in result.failed] == [0, 1, 2, 3]
    assert all(f"batch rejected: {status} " in result.failed[i].reason for i in (0, 1, 3))


async def test_bad_arguments_are_library_errors_raised_before_sending(refused: str) -> None:
    with Timeback.for_sandbox(refused, max_retries=0) as tb:
        for kwargs in ({"sensor": "not a url"}, {"sensor": SENSOR, "batch_size": 0}):
            with pytest.raises(RequestValidationError):
                send_events(tb, events(), **kwargs)
    async with AsyncTimeback.for_sandbox(refused, max_retries=0) as atb:
        with pytest.raises(RequestValidationError) as info:
            await asend_events(atb, events(), sensor="not a url")
    assert isinstance(info.value, TimebackError) and isinstance(info.value, ValueError)


def test_a_dict_body_holding_event_models_is_sent_as_json(sandbox: SandboxProcess) -> None:
    sensor = "https://example.org/sensors/dict-body"
    body = {
        "sensor": sensor,
        "sendTime": datetime.now(UTC),  # a date and models inside a dict: written as JSON
        "dataVersion": CALIPER_CONTEXT,
        "data": [activity_completed(actor=ACTOR, context=CONTEXT, xp_earned=1)],
    }
    with Timeback.for_sandbox(sandbox.url, max_retries=0) as tb:
        tb.caliper.send_events(body=body)
        stored = tb.caliper.list_events(sensor=sensor, limit=10).to_dict()
    assert stored["pagination"]["total"] == 1


# -- migrate -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def source(sandbox: SandboxProcess) -> SandboxProcess:
    with sandbox.client() as c:
        for n in range(3):
            assert c.post(USERS, json={"user": user(n)}).status_code == 201
    return sandbox


def test_migrate_users_with_a_refused_side_raises_a_connection_error(
    source: SandboxProcess, refused: str, tmp_path: Path
) -> None:
    state_path = tmp_path / "state.json"
    with (
        Timeback.for_sandbox(source.url, max_retries=0) as up,
        Timeback.for_sandbox(refused, max_retries=0) as down,
    ):
        for src, dst in ((down, up), (up, down)):
            state = MigrationState(source="a", target="b")
            with pytest.raises(APIConnectionError) as info:
                migrate_users(src, dst, state, state_path=state_path)
            assert f"cannot reach {refused}/" in str(info.value)
            assert json.loads(state_path.read_text())["done"] is False  # saved on the way out
            with pytest.raises(APIConnectionError):
                verify(src, dst, state)


def test_migrate_users_answered_with_an_error_status_raises_its_status_error(
    source: SandboxProcess, failing: tuple[str, int]
) -> None:
    url, status = failing
    with (
        Timeback.for_sandbox(source.url, max_retries=0) as up,
        Timeback.for_sandbox(url, max_retries=0) as down,
    ):
        for src, dst in ((down, up), (up, down)):
            with pytest.raises(APIStatusError) as info:
                migrate_users(src, dst, MigrationState(source="a", target="b"), state_path=None)
            assert type(info.value) is STATUS_ERRORS[status]
            assert info.value.status_code == status


# -- the command line ------------------------------------------------------------------------------


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    """`timeback-gen ARGV` in this process (an exception escaping it fails the test): exit code
    and its stderr."""
    code = cli.main(list(argv))
    return code, capsys.readouterr().err


def test_cli_commands_on_a_refused_port_fail_with_one_line(
    capsys: pytest.CaptureFixture[str], refused: str
) -> None:
    code, err = run_cli(
        capsys, "call", "oneroster.rostering.get_user", "--sourced-id", "u1", "--sandbox", refused
    )
    assert code == 1 and err.count("\n") == 1
    assert err.startswith("timeback-gen: Connection error") and "getUser" in err
    code, err = run_cli(
        capsys, "migrate", "users", "--from-url", refused, "--to-url", refused + "/x", "--dry-run"
    )
    assert code == 1 and err.count("\n") == 1
    assert err.startswith(f"timeback-gen: cannot reach {refused}/")


def test_cli_commands_answered_403_fail_with_one_line(
    capsys: pytest.CaptureFixture[str], source: SandboxProcess
) -> None:
    with RawServer() as srv:
        srv.api(default=send(403, {"imsx_codeMajor": "failure", "imsx_description": "no"}))
        code, err = run_cli(
            capsys, "call", "oneroster.rostering.get_all_users", "--sandbox", srv.url
        )
        assert code == 1 and err.count("\n") == 1
        assert err.startswith("timeback-gen: 403 ") and "getAllUsers" in err
        code, err = run_cli(
            capsys, "migrate", "users", "--from-url", source.url, "--to-url", srv.url, "--dry-run"
        )
    assert code == 1 and err.count("\n") == 1 and err.startswith("timeback-gen: 403 ")
