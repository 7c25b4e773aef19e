from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS

if TYPE_CHECKING:
    from ..models.qti_assessment_test_attributes import QtiAssessmentTestAttributes
    from ..models.qti_assessment_test_qti_outcome_declaration import (
        QtiAssessmentTestQtiOutcomeDeclaration,
    )
    from ..models.qti_test_part import QtiTestPart


T = TypeVar("T", bound="QtiAssessmentTest")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "_attributes",
        "qti-outcome-declaration",
        "qti-test-part",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global QtiAssessmentTestAttributes
    global QtiAssessmentTestQtiOutcomeDeclaration
    global QtiTestPart
    from ..models.qti_assessment_test_attributes import QtiAssessmentTestAttributes
    from ..models.qti_assessment_test_qti_outcome_declaration import (
        QtiAssessmentTestQtiOutcomeDeclaration,
    )
    from ..models.qti_test_part import QtiTestPart

    _LAZY_BOUND = True


@_attrs_define
class QtiAssessmentTest:
    """
    Attributes:
        field_attributes (QtiAssessmentTestAttributes):
        qti_outcome_declaration (list[QtiAssessmentTestQtiOutcomeDeclaration]):
        qti_test_part (list[QtiTestPart]):
    """

    field_attributes: QtiAssessmentTestAttributes
    qti_outcome_declaration: list[QtiAssessmentTestQtiOutcomeDeclaration]
    qti_test_part: list[QtiTestPart]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_attributes = self.field_attributes.to_dict()

        qti_outcome_declaration = []
        for qti_outcome_declaration_item_data in self.qti_outcome_declaration:
            qti_outcome_declaration_item = qti_outcome_declaration_item_data.to_dict()
            qti_outcome_declaration.append(qti_outcome_declaration_item)

        qti_test_part = []
        for qti_test_part_item_data in self.qti_test_part:
            qti_test_part_item = qti_test_part_item_data.to_dict()
            qti_test_part.append(qti_test_part_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_attributes": field_attributes,
                "qti-outcome-declaration": qti_outcome_declaration,
                "qti-test-part": qti_test_part,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        field_attributes = QtiAssessmentTestAttributes.from_dict(d["_attributes"])

        qti_outcome_declaration = [
            QtiAssessmentTestQtiOutcomeDeclaration.from_dict(_item)
            for _item in d["qti-outcome-declaration"]
        ]

        qti_test_part = [QtiTestPart.from_dict(_item) for _item in d["qti-test-part"]]

        if cls is QtiAssessmentTest:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.field_attributes = field_attributes
            _obj.qti_outcome_declaration = qti_outcome_declaration
            _obj.qti_test_part = qti_test_part
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                field_attributes,
                qti_outcome_declaration,
                qti_test_part,
            )
        if len(d) != 3:  # else keep NO_EXTRAS
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
