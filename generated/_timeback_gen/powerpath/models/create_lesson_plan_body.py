from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS, UNSET, Unset

T = TypeVar("T", bound="CreateLessonPlanBody")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "courseId",
        "userId",
        "classId",
    }
)


@_attrs_define
class CreateLessonPlanBody:
    """
    Attributes:
        course_id (str): The Sourced ID of the course
        user_id (str): The Sourced ID of the student
        class_id (str | Unset): (optional) The Sourced ID of the class. Defaults to current year's class for the student
    """

    course_id: str
    user_id: str
    class_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_id = self.course_id

        user_id = self.user_id

        class_id = self.class_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "courseId": course_id,
                "userId": user_id,
            }
        )
        if class_id is not UNSET:
            field_dict["classId"] = class_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        course_id = d["courseId"]

        user_id = d["userId"]

        class_id = d.get("classId", UNSET)

        if cls is CreateLessonPlanBody:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.course_id = course_id
            _obj.user_id = user_id
            _obj.class_id = class_id
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                course_id,
                user_id,
                class_id,
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
