from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.unauthorized_code_minor import UnauthorizedCodeMinor
    from ..models.unauthorized_request_response_imsx_error_details_item import (
        UnauthorizedRequestResponseImsxErrorDetailsItem,
    )


T = TypeVar("T", bound="UnauthorizedRequestResponse")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "imsx_codeMajor",
        "imsx_severity",
        "imsx_description",
        "imsx_CodeMinor",
        "imsx_error_details",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global UnauthorizedCodeMinor
    global UnauthorizedRequestResponseImsxErrorDetailsItem
    from ..models.unauthorized_code_minor import UnauthorizedCodeMinor
    from ..models.unauthorized_request_response_imsx_error_details_item import (
        UnauthorizedRequestResponseImsxErrorDetailsItem,
    )

    _LAZY_BOUND = True


@_attrs_define
class UnauthorizedRequestResponse:
    """
    Attributes:
        imsx_code_major (str): The major response code Default: 'failure'. Example: failure.
        imsx_severity (str): The severity of the response Default: 'error'. Example: error.
        imsx_description (str):
        imsx_code_minor (UnauthorizedCodeMinor):
        imsx_error_details (list[UnauthorizedRequestResponseImsxErrorDetailsItem] | Unset):
    """

    imsx_description: str
    imsx_code_minor: UnauthorizedCodeMinor
    imsx_code_major: str = "failure"
    imsx_severity: str = "error"
    imsx_error_details: (
        list[UnauthorizedRequestResponseImsxErrorDetailsItem] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        imsx_code_major = self.imsx_code_major

        imsx_severity = self.imsx_severity

        imsx_description = self.imsx_description

        imsx_code_minor = self.imsx_code_minor.to_dict()

        imsx_error_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.imsx_error_details, Unset):
            imsx_error_details = []
            for imsx_error_details_item_data in self.imsx_error_details:
                imsx_error_details_item = imsx_error_details_item_data.to_dict()
                imsx_error_details.append(imsx_error_details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "imsx_codeMajor": imsx_code_major,
                "imsx_severity": imsx_severity,
                "imsx_description": imsx_description,
                "imsx_CodeMinor": imsx_code_minor,
            }
        )
        if imsx_error_details is not UNSET:
            field_dict["imsx_error_details"] = imsx_error_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        imsx_code_major = d["imsx_codeMajor"]

        imsx_severity = d["imsx_severity"]

        imsx_description = d["imsx_description"]

        imsx_code_minor = UnauthorizedCodeMinor.from_dict(d["imsx_CodeMinor"])

        _imsx_error_details = d.get("imsx_error_details", UNSET)
        imsx_error_details = (
            UNSET
            if _imsx_error_details is UNSET
            else [
                UnauthorizedRequestResponseImsxErrorDetailsItem.from_dict(_item)
                for _item in _imsx_error_details
            ]
        )

        if cls is UnauthorizedRequestResponse:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.imsx_code_major = imsx_code_major
            _obj.imsx_severity = imsx_severity
            _obj.imsx_description = imsx_description
            _obj.imsx_code_minor = imsx_code_minor
            _obj.imsx_error_details = imsx_error_details
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                imsx_description,
                imsx_code_minor,
                imsx_code_major,
                imsx_severity,
                imsx_error_details,
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
