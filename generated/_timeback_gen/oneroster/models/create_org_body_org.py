from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.line_item_status import LineItemStatus, check_line_item_status
from ..models.org_type import OrgType, check_org_type
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_org_body_org_metadata_type_0 import (
        CreateOrgBodyOrgMetadataType0,
    )
    from ..models.sourced_id_ref import SourcedIdRef


T = TypeVar("T", bound="CreateOrgBodyOrg")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "name",
        "type",
        "sourcedId",
        "status",
        "metadata",
        "identifier",
        "parent",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global CreateOrgBodyOrgMetadataType0
    global SourcedIdRef
    from ..models.create_org_body_org_metadata_type_0 import (
        CreateOrgBodyOrgMetadataType0,
    )
    from ..models.sourced_id_ref import SourcedIdRef

    _LAZY_BOUND = True


def _parse_metadata(data: object) -> CreateOrgBodyOrgMetadataType0 | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = CreateOrgBodyOrgMetadataType0.from_dict(data)

        return metadata_type_0
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


@_attrs_define
class CreateOrgBodyOrg:
    """
    Attributes:
        name (str):
        type_ (OrgType):
        sourced_id (str | Unset):
        status (LineItemStatus | Unset):
        metadata (CreateOrgBodyOrgMetadataType0 | None | Unset):
        identifier (None | str | Unset):
        parent (None | SourcedIdRef | Unset):
    """

    name: str
    type_: OrgType
    sourced_id: str | Unset = UNSET
    status: LineItemStatus | Unset = UNSET
    metadata: CreateOrgBodyOrgMetadataType0 | None | Unset = UNSET
    identifier: None | str | Unset = UNSET
    parent: None | SourcedIdRef | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_org_body_org_metadata_type_0 import (
            CreateOrgBodyOrgMetadataType0,
        )
        from ..models.sourced_id_ref import SourcedIdRef

        name = self.name

        type_: str = self.type_

        sourced_id = self.sourced_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, CreateOrgBodyOrgMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        identifier: None | str | Unset
        if isinstance(self.identifier, Unset):
            identifier = UNSET
        else:
            identifier = self.identifier

        parent: dict[str, Any] | None | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        elif isinstance(self.parent, SourcedIdRef):
            parent = self.parent.to_dict()
        else:
            parent = self.parent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if sourced_id is not UNSET:
            field_dict["sourcedId"] = sourced_id
        if status is not UNSET:
            field_dict["status"] = status
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if parent is not UNSET:
            field_dict["parent"] = parent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        name = d["name"]

        type_ = check_org_type(d["type"])

        sourced_id = d.get("sourcedId", UNSET)

        _status = d.get("status", UNSET)
        status = UNSET if _status is UNSET else check_line_item_status(_status)

        metadata = _parse_metadata(d.get("metadata", UNSET))

        identifier = d.get("identifier", UNSET)

        parent = _parse_parent(d.get("parent", UNSET))

        if cls is CreateOrgBodyOrg:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.name = name
            _obj.type_ = type_
            _obj.sourced_id = sourced_id
            _obj.status = status
            _obj.metadata = metadata
            _obj.identifier = identifier
            _obj.parent = parent
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                name,
                type_,
                sourced_id,
                status,
                metadata,
                identifier,
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
