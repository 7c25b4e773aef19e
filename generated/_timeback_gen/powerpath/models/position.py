from __future__ import annotations

from typing import Literal

Position = Literal["end", "start"] | str

POSITION_VALUES: set[Position] = {
    "end",
    "start",
}


def check_position(value: str) -> Position:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in POSITION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {POSITION_VALUES!r}")
