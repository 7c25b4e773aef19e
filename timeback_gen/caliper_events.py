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
from collections.abc import Iterable, Mapping, Sequence
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
from pydantic import BaseModel, ValidationError

from .errors import APIError, APIStatusError

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
    return TimebackActivityCompletedEvent.model_validate(
        {
            "@context": CALIPER_CONTEXT,
            "id": eid,
            "type": "ActivityEvent",
            "action": "Completed",
            "profile": "TimebackProfile",
            "actor": actor,
            "object": context,
            "eventTime": event_time or _now(),
            "generated": TimebackActivityMetricsCollection(
                id=f"{context.id}/metrics/{eid[9:]}",
                type="TimebackActivityMetricsCollection",
                items=items,
            ),
            "extensions": dict(extensions) if extensions else None,
        }
    )


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
    return TimebackTimeSpentEvent.model_validate(
        {
            "@context": CALIPER_CONTEXT,
            "id": eid,
            "type": "TimeSpentEvent",
            "action": "SpentTime",
            "profile": "TimebackProfile",
            "actor": actor,
            "object": context,
            "eventTime": event_time or end or _now(),
            "generated": TimebackTimeSpentMetricsCollection(
                id=f"{context.id}/time/{eid[9:]}",
                type="TimebackTimeSpentMetricsCollection",
                items=items,
            ),
            "extensions": dict(extensions) if extensions else None,
        }
    )


def _as_json(event: BaseModel | Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(event, BaseModel):
        return event.model_dump(mode="json", by_alias=True, exclude_none=True)
    return dict(event)


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
        "data": [_as_json(e) for e in events],
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


_VALIDATORS = {
    "ActivityEvent": TimebackActivityCompletedEvent,
    "TimeSpentEvent": TimebackTimeSpentEvent,
}


def _check_local(event: BaseModel | Mapping[str, Any]) -> tuple[dict[str, Any], str | None]:
    """(JSON, None) when the event is valid, else (JSON, reason)."""
    data = _as_json(event)
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


def _prepare(
    events: Sequence[BaseModel | Mapping[str, Any]], batch_size: int, result: SendResult
) -> list[list[tuple[int, dict[str, Any]]]]:
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    good: list[tuple[int, dict[str, Any]]] = []
    for index, event in enumerate(events):
        data, reason = _check_local(event)
        if reason is None:
            good.append((index, data))
        else:
            result.failed.append(EventFailure(index, _opt(data.get("id")), reason))
    return [good[i : i + batch_size] for i in range(0, len(good), batch_size)]


def _opt(value: Any) -> str | None:
    return None if value is None else str(value)


def _record_rejection(
    batch: list[tuple[int, dict[str, Any]]],
    exc: APIStatusError,
    result: SendResult,
    resent: list[tuple[int, dict[str, Any]]],
) -> None:
    """A rejected batch: map the server's per-event errors (positions in `batch`) back to input
    indexes; the events in `resent` are sent again, not failures."""
    body = exc.body if isinstance(exc.body, Mapping) else {}
    by_pos: dict[int, list[str]] = {}
    for err in body.get("errors") or []:
        if isinstance(err, Mapping) and isinstance(err.get("index"), int):
            by_pos.setdefault(err["index"], []).append(
                f"{err.get('field', '')}: {err.get('message', '')}".strip(": ")
            )
    for pos, (index, data) in enumerate(batch):
        if (index, data) in resent:
            continue
        reasons = by_pos.get(pos)
        why = "; ".join(reasons) if reasons else f"batch rejected: {exc}"
        result.failed.append(EventFailure(index, _opt(data.get("id")), why))


def _valid_only(
    batch: list[tuple[int, dict[str, Any]]], exc: APIStatusError
) -> list[tuple[int, dict[str, Any]]]:
    """The events of a rejected batch that the server did not name as invalid."""
    body = exc.body if isinstance(exc.body, Mapping) else {}
    bad = {e.get("index") for e in body.get("errors") or [] if isinstance(e, Mapping)}
    if not bad or exc.status_code != 400:
        return []
    return [pair for pos, pair in enumerate(batch) if pos not in bad]


def _record_failure(
    batch: list[tuple[int, dict[str, Any]]], exc: APIError, result: SendResult
) -> None:
    """A batch that got no answer, or not a usable one: every event in it is reported."""
    for index, data in batch:
        result.failed.append(EventFailure(index, _opt(data.get("id")), f"not sent: {exc}"))


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
    """
    result = SendResult()
    for batch in _prepare(events, batch_size, result):
        retry: list[tuple[int, dict[str, Any]]] = []
        try:
            tb.caliper.send_events(body=envelope([d for _, d in batch], sensor=sensor))
            result.sent += len(batch)
            result.batches += 1
        except APIStatusError as exc:
            retry = _valid_only(batch, exc)
            _record_rejection(batch, exc, result, retry)
        except APIError as exc:
            _record_failure(batch, exc, result)
        if retry:
            try:
                tb.caliper.send_events(body=envelope([d for _, d in retry], sensor=sensor))
                result.sent += len(retry)
                result.batches += 1
            except APIError as exc:
                _record_failure(retry, exc, result)
    result.failed.sort(key=lambda f: f.index)
    return result


async def asend_events(
    tb: AsyncTimeback,
    events: Sequence[BaseModel | Mapping[str, Any]],
    *,
    sensor: str,
    batch_size: int = 100,
) -> SendResult:
    """`send_events` for `AsyncTimeback` (batches sent one after another, in order)."""
    result = SendResult()
    for batch in _prepare(events, batch_size, result):
        retry: list[tuple[int, dict[str, Any]]] = []
        try:
            await tb.caliper.send_events(body=envelope([d for _, d in batch], sensor=sensor))
            result.sent += len(batch)
            result.batches += 1
        except APIStatusError as exc:
            retry = _valid_only(batch, exc)
            _record_rejection(batch, exc, result, retry)
        except APIError as exc:
            _record_failure(batch, exc, result)
        if retry:
            try:
                await tb.caliper.send_events(body=envelope([d for _, d in retry], sensor=sensor))
                result.sent += len(retry)
                result.batches += 1
            except APIError as exc:
                _record_failure(retry, exc, result)
    result.failed.sort(key=lambda f: f.index)
    return result
