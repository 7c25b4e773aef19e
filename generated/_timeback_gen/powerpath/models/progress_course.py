from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..models.grade_enum import GradeEnum, check_grade_enum
from ..models.subject_enum import SubjectEnum, check_subject_enum
from ..types import NO_EXTRAS, UNSET

T = TypeVar("T", bound="ProgressCourse")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "courseCode",
        "dateLastModified",
        "grades",
        "level",
        "orgSourcedId",
        "sourcedId",
        "status",
        "subjects",
        "title",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _D_grades
    global _D_subjects
    _TABLE = _rt.table(
        (
            _rt.Field(
                "courseCode",
                "course_code",
                True,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field("dateLastModified", "date_last_modified", True, _rt.STR),
            _rt.Field(
                "grades",
                "grades",
                True,
                _rt.Union(
                    (
                        _rt.List(_rt.Enum(check_grade_enum, "GradeEnum")),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "level",
                "level",
                True,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field("orgSourcedId", "org_sourced_id", True, _rt.STR),
            _rt.Field("sourcedId", "sourced_id", True, _rt.STR),
            _rt.Field("status", "status", True, _rt.STR),
            _rt.Field(
                "subjects",
                "subjects",
                True,
                _rt.Union(
                    (
                        _rt.List(_rt.Enum(check_subject_enum, "SubjectEnum")),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field("title", "title", True, _rt.STR),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _D_grades = _TABLE.fields[2].desc
    _D_subjects = _TABLE.fields[7].desc
    _BOUND = True


@_attrs_define
class ProgressCourse:
    """
    Attributes:
        course_code (None | str):
        date_last_modified (str):
        grades (list[GradeEnum] | None):
        level (None | str):
        org_sourced_id (str):
        sourced_id (str):
        status (str):
        subjects (list[SubjectEnum] | None):
        title (str):
    """

    course_code: None | str
    date_last_modified: str
    grades: list[GradeEnum] | None
    level: None | str
    org_sourced_id: str
    sourced_id: str
    status: str
    subjects: list[SubjectEnum] | None
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.course_code is not UNSET:
            field_dict["courseCode"] = self.course_code
        if self.date_last_modified is not UNSET:
            field_dict["dateLastModified"] = self.date_last_modified
        if self.grades is not UNSET:
            field_dict["grades"] = _rt.dump(self.grades)
        if self.level is not UNSET:
            field_dict["level"] = self.level
        if self.org_sourced_id is not UNSET:
            field_dict["orgSourcedId"] = self.org_sourced_id
        if self.sourced_id is not UNSET:
            field_dict["sourcedId"] = self.sourced_id
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.subjects is not UNSET:
            field_dict["subjects"] = _rt.dump(self.subjects)
        if self.title is not UNSET:
            field_dict["title"] = self.title
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
        course_code = d["courseCode"]
        if type(course_code) is not str and course_code is not None:
            raise TypeError

        date_last_modified = d["dateLastModified"]
        if type(date_last_modified) is not str:
            raise TypeError

        grades = _D_grades.strict(d["grades"])

        level = d["level"]
        if type(level) is not str and level is not None:
            raise TypeError

        org_sourced_id = d["orgSourcedId"]
        if type(org_sourced_id) is not str:
            raise TypeError

        sourced_id = d["sourcedId"]
        if type(sourced_id) is not str:
            raise TypeError

        status = d["status"]
        if type(status) is not str:
            raise TypeError

        subjects = _D_subjects.strict(d["subjects"])

        title = d["title"]
        if type(title) is not str:
            raise TypeError

        if cls is ProgressCourse:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.course_code = course_code
            _obj.date_last_modified = date_last_modified
            _obj.grades = grades
            _obj.level = level
            _obj.org_sourced_id = org_sourced_id
            _obj.sourced_id = sourced_id
            _obj.status = status
            _obj.subjects = subjects
            _obj.title = title
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                course_code,
                date_last_modified,
                grades,
                level,
                org_sourced_id,
                sourced_id,
                status,
                subjects,
                title,
            )
        if len(d) == 9:
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
