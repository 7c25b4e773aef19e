from __future__ import annotations

from typing import Literal

EnrollmentRole = Literal["administrator", "proctor", "student", "teacher"] | str

ENROLLMENT_ROLE_VALUES: set[EnrollmentRole] = {
    "administrator",
    "proctor",
    "student",
    "teacher",
}


def check_enrollment_role(value: str) -> EnrollmentRole:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in ENROLLMENT_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ENROLLMENT_ROLE_VALUES!r}"
    )
