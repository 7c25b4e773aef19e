from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.qti_assessment_stimulus_attributes import (
        QtiAssessmentStimulusAttributes,
    )
    from ..models.qti_assessment_stimulus_qti_stimulus_body import (
        QtiAssessmentStimulusQtiStimulusBody,
    )
    from ..models.qti_catalog_info import QtiCatalogInfo
    from ..models.qti_stylesheet import QtiStylesheet


T = TypeVar("T", bound="QtiAssessmentStimulus")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "_attributes",
        "qti-stimulus-body",
        "qti-stylesheet",
        "qti-catalog-info",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_QtiAssessmentStimulusAttributes
    global _F_QtiAssessmentStimulusQtiStimulusBody
    global _F_QtiStylesheet
    global _F_QtiCatalogInfo
    global QtiAssessmentStimulusAttributes
    global QtiAssessmentStimulusQtiStimulusBody
    global QtiCatalogInfo
    global QtiStylesheet
    from ..models.qti_assessment_stimulus_attributes import (
        QtiAssessmentStimulusAttributes,
    )
    from ..models.qti_assessment_stimulus_qti_stimulus_body import (
        QtiAssessmentStimulusQtiStimulusBody,
    )
    from ..models.qti_catalog_info import QtiCatalogInfo
    from ..models.qti_stylesheet import QtiStylesheet

    _TABLE = _rt.table(
        (
            _rt.Field(
                "_attributes",
                "field_attributes",
                True,
                _rt.Model(QtiAssessmentStimulusAttributes),
            ),
            _rt.Field(
                "qti-stimulus-body",
                "qti_stimulus_body",
                True,
                _rt.Model(QtiAssessmentStimulusQtiStimulusBody),
            ),
            _rt.Field(
                "qti-stylesheet", "qti_stylesheet", False, _rt.Model(QtiStylesheet)
            ),
            _rt.Field(
                "qti-catalog-info", "qti_catalog_info", False, _rt.Model(QtiCatalogInfo)
            ),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_QtiAssessmentStimulusAttributes = QtiAssessmentStimulusAttributes._from_dict_fast
    _F_QtiAssessmentStimulusQtiStimulusBody = (
        QtiAssessmentStimulusQtiStimulusBody._from_dict_fast
    )
    _F_QtiStylesheet = QtiStylesheet._from_dict_fast
    _F_QtiCatalogInfo = QtiCatalogInfo._from_dict_fast
    _BOUND = True


@_attrs_define
class QtiAssessmentStimulus:
    """
    Attributes:
        field_attributes (QtiAssessmentStimulusAttributes):
        qti_stimulus_body (QtiAssessmentStimulusQtiStimulusBody):
        qti_stylesheet (QtiStylesheet | Unset):
        qti_catalog_info (QtiCatalogInfo | Unset):
    """

    field_attributes: QtiAssessmentStimulusAttributes
    qti_stimulus_body: QtiAssessmentStimulusQtiStimulusBody
    qti_stylesheet: QtiStylesheet | Unset = UNSET
    qti_catalog_info: QtiCatalogInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.field_attributes is not UNSET:
            field_dict["_attributes"] = _rt.dump(self.field_attributes)
        if self.qti_stimulus_body is not UNSET:
            field_dict["qti-stimulus-body"] = _rt.dump(self.qti_stimulus_body)
        if self.qti_stylesheet is not UNSET:
            field_dict["qti-stylesheet"] = _rt.dump(self.qti_stylesheet)
        if self.qti_catalog_info is not UNSET:
            field_dict["qti-catalog-info"] = _rt.dump(self.qti_catalog_info)
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
        field_attributes = _F_QtiAssessmentStimulusAttributes(d["_attributes"])

        qti_stimulus_body = _F_QtiAssessmentStimulusQtiStimulusBody(
            d["qti-stimulus-body"]
        )

        _qti_stylesheet = d.get("qti-stylesheet", UNSET)
        qti_stylesheet = (
            UNSET if _qti_stylesheet is UNSET else _F_QtiStylesheet(_qti_stylesheet)
        )

        _qti_catalog_info = d.get("qti-catalog-info", UNSET)
        qti_catalog_info = (
            UNSET
            if _qti_catalog_info is UNSET
            else _F_QtiCatalogInfo(_qti_catalog_info)
        )

        if cls is QtiAssessmentStimulus:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.field_attributes = field_attributes
            _obj.qti_stimulus_body = qti_stimulus_body
            _obj.qti_stylesheet = qti_stylesheet
            _obj.qti_catalog_info = qti_catalog_info
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                field_attributes,
                qti_stimulus_body,
                qti_stylesheet,
                qti_catalog_info,
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
