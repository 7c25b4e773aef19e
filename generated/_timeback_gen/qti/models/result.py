from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..models.success import Success, check_success
from ..types import NO_EXTRAS, UNSET

T = TypeVar("T", bound="Result")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "success",
        "entityId",
        "xmlContent",
        "validationErrors",
        "message",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    _TABLE = _rt.table(
        (
            _rt.Field("success", "success", True, _rt.Enum(check_success, "Success")),
            _rt.Field("entityId", "entity_id", True, _rt.STR),
            _rt.Field("xmlContent", "xml_content", True, _rt.STR),
            _rt.Field("validationErrors", "validation_errors", True, _rt.List(_rt.STR)),
            _rt.Field("message", "message", True, _rt.STR),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _BOUND = True


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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.success is not UNSET:
            field_dict["success"] = self.success
        if self.entity_id is not UNSET:
            field_dict["entityId"] = self.entity_id
        if self.xml_content is not UNSET:
            field_dict["xmlContent"] = self.xml_content
        if self.validation_errors is not UNSET:
            field_dict["validationErrors"] = _rt.dump(self.validation_errors)
        if self.message is not UNSET:
            field_dict["message"] = self.message
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
        success = check_success(d["success"])

        entity_id = d["entityId"]
        if type(entity_id) is not str:
            raise TypeError

        xml_content = d["xmlContent"]
        if type(xml_content) is not str:
            raise TypeError

        _validation_errors = d["validationErrors"]
        if type(_validation_errors) is not list:
            raise TypeError
        validation_errors = _validation_errors
        for _item in _validation_errors:
            if type(_item) is not str:
                raise TypeError

        message = d["message"]
        if type(message) is not str:
            raise TypeError

        if cls is Result:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.success = success
            _obj.entity_id = entity_id
            _obj.xml_content = xml_content
            _obj.validation_errors = validation_errors
            _obj.message = message
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                success,
                entity_id,
                xml_content,
                validation_errors,
                message,
            )
        if len(d) == 5:
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
