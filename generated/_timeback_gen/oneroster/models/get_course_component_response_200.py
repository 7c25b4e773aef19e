from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.course_component import CourseComponent


T = TypeVar("T", bound="GetCourseComponentResponse200")


@_attrs_define
class GetCourseComponentResponse200:
    """
    Attributes:
        course_component (CourseComponent): Represents a component of a course.
    """

    course_component: CourseComponent
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_component = self.course_component.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "courseComponent": course_component,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.course_component import CourseComponent

        d = dict(src_dict)
        course_component = CourseComponent.from_dict(d.pop("courseComponent"))

        get_course_component_response_200 = cls(
            course_component=course_component,
        )

        get_course_component_response_200.additional_properties = d
        return get_course_component_response_200

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
