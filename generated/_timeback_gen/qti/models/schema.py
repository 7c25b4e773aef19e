from __future__ import annotations

from typing import Literal

Schema = Literal["item", "stimulus", "test"] | str

SCHEMA_VALUES: set[Schema] = {
    "item",
    "stimulus",
    "test",
}


def check_schema(value: str) -> Schema:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in SCHEMA_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SCHEMA_VALUES!r}")
