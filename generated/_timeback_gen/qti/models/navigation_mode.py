from __future__ import annotations

from typing import Literal

NavigationMode = Literal["linear", "nonlinear"] | str

NAVIGATION_MODE_VALUES: set[NavigationMode] = {
    "linear",
    "nonlinear",
}


def check_navigation_mode(value: str) -> NavigationMode:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in NAVIGATION_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NAVIGATION_MODE_VALUES!r}"
    )
