from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.item import Item


T = TypeVar("T", bound="CreateBulkTestAssignmentsBody")
_new_instance = object.__new__

_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global Item
    from ..models.item import Item

    _LAZY_BOUND = True


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
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        items = [Item.from_dict(_item) for _item in d["items"]]

        if cls is CreateBulkTestAssignmentsBody:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.items = items
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                items,
            )
        return _obj
