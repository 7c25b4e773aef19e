from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status_type import StatusType, check_status_type
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_course_component_body_course_component_metadata_type_0 import (
        CreateCourseComponentBodyCourseComponentMetadataType0,
    )
    from ..models.sourced_id_ref import SourcedIdRef


T = TypeVar("T", bound="CreateCourseComponentBodyCourseComponent")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "status",
        "course",
        "title",
        "sourcedId",
        "dateLastModified",
        "metadata",
        "courseComponent",
        "parent",
        "sortOrder",
        "prerequisites",
        "prerequisiteCriteria",
        "unlockDate",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global CreateCourseComponentBodyCourseComponentMetadataType0
    global SourcedIdRef
    from ..models.create_course_component_body_course_component_metadata_type_0 import (
        CreateCourseComponentBodyCourseComponentMetadataType0,
    )
    from ..models.sourced_id_ref import SourcedIdRef

    _LAZY_BOUND = True


def _parse_metadata(
    data: object,
) -> CreateCourseComponentBodyCourseComponentMetadataType0 | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = (
            CreateCourseComponentBodyCourseComponentMetadataType0.from_dict(data)
        )

        return metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_course_component(data: object) -> None | SourcedIdRef | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        course_component_type_0 = SourcedIdRef.from_dict(data)

        return course_component_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_parent(data: object) -> None | SourcedIdRef | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        parent_type_0 = SourcedIdRef.from_dict(data)

        return parent_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_prerequisites(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, list):
            raise TypeError()
        prerequisites_type_0 = cast(list[str], data)

        return prerequisites_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


@_attrs_define
class CreateCourseComponentBodyCourseComponent:
    """Represents a component of a course.

    Attributes:
        status (StatusType):
        course (SourcedIdRef):
        title (str):
        sourced_id (str | Unset):
        date_last_modified (datetime.datetime | Unset):
        metadata (CreateCourseComponentBodyCourseComponentMetadataType0 | None | Unset): Additional metadata for the
            object
        course_component (None | SourcedIdRef | Unset):
        parent (None | SourcedIdRef | Unset):
        sort_order (float | Unset):  Example: 1.
        prerequisites (list[str] | None | Unset):
        prerequisite_criteria (None | str | Unset):
        unlock_date (str | Unset): The date the component is unlocked for the student Example: 2021-01-01T00:00:00.000Z.
    """

    status: StatusType
    course: SourcedIdRef
    title: str
    sourced_id: str | Unset = UNSET
    date_last_modified: datetime.datetime | Unset = UNSET
    metadata: CreateCourseComponentBodyCourseComponentMetadataType0 | None | Unset = (
        UNSET
    )
    course_component: None | SourcedIdRef | Unset = UNSET
    parent: None | SourcedIdRef | Unset = UNSET
    sort_order: float | Unset = UNSET
    prerequisites: list[str] | None | Unset = UNSET
    prerequisite_criteria: None | str | Unset = UNSET
    unlock_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_course_component_body_course_component_metadata_type_0 import (
            CreateCourseComponentBodyCourseComponentMetadataType0,
        )
        from ..models.sourced_id_ref import SourcedIdRef

        status: str = self.status

        course = self.course.to_dict()

        title = self.title

        sourced_id = self.sourced_id

        date_last_modified: str | Unset = UNSET
        if not isinstance(self.date_last_modified, Unset):
            date_last_modified = self.date_last_modified.isoformat()

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(
            self.metadata, CreateCourseComponentBodyCourseComponentMetadataType0
        ):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        course_component: dict[str, Any] | None | Unset
        if isinstance(self.course_component, Unset):
            course_component = UNSET
        elif isinstance(self.course_component, SourcedIdRef):
            course_component = self.course_component.to_dict()
        else:
            course_component = self.course_component

        parent: dict[str, Any] | None | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        elif isinstance(self.parent, SourcedIdRef):
            parent = self.parent.to_dict()
        else:
            parent = self.parent

        sort_order = self.sort_order

        prerequisites: list[str] | None | Unset
        if isinstance(self.prerequisites, Unset):
            prerequisites = UNSET
        elif isinstance(self.prerequisites, list):
            prerequisites = self.prerequisites

        else:
            prerequisites = self.prerequisites

        prerequisite_criteria: None | str | Unset
        if isinstance(self.prerequisite_criteria, Unset):
            prerequisite_criteria = UNSET
        else:
            prerequisite_criteria = self.prerequisite_criteria

        unlock_date = self.unlock_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "course": course,
                "title": title,
            }
        )
        if sourced_id is not UNSET:
            field_dict["sourcedId"] = sourced_id
        if date_last_modified is not UNSET:
            field_dict["dateLastModified"] = date_last_modified
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if course_component is not UNSET:
            field_dict["courseComponent"] = course_component
        if parent is not UNSET:
            field_dict["parent"] = parent
        if sort_order is not UNSET:
            field_dict["sortOrder"] = sort_order
        if prerequisites is not UNSET:
            field_dict["prerequisites"] = prerequisites
        if prerequisite_criteria is not UNSET:
            field_dict["prerequisiteCriteria"] = prerequisite_criteria
        if unlock_date is not UNSET:
            field_dict["unlockDate"] = unlock_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        status = check_status_type(d["status"])

        course = SourcedIdRef.from_dict(d["course"])

        title = d["title"]

        sourced_id = d.get("sourcedId", UNSET)

        _date_last_modified = d.get("dateLastModified", UNSET)
        date_last_modified = (
            UNSET
            if _date_last_modified is UNSET
            else datetime.datetime.fromisoformat(_date_last_modified)
        )

        metadata = _parse_metadata(d.get("metadata", UNSET))

        course_component = _parse_course_component(d.get("courseComponent", UNSET))

        parent = _parse_parent(d.get("parent", UNSET))

        sort_order = d.get("sortOrder", UNSET)

        prerequisites = _parse_prerequisites(d.get("prerequisites", UNSET))

        prerequisite_criteria = d.get("prerequisiteCriteria", UNSET)

        unlock_date = d.get("unlockDate", UNSET)

        if cls is CreateCourseComponentBodyCourseComponent:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.status = status
            _obj.course = course
            _obj.title = title
            _obj.sourced_id = sourced_id
            _obj.date_last_modified = date_last_modified
            _obj.metadata = metadata
            _obj.course_component = course_component
            _obj.parent = parent
            _obj.sort_order = sort_order
            _obj.prerequisites = prerequisites
            _obj.prerequisite_criteria = prerequisite_criteria
            _obj.unlock_date = unlock_date
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                status,
                course,
                title,
                sourced_id,
                date_last_modified,
                metadata,
                course_component,
                parent,
                sort_order,
                prerequisites,
                prerequisite_criteria,
                unlock_date,
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
