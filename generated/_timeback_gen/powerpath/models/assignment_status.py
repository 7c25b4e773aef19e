from __future__ import annotations

from typing import Literal

AssignmentStatus = (
    Literal[
        "abandoned",
        "assigned",
        "blocked",
        "completed",
        "enqueued",
        "failed",
        "in_progress",
    ]
    | str
)

ASSIGNMENT_STATUS_VALUES: set[AssignmentStatus] = {
    "abandoned",
    "assigned",
    "blocked",
    "completed",
    "enqueued",
    "failed",
    "in_progress",
}


def check_assignment_status(value: str) -> AssignmentStatus:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in ASSIGNMENT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ASSIGNMENT_STATUS_VALUES!r}"
    )
