"""Timeback event profile models (pydantic): ActivityEvent, TimeSpentEvent, metrics (generated: `_timeback_gen.events.timeback`), imported on first attribute access."""

from typing import TYPE_CHECKING

from . import forward

if TYPE_CHECKING:
    from _timeback_gen.events.timeback import *  # noqa: F403

__getattr__ = forward("_timeback_gen.events.timeback", globals())
