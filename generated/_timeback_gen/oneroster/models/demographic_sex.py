from __future__ import annotations

from typing import Literal

DemographicSex = Literal["female", "male"] | str

DEMOGRAPHIC_SEX_VALUES: set[DemographicSex] = {
    "female",
    "male",
}


def check_demographic_sex(value: str) -> DemographicSex:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in DEMOGRAPHIC_SEX_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEMOGRAPHIC_SEX_VALUES!r}"
    )
