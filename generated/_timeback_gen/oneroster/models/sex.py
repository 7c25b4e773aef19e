from __future__ import annotations

from typing import Literal

Sex = Literal["female", "male", "other", "unspecified"] | str

SEX_VALUES: set[Sex] = {
    "female",
    "male",
    "other",
    "unspecified",
}


def check_sex(value: str) -> Sex:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in SEX_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEX_VALUES!r}")
