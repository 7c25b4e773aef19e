from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.base_type import BaseType, check_base_type
from ..models.cardinality import Cardinality, check_cardinality
from ..types import NO_EXTRAS, UNSET, Unset

T = TypeVar("T", bound="OutcomeDeclaration")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "identifier",
        "cardinality",
        "baseType",
    }
)


@_attrs_define
class OutcomeDeclaration:
    """
    Attributes:
        identifier (str): Unique identifier for this response variable within the item; must be distinct from other item
            variables and cannot use reserved names (completionStatus, numAttempts, duration).
        cardinality (Cardinality): Specifies how many values the response variable can hold and whether order matters.
        base_type (BaseType | Unset): Primitive data type for each answer stored in the variable (e.g., integer, string,
            boolean). Omit when cardinality is 'record', because each field in a record may have its own type.
    """

    identifier: str
    cardinality: Cardinality
    base_type: BaseType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier

        cardinality: str = self.cardinality

        base_type: str | Unset = UNSET
        if not isinstance(self.base_type, Unset):
            base_type = self.base_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
                "cardinality": cardinality,
            }
        )
        if base_type is not UNSET:
            field_dict["baseType"] = base_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        identifier = d["identifier"]

        cardinality = check_cardinality(d["cardinality"])

        _base_type = d.get("baseType", UNSET)
        base_type = UNSET if _base_type is UNSET else check_base_type(_base_type)

        if cls is OutcomeDeclaration:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.identifier = identifier
            _obj.cardinality = cardinality
            _obj.base_type = base_type
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                identifier,
                cardinality,
                base_type,
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
