"""What API handlers share: the store, the fault injector and the answer profile."""

from __future__ import annotations

import datetime as _dt
import math
from dataclasses import dataclass
from typing import Any, Literal

from .faults import Faults
from .store import Store
from .web import ApiError

Profile = Literal["live", "document"]
PROFILES: tuple[Profile, ...] = ("live", "document")


@dataclass
class Context:
    """``profile``: ``live`` answers records as stored, the way the platform does; ``document``
    shapes answers the way the response schemas promise (for contract work). See docs/sandbox.md."""

    store: Store
    faults: Faults
    profile: Profile = "live"

    @property
    def live(self) -> bool:
        return self.profile == "live"


def now_iso() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def int_param(
    query: dict[str, str],
    name: str,
    default: int,
    lo: int,
    hi: int | None,
    error: type[Any] = ApiError,
) -> int:
    raw = query.get(name)
    if raw is None or raw == "":
        return default
    value: int | None
    try:
        value = int(raw)
    except ValueError:
        value = None
    if value is None or value < lo or (hi is not None and value > hi):
        bound = f"{lo}..{hi}" if hi is not None else f">= {lo}"
        raise ApiError.bad_request(f"{name} must be an integer {bound}, got {raw!r}", name)
    return value


def page_count(total: int, limit: int) -> int:
    return math.ceil(total / limit) if limit else 0
