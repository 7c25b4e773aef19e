from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.growth import GROWTH


T = TypeVar("T", bound="RIT")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "GROWTH",
        "SCREENING",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global GROWTH
    from ..models.growth import GROWTH

    _LAZY_BOUND = True


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
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        _growth = d.get("GROWTH", UNSET)
        growth = UNSET if _growth is UNSET else GROWTH.from_dict(_growth)

        _screening = d.get("SCREENING", UNSET)
        screening = UNSET if _screening is UNSET else GROWTH.from_dict(_screening)

        if cls is RIT:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.growth = growth
            _obj.screening = screening
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                growth,
                screening,
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
