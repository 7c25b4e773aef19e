from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.not_found_code_minor import NotFoundCodeMinor
    from ..models.not_found_response_imsx_error_details_item import (
        NotFoundResponseImsxErrorDetailsItem,
    )


T = TypeVar("T", bound="NotFoundResponse")


@_attrs_define
class NotFoundResponse:
    """
    Attributes:
        imsx_code_major (str): The major response code Default: 'failure'. Example: failure.
        imsx_severity (str): The severity of the response Default: 'error'. Example: error.
        imsx_description (str):
        imsx_code_minor (NotFoundCodeMinor):
        imsx_error_details (list[NotFoundResponseImsxErrorDetailsItem] | Unset):
    """

    imsx_description: str
    imsx_code_minor: NotFoundCodeMinor
    imsx_code_major: str = "failure"
    imsx_severity: str = "error"
    imsx_error_details: list[NotFoundResponseImsxErrorDetailsItem] | Unset = UNSET
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
        from ..models.not_found_code_minor import NotFoundCodeMinor
        from ..models.not_found_response_imsx_error_details_item import (
            NotFoundResponseImsxErrorDetailsItem,
        )

        d = dict(src_dict)
        imsx_code_major = d.pop("imsx_codeMajor")

        imsx_severity = d.pop("imsx_severity")

        imsx_description = d.pop("imsx_description")

        imsx_code_minor = NotFoundCodeMinor.from_dict(d.pop("imsx_CodeMinor"))

        _imsx_error_details = d.pop("imsx_error_details", UNSET)
        imsx_error_details: list[NotFoundResponseImsxErrorDetailsItem] | Unset = UNSET
        if _imsx_error_details is not UNSET:
            imsx_error_details = []
            for imsx_error_details_item_data in _imsx_error_details:
                imsx_error_details_item = (
                    NotFoundResponseImsxErrorDetailsItem.from_dict(
                        imsx_error_details_item_data
                    )
                )

                imsx_error_details.append(imsx_error_details_item)

        not_found_response = cls(
            imsx_code_major=imsx_code_major,
            imsx_severity=imsx_severity,
            imsx_description=imsx_description,
            imsx_code_minor=imsx_code_minor,
            imsx_error_details=imsx_error_details,
        )

        not_found_response.additional_properties = d
        return not_found_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
