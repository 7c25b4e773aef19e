"""Build Timeback-profile Caliper events and send them in validated batches.

>>> ev = activity_completed(actor=student, context=ctx, xp_earned=12, total_questions=10,
...                         correct_questions=8)
>>> result = send_events(tb, [ev, time_spent(actor=student, context=ctx, active=540)],
...                      sensor="https://practice.example.com/sensor")
>>> result.sent, [(f.index, f.reason) for f in result.failed]

Events are the generated pydantic models of `_timeback_gen.events.timeback`; each is validated
locally before sending, so one bad event is reported (index + reason) and the rest still go out.
"""

from __future__ import annotations

import uuid
from collections.abc import Generator, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from _timeback_gen.events.timeback import (
    Activity,
    App,
    Course,
    Envelope,
    TimebackActivityCompletedEvent,
    TimebackActivityContext,
    TimebackActivityMetric,
    TimebackActivityMetricsCollection,
    TimebackTimeSpentEvent,
    TimebackTimeSpentMetricsCollection,
    TimebackUser,
    TimeSpentMetric,
)
from pydantic import AnyUrl, BaseModel, TypeAdapter, ValidationError

from .errors import APIError, APIStatusError
from .records import to_plain
from .services import RequestValidationError

if TYPE_CHECKING:
    from .client import AsyncTimeback, Timeback

__all__ = [
    "CALIPER_CONTEXT",
    "EventFailure",
    "SendResult",
    "activity_completed",
    "activity_context",
    "asend_events",
    "envelope",
    "send_events",
    "time_spent",
    "timeback_user",
]

CALIPER_CONTEXT = "http://purl.imsglobal.org/ctx/caliper/v1p2"
TimebackEvent = TimebackActivityCompletedEvent | TimebackTimeSpentEvent


def _now() -> datetime:
    return datetime.now(UTC)


def _urn(event_id: str | None) -> str:
    if event_id is None:
        return f"urn:uuid:{uuid.uuid4()}"
    return event_id if event_id.startswith("urn:uuid:") else f"urn:uuid:{event_id}"


def timeback_user(
    id: str, email: str, *, name: str | None = None, role: str | None = "student"
) -> TimebackUser:
    """The event actor (`id` is best the user's OneRoster URL)."""
    return TimebackUser.model_validate(
        {"id": id, "type": "TimebackUser", "email": email, "name": name, "role": role}
    )


def activity_context(
    id: str,
    *,
    subject: str,
    app_name: str,
    app_id: str | None = None,
    course: tuple[str, str] | None = None,
    activity: tuple[str, str] | None = None,
) -> TimebackActivityContext:
    """The event object: where it happened (`course`/`activity` are `(id URL, name)` pairs)."""
    return TimebackActivityContext(
        id=id,
        type="TimebackActivityContext",
        subject=subject,
        app=App(id=app_id, name=app_name),
        course=Course(id=course[0], name=course[1]) if course else None,
        activity=Activity(id=activity[0], name=activity[1]) if activity else None,
    )


def _profile_event(
    kind: str,
    action: str,
    actor: TimebackUser,
    context: TimebackActivityContext,
    eid: str,
    generated: BaseModel,
) -> dict[str, Any]:
    """The fields every Timeback-profile event has (the caller adds its time and extensions)."""
    return {
        "@context": CALIPER_CONTEXT,
        "id": eid,
        "type": kind,
        "action": action,
        "profile": "TimebackProfile",
        "actor": actor,
        "object": context,
        "generated": generated,
    }


def activity_completed(
    *,
    actor: TimebackUser,
    context: TimebackActivityContext,
    xp_earned: float | None = None,
    total_questions: int | None = None,
    correct_questions: int | None = None,
    mastered_units: int | None = None,
    event_time: datetime | None = None,
    event_id: str | None = None,
    extensions: Mapping[str, Any] | None = None,
) -> TimebackActivityCompletedEvent:
    """An `ActivityEvent` / `Completed` with the metrics that are given (at least one)."""
    metrics = {
        "xpEarned": xp_earned,
        "totalQuestions": total_questions,
        "correctQuestions": correct_questions,
        "masteredUnits": mastered_units,
    }
    items = [
        TimebackActivityMetric(type=k, value=float(v)) for k, v in metrics.items() if v is not None
    ]
    if not items:
        raise ValueError("activity_completed needs at least one metric")
    eid = _urn(event_id)
    generated = TimebackActivityMetricsCollection(
        id=f"{context.id}/metrics/{eid[9:]}", type="TimebackActivityMetricsCollection", items=items
    )
    event = _profile_event("ActivityEvent", "Completed", actor, context, eid, generated)
    event["eventTime"] = event_time or _now()
    event["extensions"] = dict(extensions) if extensions else None
    return TimebackActivityCompletedEvent.model_validate(event)


def time_spent(
    *,
    actor: TimebackUser,
    context: TimebackActivityContext,
    active: float,
    inactive: float | None = None,
    waste: float | None = None,
    start: datetime | None = None,
    end: datetime | None = None,
    event_time: datetime | None = None,
    event_id: str | None = None,
    extensions: Mapping[str, Any] | None = None,
) -> TimebackTimeSpentEvent:
    """A `TimeSpentEvent` / `SpentTime` with active (and optional inactive/waste) seconds."""
    values = {"active": active, "inactive": inactive, "waste": waste}
    items = [
        TimeSpentMetric(type=k, value=float(v), startDate=start, endDate=end)
        for k, v in values.items()
        if v is not None
    ]
    for item in items:
        if item.value < 0:
            raise ValueError(f"{item.type.value} seconds must not be negative")
    eid = _urn(event_id)
    generated = TimebackTimeSpentMetricsCollection(
        id=f"{context.id}/time/{eid[9:]}", type="TimebackTimeSpentMetricsCollection", items=items
    )
    event = _profile_event("TimeSpentEvent", "SpentTime", actor, context, eid, generated)
    event["eventTime"] = event_time or end or _now()
    event["extensions"] = dict(extensions) if extensions else None
    return TimebackTimeSpentEvent.model_validate(event)


def envelope(
    events: Iterable[BaseModel | Mapping[str, Any]],
    *,
    sensor: str,
    send_time: datetime | None = None,
) -> dict[str, Any]:
    """A Caliper envelope (JSON-ready mapping) holding `events`."""
    body = {
        "sensor": sensor,
        "sendTime": (send_time or _now()).isoformat().replace("+00:00", "Z"),
        "dataVersion": CALIPER_CONTEXT,
        "data": [to_plain(e) for e in events],
    }
    Envelope.model_validate(body)
    return body


@dataclass(frozen=True)
class EventFailure:
    """One event that was not stored: its position in the input, its id and why."""

    index: int
    event_id: str | None
    reason: str


@dataclass
class SendResult:
    """What `send_events` did: how many events were stored, and each failure."""

    sent: int = 0
    failed: list[EventFailure] = field(default_factory=list)
    batches: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed


_SENSOR = TypeAdapter(AnyUrl)

_VALIDATORS = {
    "ActivityEvent": TimebackActivityCompletedEvent,
    "TimeSpentEvent": TimebackTimeSpentEvent,
}


def _check_local(event: BaseModel | Mapping[str, Any]) -> tuple[dict[str, Any], str | None]:
    """(JSON, None) when the event is valid, else (JSON, reason)."""
    data: dict[str, Any] = to_plain(event)
    model = _VALIDATORS.get(str(data.get("type")))
    if model is None:
        return data, f"unsupported event type {data.get('type')!r} (ActivityEvent, TimeSpentEvent)"
    try:
        model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        more = f" (+{exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        return data, f"{where}: {first['msg']}{more}"
    return data, None


Batch = list[tuple[int, dict[str, Any]]]
"""Events to send together: (index in the input, JSON) each."""
Outcome = APIError | None
"""What became of one envelope: None when stored, else the error sending it raised."""


def _prepare(
    events: Sequence[BaseModel | Mapping[str, Any]], batch_size: int, result: SendResult
) -> list[Batch]:
    good: Batch = []
    for index, event in enumerate(events):
        data, reason = _check_local(event)
        if reason is None:
            good.append((index, data))
        else:
            result.failed.append(EventFailure(index, _opt(data.get("id")), reason))
    return [good[i : i + batch_size] for i in range(0, len(good), batch_size)]


def _opt(value: Any) -> str | None:
    return None if value is None else str(value)


def _rejected(batch: Batch, exc: APIStatusError, result: SendResult) -> Batch:
    """A batch the server rejected (it stored none of it): the events to send again, the ones a
    400 did not name as invalid; every other event of it is recorded as failed, with the
    server's reasons for it (positions in `batch` mapped back to input indexes)."""
    body = exc.body if isinstance(exc.body, Mapping) else {}
    errors = [e for e in body.get("errors") or [] if isinstance(e, Mapping)]
    bad = {e.get("index") for e in errors}
    resend: Batch = []
    if bad and exc.status_code == 400:
        resend = [pair for pos, pair in enumerate(batch) if pos not in bad]
    by_pos: dict[int, list[str]] = {}
    for err in errors:
        if isinstance(err.get("index"), int):
            by_pos.setdefault(err["index"], []).append(
                f"{err.get('field', '')}: {err.get('message', '')}".strip(": ")
            )
    for pos, (index, data) in enumerate(batch):
        if resend and pos not in bad:
            continue
        reasons = by_pos.get(pos)
        why = "; ".join(reasons) if reasons else f"batch rejected: {exc}"
        result.failed.append(EventFailure(index, _opt(data.get("id")), why))
    return resend


def _not_sent(batch: Batch, exc: APIError, result: SendResult) -> None:
    """A batch that got no answer, or not a usable one: every event in it is reported."""
    for index, data in batch:
        result.failed.append(EventFailure(index, _opt(data.get("id")), f"not sent: {exc}"))


def _sending(
    events: Sequence[BaseModel | Mapping[str, Any]], sensor: str, batch_size: int
) -> Generator[dict[str, Any], Outcome, SendResult]:
    """The batching of `send_events`, without I/O: yields each envelope to send, is sent its
    `Outcome`, returns the `SendResult`. A rejected batch is followed by one envelope of the
    events to send again (if any); its failure, whatever it is, is reported as `_not_sent`."""
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise RequestValidationError(f"batch_size must be a whole number >= 1, got {batch_size!r}")
    try:
        _SENSOR.validate_python(sensor)
    except ValidationError as exc:
        raise RequestValidationError(f"sensor must be a URL, got {sensor!r}: {exc}") from None
    result = SendResult()
    for batch in _prepare(events, batch_size, result):
        retry: Batch = []
        error = yield envelope([d for _, d in batch], sensor=sensor)
        if error is None:
            result.sent += len(batch)
            result.batches += 1
        elif isinstance(error, APIStatusError):
            retry = _rejected(batch, error, result)
        else:
            _not_sent(batch, error, result)
        if retry:
            error = yield envelope([d for _, d in retry], sensor=sensor)
            if error is None:
                result.sent += len(retry)
                result.batches += 1
            else:
                _not_sent(retry, error, result)
    result.failed.sort(key=lambda f: f.index)
    return result


def _advance(
    steps: Generator[dict[str, Any], Outcome, SendResult], outcome: Outcome
) -> dict[str, Any] | SendResult:
    """The next envelope `_sending` wants sent, or its result once it is done."""
    try:
        return steps.send(outcome)
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]


def send_events(
    tb: Timeback,
    events: Sequence[BaseModel | Mapping[str, Any]],
    *,
    sensor: str,
    batch_size: int = 100,
) -> SendResult:
    """Validate each event locally, then send the valid ones `batch_size` per envelope.

    A batch the server rejects (it stores nothing then) is re-sent without the events it named,
    so every valid event is stored and every invalid one is in `result.failed`. A batch that
    cannot be delivered (connection trouble after retries, an unusable answer) is reported in
    `result.failed` too, and the batches after it are still sent: nothing is lost silently.
    Bad arguments (`batch_size`, `sensor`) raise `RequestValidationError` before any sending.
    """
    steps = _sending(events, sensor, batch_size)
    step = _advance(steps, None)
    while not isinstance(step, SendResult):
        outcome: Outcome = None
        try:
            tb.caliper.send_events(body=step)
        except APIError as exc:
            outcome = exc
        step = _advance(steps, outcome)
    return step


async def asend_events(
    tb: AsyncTimeback,
    events: Sequence[BaseModel | Mapping[str, Any]],
    *,
    sensor: str,
    batch_size: int = 100,
) -> SendResult:
    """`send_events` for `AsyncTimeback` (batches sent one after another, in order)."""
    steps = _sending(events, sensor, batch_size)
    step = _advance(steps, None)
    while not isinstance(step, SendResult):
        outcome: Outcome = None
        try:
            await tb.caliper.send_events(body=step)
        except APIError as exc:
            outcome = exc
        step = _advance(steps, outcome)
    return step
