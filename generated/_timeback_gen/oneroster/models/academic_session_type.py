from __future__ import annotations

from typing import Literal

AcademicSessionType = Literal["gradingPeriod", "schoolYear", "semester", "term"] | str

ACADEMIC_SESSION_TYPE_VALUES: set[AcademicSessionType] = {
    "gradingPeriod",
    "schoolYear",
    "semester",
    "term",
}


def check_academic_session_type(value: str) -> AcademicSessionType:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in ACADEMIC_SESSION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACADEMIC_SESSION_TYPE_VALUES!r}"
    )
