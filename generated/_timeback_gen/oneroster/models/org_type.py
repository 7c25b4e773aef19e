from __future__ import annotations

from typing import Literal

OrgType = Literal["department", "district", "local", "national", "school", "state"]

ORG_TYPE_VALUES: set[OrgType] = {
    "department",
    "district",
    "local",
    "national",
    "school",
    "state",
}


def check_org_type(value: str) -> OrgType:
    if value in ORG_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORG_TYPE_VALUES!r}")
