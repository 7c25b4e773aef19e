from __future__ import annotations

from typing import Literal

GetSessionResponse200Status = Literal["active", "inactive"]

GET_SESSION_RESPONSE_200_STATUS_VALUES: set[GetSessionResponse200Status] = {
    "active",
    "inactive",
}


def check_get_session_response_200_status(value: str) -> GetSessionResponse200Status:
    if value in GET_SESSION_RESPONSE_200_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_SESSION_RESPONSE_200_STATUS_VALUES!r}"
    )
