from __future__ import annotations

from typing import Literal

Role = (
    Literal[
        "administrator",
        "aide",
        "guardian",
        "parent",
        "proctor",
        "relative",
        "student",
        "system_administrator",
        "teacher",
    ]
    | str
)

ROLE_VALUES: set[Role] = {
    "administrator",
    "aide",
    "guardian",
    "parent",
    "proctor",
    "relative",
    "student",
    "system_administrator",
    "teacher",
}


def check_role(value: str) -> Role:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ROLE_VALUES!r}")
