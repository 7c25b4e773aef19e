from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.qti_assessment_item_ref import QtiAssessmentItemRef


T = TypeVar("T", bound="Section")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

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
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_QtiAssessmentItemRef
    global QtiAssessmentItemRef
    from ..models.qti_assessment_item_ref import QtiAssessmentItemRef

    _TABLE = _rt.table(
        (
            _rt.Field("identifier", "identifier", True, _rt.STR),
            _rt.Field("title", "title", True, _rt.STR),
            _rt.Field("visible", "visible", True, _rt.BOOL),
            _rt.Field("required", "required", False, _rt.BOOL),
            _rt.Field("fixed", "fixed", False, _rt.BOOL),
            _rt.Field("sequence", "sequence", False, _rt.INT),
            _rt.Field(
                "qti-assessment-item-ref",
                "qti_assessment_item_ref",
                False,
                _rt.List(_rt.Model(QtiAssessmentItemRef)),
            ),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_QtiAssessmentItemRef = QtiAssessmentItemRef._from_dict_fast
    _BOUND = True


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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.identifier is not UNSET:
            field_dict["identifier"] = self.identifier
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.visible is not UNSET:
            field_dict["visible"] = self.visible
        if self.required is not UNSET:
            field_dict["required"] = self.required
        if self.fixed is not UNSET:
            field_dict["fixed"] = self.fixed
        if self.sequence is not UNSET:
            field_dict["sequence"] = self.sequence
        if self.qti_assessment_item_ref is not UNSET:
            field_dict["qti-assessment-item-ref"] = _rt.dump(
                self.qti_assessment_item_ref
            )
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a JSON object as the platform sent it: what fits the document is converted, what
        does not is kept as it came (see `_timeback_gen._runtime`); never raises for an object."""
        return _rt.read(cls, src_dict)  # type: ignore[no-any-return]

    @classmethod
    def _tb_table(cls) -> _rt.Table:
        if not _BOUND:
            _bind()
        return _TABLE

    @classmethod
    def _from_dict_fast(cls, src_dict: Mapping[str, Any]) -> Self:
        """The document's shape exactly; raises on the first deviation (`_runtime.read` then
        falls back to the tolerant reader)."""
        if not _BOUND:
            _bind()
        d = src_dict if type(src_dict) is dict else _rt.as_dict(src_dict)
        identifier = d["identifier"]
        if type(identifier) is not str:
            raise TypeError

        title = d["title"]
        if type(title) is not str:
            raise TypeError

        visible = d["visible"]
        if type(visible) is not bool:
            raise TypeError

        required = d.get("required", UNSET)
        if type(required) is not bool and required is not UNSET:
            raise TypeError

        fixed = d.get("fixed", UNSET)
        if type(fixed) is not bool and fixed is not UNSET:
            raise TypeError

        sequence = d.get("sequence", UNSET)
        if type(sequence) is not int and sequence is not UNSET:
            raise TypeError

        _qti_assessment_item_ref = d.get("qti-assessment-item-ref", UNSET)
        if _qti_assessment_item_ref is UNSET:
            qti_assessment_item_ref = UNSET
        else:
            if type(_qti_assessment_item_ref) is not list:
                raise TypeError
            qti_assessment_item_ref = (
                [_F_QtiAssessmentItemRef(_item) for _item in _qti_assessment_item_ref]
                if _qti_assessment_item_ref
                else _qti_assessment_item_ref
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
        if d.keys() <= _KNOWN_KEYS:
            _obj.additional_properties = NO_EXTRAS
        else:
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
