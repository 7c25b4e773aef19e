"""QTI 3.0 models (generated: `_timeback_gen.qti.models`), imported on first attribute access."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from _timeback_gen.qti.models import *  # noqa: F403

_TARGET = "_timeback_gen.qti.models"


def __getattr__(name: str) -> Any:
    value = getattr(import_module(_TARGET), name)
    globals()[name] = value
    return value
