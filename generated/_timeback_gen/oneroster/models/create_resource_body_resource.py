from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role_type import RoleType, check_role_type
from ..models.status_type import StatusType, check_status_type
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_resource_body_resource_metadata_type_0 import (
        CreateResourceBodyResourceMetadataType0,
    )


T = TypeVar("T", bound="CreateResourceBodyResource")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "title",
        "vendorResourceId",
        "sourcedId",
        "status",
        "dateLastModified",
        "metadata",
        "roles",
        "importance",
        "vendorId",
        "applicationId",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global CreateResourceBodyResourceMetadataType0
    from ..models.create_resource_body_resource_metadata_type_0 import (
        CreateResourceBodyResourceMetadataType0,
    )

    _LAZY_BOUND = True


def _parse_metadata(
    data: object,
) -> CreateResourceBodyResourceMetadataType0 | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = CreateResourceBodyResourceMetadataType0.from_dict(data)

        return metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


@_attrs_define
class CreateResourceBodyResource:
    """
    Attributes:
        title (str):
        vendor_resource_id (str):
        sourced_id (str | Unset):
        status (StatusType | Unset):
        date_last_modified (datetime.datetime | Unset):
        metadata (CreateResourceBodyResourceMetadataType0 | None | Unset):
        roles (list[RoleType] | Unset):
        importance (RoleType | Unset):
        vendor_id (None | str | Unset):
        application_id (None | str | Unset):
    """

    title: str
    vendor_resource_id: str
    sourced_id: str | Unset = UNSET
    status: StatusType | Unset = UNSET
    date_last_modified: datetime.datetime | Unset = UNSET
    metadata: CreateResourceBodyResourceMetadataType0 | None | Unset = UNSET
    roles: list[RoleType] | Unset = UNSET
    importance: RoleType | Unset = UNSET
    vendor_id: None | str | Unset = UNSET
    application_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_resource_body_resource_metadata_type_0 import (
            CreateResourceBodyResourceMetadataType0,
        )

        title = self.title

        vendor_resource_id = self.vendor_resource_id

        sourced_id = self.sourced_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        date_last_modified: str | Unset = UNSET
        if not isinstance(self.date_last_modified, Unset):
            date_last_modified = self.date_last_modified.isoformat()

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, CreateResourceBodyResourceMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        roles: list[str] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = []
            for roles_item_data in self.roles:
                roles_item: str = roles_item_data
                roles.append(roles_item)

        importance: str | Unset = UNSET
        if not isinstance(self.importance, Unset):
            importance = self.importance

        vendor_id: None | str | Unset
        if isinstance(self.vendor_id, Unset):
            vendor_id = UNSET
        else:
            vendor_id = self.vendor_id

        application_id: None | str | Unset
        if isinstance(self.application_id, Unset):
            application_id = UNSET
        else:
            application_id = self.application_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "vendorResourceId": vendor_resource_id,
            }
        )
        if sourced_id is not UNSET:
            field_dict["sourcedId"] = sourced_id
        if status is not UNSET:
            field_dict["status"] = status
        if date_last_modified is not UNSET:
            field_dict["dateLastModified"] = date_last_modified
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if roles is not UNSET:
            field_dict["roles"] = roles
        if importance is not UNSET:
            field_dict["importance"] = importance
        if vendor_id is not UNSET:
            field_dict["vendorId"] = vendor_id
        if application_id is not UNSET:
            field_dict["applicationId"] = application_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        title = d["title"]

        vendor_resource_id = d["vendorResourceId"]

        sourced_id = d.get("sourcedId", UNSET)

        _status = d.get("status", UNSET)
        status = UNSET if _status is UNSET else check_status_type(_status)

        _date_last_modified = d.get("dateLastModified", UNSET)
        date_last_modified = (
            UNSET
            if _date_last_modified is UNSET
            else datetime.datetime.fromisoformat(_date_last_modified)
        )

        metadata = _parse_metadata(d.get("metadata", UNSET))

        _roles = d.get("roles", UNSET)
        roles = (
            UNSET if _roles is UNSET else [check_role_type(_item) for _item in _roles]
        )

        _importance = d.get("importance", UNSET)
        importance = UNSET if _importance is UNSET else check_role_type(_importance)

        vendor_id = d.get("vendorId", UNSET)

        application_id = d.get("applicationId", UNSET)

        if cls is CreateResourceBodyResource:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.title = title
            _obj.vendor_resource_id = vendor_resource_id
            _obj.sourced_id = sourced_id
            _obj.status = status
            _obj.date_last_modified = date_last_modified
            _obj.metadata = metadata
            _obj.roles = roles
            _obj.importance = importance
            _obj.vendor_id = vendor_id
            _obj.application_id = application_id
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                title,
                vendor_resource_id,
                sourced_id,
                status,
                date_last_modified,
                metadata,
                roles,
                importance,
                vendor_id,
                application_id,
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
