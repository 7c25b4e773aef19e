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
_new_instance = object.__new__

_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global MoveItemToStartCommandPayload
    from ..models.move_item_to_start_command_payload import (
        MoveItemToStartCommandPayload,
    )

    _LAZY_BOUND = True


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
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        type_ = cast(Literal["move-item-to-end"], d["type"])
        if type_ != "move-item-to-end":
            raise ValueError(f"type must match const 'move-item-to-end', got '{type_}'")

        payload = MoveItemToStartCommandPayload.from_dict(d["payload"])

        if cls is MoveItemToEnd:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.type_ = type_
            _obj.payload = payload
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                type_,
                payload,
            )
        return _obj
