from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS

if TYPE_CHECKING:
    from ..models.create_course_body_course import CreateCourseBodyCourse
    from ..models.create_course_structure_body_course_structure import (
        CreateCourseStructureBodyCourseStructure,
    )


T = TypeVar("T", bound="CreateCourseStructureBody")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "courseStructure",
        "course",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global CreateCourseBodyCourse
    global CreateCourseStructureBodyCourseStructure
    from ..models.create_course_body_course import CreateCourseBodyCourse
    from ..models.create_course_structure_body_course_structure import (
        CreateCourseStructureBodyCourseStructure,
    )

    _LAZY_BOUND = True


@_attrs_define
class CreateCourseStructureBody:
    """
    Attributes:
        course_structure (CreateCourseStructureBodyCourseStructure):
        course (CreateCourseBodyCourse): Represents a course.
    """

    course_structure: CreateCourseStructureBodyCourseStructure
    course: CreateCourseBodyCourse
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_structure = self.course_structure.to_dict()

        course = self.course.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "courseStructure": course_structure,
                "course": course,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        course_structure = CreateCourseStructureBodyCourseStructure.from_dict(
            d["courseStructure"]
        )

        course = CreateCourseBodyCourse.from_dict(d["course"])

        if cls is CreateCourseStructureBody:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.course_structure = course_structure
            _obj.course = course
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                course_structure,
                course,
            )
        if len(d) != 2:  # else keep NO_EXTRAS
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
