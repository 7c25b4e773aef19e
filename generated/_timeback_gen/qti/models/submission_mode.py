from __future__ import annotations

from typing import Literal

SubmissionMode = Literal["individual", "simultaneous"] | str

SUBMISSION_MODE_VALUES: set[SubmissionMode] = {
    "individual",
    "simultaneous",
}


def check_submission_mode(value: str) -> SubmissionMode:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in SUBMISSION_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBMISSION_MODE_VALUES!r}"
    )
