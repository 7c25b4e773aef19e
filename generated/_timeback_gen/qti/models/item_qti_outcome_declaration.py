from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.base_type import BaseType, check_base_type
from ..models.qti_outcome_declaration_cardinality import (
    QtiOutcomeDeclarationCardinality,
    check_qti_outcome_declaration_cardinality,
)
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.default_value import DefaultValue


T = TypeVar("T", bound="ItemQtiOutcomeDeclaration")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "identifier",
        "cardinality",
        "baseType",
        "normalMaximum",
        "normalMinimum",
        "defaultValue",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global DefaultValue
    from ..models.default_value import DefaultValue

    _LAZY_BOUND = True


@_attrs_define
class ItemQtiOutcomeDeclaration:
    """
    Attributes:
        identifier (str): Unique identifier for the entity on the service provider.
        cardinality (QtiOutcomeDeclarationCardinality): Defines how scoring information is structured and stored.
            'single' for one overall score, 'multiple' for separate scores or points, 'ordered' for scores maintaining a
            specific sequence, 'record' for complex scoring with multiple named components.
        base_type (BaseType): Primitive data type for each answer stored in the variable (e.g., integer, string,
            boolean). Omit when cardinality is 'record', because each field in a record may have its own type.
        normal_maximum (float | Unset): Expected maximum value for this outcome variable in normal circumstances
        normal_minimum (float | Unset): Expected minimum value for this outcome variable in normal circumstances
        default_value (DefaultValue | Unset): Optional default value configuration for outcome variables
    """

    identifier: str
    cardinality: QtiOutcomeDeclarationCardinality
    base_type: BaseType
    normal_maximum: float | Unset = UNSET
    normal_minimum: float | Unset = UNSET
    default_value: DefaultValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier

        cardinality: str = self.cardinality

        base_type: str = self.base_type

        normal_maximum = self.normal_maximum

        normal_minimum = self.normal_minimum

        default_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_value, Unset):
            default_value = self.default_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
                "cardinality": cardinality,
                "baseType": base_type,
            }
        )
        if normal_maximum is not UNSET:
            field_dict["normalMaximum"] = normal_maximum
        if normal_minimum is not UNSET:
            field_dict["normalMinimum"] = normal_minimum
        if default_value is not UNSET:
            field_dict["defaultValue"] = default_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        identifier = d["identifier"]

        cardinality = check_qti_outcome_declaration_cardinality(d["cardinality"])

        base_type = check_base_type(d["baseType"])

        normal_maximum = d.get("normalMaximum", UNSET)

        normal_minimum = d.get("normalMinimum", UNSET)

        _default_value = d.get("defaultValue", UNSET)
        default_value = (
            UNSET if _default_value is UNSET else DefaultValue.from_dict(_default_value)
        )

        if cls is ItemQtiOutcomeDeclaration:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.identifier = identifier
            _obj.cardinality = cardinality
            _obj.base_type = base_type
            _obj.normal_maximum = normal_maximum
            _obj.normal_minimum = normal_minimum
            _obj.default_value = default_value
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                identifier,
                cardinality,
                base_type,
                normal_maximum,
                normal_minimum,
                default_value,
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
