from __future__ import annotations

from typing import Literal

LineItemStatus = Literal["active", "tobedeleted"] | str

LINE_ITEM_STATUS_VALUES: set[LineItemStatus] = {
    "active",
    "tobedeleted",
}


def check_line_item_status(value: str) -> LineItemStatus:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in LINE_ITEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LINE_ITEM_STATUS_VALUES!r}"
    )
