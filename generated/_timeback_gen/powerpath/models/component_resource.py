from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.component_resource_metadata import ComponentResourceMetadata
    from ..models.resource import Resource


T = TypeVar("T", bound="ComponentResource")


@_attrs_define
class ComponentResource:
    """
    Attributes:
        tenant_id (None | str):
        client_app_id (None | str):
        id (str): The ID of the lesson plan item
        course_component_sourced_id (str):
        resource (Resource): Represents a digital resource of some kind.
        sort_order (str | Unset):
        metadata (ComponentResourceMetadata | Unset):
    """

    tenant_id: None | str
    client_app_id: None | str
    id: str
    course_component_sourced_id: str
    resource: Resource
    sort_order: str | Unset = UNSET
    metadata: ComponentResourceMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenant_id: None | str
        tenant_id = self.tenant_id

        client_app_id: None | str
        client_app_id = self.client_app_id

        id = self.id

        course_component_sourced_id = self.course_component_sourced_id

        resource = self.resource.to_dict()

        sort_order = self.sort_order

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tenantId": tenant_id,
                "clientAppId": client_app_id,
                "id": id,
                "courseComponentSourcedId": course_component_sourced_id,
                "resource": resource,
            }
        )
        if sort_order is not UNSET:
            field_dict["sortOrder"] = sort_order
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.component_resource_metadata import ComponentResourceMetadata
        from ..models.resource import Resource

        d = dict(src_dict)

        def _parse_tenant_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        tenant_id = _parse_tenant_id(d.pop("tenantId"))

        def _parse_client_app_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_app_id = _parse_client_app_id(d.pop("clientAppId"))

        id = d.pop("id")

        course_component_sourced_id = d.pop("courseComponentSourcedId")

        resource = Resource.from_dict(d.pop("resource"))

        sort_order = d.pop("sortOrder", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: ComponentResourceMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ComponentResourceMetadata.from_dict(_metadata)

        component_resource = cls(
            tenant_id=tenant_id,
            client_app_id=client_app_id,
            id=id,
            course_component_sourced_id=course_component_sourced_id,
            resource=resource,
            sort_order=sort_order,
            metadata=metadata,
        )

        component_resource.additional_properties = d
        return component_resource

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
