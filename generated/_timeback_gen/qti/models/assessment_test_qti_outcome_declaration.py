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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.default_value import DefaultValue


T = TypeVar("T", bound="AssessmentTestQtiOutcomeDeclaration")


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
        identifier = self.identifier

        base_type: str = self.base_type

        cardinality: str | Unset = UNSET
        if not isinstance(self.cardinality, Unset):
            cardinality = self.cardinality

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
                "baseType": base_type,
            }
        )
        if cardinality is not UNSET:
            field_dict["cardinality"] = cardinality
        if normal_maximum is not UNSET:
            field_dict["normalMaximum"] = normal_maximum
        if normal_minimum is not UNSET:
            field_dict["normalMinimum"] = normal_minimum
        if default_value is not UNSET:
            field_dict["defaultValue"] = default_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.default_value import DefaultValue

        d = dict(src_dict)
        identifier = d.pop("identifier")

        base_type = check_base_type(d.pop("baseType"))

        _cardinality = d.pop("cardinality", UNSET)
        cardinality: QtiOutcomeDeclarationCardinality | Unset
        if isinstance(_cardinality, Unset):
            cardinality = UNSET
        else:
            cardinality = check_qti_outcome_declaration_cardinality(_cardinality)

        normal_maximum = d.pop("normalMaximum", UNSET)

        normal_minimum = d.pop("normalMinimum", UNSET)

        _default_value = d.pop("defaultValue", UNSET)
        default_value: DefaultValue | Unset
        if isinstance(_default_value, Unset):
            default_value = UNSET
        else:
            default_value = DefaultValue.from_dict(_default_value)

        assessment_test_qti_outcome_declaration = cls(
            identifier=identifier,
            base_type=base_type,
            cardinality=cardinality,
            normal_maximum=normal_maximum,
            normal_minimum=normal_minimum,
            default_value=default_value,
        )

        assessment_test_qti_outcome_declaration.additional_properties = d
        return assessment_test_qti_outcome_declaration

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
