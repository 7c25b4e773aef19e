from __future__ import annotations

from typing import Literal

Cardinality = Literal["multiple", "ordered", "record", "single"] | str

CARDINALITY_VALUES: set[Cardinality] = {
    "multiple",
    "ordered",
    "record",
    "single",
}


def check_cardinality(value: str) -> Cardinality:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in CARDINALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CARDINALITY_VALUES!r}"
    )
