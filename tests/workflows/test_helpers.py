"""The workflow helpers: QTI builders, Caliper batches (against a sandbox), safe_update."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from timeback_gen import Timeback
from timeback_gen.caliper_events import (
    activity_completed,
    activity_context,
    send_events,
    time_spent,
    timeback_user,
)
from timeback_gen.errors import TimebackError
from timeback_gen.qti_items import (
    QtiIdentifierWarning,
    QtiXmlError,
    check_well_formed,
    choice_item,
    text_entry_item,
)
from timeback_gen.records import DELETE, deep_merge, safe_update

if TYPE_CHECKING:
    from timeback_gen.sandbox.process import SandboxProcess


def test_well_formedness_errors_have_line_and_column() -> None:
    with pytest.raises(QtiXmlError) as info:
        check_well_formed("<a>\n  <b></a>")
    assert isinstance(info.value, TimebackError)
    assert (info.value.line, info.value.column) == (2, 8)
    with pytest.raises(QtiXmlError, match="DOCTYPE"):
        check_well_formed('<!DOCTYPE a [<!ENTITY x "boom">]><a>&x;</a>')
    with pytest.raises(QtiXmlError, match="root element"):
        check_well_formed("<qti-assessment-test/>", root="qti-assessment-item")


def test_builders_escape_text() -> None:
    with pytest.warns(QtiIdentifierWarning, match="'<'"):  # not an NCName: warned, still escaped
        item = choice_item(
            "q<1>", 'Is 1 < 2 & "3" > 2?', {"A": "<yes>", "B": "no"}, correct="A", hints=["a & b"]
        )
    check_well_formed(item.xml, root="qti-assessment-item")
    assert "qti-modal-feedback" in item.xml
    with pytest.raises(ValueError):
        choice_item("q", "?", {"A": "x"}, correct="Z")
    assert 'case-sensitive="false"' in text_entry_item("t", "?", correct="abc").xml


def test_deep_merge() -> None:
    base = {"a": 1, "m": {"x": 1, "y": 2}, "l": [1]}
    assert deep_merge(base, {"m": {"y": 3}, "l": [2], "a": DELETE}) == {
        "m": {"x": 1, "y": 3},
        "l": [2],
    }
    assert base["m"] == {"x": 1, "y": 2}


@pytest.mark.sandbox
def test_send_events_strict_reports_bad_ones_and_sends_the_rest(sandbox: SandboxProcess) -> None:
    actor = timeback_user("https://x.example/users/1", "one@example.org")
    ctx = activity_context("https://x.example/skills/A1", subject="Math", app_name="X")
    good = [time_spent(actor=actor, context=ctx, active=n) for n in range(1, 6)]
    done = activity_completed(actor=actor, context=ctx, xp_earned=5, total_questions=4)
    bad = good[0].model_dump(mode="json", by_alias=True, exclude_none=True)
    bad["actor"] = {"id": "https://x.example/users/2"}
    events = [*good[:2], bad, done, *good[2:], {"type": "Nope"}]
    with Timeback.for_sandbox(sandbox.url) as tb:
        result = send_events(
            tb, events, sensor="https://x.example/helpers", batch_size=3, validate="strict"
        )
        assert result.sent == 6 and result.warnings == []
        assert [f.index for f in result.failed] == [2, 7]
        assert "actor" in result.failed[0].reason and "Nope" in result.failed[1].reason
        stored = tb.caliper.list_events(sensor="https://x.example/helpers", limit=100).to_dict()
        assert stored["pagination"]["total"] == 6


@pytest.mark.sandbox
def test_safe_update_keeps_other_fields(sandbox: SandboxProcess) -> None:
    with sandbox.client() as c:
        c.post(
            "/ims/oneroster/rostering/v1p2/users/",
            json={
                "user": {
                    "sourcedId": "su-1",
                    "status": "active",
                    "enabledUser": True,
                    "givenName": "Ann",
                    "familyName": "Lee",
                    "email": "ann@example.org",
                    "metadata": {"a": 1, "b": 2},
                    "roles": [
                        {"roleType": "primary", "role": "student", "org": {"sourcedId": "o1"}}
                    ],
                }
            },
        )
    with Timeback.for_sandbox(sandbox.url) as tb:
        r = tb.oneroster.rostering
        safe_update(r.get_user, r.update_user, "su-1", {"familyName": "Li", "metadata": {"b": 3}})
        user = r.get_user("su-1").user
        assert (user.given_name, user.family_name, user.email) == ("Ann", "Li", "ann@example.org")
        assert user.metadata.to_dict() == {"a": 1, "b": 3}
