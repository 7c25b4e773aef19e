from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.component_resource import ComponentResource


T = TypeVar("T", bound="GetAllComponentResourcesResponse200")


@_attrs_define
class GetAllComponentResourcesResponse200:
    """
    Attributes:
        component_resources (list[ComponentResource]):
        total_count (float):
        page_count (float):
        page_number (float):
        offset (float):
        limit (float):
    """

    component_resources: list[ComponentResource]
    total_count: float
    page_count: float
    page_number: float
    offset: float
    limit: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        component_resources = []
        for component_resources_item_data in self.component_resources:
            component_resources_item = component_resources_item_data.to_dict()
            component_resources.append(component_resources_item)

        total_count = self.total_count

        page_count = self.page_count

        page_number = self.page_number

        offset = self.offset

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "componentResources": component_resources,
                "totalCount": total_count,
                "pageCount": page_count,
                "pageNumber": page_number,
                "offset": offset,
                "limit": limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.component_resource import ComponentResource

        d = dict(src_dict)
        component_resources = []
        _component_resources = d.pop("componentResources")
        for component_resources_item_data in _component_resources:
            component_resources_item = ComponentResource.from_dict(
                component_resources_item_data
            )

            component_resources.append(component_resources_item)

        total_count = d.pop("totalCount")

        page_count = d.pop("pageCount")

        page_number = d.pop("pageNumber")

        offset = d.pop("offset")

        limit = d.pop("limit")

        get_all_component_resources_response_200 = cls(
            component_resources=component_resources,
            total_count=total_count,
            page_count=page_count,
            page_number=page_number,
            offset=offset,
            limit=limit,
        )

        get_all_component_resources_response_200.additional_properties = d
        return get_all_component_resources_response_200

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
