from __future__ import annotations

from typing import Literal

Success = Literal["false", "true"] | str

SUCCESS_VALUES: set[Success] = {
    "false",
    "true",
}


def check_success(value: str) -> Success:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in SUCCESS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUCCESS_VALUES!r}")
