from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.item import Item


T = TypeVar("T", bound="CreateBulkTestAssignmentsBody")


@_attrs_define
class CreateBulkTestAssignmentsBody:
    """
    Attributes:
        items (list[Item]): Array of test assignments to create
    """

    items: list[Item]

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.item import Item

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = Item.from_dict(items_item_data)

            items.append(items_item)

        create_bulk_test_assignments_body = cls(
            items=items,
        )

        return create_bulk_test_assignments_body
