from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..models.lesson_type import LessonType, check_lesson_type
from ..models.status_type import StatusType, check_status_type
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_component_resource_body_component_resource_metadata_type_0 import (
        CreateComponentResourceBodyComponentResourceMetadataType0,
    )
    from ..models.sourced_id_ref import SourcedIdRef


T = TypeVar("T", bound="CreateComponentResourceBodyComponentResource")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "sourcedId",
        "status",
        "courseComponent",
        "resource",
        "title",
        "dateLastModified",
        "metadata",
        "sortOrder",
        "lessonType",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_SourcedIdRef
    global CreateComponentResourceBodyComponentResourceMetadataType0
    global SourcedIdRef
    global _D_metadata
    global _D_lesson_type
    from ..models.create_component_resource_body_component_resource_metadata_type_0 import (
        CreateComponentResourceBodyComponentResourceMetadataType0,
    )
    from ..models.sourced_id_ref import SourcedIdRef

    _TABLE = _rt.table(
        (
            _rt.Field("sourcedId", "sourced_id", True, _rt.STR),
            _rt.Field(
                "status", "status", True, _rt.Enum(check_status_type, "StatusType")
            ),
            _rt.Field(
                "courseComponent", "course_component", True, _rt.Model(SourcedIdRef)
            ),
            _rt.Field("resource", "resource", True, _rt.Model(SourcedIdRef)),
            _rt.Field("title", "title", True, _rt.STR),
            _rt.Field("dateLastModified", "date_last_modified", False, _rt.DATETIME),
            _rt.Field(
                "metadata",
                "metadata",
                False,
                _rt.Union(
                    (
                        _rt.Model(
                            CreateComponentResourceBodyComponentResourceMetadataType0
                        ),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field("sortOrder", "sort_order", False, _rt.FLOAT),
            _rt.Field(
                "lessonType",
                "lesson_type",
                False,
                _rt.Union(
                    (
                        _rt.Enum(check_lesson_type, "LessonType"),
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
    _F_SourcedIdRef = SourcedIdRef._from_dict_fast
    _D_metadata = _TABLE.fields[6].desc
    _D_lesson_type = _TABLE.fields[8].desc
    _BOUND = True


@_attrs_define
class CreateComponentResourceBodyComponentResource:
    """Represents a resource associated with a course component.

    Attributes:
        sourced_id (str):
        status (StatusType):
        course_component (SourcedIdRef):
        resource (SourcedIdRef):
        title (str):
        date_last_modified (datetime.datetime | Unset):
        metadata (CreateComponentResourceBodyComponentResourceMetadataType0 | None | Unset): Additional metadata for the
            object
        sort_order (float | Unset):  Default: 0.0.
        lesson_type (LessonType | None | Unset):
    """

    sourced_id: str
    status: StatusType
    course_component: SourcedIdRef
    resource: SourcedIdRef
    title: str
    date_last_modified: datetime.datetime | Unset = UNSET
    metadata: (
        CreateComponentResourceBodyComponentResourceMetadataType0 | None | Unset
    ) = UNSET
    sort_order: float | Unset = 0.0
    lesson_type: LessonType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.sourced_id is not UNSET:
            field_dict["sourcedId"] = self.sourced_id
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.course_component is not UNSET:
            field_dict["courseComponent"] = _rt.dump(self.course_component)
        if self.resource is not UNSET:
            field_dict["resource"] = _rt.dump(self.resource)
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.date_last_modified is not UNSET:
            field_dict["dateLastModified"] = _rt.dump(self.date_last_modified)
        if self.metadata is not UNSET:
            field_dict["metadata"] = _rt.dump(self.metadata)
        if self.sort_order is not UNSET:
            field_dict["sortOrder"] = self.sort_order
        if self.lesson_type is not UNSET:
            field_dict["lessonType"] = _rt.dump(self.lesson_type)
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
        sourced_id = d["sourcedId"]
        if type(sourced_id) is not str:
            raise TypeError

        status = check_status_type(d["status"])

        course_component = _F_SourcedIdRef(d["courseComponent"])

        resource = _F_SourcedIdRef(d["resource"])

        title = d["title"]
        if type(title) is not str:
            raise TypeError

        _date_last_modified = d.get("dateLastModified", UNSET)
        date_last_modified = (
            UNSET
            if _date_last_modified is UNSET
            else _parse_datetime(_date_last_modified)
        )

        _metadata = d.get("metadata", UNSET)
        metadata = UNSET if _metadata is UNSET else _D_metadata.strict(_metadata)

        sort_order = d.get("sortOrder", UNSET)
        if (
            type(sort_order) is not float
            and type(sort_order) is not int
            and sort_order is not UNSET
        ):
            raise TypeError

        _lesson_type = d.get("lessonType", UNSET)
        lesson_type = (
            UNSET if _lesson_type is UNSET else _D_lesson_type.strict(_lesson_type)
        )

        if cls is CreateComponentResourceBodyComponentResource:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.sourced_id = sourced_id
            _obj.status = status
            _obj.course_component = course_component
            _obj.resource = resource
            _obj.title = title
            _obj.date_last_modified = date_last_modified
            _obj.metadata = metadata
            _obj.sort_order = sort_order
            _obj.lesson_type = lesson_type
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                sourced_id,
                status,
                course_component,
                resource,
                title,
                date_last_modified,
                metadata,
                sort_order,
                lesson_type,
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
