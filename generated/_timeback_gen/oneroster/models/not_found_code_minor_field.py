from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS

T = TypeVar("T", bound="NotFoundCodeMinorField")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "imsx_codeMinorFieldName",
        "imsx_codeMinorFieldValue",
    }
)


@_attrs_define
class NotFoundCodeMinorField:
    """
    Attributes:
        imsx_code_minor_field_name (str): The field name for the minor code Default: 'TargetEndSystem'. Example:
            TargetEndSystem.
        imsx_code_minor_field_value (str): The field value for the minor code Default: 'unknownobject'. Example:
            unknownobject.
    """

    imsx_code_minor_field_name: str = "TargetEndSystem"
    imsx_code_minor_field_value: str = "unknownobject"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        imsx_code_minor_field_name = self.imsx_code_minor_field_name

        imsx_code_minor_field_value = self.imsx_code_minor_field_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "imsx_codeMinorFieldName": imsx_code_minor_field_name,
                "imsx_codeMinorFieldValue": imsx_code_minor_field_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        imsx_code_minor_field_name = d["imsx_codeMinorFieldName"]

        imsx_code_minor_field_value = d["imsx_codeMinorFieldValue"]

        if cls is NotFoundCodeMinorField:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.imsx_code_minor_field_name = imsx_code_minor_field_name
            _obj.imsx_code_minor_field_value = imsx_code_minor_field_value
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                imsx_code_minor_field_name,
                imsx_code_minor_field_value,
            )
        if len(d) != 2:  # else keep NO_EXTRAS
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
