from __future__ import annotations

from typing import Literal

ScreeningStatus = (
    Literal["assigned", "cancelled", "completed", "expired", "failed", "in_progress"]
    | str
)

SCREENING_STATUS_VALUES: set[ScreeningStatus] = {
    "assigned",
    "cancelled",
    "completed",
    "expired",
    "failed",
    "in_progress",
}


def check_screening_status(value: str) -> ScreeningStatus:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in SCREENING_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SCREENING_STATUS_VALUES!r}"
    )
