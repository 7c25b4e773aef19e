from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.target import Target


T = TypeVar("T", bound="MoveItemToStartCommandPayload")


@_attrs_define
class MoveItemToStartCommandPayload:
    """
    Attributes:
        target (Target): The target item to set the skipped attribute of
    """

    target: Target

    def to_dict(self) -> dict[str, Any]:
        target = self.target.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "target": target,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.target import Target

        d = dict(src_dict)
        target = Target.from_dict(d.pop("target"))

        move_item_to_start_command_payload = cls(
            target=target,
        )

        return move_item_to_start_command_payload
