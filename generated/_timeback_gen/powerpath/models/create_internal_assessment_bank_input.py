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
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.assessment_bank import AssessmentBank


T = TypeVar("T", bound="CreateInternalAssessmentBankInput")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "courseId",
        "lessonType",
        "testType",
        "assessmentBank",
        "lessonTitle",
        "unitTitle",
        "courseComponentSourcedId",
        "resourceMetadata",
        "xp",
        "grades",
        "courseIdOnFail",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global AssessmentBank
    from ..models.assessment_bank import AssessmentBank

    _LAZY_BOUND = True


@_attrs_define
class CreateInternalAssessmentBankInput:
    """Input for creating an internal assessment bank test

    Attributes:
        course_id (str): The sourcedId of the Course to create the internal test for
        lesson_type (LessonType): The type of lesson to create
        test_type (Literal['assessment-bank']):
        assessment_bank (AssessmentBank):
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
    test_type: Literal["assessment-bank"]
    assessment_bank: AssessmentBank
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

        assessment_bank = self.assessment_bank.to_dict()

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
                "assessmentBank": assessment_bank,
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
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        course_id = d["courseId"]

        lesson_type = check_lesson_type(d["lessonType"])

        test_type = cast(Literal["assessment-bank"], d["testType"])
        if test_type != "assessment-bank":
            raise ValueError(
                f"testType must match const 'assessment-bank', got '{test_type}'"
            )

        assessment_bank = AssessmentBank.from_dict(d["assessmentBank"])

        lesson_title = d.get("lessonTitle", UNSET)

        unit_title = d.get("unitTitle", UNSET)

        course_component_sourced_id = d.get("courseComponentSourcedId", UNSET)

        resource_metadata = d.get("resourceMetadata", UNSET)

        xp = d.get("xp", UNSET)

        _grades = d.get("grades", UNSET)
        grades = (
            UNSET
            if _grades is UNSET
            else [check_grade_enum(_item) for _item in _grades]
        )

        course_id_on_fail = d.get("courseIdOnFail", UNSET)

        if cls is CreateInternalAssessmentBankInput:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.course_id = course_id
            _obj.lesson_type = lesson_type
            _obj.test_type = test_type
            _obj.assessment_bank = assessment_bank
            _obj.lesson_title = lesson_title
            _obj.unit_title = unit_title
            _obj.course_component_sourced_id = course_component_sourced_id
            _obj.resource_metadata = resource_metadata
            _obj.xp = xp
            _obj.grades = grades
            _obj.course_id_on_fail = course_id_on_fail
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                course_id,
                lesson_type,
                test_type,
                assessment_bank,
                lesson_title,
                unit_title,
                course_component_sourced_id,
                resource_metadata,
                xp,
                grades,
                course_id_on_fail,
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
