from __future__ import annotations

from typing import Literal

GetSessionResponse200Status = Literal["active", "inactive"] | str

GET_SESSION_RESPONSE_200_STATUS_VALUES: set[GetSessionResponse200Status] = {
    "active",
    "inactive",
}


def check_get_session_response_200_status(value: str) -> GetSessionResponse200Status:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in GET_SESSION_RESPONSE_200_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_SESSION_RESPONSE_200_STATUS_VALUES!r}"
    )
