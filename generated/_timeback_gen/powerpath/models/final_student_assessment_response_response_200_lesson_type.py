from __future__ import annotations

from typing import Literal

FinalStudentAssessmentResponseResponse200LessonType = (
    Literal["placement", "quiz", "test-out", "unit-test"] | str
)

FINAL_STUDENT_ASSESSMENT_RESPONSE_RESPONSE_200_LESSON_TYPE_VALUES: set[
    FinalStudentAssessmentResponseResponse200LessonType
] = {
    "placement",
    "quiz",
    "test-out",
    "unit-test",
}


def check_final_student_assessment_response_response_200_lesson_type(
    value: str,
) -> FinalStudentAssessmentResponseResponse200LessonType:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in FINAL_STUDENT_ASSESSMENT_RESPONSE_RESPONSE_200_LESSON_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FINAL_STUDENT_ASSESSMENT_RESPONSE_RESPONSE_200_LESSON_TYPE_VALUES!r}"
    )
