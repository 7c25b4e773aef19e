from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..models.org_type import OrgType, check_org_type
from ..models.status_type import StatusType, check_status_type
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.guid_ref import GUIDRef
    from ..models.org_metadata_type_0 import OrgMetadataType0


T = TypeVar("T", bound="Org")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "sourcedId",
        "status",
        "name",
        "type",
        "identifier",
        "children",
        "dateLastModified",
        "metadata",
        "parent",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global GUIDRef
    global OrgMetadataType0
    global _D_children
    global _D_metadata
    global _D_parent
    from ..models.guid_ref import GUIDRef
    from ..models.org_metadata_type_0 import OrgMetadataType0

    _TABLE = _rt.table(
        (
            _rt.Field("sourcedId", "sourced_id", True, _rt.STR),
            _rt.Field(
                "status", "status", True, _rt.Enum(check_status_type, "StatusType")
            ),
            _rt.Field("name", "name", True, _rt.STR),
            _rt.Field("type", "type_", True, _rt.Enum(check_org_type, "OrgType")),
            _rt.Field("identifier", "identifier", True, _rt.STR),
            _rt.Field(
                "children",
                "children",
                True,
                _rt.Union(
                    (
                        _rt.List(_rt.Model(GUIDRef)),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field("dateLastModified", "date_last_modified", False, _rt.DATETIME),
            _rt.Field(
                "metadata",
                "metadata",
                False,
                _rt.Union(
                    (
                        _rt.Model(OrgMetadataType0),
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
                        _rt.Model(GUIDRef),
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
    _D_children = _TABLE.fields[5].desc
    _D_metadata = _TABLE.fields[7].desc
    _D_parent = _TABLE.fields[8].desc
    _BOUND = True


@_attrs_define
class Org:
    """Represents an organization.

    Attributes:
        sourced_id (str):
        status (StatusType):
        name (str):
        type_ (OrgType):
        identifier (str):
        children (list[GUIDRef] | None):
        date_last_modified (datetime.datetime | Unset):
        metadata (None | OrgMetadataType0 | Unset):
        parent (GUIDRef | None | Unset):
    """

    sourced_id: str
    status: StatusType
    name: str
    type_: OrgType
    identifier: str
    children: list[GUIDRef] | None
    date_last_modified: datetime.datetime | Unset = UNSET
    metadata: None | OrgMetadataType0 | Unset = UNSET
    parent: GUIDRef | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.sourced_id is not UNSET:
            field_dict["sourcedId"] = self.sourced_id
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.identifier is not UNSET:
            field_dict["identifier"] = self.identifier
        if self.children is not UNSET:
            field_dict["children"] = _rt.dump(self.children)
        if self.date_last_modified is not UNSET:
            field_dict["dateLastModified"] = _rt.dump(self.date_last_modified)
        if self.metadata is not UNSET:
            field_dict["metadata"] = _rt.dump(self.metadata)
        if self.parent is not UNSET:
            field_dict["parent"] = _rt.dump(self.parent)
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

        name = d["name"]
        if type(name) is not str:
            raise TypeError

        type_ = check_org_type(d["type"])

        identifier = d["identifier"]
        if type(identifier) is not str:
            raise TypeError

        children = _D_children.strict(d["children"])

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

        if cls is Org:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.sourced_id = sourced_id
            _obj.status = status
            _obj.name = name
            _obj.type_ = type_
            _obj.identifier = identifier
            _obj.children = children
            _obj.date_last_modified = date_last_modified
            _obj.metadata = metadata
            _obj.parent = parent
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                sourced_id,
                status,
                name,
                type_,
                identifier,
                children,
                date_last_modified,
                metadata,
                parent,
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
