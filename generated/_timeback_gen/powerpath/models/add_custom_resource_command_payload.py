from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddCustomResourceCommandPayload")
_new_instance = object.__new__


@_attrs_define
class AddCustomResourceCommandPayload:
    """
    Attributes:
        resource_id (str):
        parent_component_id (str):
        skipped (bool | Unset):  Default: False.
    """

    resource_id: str
    parent_component_id: str
    skipped: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        resource_id = self.resource_id

        parent_component_id = self.parent_component_id

        skipped = self.skipped

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "resource_id": resource_id,
                "parent_component_id": parent_component_id,
            }
        )
        if skipped is not UNSET:
            field_dict["skipped"] = skipped

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        resource_id = d["resource_id"]

        parent_component_id = d["parent_component_id"]

        skipped = d.get("skipped", UNSET)

        if cls is AddCustomResourceCommandPayload:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.resource_id = resource_id
            _obj.parent_component_id = parent_component_id
            _obj.skipped = skipped
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                resource_id,
                parent_component_id,
                skipped,
            )
        return _obj
