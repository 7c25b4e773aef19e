from __future__ import annotations

from typing import Literal

SearchAssessmentItemsSort = Literal[
    "createdAt", "identifier", "title", "type", "updatedAt"
]

SEARCH_ASSESSMENT_ITEMS_SORT_VALUES: set[SearchAssessmentItemsSort] = {
    "createdAt",
    "identifier",
    "title",
    "type",
    "updatedAt",
}


def check_search_assessment_items_sort(value: str) -> SearchAssessmentItemsSort:
    if value in SEARCH_ASSESSMENT_ITEMS_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_ASSESSMENT_ITEMS_SORT_VALUES!r}"
    )
