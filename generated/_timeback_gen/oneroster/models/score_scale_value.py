from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS, UNSET, Unset

T = TypeVar("T", bound="ScoreScaleValue")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "itemValueLHS",
        "itemValueRHS",
        "value",
        "description",
    }
)


@_attrs_define
class ScoreScaleValue:
    """
    Attributes:
        item_value_lhs (str):
        item_value_rhs (str):
        value (str | Unset):
        description (str | Unset):
    """

    item_value_lhs: str
    item_value_rhs: str
    value: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_value_lhs = self.item_value_lhs

        item_value_rhs = self.item_value_rhs

        value = self.value

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "itemValueLHS": item_value_lhs,
                "itemValueRHS": item_value_rhs,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        item_value_lhs = d["itemValueLHS"]

        item_value_rhs = d["itemValueRHS"]

        value = d.get("value", UNSET)

        description = d.get("description", UNSET)

        if cls is ScoreScaleValue:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.item_value_lhs = item_value_lhs
            _obj.item_value_rhs = item_value_rhs
            _obj.value = value
            _obj.description = description
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                item_value_lhs,
                item_value_rhs,
                value,
                description,
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
