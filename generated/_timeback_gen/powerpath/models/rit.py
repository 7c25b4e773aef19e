from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.growth import GROWTH


T = TypeVar("T", bound="RIT")


@_attrs_define
class RIT:
    """
    Attributes:
        growth (GROWTH | Unset):
        screening (GROWTH | Unset):
    """

    growth: GROWTH | Unset = UNSET
    screening: GROWTH | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        growth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.growth, Unset):
            growth = self.growth.to_dict()

        screening: dict[str, Any] | Unset = UNSET
        if not isinstance(self.screening, Unset):
            screening = self.screening.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if growth is not UNSET:
            field_dict["GROWTH"] = growth
        if screening is not UNSET:
            field_dict["SCREENING"] = screening

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.growth import GROWTH

        d = dict(src_dict)
        _growth = d.pop("GROWTH", UNSET)
        growth: GROWTH | Unset
        if isinstance(_growth, Unset):
            growth = UNSET
        else:
            growth = GROWTH.from_dict(_growth)

        _screening = d.pop("SCREENING", UNSET)
        screening: GROWTH | Unset
        if isinstance(_screening, Unset):
            screening = UNSET
        else:
            screening = GROWTH.from_dict(_screening)

        rit = cls(
            growth=growth,
            screening=screening,
        )

        rit.additional_properties = d
        return rit

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
