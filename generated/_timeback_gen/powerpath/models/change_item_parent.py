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
    from ..models.change_item_parent_command_payload import (
        ChangeItemParentCommandPayload,
    )


T = TypeVar("T", bound="ChangeItemParent")
_new_instance = object.__new__

_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global ChangeItemParentCommandPayload
    from ..models.change_item_parent_command_payload import (
        ChangeItemParentCommandPayload,
    )

    _LAZY_BOUND = True


@_attrs_define
class ChangeItemParent:
    """Change the parent of a lesson plan item, by default the item is placed at the end of the parent

    Attributes:
        type_ (Literal['change-item-parent']):
        payload (ChangeItemParentCommandPayload):
    """

    type_: Literal["change-item-parent"]
    payload: ChangeItemParentCommandPayload

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
        type_ = cast(Literal["change-item-parent"], d["type"])
        if type_ != "change-item-parent":
            raise ValueError(
                f"type must match const 'change-item-parent', got '{type_}'"
            )

        payload = ChangeItemParentCommandPayload.from_dict(d["payload"])

        if cls is ChangeItemParent:
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
