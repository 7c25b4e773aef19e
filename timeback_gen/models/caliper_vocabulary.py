"""The Caliper 1.2 vocabulary as pydantic models (AssessmentEvent, GradeEvent, Attempt, ...) (generated: `_timeback_gen.events.caliper`), imported on first attribute access."""

from typing import TYPE_CHECKING

from . import forward

if TYPE_CHECKING:
    from _timeback_gen.events.caliper import *  # noqa: F403

__getattr__ = forward("_timeback_gen.events.caliper", globals())
