"""The sans-I/O bulk controller: the window, the pauses and what each outcome means."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from timeback_gen.bulk import DONE, FAILED, RETRY, BulkError, Controller, Journal, client_id_of
from timeback_gen.errors import APIConnectionError, APIStatusError, make_status_error

REQUEST = httpx.Request("POST", "https://api.example.org/ims/oneroster/rostering/v1p2/users/")


def status(code: int, **headers: str) -> APIStatusError:
    return make_status_error(httpx.Response(code, headers=headers, request=REQUEST))


def creates(n: int, *, with_ids: bool = True) -> list[dict[str, Any]]:
    return [{"body": {"user": {"sourcedId": f"u{i}"} if with_ids else {}}} for i in range(n)]


def test_starts_at_the_limit_and_a_429_halves_once_per_round_and_pauses() -> None:
    ctl = Controller(creates(40), limit=10, idempotent=False)
    first = ctl.start(0.0)
    assert first == list(range(10))
    # three 429s of the same round: one halving; the pause is the Retry-After asked
    for i in (7, 8, 9):
        assert ctl.record(i, status(429, **{"Retry-After": "2"}), 0.1) == RETRY
    assert ctl.window == 5 and ctl.start(1.0) == []  # paused until 2.1
    assert ctl.wake_in(1.0) == pytest.approx(1.1)
    for i in range(7):
        assert ctl.record(i, None, 1.5) == DONE
    assert ctl.start(2.2)[:3] == [7, 8, 9]  # the 429ed calls go first: nothing was done
    assert ctl.result.rate_limited == 3 and ctl.result.succeeded == 7


def test_the_window_stays_under_the_limit_a_429_revealed_and_grows_back_to_it() -> None:
    ctl = Controller(creates(400), limit=40, idempotent=False)
    started = ctl.start(0.0)
    for i in started[10:]:  # the server takes 10: started 11th and later are refused
        ctl.record(i, status(429, **{"Retry-After": "0"}), 0.0)
    assert ctl.ceiling == 10 and ctl.window == 10
    for i in started[:10]:
        ctl.record(i, None, 0.0)
    peak = 0
    while not ctl.finished:
        now = 1.0
        batch = ctl.start(now)
        peak = max(peak, len(ctl.in_flight))
        for i in batch:
            ctl.record(i, None, now)
    assert peak == 10 and ctl.result.succeeded == 400 and ctl.result.rate_limited == 30


def test_a_5xx_retries_a_create_only_with_a_client_chosen_id() -> None:
    with_id = Controller(creates(1), limit=1, idempotent=False, retries=2)
    without = Controller(creates(1, with_ids=False), limit=1, idempotent=False)
    for ctl in (with_id, without):
        ctl.start(0.0)
    assert with_id.record(0, status(503, **{"Retry-After": "0"}), 0.0) == RETRY
    assert without.record(0, status(503), 0.0) == FAILED
    # the retry answers 409: the first attempt landed -> done
    with_id.start(0.0)
    assert with_id.record(0, status(409), 0.0) == DONE
    assert with_id.result.conflicts_after_retry == 1 and with_id.result.failures == []
    assert [f.index for f in without.result.failures] == [0]


def test_retries_run_out_and_the_failure_is_kept() -> None:
    ctl = Controller(creates(1), limit=1, idempotent=False, retries=2)
    outcomes = []
    for _ in range(3):
        ctl.start(100.0)
        outcomes.append(ctl.record(0, status(500), 0.0))
    assert outcomes == [RETRY, RETRY, FAILED]
    assert ctl.finished and type(ctl.result.failures[0].error).__name__ == "InternalServerError"


def test_a_connection_error_before_sending_is_retried_even_without_an_id() -> None:
    ctl = Controller(creates(1, with_ids=False), limit=1, idempotent=False)
    ctl.start(0.0)
    lost = APIConnectionError("refused")
    lost.__cause__ = httpx.ConnectError("refused")
    assert ctl.record(0, lost, 0.0) == RETRY
    ctl.start(10.0)
    reset = APIConnectionError("reset")
    reset.__cause__ = httpx.ReadError("reset")  # it may have landed: no id, no retry
    assert ctl.record(0, reset, 0.0) == FAILED


def test_a_plain_409_or_422_is_a_failure_and_done_calls_are_skipped() -> None:
    ctl = Controller(creates(4), limit=4, idempotent=False, done=[0, 1])
    assert ctl.result.skipped_resumed == 2 and ctl.start(0.0) == [2, 3]
    assert ctl.record(2, status(409), 0.0) == FAILED
    assert ctl.record(3, status(422), 0.0) == FAILED


def test_client_id_is_found_in_the_body_or_its_record() -> None:
    assert client_id_of({"body": {"user": {"sourcedId": "u1"}}}) == "u1"
    assert client_id_of({"body": {"identifier": "item-1", "xml": "..."}}) == "item-1"
    assert client_id_of({"body": {"user": {"givenName": "x"}}}) is None
    assert client_id_of({"sourced_id": "x"}) is None


def test_a_server_unreachable_for_many_calls_in_a_row_fails_the_rest_unsent() -> None:
    ctl = Controller(creates(100, with_ids=False), limit=10, idempotent=False, give_up_after=20)
    refused = APIConnectionError("cannot reach")
    refused.__cause__ = httpx.ReadError("reset")  # not retried without an id
    while not ctl.finished:
        for i in ctl.start(0.0):
            ctl.record(i, refused, 0.0)
    failures = ctl.result.failures
    assert len(failures) == 100 and ctl.result.succeeded == 0  # every call accounted for
    unsent = [f for f in failures if str(f.error).startswith("not sent: 20 calls in a row")]
    assert len(unsent) == 80 and all(isinstance(f.error, APIConnectionError) for f in unsent)


def test_a_success_in_between_resets_the_count() -> None:
    ctl = Controller(creates(60, with_ids=False), limit=1, idempotent=False, give_up_after=20)
    refused = APIConnectionError("cannot reach")
    for n in range(60):
        (i,) = ctl.start(0.0)
        ctl.record(i, None if n % 10 == 9 else refused, 0.0)
    assert ctl.result.succeeded == 6 and len(ctl.result.failures) == 54


def test_journal_survives_a_cut_line_and_refuses_a_file_that_is_not_one(tmp_path: Path) -> None:
    batch = creates(5)
    path = tmp_path / "j.bulk"
    journal = Journal(path, "oneroster.rostering.create_user", batch)
    journal.mark("s", [0, 1, 2])
    journal.mark("d", [0, 1])
    journal.close()
    with path.open("a") as f:
        f.write("d 2")  # killed mid-line: not trusted
    again = Journal(path, "oneroster.rostering.create_user", batch)
    assert again.done == {0, 1} and again.started == {2}
    again.mark("d", [2])
    again.close()
    assert Journal(path, "oneroster.rostering.create_user", batch).done == {0, 1, 2}

    other = tmp_path / "notes.txt"
    other.write_text("my notes")
    with pytest.raises(BulkError, match="not a bulk resume file"):
        Journal(other, "oneroster.rostering.create_user", batch)
    assert other.read_text() == "my notes"  # never overwritten
