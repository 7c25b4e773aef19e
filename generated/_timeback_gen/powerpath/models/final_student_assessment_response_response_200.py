from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.final_student_assessment_response_response_200_lesson_type import (
    FinalStudentAssessmentResponseResponse200LessonType,
    check_final_student_assessment_response_response_200_lesson_type,
)
from ..types import NO_EXTRAS

T = TypeVar("T", bound="FinalStudentAssessmentResponseResponse200")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "lessonType",
        "finalized",
        "attempt",
    }
)


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
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        lesson_type = check_final_student_assessment_response_response_200_lesson_type(
            d["lessonType"]
        )

        finalized = d["finalized"]

        attempt = d["attempt"]

        if cls is FinalStudentAssessmentResponseResponse200:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.lesson_type = lesson_type
            _obj.finalized = finalized
            _obj.attempt = attempt
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                lesson_type,
                finalized,
                attempt,
            )
        if len(d) != 3:  # else keep NO_EXTRAS
            _obj.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        if self.additional_properties is NO_EXTRAS:
            self.additional_properties = {}
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
