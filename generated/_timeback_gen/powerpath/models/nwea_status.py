from __future__ import annotations

from typing import Literal

NweaStatus = (
    Literal[
        "ABANDONED",
        "AWAITING_STUDENT",
        "COMPLETED",
        "ENQUEUED",
        "FAILED",
        "IN_PROGRESS",
        "PAUSED",
        "SUSPENDED",
        "TERMINATED",
    ]
    | str
)

NWEA_STATUS_VALUES: set[NweaStatus] = {
    "ABANDONED",
    "AWAITING_STUDENT",
    "COMPLETED",
    "ENQUEUED",
    "FAILED",
    "IN_PROGRESS",
    "PAUSED",
    "SUSPENDED",
    "TERMINATED",
}


def check_nwea_status(value: str) -> NweaStatus:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in NWEA_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NWEA_STATUS_VALUES!r}"
    )
