from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SyncCourseLessonPlansResponse200")


@_attrs_define
class SyncCourseLessonPlansResponse200:
    """
    Attributes:
        lesson_plans_affected (list[str]):
    """

    lesson_plans_affected: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lesson_plans_affected = self.lesson_plans_affected

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lessonPlansAffected": lesson_plans_affected,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lesson_plans_affected = cast(list[str], d.pop("lessonPlansAffected"))

        sync_course_lesson_plans_response_200 = cls(
            lesson_plans_affected=lesson_plans_affected,
        )

        sync_course_lesson_plans_response_200.additional_properties = d
        return sync_course_lesson_plans_response_200

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
