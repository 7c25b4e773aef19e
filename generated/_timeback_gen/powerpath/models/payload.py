from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.target import Target


T = TypeVar("T", bound="Payload")


@_attrs_define
class Payload:
    """
    Attributes:
        target (Target): The target item to set the skipped attribute of
        reference_id (str):
    """

    target: Target
    reference_id: str

    def to_dict(self) -> dict[str, Any]:
        target = self.target.to_dict()

        reference_id = self.reference_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "target": target,
                "reference_id": reference_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.target import Target

        d = dict(src_dict)
        target = Target.from_dict(d.pop("target"))

        reference_id = d.pop("reference_id")

        payload = cls(
            target=target,
            reference_id=reference_id,
        )

        return payload
