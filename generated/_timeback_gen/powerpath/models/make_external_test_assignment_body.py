from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS, UNSET, Unset

T = TypeVar("T", bound="MakeExternalTestAssignmentBody")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "student",
        "lesson",
        "applicationName",
        "testId",
        "skipCourseEnrollment",
    }
)


@_attrs_define
class MakeExternalTestAssignmentBody:
    """
    Attributes:
        student (str): The sourcedId of the student
        lesson (str): The sourcedId of the lesson (ComponentResource)
        application_name (str | Unset): The name of the application to use for authenticating on the external tool
        test_id (str | Unset): The specific test ID to assign for MasteryTrack tool provider. If provided, overrides
            subject+grade selection.
        skip_course_enrollment (bool | Unset): When true, skips automatic course enrollment after test completion. Only
            applies to the current attempt.
    """

    student: str
    lesson: str
    application_name: str | Unset = UNSET
    test_id: str | Unset = UNSET
    skip_course_enrollment: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        student = self.student

        lesson = self.lesson

        application_name = self.application_name

        test_id = self.test_id

        skip_course_enrollment = self.skip_course_enrollment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "student": student,
                "lesson": lesson,
            }
        )
        if application_name is not UNSET:
            field_dict["applicationName"] = application_name
        if test_id is not UNSET:
            field_dict["testId"] = test_id
        if skip_course_enrollment is not UNSET:
            field_dict["skipCourseEnrollment"] = skip_course_enrollment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        student = d["student"]

        lesson = d["lesson"]

        application_name = d.get("applicationName", UNSET)

        test_id = d.get("testId", UNSET)

        skip_course_enrollment = d.get("skipCourseEnrollment", UNSET)

        if cls is MakeExternalTestAssignmentBody:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.student = student
            _obj.lesson = lesson
            _obj.application_name = application_name
            _obj.test_id = test_id
            _obj.skip_course_enrollment = skip_course_enrollment
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                student,
                lesson,
                application_name,
                test_id,
                skip_course_enrollment,
            )
        if not d.keys() <= _KNOWN_KEYS:  # else keep NO_EXTRAS
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
