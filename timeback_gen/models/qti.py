"""QTI 3.0 models (generated: `_timeback_gen.qti.models`), imported on first attribute access."""

from typing import TYPE_CHECKING

from . import forward

if TYPE_CHECKING:
    from _timeback_gen.qti.models import *  # noqa: F403

__getattr__ = forward("_timeback_gen.qti.models", globals())
