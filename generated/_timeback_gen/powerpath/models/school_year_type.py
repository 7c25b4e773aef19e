from __future__ import annotations

from typing import Literal

SchoolYearType = (
    Literal[
        "academicSession",
        "assessmentLineItem",
        "category",
        "class",
        "componentResource",
        "course",
        "courseComponent",
        "demographics",
        "enrollment",
        "gradingPeriod",
        "lineItem",
        "org",
        "resource",
        "result",
        "scoreScale",
        "student",
        "teacher",
        "term",
        "user",
    ]
    | str
)

SCHOOL_YEAR_TYPE_VALUES: set[SchoolYearType] = {
    "academicSession",
    "assessmentLineItem",
    "category",
    "class",
    "componentResource",
    "course",
    "courseComponent",
    "demographics",
    "enrollment",
    "gradingPeriod",
    "lineItem",
    "org",
    "resource",
    "result",
    "scoreScale",
    "student",
    "teacher",
    "term",
    "user",
}


def check_school_year_type(value: str) -> SchoolYearType:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in SCHOOL_YEAR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SCHOOL_YEAR_TYPE_VALUES!r}"
    )
