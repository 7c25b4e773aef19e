from __future__ import annotations

from typing import Literal

Subject = Literal["Language", "Math", "Reading", "Science"] | str

SUBJECT_VALUES: set[Subject] = {
    "Language",
    "Math",
    "Reading",
    "Science",
}


def check_subject(value: str) -> Subject:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in SUBJECT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUBJECT_VALUES!r}")
