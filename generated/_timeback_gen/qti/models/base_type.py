from __future__ import annotations

from typing import Literal

BaseType = (
    Literal[
        "boolean",
        "directedPair",
        "duration",
        "file",
        "float",
        "identifier",
        "integer",
        "pair",
        "point",
        "string",
        "uri",
    ]
    | str
)

BASE_TYPE_VALUES: set[BaseType] = {
    "boolean",
    "directedPair",
    "duration",
    "file",
    "float",
    "identifier",
    "integer",
    "pair",
    "point",
    "string",
    "uri",
}


def check_base_type(value: str) -> BaseType:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in BASE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BASE_TYPE_VALUES!r}")
