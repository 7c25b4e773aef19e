from __future__ import annotations

from typing import Literal

EnrollmentPrimary = Literal["false", "true"] | str

ENROLLMENT_PRIMARY_VALUES: set[EnrollmentPrimary] = {
    "false",
    "true",
}


def check_enrollment_primary(value: str) -> EnrollmentPrimary:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in ENROLLMENT_PRIMARY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ENROLLMENT_PRIMARY_VALUES!r}"
    )
