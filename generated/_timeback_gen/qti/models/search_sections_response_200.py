from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_stimuli_response_200_order import (
    SearchStimuliResponse200Order,
    check_search_stimuli_response_200_order,
)
from ..types import NO_EXTRAS

if TYPE_CHECKING:
    from ..models.section import Section


T = TypeVar("T", bound="SearchSectionsResponse200")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "items",
        "total",
        "page",
        "pages",
        "limit",
        "sort",
        "order",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global Section
    from ..models.section import Section

    _LAZY_BOUND = True


@_attrs_define
class SearchSectionsResponse200:
    """Paginated response containing all assessment sections that exist in the specified test part on the service provider,
    including complete section data and navigation metadata.

        Attributes:
            items (list[Section]): Array of assessment sections belonging to the specified test part, each containing
                complete section data and item references.
            total (float): The total number of entities that match the search criteria.
            page (float): The page number of the entities that match the search criteria. Default: 1.0.
            pages (float): The total number of pages of entities that match the search criteria.
            limit (float): The number of entities per page. Default: 10.0.
            sort (str): The field to sort the entities by.
            order (SearchStimuliResponse200Order): The order to sort the entities by. Either 'asc' or 'desc'.
    """

    items: list[Section]
    total: float
    pages: float
    sort: str
    order: SearchStimuliResponse200Order
    page: float = 1.0
    limit: float = 10.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        total = self.total

        page = self.page

        pages = self.pages

        limit = self.limit

        sort = self.sort

        order: str = self.order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "total": total,
                "page": page,
                "pages": pages,
                "limit": limit,
                "sort": sort,
                "order": order,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        items = [Section.from_dict(_item) for _item in d["items"]]

        total = d["total"]

        page = d["page"]

        pages = d["pages"]

        limit = d["limit"]

        sort = d["sort"]

        order = check_search_stimuli_response_200_order(d["order"])

        if cls is SearchSectionsResponse200:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.items = items
            _obj.total = total
            _obj.page = page
            _obj.pages = pages
            _obj.limit = limit
            _obj.sort = sort
            _obj.order = order
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                items,
                total,
                pages,
                sort,
                order,
                page,
                limit,
            )
        if len(d) != 7:  # else keep NO_EXTRAS
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
