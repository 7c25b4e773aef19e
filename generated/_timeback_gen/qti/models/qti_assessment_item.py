from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.qti_assessment_item_attributes import QtiAssessmentItemAttributes
    from ..models.qti_assessment_stimulus_ref import QtiAssessmentStimulusRef
    from ..models.qti_outcome_declaration import QtiOutcomeDeclaration
    from ..models.qti_response_declaration import QtiResponseDeclaration


T = TypeVar("T", bound="QtiAssessmentItem")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "_attributes",
        "qti-response-declaration",
        "qti-outcome-declaration",
        "qti-assessment-stimulus-ref",
        "qti-item-body",
        "qti-response-processing",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global QtiAssessmentItemAttributes
    global QtiAssessmentStimulusRef
    global QtiOutcomeDeclaration
    global QtiResponseDeclaration
    from ..models.qti_assessment_item_attributes import QtiAssessmentItemAttributes
    from ..models.qti_assessment_stimulus_ref import QtiAssessmentStimulusRef
    from ..models.qti_outcome_declaration import QtiOutcomeDeclaration
    from ..models.qti_response_declaration import QtiResponseDeclaration

    _LAZY_BOUND = True


@_attrs_define
class QtiAssessmentItem:
    """
    Attributes:
        field_attributes (QtiAssessmentItemAttributes):
        qti_response_declaration (list[QtiResponseDeclaration]):
        qti_outcome_declaration (list[QtiOutcomeDeclaration]):
        qti_assessment_stimulus_ref (list[QtiAssessmentStimulusRef] | Unset):
        qti_item_body (Any | Unset):
        qti_response_processing (Any | Unset):
    """

    field_attributes: QtiAssessmentItemAttributes
    qti_response_declaration: list[QtiResponseDeclaration]
    qti_outcome_declaration: list[QtiOutcomeDeclaration]
    qti_assessment_stimulus_ref: list[QtiAssessmentStimulusRef] | Unset = UNSET
    qti_item_body: Any | Unset = UNSET
    qti_response_processing: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_attributes = self.field_attributes.to_dict()

        qti_response_declaration = []
        for qti_response_declaration_item_data in self.qti_response_declaration:
            qti_response_declaration_item = qti_response_declaration_item_data.to_dict()
            qti_response_declaration.append(qti_response_declaration_item)

        qti_outcome_declaration = []
        for qti_outcome_declaration_item_data in self.qti_outcome_declaration:
            qti_outcome_declaration_item = qti_outcome_declaration_item_data.to_dict()
            qti_outcome_declaration.append(qti_outcome_declaration_item)

        qti_assessment_stimulus_ref: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.qti_assessment_stimulus_ref, Unset):
            qti_assessment_stimulus_ref = []
            for (
                qti_assessment_stimulus_ref_item_data
            ) in self.qti_assessment_stimulus_ref:
                qti_assessment_stimulus_ref_item = (
                    qti_assessment_stimulus_ref_item_data.to_dict()
                )
                qti_assessment_stimulus_ref.append(qti_assessment_stimulus_ref_item)

        qti_item_body = self.qti_item_body

        qti_response_processing = self.qti_response_processing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_attributes": field_attributes,
                "qti-response-declaration": qti_response_declaration,
                "qti-outcome-declaration": qti_outcome_declaration,
            }
        )
        if qti_assessment_stimulus_ref is not UNSET:
            field_dict["qti-assessment-stimulus-ref"] = qti_assessment_stimulus_ref
        if qti_item_body is not UNSET:
            field_dict["qti-item-body"] = qti_item_body
        if qti_response_processing is not UNSET:
            field_dict["qti-response-processing"] = qti_response_processing

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        field_attributes = QtiAssessmentItemAttributes.from_dict(d["_attributes"])

        qti_response_declaration = [
            QtiResponseDeclaration.from_dict(_item)
            for _item in d["qti-response-declaration"]
        ]

        qti_outcome_declaration = [
            QtiOutcomeDeclaration.from_dict(_item)
            for _item in d["qti-outcome-declaration"]
        ]

        _qti_assessment_stimulus_ref = d.get("qti-assessment-stimulus-ref", UNSET)
        qti_assessment_stimulus_ref = (
            UNSET
            if _qti_assessment_stimulus_ref is UNSET
            else [
                QtiAssessmentStimulusRef.from_dict(_item)
                for _item in _qti_assessment_stimulus_ref
            ]
        )

        qti_item_body = d.get("qti-item-body", UNSET)

        qti_response_processing = d.get("qti-response-processing", UNSET)

        if cls is QtiAssessmentItem:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.field_attributes = field_attributes
            _obj.qti_response_declaration = qti_response_declaration
            _obj.qti_outcome_declaration = qti_outcome_declaration
            _obj.qti_assessment_stimulus_ref = qti_assessment_stimulus_ref
            _obj.qti_item_body = qti_item_body
            _obj.qti_response_processing = qti_response_processing
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                field_attributes,
                qti_response_declaration,
                qti_outcome_declaration,
                qti_assessment_stimulus_ref,
                qti_item_body,
                qti_response_processing,
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
