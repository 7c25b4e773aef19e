from __future__ import annotations

from typing import Literal

Type = Literal["component", "resource"]

TYPE_VALUES: set[Type] = {
    "component",
    "resource",
}


def check_type(value: str) -> Type:
    if value in TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TYPE_VALUES!r}")
