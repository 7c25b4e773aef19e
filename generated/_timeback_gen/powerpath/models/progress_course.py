from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grade_enum import GradeEnum, check_grade_enum
from ..models.subject_enum import SubjectEnum, check_subject_enum

T = TypeVar("T", bound="ProgressCourse")


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
        d = dict(src_dict)

        def _parse_course_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        course_code = _parse_course_code(d.pop("courseCode"))

        date_last_modified = d.pop("dateLastModified")

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
            return cast(list[GradeEnum] | None, data)

        grades = _parse_grades(d.pop("grades"))

        def _parse_level(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        level = _parse_level(d.pop("level"))

        org_sourced_id = d.pop("orgSourcedId")

        sourced_id = d.pop("sourcedId")

        status = d.pop("status")

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
            return cast(list[SubjectEnum] | None, data)

        subjects = _parse_subjects(d.pop("subjects"))

        title = d.pop("title")

        progress_course = cls(
            course_code=course_code,
            date_last_modified=date_last_modified,
            grades=grades,
            level=level,
            org_sourced_id=org_sourced_id,
            sourced_id=sourced_id,
            status=status,
            subjects=subjects,
            title=title,
        )

        progress_course.additional_properties = d
        return progress_course

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
