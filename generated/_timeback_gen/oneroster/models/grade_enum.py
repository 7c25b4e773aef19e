from __future__ import annotations

from typing import Literal

GradeEnum = (
    Literal[
        "-1", "0", "1", "10", "11", "12", "13", "2", "3", "4", "5", "6", "7", "8", "9"
    ]
    | str
)

GRADE_ENUM_VALUES: set[GradeEnum] = {
    "-1",
    "0",
    "1",
    "10",
    "11",
    "12",
    "13",
    "2",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
}


def check_grade_enum(value: str) -> GradeEnum:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in GRADE_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GRADE_ENUM_VALUES!r}"
    )
