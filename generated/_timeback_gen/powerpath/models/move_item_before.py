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
    from ..models.payload import Payload


T = TypeVar("T", bound="MoveItemBefore")


@_attrs_define
class MoveItemBefore:
    """Move a lesson plan item to be before another item

    Attributes:
        type_ (Literal['move-item-before']):
        payload (Payload):
    """

    type_: Literal["move-item-before"]
    payload: Payload

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
        from ..models.payload import Payload

        d = dict(src_dict)
        type_ = cast(Literal["move-item-before"], d.pop("type"))
        if type_ != "move-item-before":
            raise ValueError(f"type must match const 'move-item-before', got '{type_}'")

        payload = Payload.from_dict(d.pop("payload"))

        move_item_before = cls(
            type_=type_,
            payload=payload,
        )

        return move_item_before
