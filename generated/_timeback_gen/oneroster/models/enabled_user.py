from __future__ import annotations

from typing import Literal

EnabledUser = Literal["false", "true"] | str

ENABLED_USER_VALUES: set[EnabledUser] = {
    "false",
    "true",
}


def check_enabled_user(value: str) -> EnabledUser:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in ENABLED_USER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ENABLED_USER_VALUES!r}"
    )
