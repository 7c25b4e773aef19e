from __future__ import annotations

from typing import Literal

ShowHide = Literal["hide", "show"] | str

SHOW_HIDE_VALUES: set[ShowHide] = {
    "hide",
    "show",
}


def check_show_hide(value: str) -> ShowHide:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in SHOW_HIDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SHOW_HIDE_VALUES!r}")
