from __future__ import annotations

from typing import Literal

EnabledUser = Literal["false", "true"]

ENABLED_USER_VALUES: set[EnabledUser] = {
    "false",
    "true",
}


def check_enabled_user(value: str) -> EnabledUser:
    if value in ENABLED_USER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ENABLED_USER_VALUES!r}"
    )
