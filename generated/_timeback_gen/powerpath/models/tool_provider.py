from __future__ import annotations

from typing import Literal

ToolProvider = Literal["edulastic", "mastery-track"] | str

TOOL_PROVIDER_VALUES: set[ToolProvider] = {
    "edulastic",
    "mastery-track",
}


def check_tool_provider(value: str) -> ToolProvider:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in TOOL_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOOL_PROVIDER_VALUES!r}"
    )
