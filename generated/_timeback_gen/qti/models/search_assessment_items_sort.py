from __future__ import annotations

from typing import Literal

SearchAssessmentItemsSort = (
    Literal["createdAt", "identifier", "title", "type", "updatedAt"] | str
)

SEARCH_ASSESSMENT_ITEMS_SORT_VALUES: set[SearchAssessmentItemsSort] = {
    "createdAt",
    "identifier",
    "title",
    "type",
    "updatedAt",
}


def check_search_assessment_items_sort(value: str) -> SearchAssessmentItemsSort:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in SEARCH_ASSESSMENT_ITEMS_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_ASSESSMENT_ITEMS_SORT_VALUES!r}"
    )
