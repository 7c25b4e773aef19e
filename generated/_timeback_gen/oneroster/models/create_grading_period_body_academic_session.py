from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..models.status_type import StatusType, check_status_type
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_grading_period_body_academic_session_metadata_type_0 import (
        CreateGradingPeriodBodyAcademicSessionMetadataType0,
    )
    from ..models.sourced_id_ref import SourcedIdRef
    from ..models.typed_guid_ref import TypedGUIDRef


T = TypeVar("T", bound="CreateGradingPeriodBodyAcademicSession")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "sourcedId",
        "status",
        "title",
        "startDate",
        "endDate",
        "type",
        "schoolYear",
        "org",
        "dateLastModified",
        "metadata",
        "parent",
        "children",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_SourcedIdRef
    global CreateGradingPeriodBodyAcademicSessionMetadataType0
    global SourcedIdRef
    global TypedGUIDRef
    global _D_type_
    global _D_metadata
    global _D_parent
    global _D_children
    from ..models.create_grading_period_body_academic_session_metadata_type_0 import (
        CreateGradingPeriodBodyAcademicSessionMetadataType0,
    )
    from ..models.sourced_id_ref import SourcedIdRef
    from ..models.typed_guid_ref import TypedGUIDRef

    _TABLE = _rt.table(
        (
            _rt.Field("sourcedId", "sourced_id", True, _rt.STR),
            _rt.Field(
                "status", "status", True, _rt.Enum(check_status_type, "StatusType")
            ),
            _rt.Field("title", "title", True, _rt.STR),
            _rt.Field("startDate", "start_date", True, _rt.STR),
            _rt.Field("endDate", "end_date", True, _rt.STR),
            _rt.Field("type", "type_", True, _rt.Const("gradingPeriod")),
            _rt.Field("schoolYear", "school_year", True, _rt.STR),
            _rt.Field("org", "org", True, _rt.Model(SourcedIdRef)),
            _rt.Field("dateLastModified", "date_last_modified", False, _rt.DATETIME),
            _rt.Field(
                "metadata",
                "metadata",
                False,
                _rt.Union(
                    (
                        _rt.Model(CreateGradingPeriodBodyAcademicSessionMetadataType0),
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
                "children",
                "children",
                False,
                _rt.Union(
                    (
                        _rt.List(_rt.Model(TypedGUIDRef)),
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
    _D_type_ = _TABLE.fields[5].desc
    _D_metadata = _TABLE.fields[9].desc
    _D_parent = _TABLE.fields[10].desc
    _D_children = _TABLE.fields[11].desc
    _BOUND = True


@_attrs_define
class CreateGradingPeriodBodyAcademicSession:
    """
    Attributes:
        sourced_id (str):
        status (StatusType):
        title (str):
        start_date (str):
        end_date (str):
        type_ (Literal['gradingPeriod']):
        school_year (str):
        org (SourcedIdRef):
        date_last_modified (datetime.datetime | Unset):
        metadata (CreateGradingPeriodBodyAcademicSessionMetadataType0 | None | Unset): Additional metadata for the
            object
        parent (None | SourcedIdRef | Unset):
        children (list[TypedGUIDRef] | None | Unset):
    """

    sourced_id: str
    status: StatusType
    title: str
    start_date: str
    end_date: str
    type_: Literal["gradingPeriod"]
    school_year: str
    org: SourcedIdRef
    date_last_modified: datetime.datetime | Unset = UNSET
    metadata: CreateGradingPeriodBodyAcademicSessionMetadataType0 | None | Unset = UNSET
    parent: None | SourcedIdRef | Unset = UNSET
    children: list[TypedGUIDRef] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.sourced_id is not UNSET:
            field_dict["sourcedId"] = self.sourced_id
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.start_date is not UNSET:
            field_dict["startDate"] = self.start_date
        if self.end_date is not UNSET:
            field_dict["endDate"] = self.end_date
        if self.type_ is not UNSET:
            field_dict["type"] = _rt.dump(self.type_)
        if self.school_year is not UNSET:
            field_dict["schoolYear"] = self.school_year
        if self.org is not UNSET:
            field_dict["org"] = _rt.dump(self.org)
        if self.date_last_modified is not UNSET:
            field_dict["dateLastModified"] = _rt.dump(self.date_last_modified)
        if self.metadata is not UNSET:
            field_dict["metadata"] = _rt.dump(self.metadata)
        if self.parent is not UNSET:
            field_dict["parent"] = _rt.dump(self.parent)
        if self.children is not UNSET:
            field_dict["children"] = _rt.dump(self.children)
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

        title = d["title"]
        if type(title) is not str:
            raise TypeError

        start_date = d["startDate"]
        if type(start_date) is not str:
            raise TypeError

        end_date = d["endDate"]
        if type(end_date) is not str:
            raise TypeError

        type_ = _D_type_.strict(d["type"])

        school_year = d["schoolYear"]
        if type(school_year) is not str:
            raise TypeError

        org = _F_SourcedIdRef(d["org"])

        _date_last_modified = d.get("dateLastModified", UNSET)
        date_last_modified = (
            UNSET
            if _date_last_modified is UNSET
            else _parse_datetime(_date_last_modified)
        )

        _metadata = d.get("metadata", UNSET)
        metadata = UNSET if _metadata is UNSET else _D_metadata.strict(_metadata)

        _parent = d.get("parent", UNSET)
        parent = UNSET if _parent is UNSET else _D_parent.strict(_parent)

        _children = d.get("children", UNSET)
        children = UNSET if _children is UNSET else _D_children.strict(_children)

        if cls is CreateGradingPeriodBodyAcademicSession:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.sourced_id = sourced_id
            _obj.status = status
            _obj.title = title
            _obj.start_date = start_date
            _obj.end_date = end_date
            _obj.type_ = type_
            _obj.school_year = school_year
            _obj.org = org
            _obj.date_last_modified = date_last_modified
            _obj.metadata = metadata
            _obj.parent = parent
            _obj.children = children
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                sourced_id,
                status,
                title,
                start_date,
                end_date,
                type_,
                school_year,
                org,
                date_last_modified,
                metadata,
                parent,
                children,
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
