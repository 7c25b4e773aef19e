from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.qti_default_value import QtiDefaultValue
    from ..models.qti_outcome_declaration_attributes import (
        QtiOutcomeDeclarationAttributes,
    )


T = TypeVar("T", bound="QtiAssessmentTestQtiOutcomeDeclaration")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "_attributes",
        "qti-default-value",
        "normal-maximum",
        "normal-minimum",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global QtiDefaultValue
    global QtiOutcomeDeclarationAttributes
    from ..models.qti_default_value import QtiDefaultValue
    from ..models.qti_outcome_declaration_attributes import (
        QtiOutcomeDeclarationAttributes,
    )

    _LAZY_BOUND = True


@_attrs_define
class QtiAssessmentTestQtiOutcomeDeclaration:
    """
    Attributes:
        field_attributes (QtiOutcomeDeclarationAttributes):
        qti_default_value (QtiDefaultValue | Unset):
        normal_maximum (float | Unset):
        normal_minimum (float | Unset):
    """

    field_attributes: QtiOutcomeDeclarationAttributes
    qti_default_value: QtiDefaultValue | Unset = UNSET
    normal_maximum: float | Unset = UNSET
    normal_minimum: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_attributes = self.field_attributes.to_dict()

        qti_default_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.qti_default_value, Unset):
            qti_default_value = self.qti_default_value.to_dict()

        normal_maximum = self.normal_maximum

        normal_minimum = self.normal_minimum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_attributes": field_attributes,
            }
        )
        if qti_default_value is not UNSET:
            field_dict["qti-default-value"] = qti_default_value
        if normal_maximum is not UNSET:
            field_dict["normal-maximum"] = normal_maximum
        if normal_minimum is not UNSET:
            field_dict["normal-minimum"] = normal_minimum

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        field_attributes = QtiOutcomeDeclarationAttributes.from_dict(d["_attributes"])

        _qti_default_value = d.get("qti-default-value", UNSET)
        qti_default_value = (
            UNSET
            if _qti_default_value is UNSET
            else QtiDefaultValue.from_dict(_qti_default_value)
        )

        normal_maximum = d.get("normal-maximum", UNSET)

        normal_minimum = d.get("normal-minimum", UNSET)

        if cls is QtiAssessmentTestQtiOutcomeDeclaration:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.field_attributes = field_attributes
            _obj.qti_default_value = qti_default_value
            _obj.normal_maximum = normal_maximum
            _obj.normal_minimum = normal_minimum
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                field_attributes,
                qti_default_value,
                normal_maximum,
                normal_minimum,
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
