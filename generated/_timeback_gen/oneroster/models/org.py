from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.org_type import OrgType, check_org_type
from ..models.status_type import StatusType, check_status_type
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.guid_ref import GUIDRef
    from ..models.org_metadata_type_0 import OrgMetadataType0


T = TypeVar("T", bound="Org")
_new_instance = object.__new__

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
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global GUIDRef
    global OrgMetadataType0
    from ..models.guid_ref import GUIDRef
    from ..models.org_metadata_type_0 import OrgMetadataType0

    _LAZY_BOUND = True


def _parse_children(data: object) -> list[GUIDRef] | None:
    if data is None:
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        children_type_0 = []
        _children_type_0 = data
        for children_type_0_item_data in _children_type_0:
            children_type_0_item = GUIDRef.from_dict(children_type_0_item_data)

            children_type_0.append(children_type_0_item)

        return children_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_metadata(data: object) -> None | OrgMetadataType0 | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = OrgMetadataType0.from_dict(data)

        return metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_parent(data: object) -> GUIDRef | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        parent_type_0 = GUIDRef.from_dict(data)

        return parent_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


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
        from ..models.guid_ref import GUIDRef
        from ..models.org_metadata_type_0 import OrgMetadataType0

        sourced_id = self.sourced_id

        status: str = self.status

        name = self.name

        type_: str = self.type_

        identifier = self.identifier

        children: list[dict[str, Any]] | None
        if isinstance(self.children, list):
            children = []
            for children_type_0_item_data in self.children:
                children_type_0_item = children_type_0_item_data.to_dict()
                children.append(children_type_0_item)

        else:
            children = self.children

        date_last_modified: str | Unset = UNSET
        if not isinstance(self.date_last_modified, Unset):
            date_last_modified = self.date_last_modified.isoformat()

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, OrgMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        parent: dict[str, Any] | None | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        elif isinstance(self.parent, GUIDRef):
            parent = self.parent.to_dict()
        else:
            parent = self.parent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sourcedId": sourced_id,
                "status": status,
                "name": name,
                "type": type_,
                "identifier": identifier,
                "children": children,
            }
        )
        if date_last_modified is not UNSET:
            field_dict["dateLastModified"] = date_last_modified
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if parent is not UNSET:
            field_dict["parent"] = parent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        sourced_id = d["sourcedId"]

        status = check_status_type(d["status"])

        name = d["name"]

        type_ = check_org_type(d["type"])

        identifier = d["identifier"]

        children = _parse_children(d["children"])

        _date_last_modified = d.get("dateLastModified", UNSET)
        date_last_modified = (
            UNSET
            if _date_last_modified is UNSET
            else datetime.datetime.fromisoformat(_date_last_modified)
        )

        metadata = _parse_metadata(d.get("metadata", UNSET))

        parent = _parse_parent(d.get("parent", UNSET))

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
            _obj.additional_properties = NO_EXTRAS
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
