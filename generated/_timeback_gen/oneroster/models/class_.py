from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.class_type import ClassType, check_class_type
from ..models.status_type import StatusType, check_status_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.class_metadata_type_0 import ClassMetadataType0
    from ..models.school_ref import SchoolRef


T = TypeVar("T", bound="Class")


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
        course (None | SchoolRef):
        school (None | SchoolRef):
        terms (list[SchoolRef]):
        date_last_modified (datetime.datetime | Unset):
        metadata (ClassMetadataType0 | None | Unset): Additional metadata for the object
        grades (list[str] | Unset):
        subjects (list[str] | Unset):
        subject_codes (list[str] | Unset):
        periods (list[str] | Unset):
        resources (list[SchoolRef] | Unset):
    """

    sourced_id: str
    status: StatusType
    title: str
    class_code: None | str
    class_type: ClassType
    location: None | str
    course: None | SchoolRef
    school: None | SchoolRef
    terms: list[SchoolRef]
    date_last_modified: datetime.datetime | Unset = UNSET
    metadata: ClassMetadataType0 | None | Unset = UNSET
    grades: list[str] | Unset = UNSET
    subjects: list[str] | Unset = UNSET
    subject_codes: list[str] | Unset = UNSET
    periods: list[str] | Unset = UNSET
    resources: list[SchoolRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.class_metadata_type_0 import ClassMetadataType0
        from ..models.school_ref import SchoolRef

        sourced_id = self.sourced_id

        status: str = self.status

        title = self.title

        class_code: None | str
        class_code = self.class_code

        class_type: str = self.class_type

        location: None | str
        location = self.location

        course: dict[str, Any] | None
        if isinstance(self.course, SchoolRef):
            course = self.course.to_dict()
        else:
            course = self.course

        school: dict[str, Any] | None
        if isinstance(self.school, SchoolRef):
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
            grades = self.grades

        subjects: list[str] | Unset = UNSET
        if not isinstance(self.subjects, Unset):
            subjects = self.subjects

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
        from ..models.class_metadata_type_0 import ClassMetadataType0
        from ..models.school_ref import SchoolRef

        d = dict(src_dict)
        sourced_id = d.pop("sourcedId")

        status = check_status_type(d.pop("status"))

        title = d.pop("title")

        def _parse_class_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        class_code = _parse_class_code(d.pop("classCode"))

        class_type = check_class_type(d.pop("classType"))

        def _parse_location(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        location = _parse_location(d.pop("location"))

        def _parse_course(data: object) -> None | SchoolRef:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                course_type_0 = SchoolRef.from_dict(data)

                return course_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SchoolRef, data)

        course = _parse_course(d.pop("course"))

        def _parse_school(data: object) -> None | SchoolRef:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                school_type_0 = SchoolRef.from_dict(data)

                return school_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SchoolRef, data)

        school = _parse_school(d.pop("school"))

        terms = []
        _terms = d.pop("terms")
        for terms_item_data in _terms:
            terms_item = SchoolRef.from_dict(terms_item_data)

            terms.append(terms_item)

        _date_last_modified = d.pop("dateLastModified", UNSET)
        date_last_modified: datetime.datetime | Unset
        if isinstance(_date_last_modified, Unset):
            date_last_modified = UNSET
        else:
            date_last_modified = datetime.datetime.fromisoformat(_date_last_modified)

        def _parse_metadata(data: object) -> ClassMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = ClassMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClassMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        grades = cast(list[str], d.pop("grades", UNSET))

        subjects = cast(list[str], d.pop("subjects", UNSET))

        subject_codes = cast(list[str], d.pop("subjectCodes", UNSET))

        periods = cast(list[str], d.pop("periods", UNSET))

        _resources = d.pop("resources", UNSET)
        resources: list[SchoolRef] | Unset = UNSET
        if _resources is not UNSET:
            resources = []
            for resources_item_data in _resources:
                resources_item = SchoolRef.from_dict(resources_item_data)

                resources.append(resources_item)

        class_ = cls(
            sourced_id=sourced_id,
            status=status,
            title=title,
            class_code=class_code,
            class_type=class_type,
            location=location,
            course=course,
            school=school,
            terms=terms,
            date_last_modified=date_last_modified,
            metadata=metadata,
            grades=grades,
            subjects=subjects,
            subject_codes=subject_codes,
            periods=periods,
            resources=resources,
        )

        class_.additional_properties = d
        return class_

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
