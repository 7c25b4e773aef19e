from __future__ import annotations

from typing import Literal

TestType = Literal["assessment-bank", "qti"]

TEST_TYPE_VALUES: set[TestType] = {
    "assessment-bank",
    "qti",
}


def check_test_type(value: str) -> TestType:
    if value in TEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEST_TYPE_VALUES!r}")
