"""Timeback event profile models (pydantic): ActivityEvent, TimeSpentEvent, metrics (generated: `_timeback_gen.events.timeback`), imported on first attribute access."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from _timeback_gen.events.timeback import *  # noqa: F403

_TARGET = "_timeback_gen.events.timeback"


def __getattr__(name: str) -> Any:
    value = getattr(import_module(_TARGET), name)
    globals()[name] = value
    return value
