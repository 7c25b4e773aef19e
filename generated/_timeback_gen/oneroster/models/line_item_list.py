from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.line_item import LineItem


T = TypeVar("T", bound="LineItemList")


@_attrs_define
class LineItemList:
    """
    Attributes:
        line_items (list[LineItem]):
        total_count (float):
        page_count (float):
        page_number (float):
        offset (float):
        limit (float):
    """

    line_items: list[LineItem]
    total_count: float
    page_count: float
    page_number: float
    offset: float
    limit: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_items = []
        for line_items_item_data in self.line_items:
            line_items_item = line_items_item_data.to_dict()
            line_items.append(line_items_item)

        total_count = self.total_count

        page_count = self.page_count

        page_number = self.page_number

        offset = self.offset

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lineItems": line_items,
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
        from ..models.line_item import LineItem

        d = dict(src_dict)
        line_items = []
        _line_items = d.pop("lineItems")
        for line_items_item_data in _line_items:
            line_items_item = LineItem.from_dict(line_items_item_data)

            line_items.append(line_items_item)

        total_count = d.pop("totalCount")

        page_count = d.pop("pageCount")

        page_number = d.pop("pageNumber")

        offset = d.pop("offset")

        limit = d.pop("limit")

        line_item_list = cls(
            line_items=line_items,
            total_count=total_count,
            page_count=page_count,
            page_number=page_number,
            offset=offset,
            limit=limit,
        )

        line_item_list.additional_properties = d
        return line_item_list

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
