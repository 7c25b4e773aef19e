from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.qti_assessment_section import QtiAssessmentSection
    from ..models.qti_test_part_attributes import QtiTestPartAttributes


T = TypeVar("T", bound="QtiTestPart")


@_attrs_define
class QtiTestPart:
    """
    Attributes:
        field_attributes (QtiTestPartAttributes):
        qti_assessment_section (list[QtiAssessmentSection]):
    """

    field_attributes: QtiTestPartAttributes
    qti_assessment_section: list[QtiAssessmentSection]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_attributes = self.field_attributes.to_dict()

        qti_assessment_section = []
        for qti_assessment_section_item_data in self.qti_assessment_section:
            qti_assessment_section_item = qti_assessment_section_item_data.to_dict()
            qti_assessment_section.append(qti_assessment_section_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_attributes": field_attributes,
                "qti-assessment-section": qti_assessment_section,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.qti_assessment_section import QtiAssessmentSection
        from ..models.qti_test_part_attributes import QtiTestPartAttributes

        d = dict(src_dict)
        field_attributes = QtiTestPartAttributes.from_dict(d.pop("_attributes"))

        qti_assessment_section = []
        _qti_assessment_section = d.pop("qti-assessment-section")
        for qti_assessment_section_item_data in _qti_assessment_section:
            qti_assessment_section_item = QtiAssessmentSection.from_dict(
                qti_assessment_section_item_data
            )

            qti_assessment_section.append(qti_assessment_section_item)

        qti_test_part = cls(
            field_attributes=field_attributes,
            qti_assessment_section=qti_assessment_section,
        )

        qti_test_part.additional_properties = d
        return qti_test_part

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
