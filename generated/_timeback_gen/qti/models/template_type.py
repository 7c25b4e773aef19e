from __future__ import annotations

from typing import Literal

TemplateType = Literal["map_response", "match_correct"] | str

TEMPLATE_TYPE_VALUES: set[TemplateType] = {
    "map_response",
    "match_correct",
}


def check_template_type(value: str) -> TemplateType:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in TEMPLATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEMPLATE_TYPE_VALUES!r}"
    )
