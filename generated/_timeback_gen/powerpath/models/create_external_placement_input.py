from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grade_enum import GradeEnum, check_grade_enum
from ..models.tool_provider import ToolProvider, check_tool_provider
from ..types import NO_EXTRAS, UNSET, Unset

T = TypeVar("T", bound="CreateExternalPlacementInput")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "courseId",
        "toolProvider",
        "grades",
        "lessonType",
        "lessonTitle",
        "launchUrl",
        "unitTitle",
        "courseComponentSourcedId",
        "vendorId",
        "description",
        "resourceMetadata",
        "courseIdOnFail",
        "xp",
    }
)


@_attrs_define
class CreateExternalPlacementInput:
    """Input for creating an external placement test

    Attributes:
        course_id (str): The sourcedId of the Course to create the external test for
        tool_provider (ToolProvider): The type of external service (e.g.: 'edulastic')
        grades (list[GradeEnum]): The grades for the resource
        lesson_type (Literal['placement']):
        lesson_title (str | Unset): The title of the external test reference
        launch_url (str | Unset): The URL to the external test system (e.g., Edulastic, QTI, etc.)
        unit_title (str | Unset): The title of the unit containing the external test
        course_component_sourced_id (str | Unset): The sourcedId of an existing CourseComponent (unit) for the test. If
            not provided, a new unit will be created.
        vendor_id (str | Unset): The ID of the test in the spreadsheet
        description (str | Unset): Description of the external test that will be added to the Resource entity's metadata
        resource_metadata (None | Unset): Additional metadata for the external test resource
        course_id_on_fail (None | str | Unset): The courseId to enroll the student in if they fail the placement test
            (optional)
        xp (float | Unset): The XP value for the resource
    """

    course_id: str
    tool_provider: ToolProvider
    grades: list[GradeEnum]
    lesson_type: Literal["placement"]
    lesson_title: str | Unset = UNSET
    launch_url: str | Unset = UNSET
    unit_title: str | Unset = UNSET
    course_component_sourced_id: str | Unset = UNSET
    vendor_id: str | Unset = UNSET
    description: str | Unset = UNSET
    resource_metadata: None | Unset = UNSET
    course_id_on_fail: None | str | Unset = UNSET
    xp: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_id = self.course_id

        tool_provider: str = self.tool_provider

        grades = []
        for grades_item_data in self.grades:
            grades_item: str = grades_item_data
            grades.append(grades_item)

        lesson_type = self.lesson_type

        lesson_title = self.lesson_title

        launch_url = self.launch_url

        unit_title = self.unit_title

        course_component_sourced_id = self.course_component_sourced_id

        vendor_id = self.vendor_id

        description = self.description

        resource_metadata = self.resource_metadata

        course_id_on_fail: None | str | Unset
        if isinstance(self.course_id_on_fail, Unset):
            course_id_on_fail = UNSET
        else:
            course_id_on_fail = self.course_id_on_fail

        xp = self.xp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "courseId": course_id,
                "toolProvider": tool_provider,
                "grades": grades,
                "lessonType": lesson_type,
            }
        )
        if lesson_title is not UNSET:
            field_dict["lessonTitle"] = lesson_title
        if launch_url is not UNSET:
            field_dict["launchUrl"] = launch_url
        if unit_title is not UNSET:
            field_dict["unitTitle"] = unit_title
        if course_component_sourced_id is not UNSET:
            field_dict["courseComponentSourcedId"] = course_component_sourced_id
        if vendor_id is not UNSET:
            field_dict["vendorId"] = vendor_id
        if description is not UNSET:
            field_dict["description"] = description
        if resource_metadata is not UNSET:
            field_dict["resourceMetadata"] = resource_metadata
        if course_id_on_fail is not UNSET:
            field_dict["courseIdOnFail"] = course_id_on_fail
        if xp is not UNSET:
            field_dict["xp"] = xp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        course_id = d["courseId"]

        tool_provider = check_tool_provider(d["toolProvider"])

        grades = [check_grade_enum(_item) for _item in d["grades"]]

        lesson_type = cast(Literal["placement"], d["lessonType"])
        if lesson_type != "placement":
            raise ValueError(
                f"lessonType must match const 'placement', got '{lesson_type}'"
            )

        lesson_title = d.get("lessonTitle", UNSET)

        launch_url = d.get("launchUrl", UNSET)

        unit_title = d.get("unitTitle", UNSET)

        course_component_sourced_id = d.get("courseComponentSourcedId", UNSET)

        vendor_id = d.get("vendorId", UNSET)

        description = d.get("description", UNSET)

        resource_metadata = d.get("resourceMetadata", UNSET)

        course_id_on_fail = d.get("courseIdOnFail", UNSET)

        xp = d.get("xp", UNSET)

        if cls is CreateExternalPlacementInput:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.course_id = course_id
            _obj.tool_provider = tool_provider
            _obj.grades = grades
            _obj.lesson_type = lesson_type
            _obj.lesson_title = lesson_title
            _obj.launch_url = launch_url
            _obj.unit_title = unit_title
            _obj.course_component_sourced_id = course_component_sourced_id
            _obj.vendor_id = vendor_id
            _obj.description = description
            _obj.resource_metadata = resource_metadata
            _obj.course_id_on_fail = course_id_on_fail
            _obj.xp = xp
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                course_id,
                tool_provider,
                grades,
                lesson_type,
                lesson_title,
                launch_url,
                unit_title,
                course_component_sourced_id,
                vendor_id,
                description,
                resource_metadata,
                course_id_on_fail,
                xp,
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
