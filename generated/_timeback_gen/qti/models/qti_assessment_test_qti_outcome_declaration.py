from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.qti_default_value import QtiDefaultValue
    from ..models.qti_outcome_declaration_attributes import (
        QtiOutcomeDeclarationAttributes,
    )


T = TypeVar("T", bound="QtiAssessmentTestQtiOutcomeDeclaration")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "_attributes",
        "qti-default-value",
        "normal-maximum",
        "normal-minimum",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_QtiOutcomeDeclarationAttributes
    global _F_QtiDefaultValue
    global QtiDefaultValue
    global QtiOutcomeDeclarationAttributes
    from ..models.qti_default_value import QtiDefaultValue
    from ..models.qti_outcome_declaration_attributes import (
        QtiOutcomeDeclarationAttributes,
    )

    _TABLE = _rt.table(
        (
            _rt.Field(
                "_attributes",
                "field_attributes",
                True,
                _rt.Model(QtiOutcomeDeclarationAttributes),
            ),
            _rt.Field(
                "qti-default-value",
                "qti_default_value",
                False,
                _rt.Model(QtiDefaultValue),
            ),
            _rt.Field("normal-maximum", "normal_maximum", False, _rt.FLOAT),
            _rt.Field("normal-minimum", "normal_minimum", False, _rt.FLOAT),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_QtiOutcomeDeclarationAttributes = QtiOutcomeDeclarationAttributes._from_dict_fast
    _F_QtiDefaultValue = QtiDefaultValue._from_dict_fast
    _BOUND = True


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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.field_attributes is not UNSET:
            field_dict["_attributes"] = _rt.dump(self.field_attributes)
        if self.qti_default_value is not UNSET:
            field_dict["qti-default-value"] = _rt.dump(self.qti_default_value)
        if self.normal_maximum is not UNSET:
            field_dict["normal-maximum"] = self.normal_maximum
        if self.normal_minimum is not UNSET:
            field_dict["normal-minimum"] = self.normal_minimum
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
        field_attributes = _F_QtiOutcomeDeclarationAttributes(d["_attributes"])

        _qti_default_value = d.get("qti-default-value", UNSET)
        qti_default_value = (
            UNSET
            if _qti_default_value is UNSET
            else _F_QtiDefaultValue(_qti_default_value)
        )

        normal_maximum = d.get("normal-maximum", UNSET)
        if (
            type(normal_maximum) is not float
            and type(normal_maximum) is not int
            and normal_maximum is not UNSET
        ):
            raise TypeError

        normal_minimum = d.get("normal-minimum", UNSET)
        if (
            type(normal_minimum) is not float
            and type(normal_minimum) is not int
            and normal_minimum is not UNSET
        ):
            raise TypeError

        if cls is QtiAssessmentTestQtiOutcomeDeclaration:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.field_attributes = field_attributes
            _obj.qti_default_value = qti_default_value
            _obj.normal_maximum = normal_maximum
            _obj.normal_minimum = normal_minimum
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                field_attributes,
                qti_default_value,
                normal_maximum,
                normal_minimum,
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
