from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grade_enum import GradeEnum, check_grade_enum
from ..models.subject_enum import SubjectEnum, check_subject_enum
from ..types import NO_EXTRAS

T = TypeVar("T", bound="ProgressCourse")
_new_instance = object.__new__

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


def _parse_grades(data: object) -> list[GradeEnum] | None:
    if data is None:
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        grades_type_0 = []
        _grades_type_0 = data
        for grades_type_0_item_data in _grades_type_0:
            grades_type_0_item = check_grade_enum(grades_type_0_item_data)

            grades_type_0.append(grades_type_0_item)

        return grades_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_subjects(data: object) -> list[SubjectEnum] | None:
    if data is None:
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        subjects_type_0 = []
        _subjects_type_0 = data
        for subjects_type_0_item_data in _subjects_type_0:
            subjects_type_0_item = check_subject_enum(subjects_type_0_item_data)

            subjects_type_0.append(subjects_type_0_item)

        return subjects_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


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
        course_code: None | str
        course_code = self.course_code

        date_last_modified = self.date_last_modified

        grades: list[str] | None
        if isinstance(self.grades, list):
            grades = []
            for grades_type_0_item_data in self.grades:
                grades_type_0_item: str = grades_type_0_item_data
                grades.append(grades_type_0_item)

        else:
            grades = self.grades

        level: None | str
        level = self.level

        org_sourced_id = self.org_sourced_id

        sourced_id = self.sourced_id

        status = self.status

        subjects: list[str] | None
        if isinstance(self.subjects, list):
            subjects = []
            for subjects_type_0_item_data in self.subjects:
                subjects_type_0_item: str = subjects_type_0_item_data
                subjects.append(subjects_type_0_item)

        else:
            subjects = self.subjects

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "courseCode": course_code,
                "dateLastModified": date_last_modified,
                "grades": grades,
                "level": level,
                "orgSourcedId": org_sourced_id,
                "sourcedId": sourced_id,
                "status": status,
                "subjects": subjects,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        course_code = d["courseCode"]

        date_last_modified = d["dateLastModified"]

        grades = _parse_grades(d["grades"])

        level = d["level"]

        org_sourced_id = d["orgSourcedId"]

        sourced_id = d["sourcedId"]

        status = d["status"]

        subjects = _parse_subjects(d["subjects"])

        title = d["title"]

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
            _obj.additional_properties = NO_EXTRAS
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
        if len(d) != 9:  # else keep NO_EXTRAS
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
