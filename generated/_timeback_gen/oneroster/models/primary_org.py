from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS, UNSET, Unset

T = TypeVar("T", bound="PrimaryOrg")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "href",
        "sourcedId",
        "type",
        "name",
    }
)


@_attrs_define
class PrimaryOrg:
    """
    Attributes:
        href (str):
        sourced_id (str):
        type_ (str):
        name (None | str | Unset):
    """

    href: str
    sourced_id: str
    type_: str
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        sourced_id = self.sourced_id

        type_ = self.type_

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "href": href,
                "sourcedId": sourced_id,
                "type": type_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        href = d["href"]

        sourced_id = d["sourcedId"]

        type_ = d["type"]

        name = d.get("name", UNSET)

        if cls is PrimaryOrg:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.href = href
            _obj.sourced_id = sourced_id
            _obj.type_ = type_
            _obj.name = name
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                href,
                sourced_id,
                type_,
                name,
            )
        if not d.keys() <= _KNOWN_KEYS:  # else keep NO_EXTRAS
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
