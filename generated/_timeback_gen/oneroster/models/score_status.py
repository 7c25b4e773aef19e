from __future__ import annotations

from typing import Literal

ScoreStatus = (
    Literal["exempt", "fully graded", "not submitted", "partially graded", "submitted"]
    | str
)

SCORE_STATUS_VALUES: set[ScoreStatus] = {
    "exempt",
    "fully graded",
    "not submitted",
    "partially graded",
    "submitted",
}


def check_score_status(value: str) -> ScoreStatus:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in SCORE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SCORE_STATUS_VALUES!r}"
    )
