from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS

T = TypeVar("T", bound="CatalogInfo")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "support",
        "content",
    }
)


@_attrs_define
class CatalogInfo:
    """
    Attributes:
        id (str): Catalog entry identifier (must be valid XML NCName). The unique identifier used to locate the catalog
            from a data-catalog-idref.
        support (str): This attribute names either pre-defined supports or a custom-named support. The named support
            will indicate for whom the dormant content is intended. Use only one card for any particular named support in a
            catalog
        content (str): A data structure within a catalog which contains dormant HTML content or a resource reference for
            a specific support/feature. A card may also contain multiple CardEntry containers. For example, you might have
            multiple CardEntry nodes for different language versions of a particular support.
    """

    id: str
    support: str
    content: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        support = self.support

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "support": support,
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        id = d["id"]

        support = d["support"]

        content = d["content"]

        if cls is CatalogInfo:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.id = id
            _obj.support = support
            _obj.content = content
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                id,
                support,
                content,
            )
        if len(d) != 3:  # else keep NO_EXTRAS
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
