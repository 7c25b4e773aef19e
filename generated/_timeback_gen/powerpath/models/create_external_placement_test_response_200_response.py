from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grade_enum import GradeEnum, check_grade_enum
from ..models.lesson_type import LessonType, check_lesson_type
from ..types import NO_EXTRAS, UNSET, Unset

T = TypeVar("T", bound="CreateExternalPlacementTestResponse200Response")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "lessonType",
        "lessonId",
        "courseComponentId",
        "resourceId",
        "toolProvider",
        "launchUrl",
        "vendorId",
        "courseIdOnFail",
        "grades",
    }
)


@_attrs_define
class CreateExternalPlacementTestResponse200Response:
    """
    Attributes:
        lesson_type (LessonType): The type of lesson to create
        lesson_id (str): The sourcedId of the created external test reference (ComponentResource)
        course_component_id (str): The sourcedId of the component (unit) containing the test
        resource_id (str): The sourcedId of the resource representing the external test
        tool_provider (str): The tool provider id
        launch_url (str | Unset): The URL to the external test system
        vendor_id (str | Unset): The ID of the test in the spreadsheet
        course_id_on_fail (None | str | Unset): The courseId to enroll the student in if they fail the placement test
            (optional)
        grades (list[GradeEnum] | Unset): The grades for the resource
    """

    lesson_type: LessonType
    lesson_id: str
    course_component_id: str
    resource_id: str
    tool_provider: str
    launch_url: str | Unset = UNSET
    vendor_id: str | Unset = UNSET
    course_id_on_fail: None | str | Unset = UNSET
    grades: list[GradeEnum] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lesson_type: str = self.lesson_type

        lesson_id = self.lesson_id

        course_component_id = self.course_component_id

        resource_id = self.resource_id

        tool_provider = self.tool_provider

        launch_url = self.launch_url

        vendor_id = self.vendor_id

        course_id_on_fail: None | str | Unset
        if isinstance(self.course_id_on_fail, Unset):
            course_id_on_fail = UNSET
        else:
            course_id_on_fail = self.course_id_on_fail

        grades: list[str] | Unset = UNSET
        if not isinstance(self.grades, Unset):
            grades = []
            for grades_item_data in self.grades:
                grades_item: str = grades_item_data
                grades.append(grades_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lessonType": lesson_type,
                "lessonId": lesson_id,
                "courseComponentId": course_component_id,
                "resourceId": resource_id,
                "toolProvider": tool_provider,
            }
        )
        if launch_url is not UNSET:
            field_dict["launchUrl"] = launch_url
        if vendor_id is not UNSET:
            field_dict["vendorId"] = vendor_id
        if course_id_on_fail is not UNSET:
            field_dict["courseIdOnFail"] = course_id_on_fail
        if grades is not UNSET:
            field_dict["grades"] = grades

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        lesson_type = check_lesson_type(d["lessonType"])

        lesson_id = d["lessonId"]

        course_component_id = d["courseComponentId"]

        resource_id = d["resourceId"]

        tool_provider = d["toolProvider"]

        launch_url = d.get("launchUrl", UNSET)

        vendor_id = d.get("vendorId", UNSET)

        course_id_on_fail = d.get("courseIdOnFail", UNSET)

        _grades = d.get("grades", UNSET)
        grades = (
            UNSET
            if _grades is UNSET
            else [check_grade_enum(_item) for _item in _grades]
        )

        if cls is CreateExternalPlacementTestResponse200Response:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.lesson_type = lesson_type
            _obj.lesson_id = lesson_id
            _obj.course_component_id = course_component_id
            _obj.resource_id = resource_id
            _obj.tool_provider = tool_provider
            _obj.launch_url = launch_url
            _obj.vendor_id = vendor_id
            _obj.course_id_on_fail = course_id_on_fail
            _obj.grades = grades
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                lesson_type,
                lesson_id,
                course_component_id,
                resource_id,
                tool_provider,
                launch_url,
                vendor_id,
                course_id_on_fail,
                grades,
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
