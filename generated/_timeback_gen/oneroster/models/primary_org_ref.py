from __future__ import annotations

from typing import Literal

PrimaryOrgRef = Literal["false", "true"]

PRIMARY_ORG_REF_VALUES: set[PrimaryOrgRef] = {
    "false",
    "true",
}


def check_primary_org_ref(value: str) -> PrimaryOrgRef:
    if value in PRIMARY_ORG_REF_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PRIMARY_ORG_REF_VALUES!r}"
    )
