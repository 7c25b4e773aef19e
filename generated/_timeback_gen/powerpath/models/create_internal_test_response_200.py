from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..models.grade_enum import GradeEnum, check_grade_enum
from ..models.lesson_type import LessonType, check_lesson_type
from ..models.test_type import TestType, check_test_type
from ..types import NO_EXTRAS, UNSET, Unset

T = TypeVar("T", bound="CreateInternalTestResponse200")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "lessonType",
        "testType",
        "lessonId",
        "courseComponentId",
        "resourceId",
        "childResourceIds",
        "courseIdOnFail",
        "grades",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    _TABLE = _rt.table(
        (
            _rt.Field(
                "lessonType",
                "lesson_type",
                True,
                _rt.Enum(check_lesson_type, "LessonType"),
            ),
            _rt.Field(
                "testType", "test_type", True, _rt.Enum(check_test_type, "TestType")
            ),
            _rt.Field("lessonId", "lesson_id", True, _rt.STR),
            _rt.Field("courseComponentId", "course_component_id", True, _rt.STR),
            _rt.Field("resourceId", "resource_id", True, _rt.STR),
            _rt.Field(
                "childResourceIds", "child_resource_ids", False, _rt.List(_rt.STR)
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
            _rt.Field(
                "grades",
                "grades",
                False,
                _rt.List(_rt.Enum(check_grade_enum, "GradeEnum")),
            ),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _BOUND = True


@_attrs_define
class CreateInternalTestResponse200:
    """
    Attributes:
        lesson_type (LessonType): The type of lesson to create
        test_type (TestType):
        lesson_id (str): The sourcedId of the created internal test lesson (ComponentResource)
        course_component_id (str): The sourcedId of the component (unit) containing the test
        resource_id (str): The sourcedId of the main resource (parent for assessment-bank)
        child_resource_ids (list[str] | Unset): Array of child resource IDs (only for assessment-bank type)
        course_id_on_fail (None | str | Unset): The courseId to enroll the student in if they fail the placement test
            (optional)
        grades (list[GradeEnum] | Unset): The grades for the resource (for placement tests)
    """

    lesson_type: LessonType
    test_type: TestType
    lesson_id: str
    course_component_id: str
    resource_id: str
    child_resource_ids: list[str] | Unset = UNSET
    course_id_on_fail: None | str | Unset = UNSET
    grades: list[GradeEnum] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.lesson_type is not UNSET:
            field_dict["lessonType"] = self.lesson_type
        if self.test_type is not UNSET:
            field_dict["testType"] = self.test_type
        if self.lesson_id is not UNSET:
            field_dict["lessonId"] = self.lesson_id
        if self.course_component_id is not UNSET:
            field_dict["courseComponentId"] = self.course_component_id
        if self.resource_id is not UNSET:
            field_dict["resourceId"] = self.resource_id
        if self.child_resource_ids is not UNSET:
            field_dict["childResourceIds"] = _rt.dump(self.child_resource_ids)
        if self.course_id_on_fail is not UNSET:
            field_dict["courseIdOnFail"] = self.course_id_on_fail
        if self.grades is not UNSET:
            field_dict["grades"] = _rt.dump(self.grades)
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
        lesson_type = check_lesson_type(d["lessonType"])

        test_type = check_test_type(d["testType"])

        lesson_id = d["lessonId"]
        if type(lesson_id) is not str:
            raise TypeError

        course_component_id = d["courseComponentId"]
        if type(course_component_id) is not str:
            raise TypeError

        resource_id = d["resourceId"]
        if type(resource_id) is not str:
            raise TypeError

        _child_resource_ids = d.get("childResourceIds", UNSET)
        if _child_resource_ids is UNSET:
            child_resource_ids = UNSET
        else:
            if type(_child_resource_ids) is not list:
                raise TypeError
            child_resource_ids = _child_resource_ids
            for _item in _child_resource_ids:
                if type(_item) is not str:
                    raise TypeError

        course_id_on_fail = d.get("courseIdOnFail", UNSET)
        if (
            type(course_id_on_fail) is not str
            and course_id_on_fail is not None
            and course_id_on_fail is not UNSET
        ):
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

        if cls is CreateInternalTestResponse200:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.lesson_type = lesson_type
            _obj.test_type = test_type
            _obj.lesson_id = lesson_id
            _obj.course_component_id = course_component_id
            _obj.resource_id = resource_id
            _obj.child_resource_ids = child_resource_ids
            _obj.course_id_on_fail = course_id_on_fail
            _obj.grades = grades
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                lesson_type,
                test_type,
                lesson_id,
                course_component_id,
                resource_id,
                child_resource_ids,
                course_id_on_fail,
                grades,
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
