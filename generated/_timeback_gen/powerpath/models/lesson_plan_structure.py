from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.lesson_plan_structure_node import LessonPlanStructureNode


T = TypeVar("T", bound="LessonPlanStructure")


@_attrs_define
class LessonPlanStructure:
    """
    Attributes:
        id (str):
        course_id (str):
        course_title (str):
        structure (list[LessonPlanStructureNode]):
    """

    id: str
    course_id: str
    course_title: str
    structure: list[LessonPlanStructureNode]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        course_id = self.course_id

        course_title = self.course_title

        structure = []
        for structure_item_data in self.structure:
            structure_item = structure_item_data.to_dict()
            structure.append(structure_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "courseId": course_id,
                "courseTitle": course_title,
                "structure": structure,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.lesson_plan_structure_node import LessonPlanStructureNode

        d = dict(src_dict)
        id = d.pop("id")

        course_id = d.pop("courseId")

        course_title = d.pop("courseTitle")

        structure = []
        _structure = d.pop("structure")
        for structure_item_data in _structure:
            structure_item = LessonPlanStructureNode.from_dict(structure_item_data)

            structure.append(structure_item)

        lesson_plan_structure = cls(
            id=id,
            course_id=course_id,
            course_title=course_title,
            structure=structure,
        )

        lesson_plan_structure.additional_properties = d
        return lesson_plan_structure

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
