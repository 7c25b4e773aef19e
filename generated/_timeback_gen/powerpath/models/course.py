from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..models.grade_enum import GradeEnum, check_grade_enum
from ..models.lesson_plan_tree_component_status import (
    LessonPlanTreeComponentStatus,
    check_lesson_plan_tree_component_status,
)
from ..models.subject_enum import SubjectEnum, check_subject_enum
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.course_metadata_type_0 import CourseMetadataType0
    from ..models.school_year_ref import SchoolYearRef
    from ..models.score_scale import ScoreScale


T = TypeVar("T", bound="Course")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "status",
        "title",
        "org",
        "sourcedId",
        "dateLastModified",
        "metadata",
        "academicSession",
        "schoolYear",
        "courseCode",
        "grades",
        "subjects",
        "subjectCodes",
        "level",
        "gradingScheme",
        "resources",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_ScoreScale
    global CourseMetadataType0
    global SchoolYearRef
    global ScoreScale
    global _D_metadata
    global _D_academic_session
    global _D_school_year
    global _D_grades
    global _D_subjects
    global _D_subject_codes
    global _D_resources
    from ..models.course_metadata_type_0 import CourseMetadataType0
    from ..models.school_year_ref import SchoolYearRef
    from ..models.score_scale import ScoreScale

    _TABLE = _rt.table(
        (
            _rt.Field(
                "status",
                "status",
                True,
                _rt.Enum(
                    check_lesson_plan_tree_component_status,
                    "LessonPlanTreeComponentStatus",
                ),
            ),
            _rt.Field("title", "title", True, _rt.STR),
            _rt.Field("org", "org", True, _rt.Model(ScoreScale)),
            _rt.Field("sourcedId", "sourced_id", False, _rt.STR),
            _rt.Field("dateLastModified", "date_last_modified", False, _rt.DATETIME),
            _rt.Field(
                "metadata",
                "metadata",
                False,
                _rt.Union(
                    (
                        _rt.Model(CourseMetadataType0),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "academicSession",
                "academic_session",
                False,
                _rt.Union(
                    (
                        _rt.Model(ScoreScale),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "schoolYear",
                "school_year",
                False,
                _rt.Union(
                    (
                        _rt.Model(SchoolYearRef),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "courseCode",
                "course_code",
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
                _rt.Union(
                    (
                        _rt.List(_rt.Enum(check_grade_enum, "GradeEnum")),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "subjects",
                "subjects",
                False,
                _rt.Union(
                    (
                        _rt.List(_rt.Enum(check_subject_enum, "SubjectEnum")),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "subjectCodes",
                "subject_codes",
                False,
                _rt.Union(
                    (
                        _rt.List(_rt.STR),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "level",
                "level",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "gradingScheme",
                "grading_scheme",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "resources",
                "resources",
                False,
                _rt.Union(
                    (
                        _rt.List(_rt.Model(SchoolYearRef)),
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
    _F_ScoreScale = ScoreScale._from_dict_fast
    _D_metadata = _TABLE.fields[5].desc
    _D_academic_session = _TABLE.fields[6].desc
    _D_school_year = _TABLE.fields[7].desc
    _D_grades = _TABLE.fields[9].desc
    _D_subjects = _TABLE.fields[10].desc
    _D_subject_codes = _TABLE.fields[11].desc
    _D_resources = _TABLE.fields[14].desc
    _BOUND = True


@_attrs_define
class Course:
    """Represents a course.

    Attributes:
        status (LessonPlanTreeComponentStatus):
        title (str):
        org (ScoreScale):
        sourced_id (str | Unset):
        date_last_modified (datetime.datetime | Unset):
        metadata (CourseMetadataType0 | None | Unset): Additional metadata for the object
        academic_session (None | ScoreScale | Unset):
        school_year (None | SchoolYearRef | Unset):
        course_code (None | str | Unset):
        grades (list[GradeEnum] | None | Unset):
        subjects (list[SubjectEnum] | None | Unset):
        subject_codes (list[str] | None | Unset):
        level (None | str | Unset):
        grading_scheme (None | str | Unset):
        resources (list[SchoolYearRef] | None | Unset):
    """

    status: LessonPlanTreeComponentStatus
    title: str
    org: ScoreScale
    sourced_id: str | Unset = UNSET
    date_last_modified: datetime.datetime | Unset = UNSET
    metadata: CourseMetadataType0 | None | Unset = UNSET
    academic_session: None | ScoreScale | Unset = UNSET
    school_year: None | SchoolYearRef | Unset = UNSET
    course_code: None | str | Unset = UNSET
    grades: list[GradeEnum] | None | Unset = UNSET
    subjects: list[SubjectEnum] | None | Unset = UNSET
    subject_codes: list[str] | None | Unset = UNSET
    level: None | str | Unset = UNSET
    grading_scheme: None | str | Unset = UNSET
    resources: list[SchoolYearRef] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.org is not UNSET:
            field_dict["org"] = _rt.dump(self.org)
        if self.sourced_id is not UNSET:
            field_dict["sourcedId"] = self.sourced_id
        if self.date_last_modified is not UNSET:
            field_dict["dateLastModified"] = _rt.dump(self.date_last_modified)
        if self.metadata is not UNSET:
            field_dict["metadata"] = _rt.dump(self.metadata)
        if self.academic_session is not UNSET:
            field_dict["academicSession"] = _rt.dump(self.academic_session)
        if self.school_year is not UNSET:
            field_dict["schoolYear"] = _rt.dump(self.school_year)
        if self.course_code is not UNSET:
            field_dict["courseCode"] = self.course_code
        if self.grades is not UNSET:
            field_dict["grades"] = _rt.dump(self.grades)
        if self.subjects is not UNSET:
            field_dict["subjects"] = _rt.dump(self.subjects)
        if self.subject_codes is not UNSET:
            field_dict["subjectCodes"] = _rt.dump(self.subject_codes)
        if self.level is not UNSET:
            field_dict["level"] = self.level
        if self.grading_scheme is not UNSET:
            field_dict["gradingScheme"] = self.grading_scheme
        if self.resources is not UNSET:
            field_dict["resources"] = _rt.dump(self.resources)
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
        status = check_lesson_plan_tree_component_status(d["status"])

        title = d["title"]
        if type(title) is not str:
            raise TypeError

        org = _F_ScoreScale(d["org"])

        sourced_id = d.get("sourcedId", UNSET)
        if type(sourced_id) is not str and sourced_id is not UNSET:
            raise TypeError

        _date_last_modified = d.get("dateLastModified", UNSET)
        date_last_modified = (
            UNSET
            if _date_last_modified is UNSET
            else _parse_datetime(_date_last_modified)
        )

        _metadata = d.get("metadata", UNSET)
        metadata = UNSET if _metadata is UNSET else _D_metadata.strict(_metadata)

        _academic_session = d.get("academicSession", UNSET)
        academic_session = (
            UNSET
            if _academic_session is UNSET
            else _D_academic_session.strict(_academic_session)
        )

        _school_year = d.get("schoolYear", UNSET)
        school_year = (
            UNSET if _school_year is UNSET else _D_school_year.strict(_school_year)
        )

        course_code = d.get("courseCode", UNSET)
        if (
            type(course_code) is not str
            and course_code is not None
            and course_code is not UNSET
        ):
            raise TypeError

        _grades = d.get("grades", UNSET)
        grades = UNSET if _grades is UNSET else _D_grades.strict(_grades)

        _subjects = d.get("subjects", UNSET)
        subjects = UNSET if _subjects is UNSET else _D_subjects.strict(_subjects)

        _subject_codes = d.get("subjectCodes", UNSET)
        subject_codes = (
            UNSET
            if _subject_codes is UNSET
            else _D_subject_codes.strict(_subject_codes)
        )

        level = d.get("level", UNSET)
        if type(level) is not str and level is not None and level is not UNSET:
            raise TypeError

        grading_scheme = d.get("gradingScheme", UNSET)
        if (
            type(grading_scheme) is not str
            and grading_scheme is not None
            and grading_scheme is not UNSET
        ):
            raise TypeError

        _resources = d.get("resources", UNSET)
        resources = UNSET if _resources is UNSET else _D_resources.strict(_resources)

        if cls is Course:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.status = status
            _obj.title = title
            _obj.org = org
            _obj.sourced_id = sourced_id
            _obj.date_last_modified = date_last_modified
            _obj.metadata = metadata
            _obj.academic_session = academic_session
            _obj.school_year = school_year
            _obj.course_code = course_code
            _obj.grades = grades
            _obj.subjects = subjects
            _obj.subject_codes = subject_codes
            _obj.level = level
            _obj.grading_scheme = grading_scheme
            _obj.resources = resources
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                status,
                title,
                org,
                sourced_id,
                date_last_modified,
                metadata,
                academic_session,
                school_year,
                course_code,
                grades,
                subjects,
                subject_codes,
                level,
                grading_scheme,
                resources,
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
