"""OneRoster 1.2 models (User, Org, Class, Enrollment, LineItem, Result, ...) (generated: `_timeback_gen.oneroster.models`), imported on first attribute access."""

from typing import TYPE_CHECKING

from . import forward

if TYPE_CHECKING:
    from _timeback_gen.oneroster.models import *  # noqa: F403

__getattr__ = forward("_timeback_gen.oneroster.models", globals())
