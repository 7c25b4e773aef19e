from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role_type import RoleType, check_role_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_resource_body_resource_metadata_type_0 import (
        UpdateResourceBodyResourceMetadataType0,
    )


T = TypeVar("T", bound="UpdateResourceBodyResource")


@_attrs_define
class UpdateResourceBodyResource:
    """
    Attributes:
        metadata (None | Unset | UpdateResourceBodyResourceMetadataType0):
        title (str | Unset):
        roles (list[RoleType] | Unset):
        importance (RoleType | Unset):
        vendor_resource_id (str | Unset):
        vendor_id (None | str | Unset):
        application_id (None | str | Unset):
    """

    metadata: None | Unset | UpdateResourceBodyResourceMetadataType0 = UNSET
    title: str | Unset = UNSET
    roles: list[RoleType] | Unset = UNSET
    importance: RoleType | Unset = UNSET
    vendor_resource_id: str | Unset = UNSET
    vendor_id: None | str | Unset = UNSET
    application_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.update_resource_body_resource_metadata_type_0 import (
            UpdateResourceBodyResourceMetadataType0,
        )

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, UpdateResourceBodyResourceMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        title = self.title

        roles: list[str] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = []
            for roles_item_data in self.roles:
                roles_item: str = roles_item_data
                roles.append(roles_item)

        importance: str | Unset = UNSET
        if not isinstance(self.importance, Unset):
            importance = self.importance

        vendor_resource_id = self.vendor_resource_id

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
        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if title is not UNSET:
            field_dict["title"] = title
        if roles is not UNSET:
            field_dict["roles"] = roles
        if importance is not UNSET:
            field_dict["importance"] = importance
        if vendor_resource_id is not UNSET:
            field_dict["vendorResourceId"] = vendor_resource_id
        if vendor_id is not UNSET:
            field_dict["vendorId"] = vendor_id
        if application_id is not UNSET:
            field_dict["applicationId"] = application_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.update_resource_body_resource_metadata_type_0 import (
            UpdateResourceBodyResourceMetadataType0,
        )

        d = dict(src_dict)

        def _parse_metadata(
            data: object,
        ) -> None | Unset | UpdateResourceBodyResourceMetadataType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = UpdateResourceBodyResourceMetadataType0.from_dict(
                    data
                )

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateResourceBodyResourceMetadataType0, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        title = d.pop("title", UNSET)

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

        vendor_resource_id = d.pop("vendorResourceId", UNSET)

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

        update_resource_body_resource = cls(
            metadata=metadata,
            title=title,
            roles=roles,
            importance=importance,
            vendor_resource_id=vendor_resource_id,
            vendor_id=vendor_id,
            application_id=application_id,
        )

        update_resource_body_resource.additional_properties = d
        return update_resource_body_resource

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
