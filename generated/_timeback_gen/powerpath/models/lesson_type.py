from __future__ import annotations

from typing import Literal

LessonType = (
    Literal[
        "alpha-read-article",
        "placement",
        "powerpath-100",
        "quiz",
        "test-out",
        "unit-test",
    ]
    | str
)

LESSON_TYPE_VALUES: set[LessonType] = {
    "alpha-read-article",
    "placement",
    "powerpath-100",
    "quiz",
    "test-out",
    "unit-test",
}


def check_lesson_type(value: str) -> LessonType:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in LESSON_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LESSON_TYPE_VALUES!r}"
    )
