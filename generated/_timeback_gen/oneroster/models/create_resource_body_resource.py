from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role_type import RoleType, check_role_type
from ..models.status_type import StatusType, check_status_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_resource_body_resource_metadata_type_0 import (
        CreateResourceBodyResourceMetadataType0,
    )


T = TypeVar("T", bound="CreateResourceBodyResource")


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
        from ..models.create_resource_body_resource_metadata_type_0 import (
            CreateResourceBodyResourceMetadataType0,
        )

        d = dict(src_dict)
        title = d.pop("title")

        vendor_resource_id = d.pop("vendorResourceId")

        sourced_id = d.pop("sourcedId", UNSET)

        _status = d.pop("status", UNSET)
        status: StatusType | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_status_type(_status)

        _date_last_modified = d.pop("dateLastModified", UNSET)
        date_last_modified: datetime.datetime | Unset
        if isinstance(_date_last_modified, Unset):
            date_last_modified = UNSET
        else:
            date_last_modified = datetime.datetime.fromisoformat(_date_last_modified)

        def _parse_metadata(
            data: object,
        ) -> CreateResourceBodyResourceMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = CreateResourceBodyResourceMetadataType0.from_dict(
                    data
                )

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateResourceBodyResourceMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        _roles = d.pop("roles", UNSET)
        roles: list[RoleType] | Unset = UNSET
        if _roles is not UNSET:
            roles = []
            for roles_item_data in _roles:
                roles_item = check_role_type(roles_item_data)

                roles.append(roles_item)

        _importance = d.pop("importance", UNSET)
        importance: RoleType | Unset
        if isinstance(_importance, Unset):
            importance = UNSET
        else:
            importance = check_role_type(_importance)

        def _parse_vendor_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vendor_id = _parse_vendor_id(d.pop("vendorId", UNSET))

        def _parse_application_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        application_id = _parse_application_id(d.pop("applicationId", UNSET))

        create_resource_body_resource = cls(
            title=title,
            vendor_resource_id=vendor_resource_id,
            sourced_id=sourced_id,
            status=status,
            date_last_modified=date_last_modified,
            metadata=metadata,
            roles=roles,
            importance=importance,
            vendor_id=vendor_id,
            application_id=application_id,
        )

        create_resource_body_resource.additional_properties = d
        return create_resource_body_resource

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
