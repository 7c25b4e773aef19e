from __future__ import annotations

from typing import Literal

Role = Literal["primary", "secondary"] | str

ROLE_VALUES: set[Role] = {
    "primary",
    "secondary",
}


def check_role(value: str) -> Role:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ROLE_VALUES!r}")
