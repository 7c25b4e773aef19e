from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS, UNSET, Unset

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
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "_attributes",
        "qti-stimulus-body",
        "qti-stylesheet",
        "qti-catalog-info",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global QtiAssessmentStimulusAttributes
    global QtiAssessmentStimulusQtiStimulusBody
    global QtiCatalogInfo
    global QtiStylesheet
    from ..models.qti_assessment_stimulus_attributes import (
        QtiAssessmentStimulusAttributes,
    )
    from ..models.qti_assessment_stimulus_qti_stimulus_body import (
        QtiAssessmentStimulusQtiStimulusBody,
    )
    from ..models.qti_catalog_info import QtiCatalogInfo
    from ..models.qti_stylesheet import QtiStylesheet

    _LAZY_BOUND = True


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
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        field_attributes = QtiAssessmentStimulusAttributes.from_dict(d["_attributes"])

        qti_stimulus_body = QtiAssessmentStimulusQtiStimulusBody.from_dict(
            d["qti-stimulus-body"]
        )

        _qti_stylesheet = d.get("qti-stylesheet", UNSET)
        qti_stylesheet = (
            UNSET
            if _qti_stylesheet is UNSET
            else QtiStylesheet.from_dict(_qti_stylesheet)
        )

        _qti_catalog_info = d.get("qti-catalog-info", UNSET)
        qti_catalog_info = (
            UNSET
            if _qti_catalog_info is UNSET
            else QtiCatalogInfo.from_dict(_qti_catalog_info)
        )

        if cls is QtiAssessmentStimulus:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.field_attributes = field_attributes
            _obj.qti_stimulus_body = qti_stimulus_body
            _obj.qti_stylesheet = qti_stylesheet
            _obj.qti_catalog_info = qti_catalog_info
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                field_attributes,
                qti_stimulus_body,
                qti_stylesheet,
                qti_catalog_info,
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
