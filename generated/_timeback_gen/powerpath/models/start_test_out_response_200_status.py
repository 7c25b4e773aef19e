from __future__ import annotations

from typing import Literal

StartTestOutResponse200Status = Literal["created", "existing"] | str

START_TEST_OUT_RESPONSE_200_STATUS_VALUES: set[StartTestOutResponse200Status] = {
    "created",
    "existing",
}


def check_start_test_out_response_200_status(
    value: str,
) -> StartTestOutResponse200Status:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in START_TEST_OUT_RESPONSE_200_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {START_TEST_OUT_RESPONSE_200_STATUS_VALUES!r}"
    )
