from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.qti_assessment_item_ref_attributes import (
        QtiAssessmentItemRefAttributes,
    )


T = TypeVar("T", bound="QtiAssessmentSectionQtiAssessmentItemRef")


@_attrs_define
class QtiAssessmentSectionQtiAssessmentItemRef:
    """
    Attributes:
        field_attributes (QtiAssessmentItemRefAttributes):
    """

    field_attributes: QtiAssessmentItemRefAttributes
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_attributes = self.field_attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_attributes": field_attributes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.qti_assessment_item_ref_attributes import (
            QtiAssessmentItemRefAttributes,
        )

        d = dict(src_dict)
        field_attributes = QtiAssessmentItemRefAttributes.from_dict(
            d.pop("_attributes")
        )

        qti_assessment_section_qti_assessment_item_ref = cls(
            field_attributes=field_attributes,
        )

        qti_assessment_section_qti_assessment_item_ref.additional_properties = d
        return qti_assessment_section_qti_assessment_item_ref

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
