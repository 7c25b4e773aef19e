from __future__ import annotations

from typing import Literal

TestType = Literal["assessment-bank", "qti"] | str

TEST_TYPE_VALUES: set[TestType] = {
    "assessment-bank",
    "qti",
}


def check_test_type(value: str) -> TestType:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in TEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEST_TYPE_VALUES!r}")
