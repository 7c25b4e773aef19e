from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.create_component_resource_body_component_resource import (
        CreateComponentResourceBodyComponentResource,
    )


T = TypeVar("T", bound="ComponentResourceBody")


@_attrs_define
class ComponentResourceBody:
    """
    Attributes:
        component_resource (CreateComponentResourceBodyComponentResource): Represents a resource associated with a
            course component.
    """

    component_resource: CreateComponentResourceBodyComponentResource
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        component_resource = self.component_resource.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "componentResource": component_resource,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_component_resource_body_component_resource import (
            CreateComponentResourceBodyComponentResource,
        )

        d = dict(src_dict)
        component_resource = CreateComponentResourceBodyComponentResource.from_dict(
            d.pop("componentResource")
        )

        component_resource_body = cls(
            component_resource=component_resource,
        )

        component_resource_body.additional_properties = d
        return component_resource_body

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
