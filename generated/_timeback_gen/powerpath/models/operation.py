from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS, UNSET, Unset

T = TypeVar("T", bound="Operation")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "type",
        "reason",
        "createdAt",
        "sequenceNumber",
        "createdBy",
        "payload",
    }
)


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
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        id = d["id"]

        type_ = d["type"]

        reason = d["reason"]

        created_at = d["createdAt"]

        sequence_number = d["sequenceNumber"]

        created_by = d["createdBy"]

        payload = d.get("payload", UNSET)

        if cls is Operation:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.id = id
            _obj.type_ = type_
            _obj.reason = reason
            _obj.created_at = created_at
            _obj.sequence_number = sequence_number
            _obj.created_by = created_by
            _obj.payload = payload
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                id,
                type_,
                reason,
                created_at,
                sequence_number,
                created_by,
                payload,
            )
        if not d.keys() <= _KNOWN_KEYS:  # else keep NO_EXTRAS
            _obj.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        if self.additional_properties is NO_EXTRAS:
            self.additional_properties = {}
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
