from __future__ import annotations

from typing import Literal

SearchStimuliResponse200Order = Literal["asc", "desc"] | str

SEARCH_STIMULI_RESPONSE_200_ORDER_VALUES: set[SearchStimuliResponse200Order] = {
    "asc",
    "desc",
}


def check_search_stimuli_response_200_order(
    value: str,
) -> SearchStimuliResponse200Order:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in SEARCH_STIMULI_RESPONSE_200_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_STIMULI_RESPONSE_200_ORDER_VALUES!r}"
    )
