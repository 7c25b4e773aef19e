"""CASE 1.1 models (generated: `_timeback_gen.case.models`), imported on first attribute access."""

from typing import TYPE_CHECKING

from . import forward

if TYPE_CHECKING:
    from _timeback_gen.case.models import *  # noqa: F403

__getattr__ = forward("_timeback_gen.case.models", globals())
