from __future__ import annotations

from typing import Literal

OrderBy = Literal["asc", "desc"] | str

ORDER_BY_VALUES: set[OrderBy] = {
    "asc",
    "desc",
}


def check_order_by(value: str) -> OrderBy:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in ORDER_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_BY_VALUES!r}")
