from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.final_student_assessment_response_response_200_lesson_type import (
    FinalStudentAssessmentResponseResponse200LessonType,
    check_final_student_assessment_response_response_200_lesson_type,
)

T = TypeVar("T", bound="FinalStudentAssessmentResponseResponse200")


@_attrs_define
class FinalStudentAssessmentResponseResponse200:
    """
    Attributes:
        lesson_type (FinalStudentAssessmentResponseResponse200LessonType):
        finalized (bool): Whether the lesson has been finalized in the current attempt
        attempt (float): The attempt number
    """

    lesson_type: FinalStudentAssessmentResponseResponse200LessonType
    finalized: bool
    attempt: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lesson_type: str = self.lesson_type

        finalized = self.finalized

        attempt = self.attempt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lessonType": lesson_type,
                "finalized": finalized,
                "attempt": attempt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lesson_type = check_final_student_assessment_response_response_200_lesson_type(
            d.pop("lessonType")
        )

        finalized = d.pop("finalized")

        attempt = d.pop("attempt")

        final_student_assessment_response_response_200 = cls(
            lesson_type=lesson_type,
            finalized=finalized,
            attempt=attempt,
        )

        final_student_assessment_response_response_200.additional_properties = d
        return final_student_assessment_response_response_200

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
