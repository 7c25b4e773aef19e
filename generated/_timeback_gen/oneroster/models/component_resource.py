from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lesson_type import LessonType, check_lesson_type
from ..models.status_type import StatusType, check_status_type
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.component_resource_metadata_type_0 import (
        ComponentResourceMetadataType0,
    )
    from ..models.sourced_id_ref import SourcedIdRef


T = TypeVar("T", bound="ComponentResource")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "sourcedId",
        "status",
        "courseComponent",
        "resource",
        "title",
        "sortOrder",
        "dateLastModified",
        "metadata",
        "lessonType",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global ComponentResourceMetadataType0
    global SourcedIdRef
    from ..models.component_resource_metadata_type_0 import (
        ComponentResourceMetadataType0,
    )
    from ..models.sourced_id_ref import SourcedIdRef

    _LAZY_BOUND = True


def _parse_metadata(data: object) -> ComponentResourceMetadataType0 | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = ComponentResourceMetadataType0.from_dict(data)

        return metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_lesson_type(data: object) -> LessonType | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, str):
            raise TypeError()
        lesson_type_type_0 = check_lesson_type(data)

        return lesson_type_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


@_attrs_define
class ComponentResource:
    """Represents a resource associated with a course component.

    Attributes:
        sourced_id (str):
        status (StatusType):
        course_component (SourcedIdRef):
        resource (SourcedIdRef):
        title (str):
        sort_order (float):  Default: 0.0.
        date_last_modified (datetime.datetime | Unset):
        metadata (ComponentResourceMetadataType0 | None | Unset): Additional metadata for the object
        lesson_type (LessonType | None | Unset):
    """

    sourced_id: str
    status: StatusType
    course_component: SourcedIdRef
    resource: SourcedIdRef
    title: str
    sort_order: float = 0.0
    date_last_modified: datetime.datetime | Unset = UNSET
    metadata: ComponentResourceMetadataType0 | None | Unset = UNSET
    lesson_type: LessonType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.component_resource_metadata_type_0 import (
            ComponentResourceMetadataType0,
        )

        sourced_id = self.sourced_id

        status: str = self.status

        course_component = self.course_component.to_dict()

        resource = self.resource.to_dict()

        title = self.title

        sort_order = self.sort_order

        date_last_modified: str | Unset = UNSET
        if not isinstance(self.date_last_modified, Unset):
            date_last_modified = self.date_last_modified.isoformat()

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, ComponentResourceMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        lesson_type: None | str | Unset
        if isinstance(self.lesson_type, Unset):
            lesson_type = UNSET
        elif isinstance(self.lesson_type, str):
            lesson_type = self.lesson_type
        else:
            lesson_type = self.lesson_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sourcedId": sourced_id,
                "status": status,
                "courseComponent": course_component,
                "resource": resource,
                "title": title,
                "sortOrder": sort_order,
            }
        )
        if date_last_modified is not UNSET:
            field_dict["dateLastModified"] = date_last_modified
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if lesson_type is not UNSET:
            field_dict["lessonType"] = lesson_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        sourced_id = d["sourcedId"]

        status = check_status_type(d["status"])

        course_component = SourcedIdRef.from_dict(d["courseComponent"])

        resource = SourcedIdRef.from_dict(d["resource"])

        title = d["title"]

        sort_order = d["sortOrder"]

        _date_last_modified = d.get("dateLastModified", UNSET)
        date_last_modified = (
            UNSET
            if _date_last_modified is UNSET
            else datetime.datetime.fromisoformat(_date_last_modified)
        )

        metadata = _parse_metadata(d.get("metadata", UNSET))

        lesson_type = _parse_lesson_type(d.get("lessonType", UNSET))

        if cls is ComponentResource:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.sourced_id = sourced_id
            _obj.status = status
            _obj.course_component = course_component
            _obj.resource = resource
            _obj.title = title
            _obj.sort_order = sort_order
            _obj.date_last_modified = date_last_modified
            _obj.metadata = metadata
            _obj.lesson_type = lesson_type
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                sourced_id,
                status,
                course_component,
                resource,
                title,
                sort_order,
                date_last_modified,
                metadata,
                lesson_type,
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
