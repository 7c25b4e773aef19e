"""Requests are never stricter than the platform (issue 16, point 1), against a real sandbox.

`send_events` / `asend_events` send every Caliper 1.2 event type as given, the local check being
advisory (warnings on the result and the log) unless `validate="strict"`; a missing `@context`
is filled in, nothing else changes; only what cannot be sent at all is refused locally. The
sandbox's Caliper endpoints take what the live ones are known to take. QTI builders warn about
identifiers that are not QTI 3.0 identifiers and refuse them only with `strict=True`.
"""

from __future__ import annotations

import logging
import uuid
import warnings
from datetime import UTC, datetime
from typing import Any

import pytest
from _timeback_gen.events.caliper import AssessmentEvent

from timeback_gen import AsyncTimeback, Timeback
from timeback_gen.caliper_events import (
    CALIPER_CONTEXT,
    EventWarning,
    activity_completed,
    activity_context,
    asend_events,
    envelope,
    send_events,
    time_spent,
    timeback_user,
)
from timeback_gen.errors import TimebackError
from timeback_gen.qti_items import (
    QtiIdentifierWarning,
    QtiSection,
    QtiTest,
    choice_item,
    extended_text_item,
    match_item,
    text_entry_item,
    upsert_item,
    upsert_test,
)
from timeback_gen.records import to_plain
from timeback_gen.sandbox.process import SandboxProcess
from timeback_gen.services import RequestValidationError, raw

pytestmark = pytest.mark.sandbox
CAL = "/caliper-api"
_JSON = {"Content-Type": "application/json"}

ACTOR = timeback_user("https://example.org/users/as-given", "given@example.org")
CONTEXT = activity_context("https://example.org/ctx/as-given", subject="Math", app_name="Given")


def sensor() -> str:
    return f"https://example.org/sensors/{uuid.uuid4().hex[:12]}"


def urn() -> str:
    return f"urn:uuid:{uuid.uuid4()}"


def as_the_live_platform_takes_it() -> dict[str, Any]:
    """A profile event as apps send it: no `@context`, a subject outside the document's enum,
    a key the document does not declare."""
    event = to_plain(time_spent(actor=ACTOR, context=CONTEXT, active=42))
    del event["@context"]
    event["object"]["subject"] = "FastMath"
    event["appVersion"] = "3.1.4"
    return event


def assessment_event() -> AssessmentEvent:
    return AssessmentEvent.model_validate(
        {
            "@context": CALIPER_CONTEXT,
            "id": urn(),
            "type": "AssessmentEvent",
            "actor": "https://example.org/users/as-given",
            "action": "Submitted",
            "object": "https://example.org/assessments/quiz-1",
            "generated": "https://example.org/assessments/quiz-1/attempts/1",
            "eventTime": datetime(2025, 3, 1, 9, 30, tzinfo=UTC),
            "profile": "AssessmentProfile",
        }
    )


def stored(tb: Timeback, where: str) -> list[dict[str, Any]]:
    """The events the sandbox holds for sensor `where`, as sent (without the list's `sensor`)."""
    # The answer as it came on the wire (a model's to_dict() may spell dates otherwise).
    events = raw(tb.caliper.list_events)(sensor=where, limit=100).http_response.json()["events"]
    return [{k: v for k, v in e.items() if k != "sensor"} for e in events]


def test_events_without_context_and_with_an_unknown_subject_are_sent_and_stored(
    sandbox: SandboxProcess, caplog: pytest.LogCaptureFixture
) -> None:
    given = as_the_live_platform_takes_it()
    where = sensor()
    with (
        caplog.at_level(logging.WARNING, logger="timeback_gen"),
        Timeback.for_sandbox(sandbox.url) as tb,
    ):
        result = send_events(tb, [given], sensor=where)
        held = stored(tb, where)
    assert (result.sent, result.failed, result.ok) == (1, [], True)
    assert [(w.index, w.event_id) for w in result.warnings] == [(0, given["id"])]
    assert isinstance(result.warnings[0], EventWarning)
    assert result.warnings[0].message.startswith("object.subject:")
    assert held == [{"@context": CALIPER_CONTEXT, **given}]  # the subject and extra key kept
    logged = [r for r in caplog.records if r.name == "timeback_gen" and given["id"] in r.message]
    assert [r.levelno for r in logged] == [logging.WARNING]
    assert "object.subject" in logged[0].message
    assert "sandbox-secret" not in caplog.text and "Bearer" not in caplog.text


def test_strict_validation_refuses_them_locally_and_sends_nothing(
    sandbox: SandboxProcess,
) -> None:
    given = as_the_live_platform_takes_it()
    where = sensor()
    with Timeback.for_sandbox(sandbox.url) as tb:
        result = send_events(tb, [given], sensor=where, validate="strict")
        held = stored(tb, where)
    assert (result.sent, result.batches, result.warnings) == (0, 0, [])
    assert [(f.index, f.event_id) for f in result.failed] == [(0, given["id"])]
    assert result.failed[0].reason.startswith("object.subject:")
    assert held == []


def test_standard_caliper_events_are_sent_and_stored(sandbox: SandboxProcess) -> None:
    assessment = assessment_event()
    grade = {
        "id": urn(),
        "type": "GradeEvent",
        "actor": "https://example.org/tools/autograder",
        "action": "Graded",
        "object": "https://example.org/assessments/quiz-1/attempts/1",
        "generated": {"id": "https://example.org/scores/1", "type": "Score", "scoreGiven": 8},
        "eventTime": "2025-03-01T09:31:00Z",
        "profile": "GradingProfile",
    }
    navigation = {
        "id": urn(),
        "type": "NavigationEvent",
        "actor": "https://example.org/users/as-given",
        "action": "NavigatedTo",
        "object": "https://example.org/reading/chapter-2",
        "eventTime": "2025-03-01T09:32:00Z",
        "profile": "ReadingProfile",
    }
    where = sensor()
    with Timeback.for_sandbox(sandbox.url) as tb:
        result = send_events(tb, [assessment, grade, navigation], sensor=where)
        held = stored(tb, where)
    assert (result.sent, result.failed, result.warnings) == (3, [], [])
    by_id = {e["id"]: e for e in held}
    assert by_id[assessment.id] == to_plain(assessment)
    assert by_id[grade["id"]] == {"@context": CALIPER_CONTEXT, **grade}
    assert by_id[navigation["id"]]["type"] == "NavigationEvent"


def test_what_cannot_be_sent_is_refused_locally_and_the_others_still_land(
    sandbox: SandboxProcess,
) -> None:
    first = activity_completed(actor=ACTOR, context=CONTEXT, xp_earned=3)
    last = time_spent(actor=ACTOR, context=CONTEXT, active=10)
    untyped = {k: v for k, v in to_plain(first).items() if k != "type"} | {"id": urn()}
    events: list[Any] = [
        first,
        untyped,
        ["not", "an", "object"],
        {"id": urn(), "type": "ActivityEvent", "tags": {"a", "set"}},
        last,
    ]
    where = sensor()
    with Timeback.for_sandbox(sandbox.url) as tb:
        result = send_events(tb, events, sensor=where, batch_size=2)
        held = stored(tb, where)
    assert (result.sent, result.batches) == (2, 1)
    assert [(f.index, f.event_id) for f in result.failed] == [
        (1, untyped["id"]),
        (2, None),
        (3, events[3]["id"]),
    ]
    reasons = [f.reason for f in result.failed]
    assert reasons[0].startswith("no `type`")
    assert reasons[1].startswith("not a JSON object")
    assert reasons[2].startswith("not JSON-serialisable")
    assert sorted(e["id"] for e in held) == sorted([first.id, last.id])


def test_an_event_the_platform_refuses_is_failed_with_its_reason_the_rest_resent(
    sandbox: SandboxProcess,
) -> None:
    no_actor = to_plain(time_spent(actor=ACTOR, context=CONTEXT, active=5))
    del no_actor["actor"]
    good = [time_spent(actor=ACTOR, context=CONTEXT, active=n) for n in (1, 2)]
    where = sensor()
    with Timeback.for_sandbox(sandbox.url) as tb:
        result = send_events(tb, [good[0], no_actor, good[1]], sensor=where)
        held = stored(tb, where)
    assert [w.index for w in result.warnings] == [1]  # found locally, sent all the same
    assert [f.index for f in result.failed] == [1]  # and refused by the server, by index
    assert "actor" in result.failed[0].reason
    assert result.sent == 2 and sorted(e["id"] for e in held) == sorted(e.id for e in good)


def test_context_is_filled_in_only_where_missing(sandbox: SandboxProcess) -> None:
    older = as_the_live_platform_takes_it() | {
        "@context": "http://purl.imsglobal.org/ctx/caliper/v1p1"
    }
    bare = as_the_live_platform_takes_it()
    body = envelope([older, bare, {"type": "Person", "@context": None}], sensor="https://x.org/s")
    assert [e.get("@context") for e in body["data"]] == [older["@context"], CALIPER_CONTEXT, None]
    assert body["data"][0] == older and body["data"][1] == {"@context": CALIPER_CONTEXT, **bare}
    assert "@context" not in bare  # the caller's event is not changed
    where = sensor()
    with Timeback.for_sandbox(sandbox.url) as tb:
        result = send_events(tb, [older, bare], sensor=where)
        held = {e["id"]: e for e in stored(tb, where)}
    assert result.sent == 2
    assert held[older["id"]] == older
    assert held[bare["id"]] == {"@context": CALIPER_CONTEXT, **bare}


async def test_asend_events_sends_as_given_and_strict_refuses(sandbox: SandboxProcess) -> None:
    given = as_the_live_platform_takes_it()
    assessment = assessment_event()
    advisory, strict = sensor(), sensor()
    async with AsyncTimeback.for_sandbox(sandbox.url) as tb:
        sent = await asend_events(tb, [given, assessment, 7], sensor=advisory)
        refused = await asend_events(
            tb, [as_the_live_platform_takes_it()], sensor=strict, validate="strict"
        )
        held = (await tb.caliper.list_events(sensor=advisory, limit=10)).events
        none = (await tb.caliper.list_events(sensor=strict, limit=10)).events
    assert sent.sent == 2 and [w.index for w in sent.warnings] == [0]
    assert [(f.index, f.reason.startswith("not a JSON object")) for f in sent.failed] == [(2, True)]
    assert sorted(e.id for e in held) == sorted([given["id"], assessment.id])
    assert refused.sent == 0 and [f.index for f in refused.failed] == [0] and none == []


async def test_validate_is_advisory_or_strict(sandbox: SandboxProcess) -> None:
    where = sensor()
    events = [activity_completed(actor=ACTOR, context=CONTEXT, xp_earned=1)]
    with Timeback.for_sandbox(sandbox.url) as tb:
        with pytest.raises(RequestValidationError, match="'advisory' or 'strict', got 'loose'"):
            send_events(tb, events, sensor=where, validate="loose")  # type: ignore[arg-type]
        async with AsyncTimeback.for_sandbox(sandbox.url) as atb:
            with pytest.raises(RequestValidationError) as info:
                await asend_events(atb, events, sensor=where, validate=None)  # type: ignore[arg-type]
        assert stored(tb, where) == []  # raised before sending anything
    assert isinstance(info.value, TimebackError) and "'advisory' or 'strict'" in str(info.value)


# -- the sandbox's Caliper endpoints ------------------------------------------------------------


def test_sandbox_caliper_takes_what_the_live_endpoint_takes(sandbox: SandboxProcess) -> None:
    event = as_the_live_platform_takes_it()
    event["action"] = "Paused"  # not the profile's const
    event["object"]["type"] = "DigitalResource"  # not the document's TimebackActivityContext
    event["actor"]["department"] = "Maths"  # TimebackUser says additionalProperties: false
    where = sensor()
    body = {"sensor": where, "sendTime": "2025-03-01T10:00:00Z", "dataVersion": CALIPER_CONTEXT}
    with sandbox.client() as c:
        checked = c.post(f"{CAL}/caliper/event/validate", json={**body, "data": [event]})
        sent = c.post(f"{CAL}/caliper/event", json={**body, "data": [event]})
        held = c.get(f"{CAL}/caliper/events", params={"sensor": where}).json()["events"]
    assert checked.status_code == 200, checked.text
    assert sent.status_code == 200, sent.text
    assert [{k: v for k, v in e.items() if k != "sensor"} for e in held] == [event]


def test_sandbox_caliper_still_refuses_what_the_live_endpoint_would(
    sandbox: SandboxProcess,
) -> None:
    defects = {"id": None, "type": None, "actor": None, "eventTime": 12}  # None: left out
    events = []
    for key, value in defects.items():
        event = as_the_live_platform_takes_it()  # each otherwise taken (see the test above)
        if value is None:
            del event[key]
        else:
            event[key] = value
        events.append(event)
    where = sensor()
    body = {"sensor": where, "sendTime": "2025-03-01T10:00:00Z", "dataVersion": CALIPER_CONTEXT}
    with sandbox.client() as c:
        refused = c.post(f"{CAL}/caliper/event", json={**body, "data": events})
        no_data = c.post(f"{CAL}/caliper/event", json=body)
        not_json = c.post(f"{CAL}/caliper/event", content=b"{not json", headers=_JSON)
        held = c.get(f"{CAL}/caliper/events", params={"sensor": where}).json()["events"]
    assert refused.status_code == 400, refused.text
    assert [(e["index"], e["field"]) for e in refused.json()["errors"]] == [
        (i, f"data[{i}].{key}") for i, key in enumerate(defects)
    ]
    assert no_data.status_code == 400 and "data" in no_data.text
    assert not_json.status_code == 400
    assert held == []


# -- QTI identifiers -----------------------------------------------------------------------------


def test_a_qti_identifier_with_a_space_warns_and_strict_refuses_it() -> None:
    with pytest.warns(QtiIdentifierWarning, match="'item 1' .*whitespace") as seen:
        item = choice_item("item 1", "2 + 2?", {"a": "3", "b": "4"}, correct="b")
    assert [w.filename for w in seen] == [__file__]  # points at the caller
    assert item.identifier == "item 1" and 'identifier="item 1"' in item.xml
    builders = [
        lambda **kw: choice_item("item 1", "?", {"a": "x"}, correct="a", **kw),
        lambda **kw: choice_item("q1", "?", {"choice a": "x"}, correct="choice a", **kw),
        lambda **kw: text_entry_item("item 1", "?", correct="x", **kw),
        lambda **kw: match_item("q1", "?", {"l:1": "a"}, {"r1": "b"}, pairs=[("l:1", "r1")], **kw),
        lambda **kw: extended_text_item("-item", "?", **kw),
        lambda **kw: QtiTest("t1", "T", {"p1": [QtiSection("s 1", "S", ["q1"])]}, **kw),
    ]
    for build in builders:
        with pytest.warns(QtiIdentifierWarning):
            build()
        with pytest.raises(RequestValidationError, match="not a valid QTI 3") as info:
            build(strict=True)
        assert isinstance(info.value, TimebackError) and isinstance(info.value, ValueError)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # valid NCNames (accents, '-', '.', '_') do not warn
        choice_item("élan_1-a.b", "?", {"A": "x", "b2": "y"}, correct="A", strict=True)
        QtiTest("t_1", "T", {"p-1": [QtiSection("s.1", "S", ["q1"])]}, strict=True)


def test_a_uuid_identifier_warns_but_works_end_to_end(sandbox: SandboxProcess) -> None:
    ident = "7" + str(uuid.uuid4())[1:]  # a UUID starting with a digit: not an NCName
    with pytest.warns(QtiIdentifierWarning, match="starts with '7'"):
        item = choice_item(ident, "2 + 2?", {"a": "3", "b": "4"}, correct="b")
    with pytest.warns(QtiIdentifierWarning, match="item reference"):
        test = QtiTest(f"t-{ident}", "T", {"p1": [QtiSection("s1", "S", [ident])]})
    with Timeback.for_sandbox(sandbox.url) as tb:
        assert upsert_item(tb, item) == "created"
        assert upsert_item(tb, item) == "unchanged"
        assert upsert_test(tb, test) == "created"
        back = tb.request("GET", f"/assessment-items/{ident}", api="qti")
    assert back["identifier"] == ident
    with pytest.raises(RequestValidationError, match="starts with '7'"):
        choice_item(ident, "2 + 2?", {"a": "3", "b": "4"}, correct="b", strict=True)
