from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.schema import Schema, check_schema
from ..types import NO_EXTRAS, UNSET, Unset

T = TypeVar("T", bound="ValidateXmlBody")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "schema",
        "xml",
        "entityId",
    }
)


@_attrs_define
class ValidateXmlBody:
    """Validate a QTI XML string against the QTI 3.0 XSD specification. You can send Assessment Test, Assessment Item or
    Stimulus XML strings to be validated. If entityId is provided, the xml strings attached will be ignored.

        Attributes:
            schema (Schema): The schema represents Assessment Test, Assessment Item or Stimulus and must be one of 'test',
                'item', or 'stimulus' types.
            xml (str | Unset): The XML string to validate against the QTI 3.0 XSD specification. If entityId is provided,
                this will be ignored.
            entity_id (str | Unset): The entity ID to validate the XML against. Must exist in the database. If entityId is
                provided, the xml strings attached will be ignored.
    """

    schema: Schema
    xml: str | Unset = UNSET
    entity_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schema: str = self.schema

        xml = self.xml

        entity_id = self.entity_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schema": schema,
            }
        )
        if xml is not UNSET:
            field_dict["xml"] = xml
        if entity_id is not UNSET:
            field_dict["entityId"] = entity_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        schema = check_schema(d["schema"])

        xml = d.get("xml", UNSET)

        entity_id = d.get("entityId", UNSET)

        if cls is ValidateXmlBody:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.schema = schema
            _obj.xml = xml
            _obj.entity_id = entity_id
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                schema,
                xml,
                entity_id,
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
