from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.qti_assessment_section_attributes_2 import (
        QtiAssessmentSectionAttributes2,
    )
    from ..models.qti_assessment_section_qti_assessment_item_ref import (
        QtiAssessmentSectionQtiAssessmentItemRef,
    )


T = TypeVar("T", bound="QtiTestPartQtiAssessmentSection")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "_attributes",
        "qti-assessment-item-ref",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global QtiAssessmentSectionAttributes2
    global QtiAssessmentSectionQtiAssessmentItemRef
    from ..models.qti_assessment_section_attributes_2 import (
        QtiAssessmentSectionAttributes2,
    )
    from ..models.qti_assessment_section_qti_assessment_item_ref import (
        QtiAssessmentSectionQtiAssessmentItemRef,
    )

    _LAZY_BOUND = True


@_attrs_define
class QtiTestPartQtiAssessmentSection:
    """
    Attributes:
        field_attributes (QtiAssessmentSectionAttributes2):
        qti_assessment_item_ref (list[QtiAssessmentSectionQtiAssessmentItemRef] | Unset):
    """

    field_attributes: QtiAssessmentSectionAttributes2
    qti_assessment_item_ref: list[QtiAssessmentSectionQtiAssessmentItemRef] | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_attributes = self.field_attributes.to_dict()

        qti_assessment_item_ref: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.qti_assessment_item_ref, Unset):
            qti_assessment_item_ref = []
            for qti_assessment_item_ref_item_data in self.qti_assessment_item_ref:
                qti_assessment_item_ref_item = (
                    qti_assessment_item_ref_item_data.to_dict()
                )
                qti_assessment_item_ref.append(qti_assessment_item_ref_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_attributes": field_attributes,
            }
        )
        if qti_assessment_item_ref is not UNSET:
            field_dict["qti-assessment-item-ref"] = qti_assessment_item_ref

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        field_attributes = QtiAssessmentSectionAttributes2.from_dict(d["_attributes"])

        _qti_assessment_item_ref = d.get("qti-assessment-item-ref", UNSET)
        qti_assessment_item_ref = (
            UNSET
            if _qti_assessment_item_ref is UNSET
            else [
                QtiAssessmentSectionQtiAssessmentItemRef.from_dict(_item)
                for _item in _qti_assessment_item_ref
            ]
        )

        if cls is QtiTestPartQtiAssessmentSection:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.field_attributes = field_attributes
            _obj.qti_assessment_item_ref = qti_assessment_item_ref
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                field_attributes,
                qti_assessment_item_ref,
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
