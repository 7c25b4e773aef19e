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
    from ..models.add_custom_resource_command_payload import (
        AddCustomResourceCommandPayload,
    )


T = TypeVar("T", bound="AddCustomResource")
_new_instance = object.__new__

_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global AddCustomResourceCommandPayload
    from ..models.add_custom_resource_command_payload import (
        AddCustomResourceCommandPayload,
    )

    _LAZY_BOUND = True


@_attrs_define
class AddCustomResource:
    """Add a custom resource to the lesson plan under a component, by default the resource is placed at the end of the
    component

        Attributes:
            type_ (Literal['add-custom-resource']):
            payload (AddCustomResourceCommandPayload):
    """

    type_: Literal["add-custom-resource"]
    payload: AddCustomResourceCommandPayload

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
        type_ = cast(Literal["add-custom-resource"], d["type"])
        if type_ != "add-custom-resource":
            raise ValueError(
                f"type must match const 'add-custom-resource', got '{type_}'"
            )

        payload = AddCustomResourceCommandPayload.from_dict(d["payload"])

        if cls is AddCustomResource:
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
