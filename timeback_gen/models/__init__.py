"""The generated models under public names, loaded on first use.

>>> from timeback_gen.models.oneroster import User
>>> from timeback_gen.models.events import TimebackTimeSpentEvent   # Timeback event profile
>>> from timeback_gen.models.caliper_vocabulary import AssessmentEvent
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Any


def forward(target: str, namespace: dict[str, Any]) -> Callable[[str], Any]:
    """The module `__getattr__` of a public models module: a name is imported from the generated
    module `target` on first access and kept in `namespace` (so the next access is a plain
    lookup)."""

    def __getattr__(name: str) -> Any:
        value = getattr(import_module(target), name)
        namespace[name] = value
        return value

    return __getattr__
