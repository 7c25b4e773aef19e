from __future__ import annotations

from typing import Literal

TimebackRole = (
    Literal[
        "campus_coordinator",
        "dean_of_parents",
        "guide",
        "guide_assistant",
        "head_guide",
        "head_of_school",
        "lead_guide",
        "parent",
        "reading_specialist",
        "student",
    ]
    | str
)

TIMEBACK_ROLE_VALUES: set[TimebackRole] = {
    "campus_coordinator",
    "dean_of_parents",
    "guide",
    "guide_assistant",
    "head_guide",
    "head_of_school",
    "lead_guide",
    "parent",
    "reading_specialist",
    "student",
}


def check_timeback_role(value: str) -> TimebackRole:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in TIMEBACK_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TIMEBACK_ROLE_VALUES!r}"
    )
