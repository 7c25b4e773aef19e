from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..models.base_type import BaseType, check_base_type
from ..models.qti_outcome_declaration_cardinality import (
    QtiOutcomeDeclarationCardinality,
    check_qti_outcome_declaration_cardinality,
)
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.default_value import DefaultValue


T = TypeVar("T", bound="AssessmentTestQtiOutcomeDeclaration")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "identifier",
        "baseType",
        "cardinality",
        "normalMaximum",
        "normalMinimum",
        "defaultValue",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_DefaultValue
    global DefaultValue
    from ..models.default_value import DefaultValue

    _TABLE = _rt.table(
        (
            _rt.Field("identifier", "identifier", True, _rt.STR),
            _rt.Field(
                "baseType", "base_type", True, _rt.Enum(check_base_type, "BaseType")
            ),
            _rt.Field(
                "cardinality",
                "cardinality",
                False,
                _rt.Enum(
                    check_qti_outcome_declaration_cardinality,
                    "QtiOutcomeDeclarationCardinality",
                ),
            ),
            _rt.Field("normalMaximum", "normal_maximum", False, _rt.FLOAT),
            _rt.Field("normalMinimum", "normal_minimum", False, _rt.FLOAT),
            _rt.Field("defaultValue", "default_value", False, _rt.Model(DefaultValue)),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_DefaultValue = DefaultValue._from_dict_fast
    _BOUND = True


@_attrs_define
class AssessmentTestQtiOutcomeDeclaration:
    """
    Attributes:
        identifier (str): Unique identifier for the entity on the service provider.
        base_type (BaseType): Primitive data type for each answer stored in the variable (e.g., integer, string,
            boolean). Omit when cardinality is 'record', because each field in a record may have its own type.
        cardinality (QtiOutcomeDeclarationCardinality | Unset): Defines how scoring information is structured and
            stored. 'single' for one overall score, 'multiple' for separate scores or points, 'ordered' for scores
            maintaining a specific sequence, 'record' for complex scoring with multiple named components.
        normal_maximum (float | Unset): Expected maximum value for this outcome variable in normal circumstances
        normal_minimum (float | Unset): Expected minimum value for this outcome variable in normal circumstances
        default_value (DefaultValue | Unset): Optional default value configuration for outcome variables
    """

    identifier: str
    base_type: BaseType
    cardinality: QtiOutcomeDeclarationCardinality | Unset = UNSET
    normal_maximum: float | Unset = UNSET
    normal_minimum: float | Unset = UNSET
    default_value: DefaultValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.identifier is not UNSET:
            field_dict["identifier"] = self.identifier
        if self.base_type is not UNSET:
            field_dict["baseType"] = self.base_type
        if self.cardinality is not UNSET:
            field_dict["cardinality"] = self.cardinality
        if self.normal_maximum is not UNSET:
            field_dict["normalMaximum"] = self.normal_maximum
        if self.normal_minimum is not UNSET:
            field_dict["normalMinimum"] = self.normal_minimum
        if self.default_value is not UNSET:
            field_dict["defaultValue"] = _rt.dump(self.default_value)
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
        identifier = d["identifier"]
        if type(identifier) is not str:
            raise TypeError

        base_type = check_base_type(d["baseType"])

        _cardinality = d.get("cardinality", UNSET)
        cardinality = (
            UNSET
            if _cardinality is UNSET
            else check_qti_outcome_declaration_cardinality(_cardinality)
        )

        normal_maximum = d.get("normalMaximum", UNSET)
        if (
            type(normal_maximum) is not float
            and type(normal_maximum) is not int
            and normal_maximum is not UNSET
        ):
            raise TypeError

        normal_minimum = d.get("normalMinimum", UNSET)
        if (
            type(normal_minimum) is not float
            and type(normal_minimum) is not int
            and normal_minimum is not UNSET
        ):
            raise TypeError

        _default_value = d.get("defaultValue", UNSET)
        default_value = (
            UNSET if _default_value is UNSET else _F_DefaultValue(_default_value)
        )

        if cls is AssessmentTestQtiOutcomeDeclaration:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.identifier = identifier
            _obj.base_type = base_type
            _obj.cardinality = cardinality
            _obj.normal_maximum = normal_maximum
            _obj.normal_minimum = normal_minimum
            _obj.default_value = default_value
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                identifier,
                base_type,
                cardinality,
                normal_maximum,
                normal_minimum,
                default_value,
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
