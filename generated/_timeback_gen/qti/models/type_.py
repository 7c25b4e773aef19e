from __future__ import annotations

from typing import Literal

Type = (
    Literal[
        "associate",
        "choice",
        "drawing",
        "extended-text",
        "graphic-associate",
        "graphic-gap-match",
        "graphic-order",
        "hotspot",
        "hottext",
        "inline-choice",
        "match",
        "media",
        "order",
        "select-point",
        "slider",
        "text-entry",
        "upload",
    ]
    | str
)

TYPE_VALUES: set[Type] = {
    "associate",
    "choice",
    "drawing",
    "extended-text",
    "graphic-associate",
    "graphic-gap-match",
    "graphic-order",
    "hotspot",
    "hottext",
    "inline-choice",
    "match",
    "media",
    "order",
    "select-point",
    "slider",
    "text-entry",
    "upload",
}


def check_type(value: str) -> Type:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TYPE_VALUES!r}")
