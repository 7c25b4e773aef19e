from __future__ import annotations

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
    from ..models.sourced_id_ref import SourcedIdRef
    from ..models.update_class_body_class_metadata_type_0 import (
        UpdateClassBodyClassMetadataType0,
    )


T = TypeVar("T", bound="UpdateClassBodyClass")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "status",
        "metadata",
        "title",
        "classCode",
        "classType",
        "location",
        "grades",
        "subjects",
        "subjectCodes",
        "periods",
        "resources",
        "terms",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global SourcedIdRef
    global UpdateClassBodyClassMetadataType0
    from ..models.sourced_id_ref import SourcedIdRef
    from ..models.update_class_body_class_metadata_type_0 import (
        UpdateClassBodyClassMetadataType0,
    )

    _LAZY_BOUND = True


def _parse_metadata(data: object) -> None | Unset | UpdateClassBodyClassMetadataType0:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = UpdateClassBodyClassMetadataType0.from_dict(data)

        return metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


@_attrs_define
class UpdateClassBodyClass:
    """
    Attributes:
        status (StatusType | Unset):
        metadata (None | Unset | UpdateClassBodyClassMetadataType0):
        title (str | Unset):
        class_code (None | str | Unset):
        class_type (ClassType | Unset):
        location (None | str | Unset):
        grades (list[GradeEnum] | Unset):
        subjects (list[SubjectEnum] | Unset):
        subject_codes (list[str] | Unset):
        periods (list[str] | Unset):
        resources (list[SourcedIdRef] | Unset):
        terms (list[SourcedIdRef] | Unset):
    """

    status: StatusType | Unset = UNSET
    metadata: None | Unset | UpdateClassBodyClassMetadataType0 = UNSET
    title: str | Unset = UNSET
    class_code: None | str | Unset = UNSET
    class_type: ClassType | Unset = UNSET
    location: None | str | Unset = UNSET
    grades: list[GradeEnum] | Unset = UNSET
    subjects: list[SubjectEnum] | Unset = UNSET
    subject_codes: list[str] | Unset = UNSET
    periods: list[str] | Unset = UNSET
    resources: list[SourcedIdRef] | Unset = UNSET
    terms: list[SourcedIdRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.update_class_body_class_metadata_type_0 import (
            UpdateClassBodyClassMetadataType0,
        )

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, UpdateClassBodyClassMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        title = self.title

        class_code: None | str | Unset
        if isinstance(self.class_code, Unset):
            class_code = UNSET
        else:
            class_code = self.class_code

        class_type: str | Unset = UNSET
        if not isinstance(self.class_type, Unset):
            class_type = self.class_type

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

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

        terms: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.terms, Unset):
            terms = []
            for terms_item_data in self.terms:
                terms_item = terms_item_data.to_dict()
                terms.append(terms_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if title is not UNSET:
            field_dict["title"] = title
        if class_code is not UNSET:
            field_dict["classCode"] = class_code
        if class_type is not UNSET:
            field_dict["classType"] = class_type
        if location is not UNSET:
            field_dict["location"] = location
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
        if terms is not UNSET:
            field_dict["terms"] = terms

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        _status = d.get("status", UNSET)
        status = UNSET if _status is UNSET else check_status_type(_status)

        metadata = _parse_metadata(d.get("metadata", UNSET))

        title = d.get("title", UNSET)

        class_code = d.get("classCode", UNSET)

        _class_type = d.get("classType", UNSET)
        class_type = UNSET if _class_type is UNSET else check_class_type(_class_type)

        location = d.get("location", UNSET)

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
            else [SourcedIdRef.from_dict(_item) for _item in _resources]
        )

        _terms = d.get("terms", UNSET)
        terms = (
            UNSET
            if _terms is UNSET
            else [SourcedIdRef.from_dict(_item) for _item in _terms]
        )

        if cls is UpdateClassBodyClass:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.status = status
            _obj.metadata = metadata
            _obj.title = title
            _obj.class_code = class_code
            _obj.class_type = class_type
            _obj.location = location
            _obj.grades = grades
            _obj.subjects = subjects
            _obj.subject_codes = subject_codes
            _obj.periods = periods
            _obj.resources = resources
            _obj.terms = terms
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                status,
                metadata,
                title,
                class_code,
                class_type,
                location,
                grades,
                subjects,
                subject_codes,
                periods,
                resources,
                terms,
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
