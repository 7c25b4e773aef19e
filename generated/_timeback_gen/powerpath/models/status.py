from __future__ import annotations

from typing import Literal

Status = Literal["FAILED", "NOT_STARTED", "PASSED", "SKIP", "STARTED"]

STATUS_VALUES: set[Status] = {
    "FAILED",
    "NOT_STARTED",
    "PASSED",
    "SKIP",
    "STARTED",
}


def check_status(value: str) -> Status:
    if value in STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STATUS_VALUES!r}")
