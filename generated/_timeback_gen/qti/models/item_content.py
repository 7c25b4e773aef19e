from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.qti_assessment_test import QtiAssessmentTest


T = TypeVar("T", bound="ItemContent")


@_attrs_define
class ItemContent:
    """Parsed XML content structure for the assessment test. For production use, rawXml is recommended over this parsed
    structure.

        Attributes:
            qti_assessment_test (QtiAssessmentTest):
    """

    qti_assessment_test: QtiAssessmentTest
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        qti_assessment_test = self.qti_assessment_test.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "qti-assessment-test": qti_assessment_test,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.qti_assessment_test import QtiAssessmentTest

        d = dict(src_dict)
        qti_assessment_test = QtiAssessmentTest.from_dict(d.pop("qti-assessment-test"))

        item_content = cls(
            qti_assessment_test=qti_assessment_test,
        )

        item_content.additional_properties = d
        return item_content

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
