from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.qti_assessment_stimulus_attributes import (
        QtiAssessmentStimulusAttributes,
    )
    from ..models.qti_assessment_stimulus_qti_stimulus_body import (
        QtiAssessmentStimulusQtiStimulusBody,
    )
    from ..models.qti_catalog_info import QtiCatalogInfo
    from ..models.qti_stylesheet import QtiStylesheet


T = TypeVar("T", bound="QtiAssessmentStimulus")


@_attrs_define
class QtiAssessmentStimulus:
    """
    Attributes:
        field_attributes (QtiAssessmentStimulusAttributes):
        qti_stimulus_body (QtiAssessmentStimulusQtiStimulusBody):
        qti_stylesheet (QtiStylesheet | Unset):
        qti_catalog_info (QtiCatalogInfo | Unset):
    """

    field_attributes: QtiAssessmentStimulusAttributes
    qti_stimulus_body: QtiAssessmentStimulusQtiStimulusBody
    qti_stylesheet: QtiStylesheet | Unset = UNSET
    qti_catalog_info: QtiCatalogInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_attributes = self.field_attributes.to_dict()

        qti_stimulus_body = self.qti_stimulus_body.to_dict()

        qti_stylesheet: dict[str, Any] | Unset = UNSET
        if not isinstance(self.qti_stylesheet, Unset):
            qti_stylesheet = self.qti_stylesheet.to_dict()

        qti_catalog_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.qti_catalog_info, Unset):
            qti_catalog_info = self.qti_catalog_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_attributes": field_attributes,
                "qti-stimulus-body": qti_stimulus_body,
            }
        )
        if qti_stylesheet is not UNSET:
            field_dict["qti-stylesheet"] = qti_stylesheet
        if qti_catalog_info is not UNSET:
            field_dict["qti-catalog-info"] = qti_catalog_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.qti_assessment_stimulus_attributes import (
            QtiAssessmentStimulusAttributes,
        )
        from ..models.qti_assessment_stimulus_qti_stimulus_body import (
            QtiAssessmentStimulusQtiStimulusBody,
        )
        from ..models.qti_catalog_info import QtiCatalogInfo
        from ..models.qti_stylesheet import QtiStylesheet

        d = dict(src_dict)
        field_attributes = QtiAssessmentStimulusAttributes.from_dict(
            d.pop("_attributes")
        )

        qti_stimulus_body = QtiAssessmentStimulusQtiStimulusBody.from_dict(
            d.pop("qti-stimulus-body")
        )

        _qti_stylesheet = d.pop("qti-stylesheet", UNSET)
        qti_stylesheet: QtiStylesheet | Unset
        if isinstance(_qti_stylesheet, Unset):
            qti_stylesheet = UNSET
        else:
            qti_stylesheet = QtiStylesheet.from_dict(_qti_stylesheet)

        _qti_catalog_info = d.pop("qti-catalog-info", UNSET)
        qti_catalog_info: QtiCatalogInfo | Unset
        if isinstance(_qti_catalog_info, Unset):
            qti_catalog_info = UNSET
        else:
            qti_catalog_info = QtiCatalogInfo.from_dict(_qti_catalog_info)

        qti_assessment_stimulus = cls(
            field_attributes=field_attributes,
            qti_stimulus_body=qti_stimulus_body,
            qti_stylesheet=qti_stylesheet,
            qti_catalog_info=qti_catalog_info,
        )

        qti_assessment_stimulus.additional_properties = d
        return qti_assessment_stimulus

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
