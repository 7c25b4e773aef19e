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
        from ..models.add_custom_resource_command_payload import (
            AddCustomResourceCommandPayload,
        )

        d = dict(src_dict)
        type_ = cast(Literal["add-custom-resource"], d.pop("type"))
        if type_ != "add-custom-resource":
            raise ValueError(
                f"type must match const 'add-custom-resource', got '{type_}'"
            )

        payload = AddCustomResourceCommandPayload.from_dict(d.pop("payload"))

        add_custom_resource = cls(
            type_=type_,
            payload=payload,
        )

        return add_custom_resource
