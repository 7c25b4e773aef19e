from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.position import Position, check_position
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.target import Target


T = TypeVar("T", bound="ChangeItemParentCommandPayload")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "target",
        "new_parent_id",
        "position",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global Target
    from ..models.target import Target

    _LAZY_BOUND = True


@_attrs_define
class ChangeItemParentCommandPayload:
    """
    Attributes:
        target (Target): The target item to set the skipped attribute of
        new_parent_id (str):
        position (Position | Unset):
    """

    target: Target
    new_parent_id: str
    position: Position | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target = self.target.to_dict()

        new_parent_id = self.new_parent_id

        position: str | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target": target,
                "new_parent_id": new_parent_id,
            }
        )
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        target = Target.from_dict(d["target"])

        new_parent_id = d["new_parent_id"]

        _position = d.get("position", UNSET)
        position = UNSET if _position is UNSET else check_position(_position)

        if cls is ChangeItemParentCommandPayload:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.target = target
            _obj.new_parent_id = new_parent_id
            _obj.position = position
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                target,
                new_parent_id,
                position,
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
