from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.assessment_line_item import AssessmentLineItem
    from ..models.assessment_result import AssessmentResult


T = TypeVar("T", bound="UpdateStudentItemResponseResponse201")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "componentResourceLineItem",
        "componentResourceResult",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global AssessmentLineItem
    global AssessmentResult
    from ..models.assessment_line_item import AssessmentLineItem
    from ..models.assessment_result import AssessmentResult

    _LAZY_BOUND = True


@_attrs_define
class UpdateStudentItemResponseResponse201:
    """
    Attributes:
        component_resource_line_item (AssessmentLineItem | Unset): Represents an assessment line item.
        component_resource_result (AssessmentResult | Unset): Represents an assessment result.
    """

    component_resource_line_item: AssessmentLineItem | Unset = UNSET
    component_resource_result: AssessmentResult | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        component_resource_line_item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.component_resource_line_item, Unset):
            component_resource_line_item = self.component_resource_line_item.to_dict()

        component_resource_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.component_resource_result, Unset):
            component_resource_result = self.component_resource_result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if component_resource_line_item is not UNSET:
            field_dict["componentResourceLineItem"] = component_resource_line_item
        if component_resource_result is not UNSET:
            field_dict["componentResourceResult"] = component_resource_result

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        _component_resource_line_item = d.get("componentResourceLineItem", UNSET)
        component_resource_line_item = (
            UNSET
            if _component_resource_line_item is UNSET
            else AssessmentLineItem.from_dict(_component_resource_line_item)
        )

        _component_resource_result = d.get("componentResourceResult", UNSET)
        component_resource_result = (
            UNSET
            if _component_resource_result is UNSET
            else AssessmentResult.from_dict(_component_resource_result)
        )

        if cls is UpdateStudentItemResponseResponse201:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.component_resource_line_item = component_resource_line_item
            _obj.component_resource_result = component_resource_result
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                component_resource_line_item,
                component_resource_result,
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
