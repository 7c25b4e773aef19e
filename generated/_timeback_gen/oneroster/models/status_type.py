from __future__ import annotations

from typing import Literal

StatusType = Literal["active", "tobedeleted"] | str

STATUS_TYPE_VALUES: set[StatusType] = {
    "active",
    "tobedeleted",
}


def check_status_type(value: str) -> StatusType:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in STATUS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STATUS_TYPE_VALUES!r}"
    )
