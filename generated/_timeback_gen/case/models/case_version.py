from __future__ import annotations

from typing import Literal

CaseVersion = Literal["1.1"]

CASE_VERSION_VALUES: set[CaseVersion] = {
    "1.1",
}


def check_case_version(value: str) -> CaseVersion:
    if value in CASE_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CASE_VERSION_VALUES!r}"
    )
