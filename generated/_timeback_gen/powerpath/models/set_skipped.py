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
    from ..models.set_skipped_command_payload import SetSkippedCommandPayload


T = TypeVar("T", bound="SetSkipped")


@_attrs_define
class SetSkipped:
    """Set the skipped attribute of a lesson plan item, effectively changing it's visibility for the student

    Attributes:
        type_ (Literal['set-skipped']):
        payload (SetSkippedCommandPayload):
    """

    type_: Literal["set-skipped"]
    payload: SetSkippedCommandPayload

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
        from ..models.set_skipped_command_payload import SetSkippedCommandPayload

        d = dict(src_dict)
        type_ = cast(Literal["set-skipped"], d.pop("type"))
        if type_ != "set-skipped":
            raise ValueError(f"type must match const 'set-skipped', got '{type_}'")

        payload = SetSkippedCommandPayload.from_dict(d.pop("payload"))

        set_skipped = cls(
            type_=type_,
            payload=payload,
        )

        return set_skipped
