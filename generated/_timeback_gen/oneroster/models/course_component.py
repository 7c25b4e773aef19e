from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..models.status_type import StatusType, check_status_type
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.course_component_metadata_type_0 import CourseComponentMetadataType0
    from ..models.sourced_id_ref import SourcedIdRef


T = TypeVar("T", bound="CourseComponent")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "status",
        "course",
        "title",
        "sortOrder",
        "unlockDate",
        "sourcedId",
        "dateLastModified",
        "metadata",
        "courseComponent",
        "parent",
        "prerequisites",
        "prerequisiteCriteria",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_SourcedIdRef
    global CourseComponentMetadataType0
    global SourcedIdRef
    global _D_metadata
    global _D_course_component
    global _D_parent
    global _D_prerequisites
    from ..models.course_component_metadata_type_0 import CourseComponentMetadataType0
    from ..models.sourced_id_ref import SourcedIdRef

    _TABLE = _rt.table(
        (
            _rt.Field(
                "status", "status", True, _rt.Enum(check_status_type, "StatusType")
            ),
            _rt.Field("course", "course", True, _rt.Model(SourcedIdRef)),
            _rt.Field("title", "title", True, _rt.STR),
            _rt.Field("sortOrder", "sort_order", True, _rt.FLOAT),
            _rt.Field("unlockDate", "unlock_date", True, _rt.STR),
            _rt.Field("sourcedId", "sourced_id", False, _rt.STR),
            _rt.Field("dateLastModified", "date_last_modified", False, _rt.DATETIME),
            _rt.Field(
                "metadata",
                "metadata",
                False,
                _rt.Union(
                    (
                        _rt.Model(CourseComponentMetadataType0),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "courseComponent",
                "course_component",
                False,
                _rt.Union(
                    (
                        _rt.Model(SourcedIdRef),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "parent",
                "parent",
                False,
                _rt.Union(
                    (
                        _rt.Model(SourcedIdRef),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "prerequisites",
                "prerequisites",
                False,
                _rt.Union(
                    (
                        _rt.List(_rt.STR),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "prerequisiteCriteria",
                "prerequisite_criteria",
                False,
                _rt.Union(
                    (
                        _rt.STR,
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
    _D_metadata = _TABLE.fields[7].desc
    _D_course_component = _TABLE.fields[8].desc
    _D_parent = _TABLE.fields[9].desc
    _D_prerequisites = _TABLE.fields[10].desc
    _BOUND = True


@_attrs_define
class CourseComponent:
    """Represents a component of a course.

    Attributes:
        status (StatusType):
        course (SourcedIdRef):
        title (str):
        sort_order (float):  Example: 1.
        unlock_date (str): The date the component is unlocked for the student Example: 2021-01-01T00:00:00.000Z.
        sourced_id (str | Unset):
        date_last_modified (datetime.datetime | Unset):
        metadata (CourseComponentMetadataType0 | None | Unset): Additional metadata for the object
        course_component (None | SourcedIdRef | Unset):
        parent (None | SourcedIdRef | Unset):
        prerequisites (list[str] | None | Unset):
        prerequisite_criteria (None | str | Unset):
    """

    status: StatusType
    course: SourcedIdRef
    title: str
    sort_order: float
    unlock_date: str
    sourced_id: str | Unset = UNSET
    date_last_modified: datetime.datetime | Unset = UNSET
    metadata: CourseComponentMetadataType0 | None | Unset = UNSET
    course_component: None | SourcedIdRef | Unset = UNSET
    parent: None | SourcedIdRef | Unset = UNSET
    prerequisites: list[str] | None | Unset = UNSET
    prerequisite_criteria: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.course is not UNSET:
            field_dict["course"] = _rt.dump(self.course)
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.sort_order is not UNSET:
            field_dict["sortOrder"] = self.sort_order
        if self.unlock_date is not UNSET:
            field_dict["unlockDate"] = self.unlock_date
        if self.sourced_id is not UNSET:
            field_dict["sourcedId"] = self.sourced_id
        if self.date_last_modified is not UNSET:
            field_dict["dateLastModified"] = _rt.dump(self.date_last_modified)
        if self.metadata is not UNSET:
            field_dict["metadata"] = _rt.dump(self.metadata)
        if self.course_component is not UNSET:
            field_dict["courseComponent"] = _rt.dump(self.course_component)
        if self.parent is not UNSET:
            field_dict["parent"] = _rt.dump(self.parent)
        if self.prerequisites is not UNSET:
            field_dict["prerequisites"] = _rt.dump(self.prerequisites)
        if self.prerequisite_criteria is not UNSET:
            field_dict["prerequisiteCriteria"] = self.prerequisite_criteria
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
        status = check_status_type(d["status"])

        course = _F_SourcedIdRef(d["course"])

        title = d["title"]
        if type(title) is not str:
            raise TypeError

        sort_order = d["sortOrder"]
        if type(sort_order) is not float and type(sort_order) is not int:
            raise TypeError

        unlock_date = d["unlockDate"]
        if type(unlock_date) is not str:
            raise TypeError

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

        _course_component = d.get("courseComponent", UNSET)
        course_component = (
            UNSET
            if _course_component is UNSET
            else _D_course_component.strict(_course_component)
        )

        _parent = d.get("parent", UNSET)
        parent = UNSET if _parent is UNSET else _D_parent.strict(_parent)

        _prerequisites = d.get("prerequisites", UNSET)
        prerequisites = (
            UNSET
            if _prerequisites is UNSET
            else _D_prerequisites.strict(_prerequisites)
        )

        prerequisite_criteria = d.get("prerequisiteCriteria", UNSET)
        if (
            type(prerequisite_criteria) is not str
            and prerequisite_criteria is not None
            and prerequisite_criteria is not UNSET
        ):
            raise TypeError

        if cls is CourseComponent:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.status = status
            _obj.course = course
            _obj.title = title
            _obj.sort_order = sort_order
            _obj.unlock_date = unlock_date
            _obj.sourced_id = sourced_id
            _obj.date_last_modified = date_last_modified
            _obj.metadata = metadata
            _obj.course_component = course_component
            _obj.parent = parent
            _obj.prerequisites = prerequisites
            _obj.prerequisite_criteria = prerequisite_criteria
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                status,
                course,
                title,
                sort_order,
                unlock_date,
                sourced_id,
                date_last_modified,
                metadata,
                course_component,
                parent,
                prerequisites,
                prerequisite_criteria,
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
