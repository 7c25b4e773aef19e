from __future__ import annotations

from typing import Literal

OrgType = (
    Literal["department", "district", "local", "national", "school", "state"] | str
)

ORG_TYPE_VALUES: set[OrgType] = {
    "department",
    "district",
    "local",
    "national",
    "school",
    "state",
}


def check_org_type(value: str) -> OrgType:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in ORG_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORG_TYPE_VALUES!r}")
