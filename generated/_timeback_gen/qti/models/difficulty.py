from __future__ import annotations

from typing import Literal

Difficulty = Literal["easy", "hard", "medium"] | str

DIFFICULTY_VALUES: set[Difficulty] = {
    "easy",
    "hard",
    "medium",
}


def check_difficulty(value: str) -> Difficulty:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in DIFFICULTY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DIFFICULTY_VALUES!r}"
    )
