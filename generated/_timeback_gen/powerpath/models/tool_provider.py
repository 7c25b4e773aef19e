from __future__ import annotations

from typing import Literal

ToolProvider = Literal["edulastic", "mastery-track"]

TOOL_PROVIDER_VALUES: set[ToolProvider] = {
    "edulastic",
    "mastery-track",
}


def check_tool_provider(value: str) -> ToolProvider:
    if value in TOOL_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOOL_PROVIDER_VALUES!r}"
    )
