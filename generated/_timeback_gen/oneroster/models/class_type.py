from __future__ import annotations

from typing import Literal

ClassType = Literal["homeroom", "scheduled"] | str

CLASS_TYPE_VALUES: set[ClassType] = {
    "homeroom",
    "scheduled",
}


def check_class_type(value: str) -> ClassType:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in CLASS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CLASS_TYPE_VALUES!r}"
    )
