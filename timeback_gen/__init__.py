"""timeback-gen: a typed client for the TimeBack platform (OneRoster 1.2, PowerPath, QTI, Caliper, CASE).

>>> from timeback_gen import Timeback
>>> with Timeback() as tb:                      # TIMEBACK_CLIENT_ID / TIMEBACK_CLIENT_SECRET
...     tb.oneroster.rostering.get_user("user-1").user.given_name

Names are imported on first use (an import map), so `import timeback_gen` stays cheap.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AsyncTimeback, Timeback
    from .config import Settings
    from .filters import where_to_filter
    from .services import RawResponse, raw

__version__ = "0.2.0"

_IMPORTS = {
    "Timeback": ".client",
    "AsyncTimeback": ".client",
    "Settings": ".config",
    "where_to_filter": ".filters",
    "raw": ".services",
    "RawResponse": ".services",
}

__all__ = ["AsyncTimeback", "RawResponse", "Settings", "Timeback", "raw", "where_to_filter"]


def __getattr__(name: str) -> Any:
    module = _IMPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'timeback_gen' has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
