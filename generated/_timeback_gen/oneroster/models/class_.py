from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.class_type import ClassType, check_class_type
from ..models.grade_enum import GradeEnum, check_grade_enum
from ..models.status_type import StatusType, check_status_type
from ..models.subject_enum import SubjectEnum, check_subject_enum
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.class_metadata_type_0 import ClassMetadataType0
    from ..models.guid_ref import GUIDRef


T = TypeVar("T", bound="Class")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "sourcedId",
        "status",
        "title",
        "classCode",
        "classType",
        "location",
        "course",
        "school",
        "terms",
        "dateLastModified",
        "metadata",
        "grades",
        "subjects",
        "subjectCodes",
        "periods",
        "resources",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global ClassMetadataType0
    global GUIDRef
    from ..models.class_metadata_type_0 import ClassMetadataType0
    from ..models.guid_ref import GUIDRef

    _LAZY_BOUND = True


def _parse_course(data: object) -> GUIDRef | None:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        course_type_0 = GUIDRef.from_dict(data)

        return course_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_school(data: object) -> GUIDRef | None:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        school_type_0 = GUIDRef.from_dict(data)

        return school_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_metadata(data: object) -> ClassMetadataType0 | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = ClassMetadataType0.from_dict(data)

        return metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


@_attrs_define
class Class:
    """Represents a class.

    Attributes:
        sourced_id (str):
        status (StatusType):
        title (str):
        class_code (None | str):
        class_type (ClassType):
        location (None | str):
        course (GUIDRef | None):
        school (GUIDRef | None):
        terms (list[GUIDRef]):
        date_last_modified (datetime.datetime | Unset):
        metadata (ClassMetadataType0 | None | Unset): Additional metadata for the object
        grades (list[GradeEnum] | Unset):
        subjects (list[SubjectEnum] | Unset):
        subject_codes (list[str] | Unset):
        periods (list[str] | Unset):
        resources (list[GUIDRef] | Unset):
    """

    sourced_id: str
    status: StatusType
    title: str
    class_code: None | str
    class_type: ClassType
    location: None | str
    course: GUIDRef | None
    school: GUIDRef | None
    terms: list[GUIDRef]
    date_last_modified: datetime.datetime | Unset = UNSET
    metadata: ClassMetadataType0 | None | Unset = UNSET
    grades: list[GradeEnum] | Unset = UNSET
    subjects: list[SubjectEnum] | Unset = UNSET
    subject_codes: list[str] | Unset = UNSET
    periods: list[str] | Unset = UNSET
    resources: list[GUIDRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.class_metadata_type_0 import ClassMetadataType0
        from ..models.guid_ref import GUIDRef

        sourced_id = self.sourced_id

        status: str = self.status

        title = self.title

        class_code: None | str
        class_code = self.class_code

        class_type: str = self.class_type

        location: None | str
        location = self.location

        course: dict[str, Any] | None
        if isinstance(self.course, GUIDRef):
            course = self.course.to_dict()
        else:
            course = self.course

        school: dict[str, Any] | None
        if isinstance(self.school, GUIDRef):
            school = self.school.to_dict()
        else:
            school = self.school

        terms = []
        for terms_item_data in self.terms:
            terms_item = terms_item_data.to_dict()
            terms.append(terms_item)

        date_last_modified: str | Unset = UNSET
        if not isinstance(self.date_last_modified, Unset):
            date_last_modified = self.date_last_modified.isoformat()

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, ClassMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        grades: list[str] | Unset = UNSET
        if not isinstance(self.grades, Unset):
            grades = []
            for grades_item_data in self.grades:
                grades_item: str = grades_item_data
                grades.append(grades_item)

        subjects: list[str] | Unset = UNSET
        if not isinstance(self.subjects, Unset):
            subjects = []
            for subjects_item_data in self.subjects:
                subjects_item: str = subjects_item_data
                subjects.append(subjects_item)

        subject_codes: list[str] | Unset = UNSET
        if not isinstance(self.subject_codes, Unset):
            subject_codes = self.subject_codes

        periods: list[str] | Unset = UNSET
        if not isinstance(self.periods, Unset):
            periods = self.periods

        resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = []
            for resources_item_data in self.resources:
                resources_item = resources_item_data.to_dict()
                resources.append(resources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sourcedId": sourced_id,
                "status": status,
                "title": title,
                "classCode": class_code,
                "classType": class_type,
                "location": location,
                "course": course,
                "school": school,
                "terms": terms,
            }
        )
        if date_last_modified is not UNSET:
            field_dict["dateLastModified"] = date_last_modified
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if grades is not UNSET:
            field_dict["grades"] = grades
        if subjects is not UNSET:
            field_dict["subjects"] = subjects
        if subject_codes is not UNSET:
            field_dict["subjectCodes"] = subject_codes
        if periods is not UNSET:
            field_dict["periods"] = periods
        if resources is not UNSET:
            field_dict["resources"] = resources

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        sourced_id = d["sourcedId"]

        status = check_status_type(d["status"])

        title = d["title"]

        class_code = d["classCode"]

        class_type = check_class_type(d["classType"])

        location = d["location"]

        course = _parse_course(d["course"])

        school = _parse_school(d["school"])

        terms = [GUIDRef.from_dict(_item) for _item in d["terms"]]

        _date_last_modified = d.get("dateLastModified", UNSET)
        date_last_modified = (
            UNSET
            if _date_last_modified is UNSET
            else datetime.datetime.fromisoformat(_date_last_modified)
        )

        metadata = _parse_metadata(d.get("metadata", UNSET))

        _grades = d.get("grades", UNSET)
        grades = (
            UNSET
            if _grades is UNSET
            else [check_grade_enum(_item) for _item in _grades]
        )

        _subjects = d.get("subjects", UNSET)
        subjects = (
            UNSET
            if _subjects is UNSET
            else [check_subject_enum(_item) for _item in _subjects]
        )

        subject_codes = d.get("subjectCodes", UNSET)

        periods = d.get("periods", UNSET)

        _resources = d.get("resources", UNSET)
        resources = (
            UNSET
            if _resources is UNSET
            else [GUIDRef.from_dict(_item) for _item in _resources]
        )

        if cls is Class:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.sourced_id = sourced_id
            _obj.status = status
            _obj.title = title
            _obj.class_code = class_code
            _obj.class_type = class_type
            _obj.location = location
            _obj.course = course
            _obj.school = school
            _obj.terms = terms
            _obj.date_last_modified = date_last_modified
            _obj.metadata = metadata
            _obj.grades = grades
            _obj.subjects = subjects
            _obj.subject_codes = subject_codes
            _obj.periods = periods
            _obj.resources = resources
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                sourced_id,
                status,
                title,
                class_code,
                class_type,
                location,
                course,
                school,
                terms,
                date_last_modified,
                metadata,
                grades,
                subjects,
                subject_codes,
                periods,
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
