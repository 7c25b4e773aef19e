"""Build Timeback-profile Caliper events and send any Caliper 1.2 events in batches.

>>> ev = activity_completed(actor=student, context=ctx, xp_earned=12, total_questions=10,
...                         correct_questions=8)
>>> result = send_events(tb, [ev, time_spent(actor=student, context=ctx, active=540)],
...                      sensor="https://practice.example.com/sensor")
>>> result.sent, [(f.index, f.reason) for f in result.failed], result.warnings

Events are models of the generated vocabulary (`_timeback_gen.events.caliper`: every Caliper 1.2
event type; `_timeback_gen.events.timeback`: the Timeback profile's two) or plain dicts. Each is
checked locally against the schema its `type` names; by default that check is advisory (a problem
is a warning on the result and the event is still sent, the platform being the judge), with
`validate="strict"` it is a gate. Only an event that cannot be sent at all is refused locally.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import json
import logging
import typing
import uuid
from collections.abc import Generator, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import ModuleType
from typing import TYPE_CHECKING, Any, Literal

from _timeback_gen.events.timeback import (
    Activity,
    App,
    Course,
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
    "EventWarning",
    "SendResult",
    "Validation",
    "activity_completed",
    "activity_context",
    "asend_events",
    "envelope",
    "send_events",
    "time_spent",
    "timeback_user",
]

CALIPER_CONTEXT = "http://purl.imsglobal.org/ctx/caliper/v1p2"
"""The Caliper 1.2 JSON-LD context: every event's `@context` (the documents' default and example)
and the envelope's `dataVersion`."""
TimebackEvent = TimebackActivityCompletedEvent | TimebackTimeSpentEvent
Validation = Literal["advisory", "strict"]
"""How `send_events` uses its local check: warn and send, or refuse and not send."""
VALIDATION_MODES: tuple[Validation, ...] = ("advisory", "strict")

logger = logging.getLogger("timeback_gen")


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


def _with_context(data: Any) -> Any:
    """`data` with the Caliper 1.2 `@context` (first) when it is an object without that key; else
    `data` itself. Nothing else is changed; an explicit `"@context": null` is the user's."""
    if isinstance(data, dict) and "@context" not in data:
        return {"@context": CALIPER_CONTEXT, **data}
    return data


_SENSOR = TypeAdapter(AnyUrl)


def _check_sensor(sensor: str) -> None:
    try:
        _SENSOR.validate_python(sensor)
    except ValidationError as exc:
        raise RequestValidationError(f"sensor must be a URL, got {sensor!r}: {exc}") from None


def _envelope(data: list[Any], sensor: str, send_time: datetime | None = None) -> dict[str, Any]:
    return {
        "sensor": sensor,
        "sendTime": (send_time or _now()).isoformat().replace("+00:00", "Z"),
        "dataVersion": CALIPER_CONTEXT,
        "data": data,
    }


def envelope(
    events: Iterable[BaseModel | Mapping[str, Any]],
    *,
    sensor: str,
    send_time: datetime | None = None,
) -> dict[str, Any]:
    """A Caliper envelope (JSON-ready mapping) holding `events` as given (models as their JSON),
    an event object without `@context` given the Caliper 1.2 one. Only `sensor` is checked (a
    URL, else `RequestValidationError`): the events are the platform's to judge."""
    _check_sensor(sensor)
    return _envelope([_with_context(to_plain(e)) for e in events], sensor, send_time)


@dataclass(frozen=True)
class EventFailure:
    """One event that was not stored: its position in the input, its id and why."""

    index: int
    event_id: str | None
    reason: str


@dataclass(frozen=True)
class EventWarning:
    """One event the local check found fault with and that was sent all the same (advisory
    validation): its position in the input, its id and what the check found."""

    index: int
    event_id: str | None
    message: str


@dataclass
class SendResult:
    """What `send_events` did: how many events were stored, each failure, and each warning (an
    event sent although the local check found fault with it; the platform took it unless it is
    in `failed` too)."""

    sent: int = 0
    failed: list[EventFailure] = field(default_factory=list)
    batches: int = 0
    warnings: list[EventWarning] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed


def _literal_types(model: Any, module: ModuleType) -> tuple[str, ...]:
    """The `type` values a generated model of `module` is for (its `type: Literal[...]`)."""
    if not (
        inspect.isclass(model)
        and issubclass(model, BaseModel)
        and model.__module__ == module.__name__
    ):
        return ()
    kind = model.model_fields.get("type")
    if kind is None or typing.get_origin(kind.annotation) is not Literal:
        return ()
    return tuple(str(v) for v in typing.get_args(kind.annotation))


@functools.cache
def _event_models() -> dict[str, tuple[type[BaseModel], ...]]:
    """Event `type` → the generated models describing it (several for e.g. `NavigationEvent`, one
    per profile): the Timeback profile's document for its two types, the Caliper vocabulary for
    every other one (imported on first use: it is large), and its generic `Event` for `"Event"`."""
    vocabulary = importlib.import_module("_timeback_gen.events.caliper")
    table: dict[str, tuple[type[BaseModel], ...]] = {"Event": (vocabulary.Event,)}
    for module in (importlib.import_module("_timeback_gen.events.timeback"), vocabulary):
        found: dict[str, list[type[BaseModel]]] = {}
        for model in vars(module).values():
            for kind in _literal_types(model, module):
                found.setdefault(kind, []).append(model)
        for kind, models in found.items():
            if kind.endswith("Event"):
                table.setdefault(kind, tuple(models))
    return table


def _schema_problem(models: Sequence[type[BaseModel]], data: dict[str, Any]) -> str | None:
    """None when `data` fits one of `models`, else the first error of the closest one."""
    found: list[ValidationError] = []
    for model in models:
        try:
            model.model_validate(data)
        except ValidationError as exc:
            found.append(exc)
        else:
            return None
    closest = min(found, key=lambda e: e.error_count())
    first = closest.errors(include_input=False, include_url=False)[0]
    where = ".".join(str(p) for p in first["loc"]) or "(event)"
    more = f" (+{closest.error_count() - 1} more)" if closest.error_count() > 1 else ""
    return f"{where}: {first['msg']}{more}"


def _problems(data: dict[str, Any]) -> str | None:
    """What the local check finds wrong with one event (a JSON object with a `type`), or None: an
    unknown `type`, and its schema's first error (pydantic's message, without the input value)."""
    table = _event_models()
    models = table.get(data["type"])
    found: list[str | None] = []
    if models is None:
        models = table["Event"]
        found.append(
            f"type {data['type']!r} is not an event type of Caliper 1.2 or the Timeback profile"
        )
    found.append(_schema_problem(models, data))
    return "; ".join(p for p in found if p) or None


def _readable(event: Any) -> tuple[Any, str | None]:
    """(the event as it is sent: JSON data with its `@context`, None) or (what there is of it,
    why it cannot be sent at all)."""
    data: Any = None
    try:
        data = _with_context(to_plain(event))
        json.dumps(data, allow_nan=False)
    except (TypeError, ValueError, RecursionError) as exc:
        return data, f"not JSON-serialisable: {exc}"
    if not isinstance(data, dict):
        return data, f"not a JSON object but {type(data).__name__}: an event is an object"
    kind = data.get("type")
    if not isinstance(kind, str) or not kind:
        return data, "no `type` (a non-empty string): the platform reads an event by its type"
    return data, None


Batch = list[tuple[int, dict[str, Any]]]
"""Events to send together: (index in the input, JSON) each."""
Outcome = APIError | None
"""What became of one envelope: None when stored, else the error sending it raised."""


def _prepare(
    events: Sequence[BaseModel | Mapping[str, Any]],
    batch_size: int,
    validation: Validation,
    result: SendResult,
) -> list[Batch]:
    """The batches to send; the events refused locally go to `result.failed`, the ones sent with
    a problem the local check found to `result.warnings` (and the log)."""
    to_send: Batch = []
    for index, event in enumerate(events):
        data, reason = _readable(event)
        event_id = _opt(data.get("id")) if isinstance(data, dict) else None
        problem = None if reason is not None else _problems(data)
        if problem is not None and validation == "strict":
            reason = problem
        elif problem is not None:
            result.warnings.append(EventWarning(index, event_id, problem))
            logger.warning("Caliper event %d (id %s) sent despite: %s", index, event_id, problem)
        if reason is None:
            to_send.append((index, data))
        else:
            result.failed.append(EventFailure(index, event_id, reason))
    return [to_send[i : i + batch_size] for i in range(0, len(to_send), batch_size)]


def _opt(value: Any) -> str | None:
    return None if value is None else str(value)


def _reasons_by_index(exc: APIStatusError) -> dict[int, list[str]]:
    """The server's reasons per position in the envelope's `data`, from a refusal's
    `errors: [{index, field, message}]` (the Caliper send endpoint's 400); {} when none."""
    body = exc.body if isinstance(exc.body, Mapping) else {}
    by_pos: dict[int, list[str]] = {}
    for err in body.get("errors") or []:
        if isinstance(err, Mapping) and isinstance(err.get("index"), int):
            by_pos.setdefault(err["index"], []).append(
                f"{err.get('field', '')}: {err.get('message', '')}".strip(": ")
            )
    return by_pos


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
    by_pos = _reasons_by_index(exc)
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
    events: Sequence[BaseModel | Mapping[str, Any]],
    sensor: str,
    batch_size: int,
    validation: Validation,
) -> Generator[dict[str, Any], Outcome, SendResult]:
    """The batching of `send_events`, without I/O: yields each envelope to send, is sent its
    `Outcome`, returns the `SendResult`. A rejected batch is followed by one envelope of the
    events to send again (if any); its failure, whatever it is, is reported as `_not_sent`."""
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise RequestValidationError(f"batch_size must be a whole number >= 1, got {batch_size!r}")
    if validation not in VALIDATION_MODES:
        allowed = " or ".join(repr(v) for v in VALIDATION_MODES)
        raise RequestValidationError(f"validate must be {allowed}, got {validation!r}")
    _check_sensor(sensor)
    result = SendResult()
    for batch in _prepare(events, batch_size, validation, result):
        retry: Batch = []
        error = yield _envelope([d for _, d in batch], sensor)
        if error is None:
            result.sent += len(batch)
            result.batches += 1
        elif isinstance(error, APIStatusError):
            retry = _rejected(batch, error, result)
        else:
            _not_sent(batch, error, result)
        if retry:
            error = yield _envelope([d for _, d in retry], sensor)
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
    validate: Validation = "advisory",
) -> SendResult:
    """Send `events` (any Caliper 1.2 or Timeback-profile events, models or dicts) `batch_size`
    per envelope, each as given but for a missing `@context`, which is filled in.

    Each is first checked locally against the schema its `type` names. `validate="advisory"`
    (the default): a problem found is a `result.warnings` entry (index, id, message; also logged
    at WARNING on the `timeback_gen` logger) and the event is sent, for the platform to judge.
    `validate="strict"`: such an event is in `result.failed` and is not sent. Either way an event
    that cannot be sent at all (not JSON-serialisable, not an object, no `type`) is in
    `result.failed` and the others are still sent.

    A batch the server rejects (it stores nothing then) is re-sent without the events it named,
    so every event it takes is stored and every one it refuses is in `result.failed`. A batch
    that cannot be delivered (connection trouble after retries, an unusable answer) is reported
    in `result.failed` too, and the batches after it are still sent: nothing is lost silently.
    Bad arguments (`batch_size`, `sensor`, `validate`) raise `RequestValidationError` before
    any sending.
    """
    steps = _sending(events, sensor, batch_size, validate)
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
    validate: Validation = "advisory",
) -> SendResult:
    """`send_events` for `AsyncTimeback` (batches sent one after another, in order)."""
    steps = _sending(events, sensor, batch_size, validate)
    step = _advance(steps, None)
    while not isinstance(step, SendResult):
        outcome: Outcome = None
        try:
            await tb.caliper.send_events(body=step)
        except APIError as exc:
            outcome = exc
        step = _advance(steps, outcome)
    return step
