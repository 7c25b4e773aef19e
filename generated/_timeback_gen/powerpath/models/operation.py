from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..types import NO_EXTRAS, UNSET, Unset

T = TypeVar("T", bound="Operation")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

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
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    _TABLE = _rt.table(
        (
            _rt.Field("id", "id", True, _rt.STR),
            _rt.Field("type", "type_", True, _rt.STR),
            _rt.Field(
                "reason",
                "reason",
                True,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field("createdAt", "created_at", True, _rt.STR),
            _rt.Field("sequenceNumber", "sequence_number", True, _rt.FLOAT),
            _rt.Field(
                "createdBy",
                "created_by",
                True,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field("payload", "payload", False, _rt.ANY),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _BOUND = True


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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.reason is not UNSET:
            field_dict["reason"] = self.reason
        if self.created_at is not UNSET:
            field_dict["createdAt"] = self.created_at
        if self.sequence_number is not UNSET:
            field_dict["sequenceNumber"] = self.sequence_number
        if self.created_by is not UNSET:
            field_dict["createdBy"] = self.created_by
        if self.payload is not UNSET:
            field_dict["payload"] = self.payload
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a JSON object as the platform sent it: what fits the document is converted, what
        does not is kept as it came (see `_timeback_gen._runtime`); never raises for an object."""
        return _rt.read(cls, src_dict)  # type: ignore[no-any-return]

    @classmethod
    def _tb_table(cls) -> _rt.Table:
        if not _BOUND:
            _bind()
        return _TABLE

    @classmethod
    def _from_dict_fast(cls, src_dict: Mapping[str, Any]) -> Self:
        """The document's shape exactly; raises on the first deviation (`_runtime.read` then
        falls back to the tolerant reader)."""
        if not _BOUND:
            _bind()
        d = src_dict if type(src_dict) is dict else _rt.as_dict(src_dict)
        id = d["id"]
        if type(id) is not str:
            raise TypeError

        type_ = d["type"]
        if type(type_) is not str:
            raise TypeError

        reason = d["reason"]
        if type(reason) is not str and reason is not None:
            raise TypeError

        created_at = d["createdAt"]
        if type(created_at) is not str:
            raise TypeError

        sequence_number = d["sequenceNumber"]
        if type(sequence_number) is not float and type(sequence_number) is not int:
            raise TypeError

        created_by = d["createdBy"]
        if type(created_by) is not str and created_by is not None:
            raise TypeError

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
        if d.keys() <= _KNOWN_KEYS:
            _obj.additional_properties = NO_EXTRAS
        else:
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
