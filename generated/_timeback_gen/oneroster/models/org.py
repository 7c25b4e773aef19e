from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.org_type import OrgType, check_org_type
from ..models.status_type import StatusType, check_status_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.org_metadata_type_0 import OrgMetadataType0
    from ..models.school_ref import SchoolRef


T = TypeVar("T", bound="Org")


@_attrs_define
class Org:
    """Represents an organization.

    Attributes:
        sourced_id (str):
        status (StatusType):
        name (str):
        type_ (OrgType):
        identifier (str):
        children (list[SchoolRef] | None):
        date_last_modified (datetime.datetime | Unset):
        metadata (None | OrgMetadataType0 | Unset):
        parent (None | SchoolRef | Unset):
    """

    sourced_id: str
    status: StatusType
    name: str
    type_: OrgType
    identifier: str
    children: list[SchoolRef] | None
    date_last_modified: datetime.datetime | Unset = UNSET
    metadata: None | OrgMetadataType0 | Unset = UNSET
    parent: None | SchoolRef | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.org_metadata_type_0 import OrgMetadataType0
        from ..models.school_ref import SchoolRef

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
        elif isinstance(self.parent, SchoolRef):
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
        from ..models.org_metadata_type_0 import OrgMetadataType0
        from ..models.school_ref import SchoolRef

        d = dict(src_dict)
        sourced_id = d.pop("sourcedId")

        status = check_status_type(d.pop("status"))

        name = d.pop("name")

        type_ = check_org_type(d.pop("type"))

        identifier = d.pop("identifier")

        def _parse_children(data: object) -> list[SchoolRef] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                children_type_0 = []
                _children_type_0 = data
                for children_type_0_item_data in _children_type_0:
                    children_type_0_item = SchoolRef.from_dict(
                        children_type_0_item_data
                    )

                    children_type_0.append(children_type_0_item)

                return children_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SchoolRef] | None, data)

        children = _parse_children(d.pop("children"))

        _date_last_modified = d.pop("dateLastModified", UNSET)
        date_last_modified: datetime.datetime | Unset
        if isinstance(_date_last_modified, Unset):
            date_last_modified = UNSET
        else:
            date_last_modified = datetime.datetime.fromisoformat(_date_last_modified)

        def _parse_metadata(data: object) -> None | OrgMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = OrgMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrgMetadataType0 | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_parent(data: object) -> None | SchoolRef | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parent_type_0 = SchoolRef.from_dict(data)

                return parent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SchoolRef | Unset, data)

        parent = _parse_parent(d.pop("parent", UNSET))

        org = cls(
            sourced_id=sourced_id,
            status=status,
            name=name,
            type_=type_,
            identifier=identifier,
            children=children,
            date_last_modified=date_last_modified,
            metadata=metadata,
            parent=parent,
        )

        org.additional_properties = d
        return org

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
