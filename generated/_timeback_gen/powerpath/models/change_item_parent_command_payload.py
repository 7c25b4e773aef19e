from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.position import Position, check_position
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.target import Target


T = TypeVar("T", bound="ChangeItemParentCommandPayload")


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
        from ..models.target import Target

        d = dict(src_dict)
        target = Target.from_dict(d.pop("target"))

        new_parent_id = d.pop("new_parent_id")

        _position = d.pop("position", UNSET)
        position: Position | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = check_position(_position)

        change_item_parent_command_payload = cls(
            target=target,
            new_parent_id=new_parent_id,
            position=position,
        )

        change_item_parent_command_payload.additional_properties = d
        return change_item_parent_command_payload

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
