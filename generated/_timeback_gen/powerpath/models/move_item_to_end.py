from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.move_item_to_start_command_payload import (
        MoveItemToStartCommandPayload,
    )


T = TypeVar("T", bound="MoveItemToEnd")


@_attrs_define
class MoveItemToEnd:
    """Move a lesson plan item to the end of the parent

    Attributes:
        type_ (Literal['move-item-to-end']):
        payload (MoveItemToStartCommandPayload):
    """

    type_: Literal["move-item-to-end"]
    payload: MoveItemToStartCommandPayload

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        payload = self.payload.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "payload": payload,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.move_item_to_start_command_payload import (
            MoveItemToStartCommandPayload,
        )

        d = dict(src_dict)
        type_ = cast(Literal["move-item-to-end"], d.pop("type"))
        if type_ != "move-item-to-end":
            raise ValueError(f"type must match const 'move-item-to-end', got '{type_}'")

        payload = MoveItemToStartCommandPayload.from_dict(d.pop("payload"))

        move_item_to_end = cls(
            type_=type_,
            payload=payload,
        )

        return move_item_to_end
