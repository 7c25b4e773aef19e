from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.internal_server_error_code_minor import InternalServerErrorCodeMinor
    from ..models.internal_server_error_response_imsx_error_details_item import (
        InternalServerErrorResponseImsxErrorDetailsItem,
    )


T = TypeVar("T", bound="InternalServerErrorResponse")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "imsx_codeMajor",
        "imsx_severity",
        "imsx_description",
        "imsx_CodeMinor",
        "imsx_error_details",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_InternalServerErrorCodeMinor
    global _F_InternalServerErrorResponseImsxErrorDetailsItem
    global InternalServerErrorCodeMinor
    global InternalServerErrorResponseImsxErrorDetailsItem
    from ..models.internal_server_error_code_minor import InternalServerErrorCodeMinor
    from ..models.internal_server_error_response_imsx_error_details_item import (
        InternalServerErrorResponseImsxErrorDetailsItem,
    )

    _TABLE = _rt.table(
        (
            _rt.Field("imsx_codeMajor", "imsx_code_major", True, _rt.STR),
            _rt.Field("imsx_severity", "imsx_severity", True, _rt.STR),
            _rt.Field("imsx_description", "imsx_description", True, _rt.STR),
            _rt.Field(
                "imsx_CodeMinor",
                "imsx_code_minor",
                True,
                _rt.Model(InternalServerErrorCodeMinor),
            ),
            _rt.Field(
                "imsx_error_details",
                "imsx_error_details",
                False,
                _rt.List(_rt.Model(InternalServerErrorResponseImsxErrorDetailsItem)),
            ),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_InternalServerErrorCodeMinor = InternalServerErrorCodeMinor._from_dict_fast
    _F_InternalServerErrorResponseImsxErrorDetailsItem = (
        InternalServerErrorResponseImsxErrorDetailsItem._from_dict_fast
    )
    _BOUND = True


@_attrs_define
class InternalServerErrorResponse:
    """
    Attributes:
        imsx_code_major (str): The major response code Default: 'failure'. Example: failure.
        imsx_severity (str): The severity of the response Default: 'error'. Example: error.
        imsx_description (str):
        imsx_code_minor (InternalServerErrorCodeMinor):
        imsx_error_details (list[InternalServerErrorResponseImsxErrorDetailsItem] | Unset):
    """

    imsx_description: str
    imsx_code_minor: InternalServerErrorCodeMinor
    imsx_code_major: str = "failure"
    imsx_severity: str = "error"
    imsx_error_details: (
        list[InternalServerErrorResponseImsxErrorDetailsItem] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.imsx_code_major is not UNSET:
            field_dict["imsx_codeMajor"] = self.imsx_code_major
        if self.imsx_severity is not UNSET:
            field_dict["imsx_severity"] = self.imsx_severity
        if self.imsx_description is not UNSET:
            field_dict["imsx_description"] = self.imsx_description
        if self.imsx_code_minor is not UNSET:
            field_dict["imsx_CodeMinor"] = _rt.dump(self.imsx_code_minor)
        if self.imsx_error_details is not UNSET:
            field_dict["imsx_error_details"] = _rt.dump(self.imsx_error_details)
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
        imsx_code_major = d["imsx_codeMajor"]
        if type(imsx_code_major) is not str:
            raise TypeError

        imsx_severity = d["imsx_severity"]
        if type(imsx_severity) is not str:
            raise TypeError

        imsx_description = d["imsx_description"]
        if type(imsx_description) is not str:
            raise TypeError

        imsx_code_minor = _F_InternalServerErrorCodeMinor(d["imsx_CodeMinor"])

        _imsx_error_details = d.get("imsx_error_details", UNSET)
        if _imsx_error_details is UNSET:
            imsx_error_details = UNSET
        else:
            if type(_imsx_error_details) is not list:
                raise TypeError
            imsx_error_details = (
                [
                    _F_InternalServerErrorResponseImsxErrorDetailsItem(_item)
                    for _item in _imsx_error_details
                ]
                if _imsx_error_details
                else _imsx_error_details
            )

        if cls is InternalServerErrorResponse:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.imsx_code_major = imsx_code_major
            _obj.imsx_severity = imsx_severity
            _obj.imsx_description = imsx_description
            _obj.imsx_code_minor = imsx_code_minor
            _obj.imsx_error_details = imsx_error_details
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                imsx_description,
                imsx_code_minor,
                imsx_code_major,
                imsx_severity,
                imsx_error_details,
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
