from __future__ import annotations

from typing import Literal

Order = Literal["asc", "desc"] | str

ORDER_VALUES: set[Order] = {
    "asc",
    "desc",
}


def check_order(value: str) -> Order:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_VALUES!r}")
