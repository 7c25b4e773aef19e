from __future__ import annotations

from typing import Literal

CaseVersion = Literal["1.1"] | str

CASE_VERSION_VALUES: set[CaseVersion] = {
    "1.1",
}


def check_case_version(value: str) -> CaseVersion:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in CASE_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CASE_VERSION_VALUES!r}"
    )
