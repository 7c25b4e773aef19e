from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..models.grade_enum import GradeEnum, check_grade_enum
from ..models.lesson_type import LessonType, check_lesson_type
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.assessment_bank import AssessmentBank


T = TypeVar("T", bound="CreateInternalAssessmentBankInput")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

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
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_AssessmentBank
    global AssessmentBank
    global _D_test_type
    from ..models.assessment_bank import AssessmentBank

    _TABLE = _rt.table(
        (
            _rt.Field("courseId", "course_id", True, _rt.STR),
            _rt.Field(
                "lessonType",
                "lesson_type",
                True,
                _rt.Enum(check_lesson_type, "LessonType"),
            ),
            _rt.Field("testType", "test_type", True, _rt.Const("assessment-bank")),
            _rt.Field(
                "assessmentBank", "assessment_bank", True, _rt.Model(AssessmentBank)
            ),
            _rt.Field("lessonTitle", "lesson_title", False, _rt.STR),
            _rt.Field("unitTitle", "unit_title", False, _rt.STR),
            _rt.Field(
                "courseComponentSourcedId",
                "course_component_sourced_id",
                False,
                _rt.STR,
            ),
            _rt.Field("resourceMetadata", "resource_metadata", False, _rt.NONE),
            _rt.Field("xp", "xp", False, _rt.FLOAT),
            _rt.Field(
                "grades",
                "grades",
                False,
                _rt.List(_rt.Enum(check_grade_enum, "GradeEnum")),
            ),
            _rt.Field(
                "courseIdOnFail",
                "course_id_on_fail",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_AssessmentBank = AssessmentBank._from_dict_fast
    _D_test_type = _TABLE.fields[2].desc
    _BOUND = True


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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.course_id is not UNSET:
            field_dict["courseId"] = self.course_id
        if self.lesson_type is not UNSET:
            field_dict["lessonType"] = self.lesson_type
        if self.test_type is not UNSET:
            field_dict["testType"] = _rt.dump(self.test_type)
        if self.assessment_bank is not UNSET:
            field_dict["assessmentBank"] = _rt.dump(self.assessment_bank)
        if self.lesson_title is not UNSET:
            field_dict["lessonTitle"] = self.lesson_title
        if self.unit_title is not UNSET:
            field_dict["unitTitle"] = self.unit_title
        if self.course_component_sourced_id is not UNSET:
            field_dict["courseComponentSourcedId"] = self.course_component_sourced_id
        if self.resource_metadata is not UNSET:
            field_dict["resourceMetadata"] = self.resource_metadata
        if self.xp is not UNSET:
            field_dict["xp"] = self.xp
        if self.grades is not UNSET:
            field_dict["grades"] = _rt.dump(self.grades)
        if self.course_id_on_fail is not UNSET:
            field_dict["courseIdOnFail"] = self.course_id_on_fail
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a JSON object as the platform sent it: what fits the document is converted, what
        does not is kept as it came (see `_timeback_gen._runtime`); never raises for an object."""
        return _rt.read(cls, src_dict)  # type: ignore[no-any-return]

    @classmethod
    def _tb_table(cls) -> _rt.Table:
        if not _BOUND:
            _bind()
        return _TABLE

    @classmethod
    def _from_dict_fast(cls, src_dict: Mapping[str, Any]) -> Self:
        """The document's shape exactly; raises on the first deviation (`_runtime.read` then
        falls back to the tolerant reader)."""
        if not _BOUND:
            _bind()
        d = src_dict if type(src_dict) is dict else _rt.as_dict(src_dict)
        course_id = d["courseId"]
        if type(course_id) is not str:
            raise TypeError

        lesson_type = check_lesson_type(d["lessonType"])

        test_type = _D_test_type.strict(d["testType"])

        assessment_bank = _F_AssessmentBank(d["assessmentBank"])

        lesson_title = d.get("lessonTitle", UNSET)
        if type(lesson_title) is not str and lesson_title is not UNSET:
            raise TypeError

        unit_title = d.get("unitTitle", UNSET)
        if type(unit_title) is not str and unit_title is not UNSET:
            raise TypeError

        course_component_sourced_id = d.get("courseComponentSourcedId", UNSET)
        if (
            type(course_component_sourced_id) is not str
            and course_component_sourced_id is not UNSET
        ):
            raise TypeError

        resource_metadata = d.get("resourceMetadata", UNSET)
        if resource_metadata is not None and resource_metadata is not UNSET:
            raise TypeError

        xp = d.get("xp", UNSET)
        if type(xp) is not float and type(xp) is not int and xp is not UNSET:
            raise TypeError

        _grades = d.get("grades", UNSET)
        if _grades is UNSET:
            grades = UNSET
        else:
            if type(_grades) is not list:
                raise TypeError
            grades = (
                [check_grade_enum(_item) for _item in _grades] if _grades else _grades
            )

        course_id_on_fail = d.get("courseIdOnFail", UNSET)
        if (
            type(course_id_on_fail) is not str
            and course_id_on_fail is not None
            and course_id_on_fail is not UNSET
        ):
            raise TypeError

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
        if d.keys() <= _KNOWN_KEYS:
            _obj.additional_properties = NO_EXTRAS
        else:
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
