from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..types import NO_EXTRAS, UNSET

if TYPE_CHECKING:
    from ..models.qti_assessment_test_attributes import QtiAssessmentTestAttributes
    from ..models.qti_assessment_test_qti_outcome_declaration import (
        QtiAssessmentTestQtiOutcomeDeclaration,
    )
    from ..models.qti_test_part import QtiTestPart


T = TypeVar("T", bound="QtiAssessmentTest")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "_attributes",
        "qti-outcome-declaration",
        "qti-test-part",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_QtiAssessmentTestAttributes
    global _F_QtiAssessmentTestQtiOutcomeDeclaration
    global _F_QtiTestPart
    global QtiAssessmentTestAttributes
    global QtiAssessmentTestQtiOutcomeDeclaration
    global QtiTestPart
    from ..models.qti_assessment_test_attributes import QtiAssessmentTestAttributes
    from ..models.qti_assessment_test_qti_outcome_declaration import (
        QtiAssessmentTestQtiOutcomeDeclaration,
    )
    from ..models.qti_test_part import QtiTestPart

    _TABLE = _rt.table(
        (
            _rt.Field(
                "_attributes",
                "field_attributes",
                True,
                _rt.Model(QtiAssessmentTestAttributes),
            ),
            _rt.Field(
                "qti-outcome-declaration",
                "qti_outcome_declaration",
                True,
                _rt.List(_rt.Model(QtiAssessmentTestQtiOutcomeDeclaration)),
            ),
            _rt.Field(
                "qti-test-part", "qti_test_part", True, _rt.List(_rt.Model(QtiTestPart))
            ),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_QtiAssessmentTestAttributes = QtiAssessmentTestAttributes._from_dict_fast
    _F_QtiAssessmentTestQtiOutcomeDeclaration = (
        QtiAssessmentTestQtiOutcomeDeclaration._from_dict_fast
    )
    _F_QtiTestPart = QtiTestPart._from_dict_fast
    _BOUND = True


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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.field_attributes is not UNSET:
            field_dict["_attributes"] = _rt.dump(self.field_attributes)
        if self.qti_outcome_declaration is not UNSET:
            field_dict["qti-outcome-declaration"] = _rt.dump(
                self.qti_outcome_declaration
            )
        if self.qti_test_part is not UNSET:
            field_dict["qti-test-part"] = _rt.dump(self.qti_test_part)
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
        field_attributes = _F_QtiAssessmentTestAttributes(d["_attributes"])

        _qti_outcome_declaration = d["qti-outcome-declaration"]
        if type(_qti_outcome_declaration) is not list:
            raise TypeError
        qti_outcome_declaration = (
            [
                _F_QtiAssessmentTestQtiOutcomeDeclaration(_item)
                for _item in _qti_outcome_declaration
            ]
            if _qti_outcome_declaration
            else _qti_outcome_declaration
        )

        _qti_test_part = d["qti-test-part"]
        if type(_qti_test_part) is not list:
            raise TypeError
        qti_test_part = (
            [_F_QtiTestPart(_item) for _item in _qti_test_part]
            if _qti_test_part
            else _qti_test_part
        )

        if cls is QtiAssessmentTest:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.field_attributes = field_attributes
            _obj.qti_outcome_declaration = qti_outcome_declaration
            _obj.qti_test_part = qti_test_part
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                field_attributes,
                qti_outcome_declaration,
                qti_test_part,
            )
        if len(d) == 3:
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
