from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grade_enum import GradeEnum, check_grade_enum
from ..models.lesson_type import LessonType, check_lesson_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.qti import Qti


T = TypeVar("T", bound="CreateInternalQtiTestInput")


@_attrs_define
class CreateInternalQtiTestInput:
    """Input for creating an internal QTI test

    Attributes:
        course_id (str): The sourcedId of the Course to create the internal test for
        lesson_type (LessonType): The type of lesson to create
        test_type (Literal['qti']):
        qti (Qti):
        lesson_title (str | Unset): Optional title for the lesson (ComponentResource)
        unit_title (str | Unset): Optional title for the unit (CourseComponent)
        course_component_sourced_id (str | Unset): Optional sourcedId of existing CourseComponent to reuse
        resource_metadata (None | Unset): Additional metadata for the internal test resource
        xp (float | Unset): The XP value for the resource (for test-out lessons)
        grades (list[GradeEnum] | Unset): The grades for the resource (for placement tests)
        course_id_on_fail (None | str | Unset): The courseId to enroll the student in if they fail the placement test
            (optional)
    """

    course_id: str
    lesson_type: LessonType
    test_type: Literal["qti"]
    qti: Qti
    lesson_title: str | Unset = UNSET
    unit_title: str | Unset = UNSET
    course_component_sourced_id: str | Unset = UNSET
    resource_metadata: None | Unset = UNSET
    xp: float | Unset = UNSET
    grades: list[GradeEnum] | Unset = UNSET
    course_id_on_fail: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_id = self.course_id

        lesson_type: str = self.lesson_type

        test_type = self.test_type

        qti = self.qti.to_dict()

        lesson_title = self.lesson_title

        unit_title = self.unit_title

        course_component_sourced_id = self.course_component_sourced_id

        resource_metadata = self.resource_metadata

        xp = self.xp

        grades: list[str] | Unset = UNSET
        if not isinstance(self.grades, Unset):
            grades = []
            for grades_item_data in self.grades:
                grades_item: str = grades_item_data
                grades.append(grades_item)

        course_id_on_fail: None | str | Unset
        if isinstance(self.course_id_on_fail, Unset):
            course_id_on_fail = UNSET
        else:
            course_id_on_fail = self.course_id_on_fail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "courseId": course_id,
                "lessonType": lesson_type,
                "testType": test_type,
                "qti": qti,
            }
        )
        if lesson_title is not UNSET:
            field_dict["lessonTitle"] = lesson_title
        if unit_title is not UNSET:
            field_dict["unitTitle"] = unit_title
        if course_component_sourced_id is not UNSET:
            field_dict["courseComponentSourcedId"] = course_component_sourced_id
        if resource_metadata is not UNSET:
            field_dict["resourceMetadata"] = resource_metadata
        if xp is not UNSET:
            field_dict["xp"] = xp
        if grades is not UNSET:
            field_dict["grades"] = grades
        if course_id_on_fail is not UNSET:
            field_dict["courseIdOnFail"] = course_id_on_fail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.qti import Qti

        d = dict(src_dict)
        course_id = d.pop("courseId")

        lesson_type = check_lesson_type(d.pop("lessonType"))

        test_type = cast(Literal["qti"], d.pop("testType"))
        if test_type != "qti":
            raise ValueError(f"testType must match const 'qti', got '{test_type}'")

        qti = Qti.from_dict(d.pop("qti"))

        lesson_title = d.pop("lessonTitle", UNSET)

        unit_title = d.pop("unitTitle", UNSET)

        course_component_sourced_id = d.pop("courseComponentSourcedId", UNSET)

        resource_metadata = d.pop("resourceMetadata", UNSET)

        xp = d.pop("xp", UNSET)

        _grades = d.pop("grades", UNSET)
        grades: list[GradeEnum] | Unset = UNSET
        if _grades is not UNSET:
            grades = []
            for grades_item_data in _grades:
                grades_item = check_grade_enum(grades_item_data)

                grades.append(grades_item)

        def _parse_course_id_on_fail(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        course_id_on_fail = _parse_course_id_on_fail(d.pop("courseIdOnFail", UNSET))

        create_internal_qti_test_input = cls(
            course_id=course_id,
            lesson_type=lesson_type,
            test_type=test_type,
            qti=qti,
            lesson_title=lesson_title,
            unit_title=unit_title,
            course_component_sourced_id=course_component_sourced_id,
            resource_metadata=resource_metadata,
            xp=xp,
            grades=grades,
            course_id_on_fail=course_id_on_fail,
        )

        create_internal_qti_test_input.additional_properties = d
        return create_internal_qti_test_input

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
