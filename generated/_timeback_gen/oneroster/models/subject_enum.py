from __future__ import annotations

from typing import Literal

SubjectEnum = (
    Literal[
        "FastMath",
        "Language",
        "Math",
        "Reading",
        "Science",
        "Social Studies",
        "Vocabulary",
        "Writing",
    ]
    | str
)

SUBJECT_ENUM_VALUES: set[SubjectEnum] = {
    "FastMath",
    "Language",
    "Math",
    "Reading",
    "Science",
    "Social Studies",
    "Vocabulary",
    "Writing",
}


def check_subject_enum(value: str) -> SubjectEnum:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in SUBJECT_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBJECT_ENUM_VALUES!r}"
    )
