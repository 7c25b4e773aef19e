from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grade_enum import GradeEnum, check_grade_enum
from ..models.status_type import StatusType, check_status_type
from ..models.subject_enum import SubjectEnum, check_subject_enum
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.course_metadata_type_0 import CourseMetadataType0
    from ..models.sourced_id_ref import SourcedIdRef
    from ..models.typed_guid_ref import TypedGUIDRef


T = TypeVar("T", bound="Course")
_new_instance = object.__new__

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
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global CourseMetadataType0
    global SourcedIdRef
    global TypedGUIDRef
    from ..models.course_metadata_type_0 import CourseMetadataType0
    from ..models.sourced_id_ref import SourcedIdRef
    from ..models.typed_guid_ref import TypedGUIDRef

    _LAZY_BOUND = True


def _parse_metadata(data: object) -> CourseMetadataType0 | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = CourseMetadataType0.from_dict(data)

        return metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_academic_session(data: object) -> None | SourcedIdRef | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        academic_session_type_0 = SourcedIdRef.from_dict(data)

        return academic_session_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_school_year(data: object) -> None | TypedGUIDRef | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        school_year_type_0 = TypedGUIDRef.from_dict(data)

        return school_year_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_grades(data: object) -> list[GradeEnum] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
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


def _parse_subjects(data: object) -> list[SubjectEnum] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
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


def _parse_subject_codes(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, list):
            raise TypeError()
        subject_codes_type_0 = cast(list[str], data)

        return subject_codes_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_resources(data: object) -> list[TypedGUIDRef] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, list):
            raise TypeError()
        resources_type_0 = []
        _resources_type_0 = data
        for resources_type_0_item_data in _resources_type_0:
            resources_type_0_item = TypedGUIDRef.from_dict(resources_type_0_item_data)

            resources_type_0.append(resources_type_0_item)

        return resources_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


@_attrs_define
class Course:
    """Represents a course.

    Attributes:
        status (StatusType):
        title (str):
        org (SourcedIdRef):
        sourced_id (str | Unset):
        date_last_modified (datetime.datetime | Unset):
        metadata (CourseMetadataType0 | None | Unset): Additional metadata for the object
        academic_session (None | SourcedIdRef | Unset):
        school_year (None | TypedGUIDRef | Unset):
        course_code (None | str | Unset):
        grades (list[GradeEnum] | None | Unset):
        subjects (list[SubjectEnum] | None | Unset):
        subject_codes (list[str] | None | Unset):
        level (None | str | Unset):
        grading_scheme (None | str | Unset):
        resources (list[TypedGUIDRef] | None | Unset):
    """

    status: StatusType
    title: str
    org: SourcedIdRef
    sourced_id: str | Unset = UNSET
    date_last_modified: datetime.datetime | Unset = UNSET
    metadata: CourseMetadataType0 | None | Unset = UNSET
    academic_session: None | SourcedIdRef | Unset = UNSET
    school_year: None | TypedGUIDRef | Unset = UNSET
    course_code: None | str | Unset = UNSET
    grades: list[GradeEnum] | None | Unset = UNSET
    subjects: list[SubjectEnum] | None | Unset = UNSET
    subject_codes: list[str] | None | Unset = UNSET
    level: None | str | Unset = UNSET
    grading_scheme: None | str | Unset = UNSET
    resources: list[TypedGUIDRef] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.course_metadata_type_0 import CourseMetadataType0
        from ..models.sourced_id_ref import SourcedIdRef
        from ..models.typed_guid_ref import TypedGUIDRef

        status: str = self.status

        title = self.title

        org = self.org.to_dict()

        sourced_id = self.sourced_id

        date_last_modified: str | Unset = UNSET
        if not isinstance(self.date_last_modified, Unset):
            date_last_modified = self.date_last_modified.isoformat()

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, CourseMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        academic_session: dict[str, Any] | None | Unset
        if isinstance(self.academic_session, Unset):
            academic_session = UNSET
        elif isinstance(self.academic_session, SourcedIdRef):
            academic_session = self.academic_session.to_dict()
        else:
            academic_session = self.academic_session

        school_year: dict[str, Any] | None | Unset
        if isinstance(self.school_year, Unset):
            school_year = UNSET
        elif isinstance(self.school_year, TypedGUIDRef):
            school_year = self.school_year.to_dict()
        else:
            school_year = self.school_year

        course_code: None | str | Unset
        if isinstance(self.course_code, Unset):
            course_code = UNSET
        else:
            course_code = self.course_code

        grades: list[str] | None | Unset
        if isinstance(self.grades, Unset):
            grades = UNSET
        elif isinstance(self.grades, list):
            grades = []
            for grades_type_0_item_data in self.grades:
                grades_type_0_item: str = grades_type_0_item_data
                grades.append(grades_type_0_item)

        else:
            grades = self.grades

        subjects: list[str] | None | Unset
        if isinstance(self.subjects, Unset):
            subjects = UNSET
        elif isinstance(self.subjects, list):
            subjects = []
            for subjects_type_0_item_data in self.subjects:
                subjects_type_0_item: str = subjects_type_0_item_data
                subjects.append(subjects_type_0_item)

        else:
            subjects = self.subjects

        subject_codes: list[str] | None | Unset
        if isinstance(self.subject_codes, Unset):
            subject_codes = UNSET
        elif isinstance(self.subject_codes, list):
            subject_codes = self.subject_codes

        else:
            subject_codes = self.subject_codes

        level: None | str | Unset
        if isinstance(self.level, Unset):
            level = UNSET
        else:
            level = self.level

        grading_scheme: None | str | Unset
        if isinstance(self.grading_scheme, Unset):
            grading_scheme = UNSET
        else:
            grading_scheme = self.grading_scheme

        resources: list[dict[str, Any]] | None | Unset
        if isinstance(self.resources, Unset):
            resources = UNSET
        elif isinstance(self.resources, list):
            resources = []
            for resources_type_0_item_data in self.resources:
                resources_type_0_item = resources_type_0_item_data.to_dict()
                resources.append(resources_type_0_item)

        else:
            resources = self.resources

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "title": title,
                "org": org,
            }
        )
        if sourced_id is not UNSET:
            field_dict["sourcedId"] = sourced_id
        if date_last_modified is not UNSET:
            field_dict["dateLastModified"] = date_last_modified
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if academic_session is not UNSET:
            field_dict["academicSession"] = academic_session
        if school_year is not UNSET:
            field_dict["schoolYear"] = school_year
        if course_code is not UNSET:
            field_dict["courseCode"] = course_code
        if grades is not UNSET:
            field_dict["grades"] = grades
        if subjects is not UNSET:
            field_dict["subjects"] = subjects
        if subject_codes is not UNSET:
            field_dict["subjectCodes"] = subject_codes
        if level is not UNSET:
            field_dict["level"] = level
        if grading_scheme is not UNSET:
            field_dict["gradingScheme"] = grading_scheme
        if resources is not UNSET:
            field_dict["resources"] = resources

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        status = check_status_type(d["status"])

        title = d["title"]

        org = SourcedIdRef.from_dict(d["org"])

        sourced_id = d.get("sourcedId", UNSET)

        _date_last_modified = d.get("dateLastModified", UNSET)
        date_last_modified = (
            UNSET
            if _date_last_modified is UNSET
            else datetime.datetime.fromisoformat(_date_last_modified)
        )

        metadata = _parse_metadata(d.get("metadata", UNSET))

        academic_session = _parse_academic_session(d.get("academicSession", UNSET))

        school_year = _parse_school_year(d.get("schoolYear", UNSET))

        course_code = d.get("courseCode", UNSET)

        grades = _parse_grades(d.get("grades", UNSET))

        subjects = _parse_subjects(d.get("subjects", UNSET))

        subject_codes = _parse_subject_codes(d.get("subjectCodes", UNSET))

        level = d.get("level", UNSET)

        grading_scheme = d.get("gradingScheme", UNSET)

        resources = _parse_resources(d.get("resources", UNSET))

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
            _obj.additional_properties = NO_EXTRAS
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
