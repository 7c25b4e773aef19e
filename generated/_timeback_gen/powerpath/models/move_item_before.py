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
_new_instance = object.__new__

_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global Payload
    from ..models.payload import Payload

    _LAZY_BOUND = True


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
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        type_ = cast(Literal["move-item-before"], d["type"])
        if type_ != "move-item-before":
            raise ValueError(f"type must match const 'move-item-before', got '{type_}'")

        payload = Payload.from_dict(d["payload"])

        if cls is MoveItemBefore:
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
