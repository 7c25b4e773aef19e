from __future__ import annotations

from typing import Literal

Type = Literal["component", "resource"] | str

TYPE_VALUES: set[Type] = {
    "component",
    "resource",
}


def check_type(value: str) -> Type:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TYPE_VALUES!r}")
