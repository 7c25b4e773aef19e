from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddCustomResourceCommandPayload")


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

        _obj = cls(
            resource_id,
            parent_component_id,
            skipped,
        )
        return _obj
