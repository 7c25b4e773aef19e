from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.qti_assessment_item_attributes import QtiAssessmentItemAttributes
    from ..models.qti_assessment_stimulus_ref import QtiAssessmentStimulusRef
    from ..models.qti_outcome_declaration import QtiOutcomeDeclaration
    from ..models.qti_response_declaration import QtiResponseDeclaration


T = TypeVar("T", bound="QtiAssessmentItem")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

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
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_QtiAssessmentItemAttributes
    global _F_QtiResponseDeclaration
    global _F_QtiOutcomeDeclaration
    global _F_QtiAssessmentStimulusRef
    global QtiAssessmentItemAttributes
    global QtiAssessmentStimulusRef
    global QtiOutcomeDeclaration
    global QtiResponseDeclaration
    from ..models.qti_assessment_item_attributes import QtiAssessmentItemAttributes
    from ..models.qti_assessment_stimulus_ref import QtiAssessmentStimulusRef
    from ..models.qti_outcome_declaration import QtiOutcomeDeclaration
    from ..models.qti_response_declaration import QtiResponseDeclaration

    _TABLE = _rt.table(
        (
            _rt.Field(
                "_attributes",
                "field_attributes",
                True,
                _rt.Model(QtiAssessmentItemAttributes),
            ),
            _rt.Field(
                "qti-response-declaration",
                "qti_response_declaration",
                True,
                _rt.List(_rt.Model(QtiResponseDeclaration)),
            ),
            _rt.Field(
                "qti-outcome-declaration",
                "qti_outcome_declaration",
                True,
                _rt.List(_rt.Model(QtiOutcomeDeclaration)),
            ),
            _rt.Field(
                "qti-assessment-stimulus-ref",
                "qti_assessment_stimulus_ref",
                False,
                _rt.List(_rt.Model(QtiAssessmentStimulusRef)),
            ),
            _rt.Field("qti-item-body", "qti_item_body", False, _rt.ANY),
            _rt.Field(
                "qti-response-processing", "qti_response_processing", False, _rt.ANY
            ),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_QtiAssessmentItemAttributes = QtiAssessmentItemAttributes._from_dict_fast
    _F_QtiResponseDeclaration = QtiResponseDeclaration._from_dict_fast
    _F_QtiOutcomeDeclaration = QtiOutcomeDeclaration._from_dict_fast
    _F_QtiAssessmentStimulusRef = QtiAssessmentStimulusRef._from_dict_fast
    _BOUND = True


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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.field_attributes is not UNSET:
            field_dict["_attributes"] = _rt.dump(self.field_attributes)
        if self.qti_response_declaration is not UNSET:
            field_dict["qti-response-declaration"] = _rt.dump(
                self.qti_response_declaration
            )
        if self.qti_outcome_declaration is not UNSET:
            field_dict["qti-outcome-declaration"] = _rt.dump(
                self.qti_outcome_declaration
            )
        if self.qti_assessment_stimulus_ref is not UNSET:
            field_dict["qti-assessment-stimulus-ref"] = _rt.dump(
                self.qti_assessment_stimulus_ref
            )
        if self.qti_item_body is not UNSET:
            field_dict["qti-item-body"] = self.qti_item_body
        if self.qti_response_processing is not UNSET:
            field_dict["qti-response-processing"] = self.qti_response_processing
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
        field_attributes = _F_QtiAssessmentItemAttributes(d["_attributes"])

        _qti_response_declaration = d["qti-response-declaration"]
        if type(_qti_response_declaration) is not list:
            raise TypeError
        qti_response_declaration = (
            [_F_QtiResponseDeclaration(_item) for _item in _qti_response_declaration]
            if _qti_response_declaration
            else _qti_response_declaration
        )

        _qti_outcome_declaration = d["qti-outcome-declaration"]
        if type(_qti_outcome_declaration) is not list:
            raise TypeError
        qti_outcome_declaration = (
            [_F_QtiOutcomeDeclaration(_item) for _item in _qti_outcome_declaration]
            if _qti_outcome_declaration
            else _qti_outcome_declaration
        )

        _qti_assessment_stimulus_ref = d.get("qti-assessment-stimulus-ref", UNSET)
        if _qti_assessment_stimulus_ref is UNSET:
            qti_assessment_stimulus_ref = UNSET
        else:
            if type(_qti_assessment_stimulus_ref) is not list:
                raise TypeError
            qti_assessment_stimulus_ref = (
                [
                    _F_QtiAssessmentStimulusRef(_item)
                    for _item in _qti_assessment_stimulus_ref
                ]
                if _qti_assessment_stimulus_ref
                else _qti_assessment_stimulus_ref
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
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                field_attributes,
                qti_response_declaration,
                qti_outcome_declaration,
                qti_assessment_stimulus_ref,
                qti_item_body,
                qti_response_processing,
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
