from __future__ import annotations

from typing import Literal

Status = Literal["FAILED", "NOT_STARTED", "PASSED", "SKIP", "STARTED"] | str

STATUS_VALUES: set[Status] = {
    "FAILED",
    "NOT_STARTED",
    "PASSED",
    "SKIP",
    "STARTED",
}


def check_status(value: str) -> Status:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STATUS_VALUES!r}")
