from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.lesson_plan_structure import LessonPlanStructure


T = TypeVar("T", bound="GetLessonPlanStructureResponse200LessonPlan")


@_attrs_define
class GetLessonPlanStructureResponse200LessonPlan:
    """
    Attributes:
        lesson_plan (LessonPlanStructure):
    """

    lesson_plan: LessonPlanStructure
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lesson_plan = self.lesson_plan.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lessonPlan": lesson_plan,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.lesson_plan_structure import LessonPlanStructure

        d = dict(src_dict)
        lesson_plan = LessonPlanStructure.from_dict(d.pop("lessonPlan"))

        get_lesson_plan_structure_response_200_lesson_plan = cls(
            lesson_plan=lesson_plan,
        )

        get_lesson_plan_structure_response_200_lesson_plan.additional_properties = d
        return get_lesson_plan_structure_response_200_lesson_plan

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
