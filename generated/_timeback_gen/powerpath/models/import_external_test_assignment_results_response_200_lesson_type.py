from __future__ import annotations

from typing import Literal

ImportExternalTestAssignmentResultsResponse200LessonType = (
    Literal["placement", "test-out", "unit-test"] | str
)

IMPORT_EXTERNAL_TEST_ASSIGNMENT_RESULTS_RESPONSE_200_LESSON_TYPE_VALUES: set[
    ImportExternalTestAssignmentResultsResponse200LessonType
] = {
    "placement",
    "test-out",
    "unit-test",
}


def check_import_external_test_assignment_results_response_200_lesson_type(
    value: str,
) -> ImportExternalTestAssignmentResultsResponse200LessonType:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in IMPORT_EXTERNAL_TEST_ASSIGNMENT_RESULTS_RESPONSE_200_LESSON_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMPORT_EXTERNAL_TEST_ASSIGNMENT_RESULTS_RESPONSE_200_LESSON_TYPE_VALUES!r}"
    )
