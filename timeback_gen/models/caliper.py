"""Caliper API models (Envelope, Event, Entity) (generated: `_timeback_gen.caliper.models`), imported on first attribute access."""

from typing import TYPE_CHECKING

from . import forward

if TYPE_CHECKING:
    from _timeback_gen.caliper.models import *  # noqa: F403

__getattr__ = forward("_timeback_gen.caliper.models", globals())
