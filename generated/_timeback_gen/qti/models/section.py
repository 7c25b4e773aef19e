from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.qti_assessment_item_ref import QtiAssessmentItemRef


T = TypeVar("T", bound="Section")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "identifier",
        "title",
        "visible",
        "required",
        "fixed",
        "sequence",
        "qti-assessment-item-ref",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global QtiAssessmentItemRef
    from ..models.qti_assessment_item_ref import QtiAssessmentItemRef

    _LAZY_BOUND = True


@_attrs_define
class Section:
    """Core assessment section schema containing all essential section attributes

    Attributes:
        identifier (str): Unique identifier for the entity on the service provider.
        title (str): Human-readable title of the entity on the service provider.
        visible (bool): Determines whether the assessment section is visible to candidates during test delivery.
            Sections are visible by default unless explicitly hidden for specific assessment conditions. Default: True.
        required (bool | Unset): If a child element is required it must appear (at least once) in the selection.
            Default: True.
        fixed (bool | Unset): If a child element is fixed it must never be shuffled. When used in combination with a
            selection rule fixed elements do not have their position fixed until after selection has taken place. Default:
            False.
        sequence (int | Unset): Defines the sequential order of this item within its parent section. Must be a positive
            integer that determines presentation order to candidates.
        qti_assessment_item_ref (list[QtiAssessmentItemRef] | Unset): Collection of assessment items that are referenced
            within this section.
    """

    identifier: str
    title: str
    visible: bool = True
    required: bool | Unset = True
    fixed: bool | Unset = False
    sequence: int | Unset = UNSET
    qti_assessment_item_ref: list[QtiAssessmentItemRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier

        title = self.title

        visible = self.visible

        required = self.required

        fixed = self.fixed

        sequence = self.sequence

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
                "identifier": identifier,
                "title": title,
                "visible": visible,
            }
        )
        if required is not UNSET:
            field_dict["required"] = required
        if fixed is not UNSET:
            field_dict["fixed"] = fixed
        if sequence is not UNSET:
            field_dict["sequence"] = sequence
        if qti_assessment_item_ref is not UNSET:
            field_dict["qti-assessment-item-ref"] = qti_assessment_item_ref

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        identifier = d["identifier"]

        title = d["title"]

        visible = d["visible"]

        required = d.get("required", UNSET)

        fixed = d.get("fixed", UNSET)

        sequence = d.get("sequence", UNSET)

        _qti_assessment_item_ref = d.get("qti-assessment-item-ref", UNSET)
        qti_assessment_item_ref = (
            UNSET
            if _qti_assessment_item_ref is UNSET
            else [
                QtiAssessmentItemRef.from_dict(_item)
                for _item in _qti_assessment_item_ref
            ]
        )

        if cls is Section:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.identifier = identifier
            _obj.title = title
            _obj.visible = visible
            _obj.required = required
            _obj.fixed = fixed
            _obj.sequence = sequence
            _obj.qti_assessment_item_ref = qti_assessment_item_ref
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                identifier,
                title,
                visible,
                required,
                fixed,
                sequence,
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
