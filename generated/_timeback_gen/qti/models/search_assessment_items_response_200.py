from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..models.search_stimuli_response_200_order import (
    SearchStimuliResponse200Order,
    check_search_stimuli_response_200_order,
)
from ..types import NO_EXTRAS, UNSET

if TYPE_CHECKING:
    from ..models.item import Item


T = TypeVar("T", bound="SearchAssessmentItemsResponse200")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

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
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_Item
    global Item
    from ..models.item import Item

    _TABLE = _rt.table(
        (
            _rt.Field("items", "items", True, _rt.List(_rt.Model(Item))),
            _rt.Field("total", "total", True, _rt.FLOAT),
            _rt.Field("page", "page", True, _rt.FLOAT),
            _rt.Field("pages", "pages", True, _rt.FLOAT),
            _rt.Field("limit", "limit", True, _rt.FLOAT),
            _rt.Field("sort", "sort", True, _rt.STR),
            _rt.Field(
                "order",
                "order",
                True,
                _rt.Enum(
                    check_search_stimuli_response_200_order,
                    "SearchStimuliResponse200Order",
                ),
            ),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_Item = Item._from_dict_fast
    _BOUND = True


@_attrs_define
class SearchAssessmentItemsResponse200:
    """Paginated response containing all assessment items available on the service provider with navigation metadata

    Attributes:
        items (list[Item]): Array of assessment items that match the search criteria
        total (float): The total number of entities that match the search criteria.
        page (float): The page number of the entities that match the search criteria. Default: 1.0.
        pages (float): The total number of pages of entities that match the search criteria.
        limit (float): The number of entities per page. Default: 10.0.
        sort (str): The field to sort the entities by.
        order (SearchStimuliResponse200Order): The order to sort the entities by. Either 'asc' or 'desc'.
    """

    items: list[Item]
    total: float
    pages: float
    sort: str
    order: SearchStimuliResponse200Order
    page: float = 1.0
    limit: float = 10.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.items is not UNSET:
            field_dict["items"] = _rt.dump(self.items)
        if self.total is not UNSET:
            field_dict["total"] = self.total
        if self.page is not UNSET:
            field_dict["page"] = self.page
        if self.pages is not UNSET:
            field_dict["pages"] = self.pages
        if self.limit is not UNSET:
            field_dict["limit"] = self.limit
        if self.sort is not UNSET:
            field_dict["sort"] = self.sort
        if self.order is not UNSET:
            field_dict["order"] = self.order
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a JSON object as the platform sent it: what fits the document is converted, what
        does not is kept as it came (see `_timeback_gen._runtime`); never raises for an object."""
        return _rt.read(cls, src_dict)  # type: ignore[no-any-return]

    @classmethod
    def _tb_table(cls) -> _rt.Table:
        if not _BOUND:
            _bind()
        return _TABLE

    @classmethod
    def _from_dict_fast(cls, src_dict: Mapping[str, Any]) -> Self:
        """The document's shape exactly; raises on the first deviation (`_runtime.read` then
        falls back to the tolerant reader)."""
        if not _BOUND:
            _bind()
        d = src_dict if type(src_dict) is dict else _rt.as_dict(src_dict)
        _items = d["items"]
        if type(_items) is not list:
            raise TypeError
        items = [_F_Item(_item) for _item in _items] if _items else _items

        total = d["total"]
        if type(total) is not float and type(total) is not int:
            raise TypeError

        page = d["page"]
        if type(page) is not float and type(page) is not int:
            raise TypeError

        pages = d["pages"]
        if type(pages) is not float and type(pages) is not int:
            raise TypeError

        limit = d["limit"]
        if type(limit) is not float and type(limit) is not int:
            raise TypeError

        sort = d["sort"]
        if type(sort) is not str:
            raise TypeError

        order = check_search_stimuli_response_200_order(d["order"])

        if cls is SearchAssessmentItemsResponse200:
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
        if len(d) == 7:
            _obj.additional_properties = NO_EXTRAS
        else:
            _obj.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return _obj

    def _tb_page(self) -> tuple[SearchAssessmentItemsResponse200, list[Item]]:
        """This page and its records (`items`): what `tb.paginate(...)` hands out; the
        annotation tells a type checker the page and record models of a walk."""
        return self, self.items

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
