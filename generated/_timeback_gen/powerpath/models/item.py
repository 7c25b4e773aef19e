from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grade_enum import GradeEnum, check_grade_enum
from ..models.subject_enum import SubjectEnum, check_subject_enum
from ..types import NO_EXTRAS, UNSET, Unset

T = TypeVar("T", bound="Item")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "student",
        "subject",
        "grade",
        "testName",
    }
)


@_attrs_define
class Item:
    """
    Attributes:
        student (str): The sourcedId of the student
        subject (SubjectEnum):
        grade (GradeEnum): Grade levels. -1 is Pre-K, 0 is Kindergarten, 1-12 are grades 1-12, 13 is AP. Example: 3.
        test_name (str | Unset): Optional display name for the test
    """

    student: str
    subject: SubjectEnum
    grade: GradeEnum
    test_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        student = self.student

        subject: str = self.subject

        grade: str = self.grade

        test_name = self.test_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "student": student,
                "subject": subject,
                "grade": grade,
            }
        )
        if test_name is not UNSET:
            field_dict["testName"] = test_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        student = d["student"]

        subject = check_subject_enum(d["subject"])

        grade = check_grade_enum(d["grade"])

        test_name = d.get("testName", UNSET)

        if cls is Item:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.student = student
            _obj.subject = subject
            _obj.grade = grade
            _obj.test_name = test_name
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                student,
                subject,
                grade,
                test_name,
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
