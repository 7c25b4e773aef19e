from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.success import Success, check_success
from ..types import NO_EXTRAS

T = TypeVar("T", bound="Result")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "success",
        "entityId",
        "xmlContent",
        "validationErrors",
        "message",
    }
)


@_attrs_define
class Result:
    """
    Attributes:
        success (Success): Whether the XML string was validated successfully.
        entity_id (str): The entity ID of the XML string that was validated. If no entityId is provided, a random
            identifier will be generated.
        xml_content (str): The XML string that was validated. If no xml is provided, the xml string will be the rawXml
            string that exists in the database.
        validation_errors (list[str]): An array of validation errors that occurred during the validation process. If no
            validation errors occurred, this will be an empty array.
        message (str): A message describing the validation process. If the validation was successful this will read
            'Valid XML' else it will contain details on the error message.
    """

    success: Success
    entity_id: str
    xml_content: str
    validation_errors: list[str]
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success: str = self.success

        entity_id = self.entity_id

        xml_content = self.xml_content

        validation_errors = self.validation_errors

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "entityId": entity_id,
                "xmlContent": xml_content,
                "validationErrors": validation_errors,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        success = check_success(d["success"])

        entity_id = d["entityId"]

        xml_content = d["xmlContent"]

        validation_errors = d["validationErrors"]

        message = d["message"]

        if cls is Result:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.success = success
            _obj.entity_id = entity_id
            _obj.xml_content = xml_content
            _obj.validation_errors = validation_errors
            _obj.message = message
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                success,
                entity_id,
                xml_content,
                validation_errors,
                message,
            )
        if len(d) != 5:  # else keep NO_EXTRAS
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
