from __future__ import annotations

from typing import Literal

Sort = Literal["createdAt", "identifier", "title", "updatedAt"] | str

SORT_VALUES: set[Sort] = {
    "createdAt",
    "identifier",
    "title",
    "updatedAt",
}


def check_sort(value: str) -> Sort:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SORT_VALUES!r}")
