from __future__ import annotations

from typing import Literal

EnrollmentPrimary = Literal["false", "true"]

ENROLLMENT_PRIMARY_VALUES: set[EnrollmentPrimary] = {
    "false",
    "true",
}


def check_enrollment_primary(value: str) -> EnrollmentPrimary:
    if value in ENROLLMENT_PRIMARY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ENROLLMENT_PRIMARY_VALUES!r}"
    )
