from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Operation")


@_attrs_define
class Operation:
    """
    Attributes:
        id (str):
        type_ (str):
        reason (None | str):
        created_at (str):
        sequence_number (float):
        created_by (None | str):
        payload (Any | Unset):
    """

    id: str
    type_: str
    reason: None | str
    created_at: str
    sequence_number: float
    created_by: None | str
    payload: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        reason: None | str
        reason = self.reason

        created_at = self.created_at

        sequence_number = self.sequence_number

        created_by: None | str
        created_by = self.created_by

        payload = self.payload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "reason": reason,
                "createdAt": created_at,
                "sequenceNumber": sequence_number,
                "createdBy": created_by,
            }
        )
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        created_at = d.pop("createdAt")

        sequence_number = d.pop("sequenceNumber")

        def _parse_created_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        created_by = _parse_created_by(d.pop("createdBy"))

        payload = d.pop("payload", UNSET)

        operation = cls(
            id=id,
            type_=type_,
            reason=reason,
            created_at=created_at,
            sequence_number=sequence_number,
            created_by=created_by,
            payload=payload,
        )

        operation.additional_properties = d
        return operation

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
