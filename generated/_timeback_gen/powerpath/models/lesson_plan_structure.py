from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS

if TYPE_CHECKING:
    from ..models.lesson_plan_structure_node import LessonPlanStructureNode


T = TypeVar("T", bound="LessonPlanStructure")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "courseId",
        "courseTitle",
        "structure",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global LessonPlanStructureNode
    from ..models.lesson_plan_structure_node import LessonPlanStructureNode

    _LAZY_BOUND = True


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
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        id = d["id"]

        course_id = d["courseId"]

        course_title = d["courseTitle"]

        structure = [
            LessonPlanStructureNode.from_dict(_item) for _item in d["structure"]
        ]

        if cls is LessonPlanStructure:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.id = id
            _obj.course_id = course_id
            _obj.course_title = course_title
            _obj.structure = structure
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                id,
                course_id,
                course_title,
                structure,
            )
        if len(d) != 4:  # else keep NO_EXTRAS
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
