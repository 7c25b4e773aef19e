"""The Caliper 1.2 vocabulary as pydantic models (AssessmentEvent, GradeEvent, Attempt, ...) (generated: `_timeback_gen.events.caliper`), imported on first attribute access."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from _timeback_gen.events.caliper import *  # noqa: F403

_TARGET = "_timeback_gen.events.caliper"


def __getattr__(name: str) -> Any:
    value = getattr(import_module(_TARGET), name)
    globals()[name] = value
    return value
