from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.schema import Schema, check_schema
from ..types import NO_EXTRAS

T = TypeVar("T", bound="ValidateBatchBody")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "xml",
        "schema",
        "entityIds",
    }
)


@_attrs_define
class ValidateBatchBody:
    """Validate a batch of QTI XML strings against the QTI 3.0 XSD specification. You can send Assessment Test, Assessment
    Item or Stimulus XML strings to be validated along with its schema type of either 'test', 'item', or 'stimulus'. If
    entityIds are provided, the xml strings attached will be ignored and the rawXml string will be returned as
    xmlContent from the database.

        Attributes:
            xml (list[str]): An array of XML strings to validate against the QTI 3.0 XSD specification. If entityIds are
                provided, this will be ignored.
            schema (Schema): The schema represents Assessment Test, Assessment Item or Stimulus and must be one of 'test',
                'item', or 'stimulus' types.
            entity_ids (list[str]): An array of entity IDs to validate the XML against. Must be one of 'test', 'item', or
                'stimulus'.
    """

    xml: list[str]
    schema: Schema
    entity_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        xml = self.xml

        schema: str = self.schema

        entity_ids = self.entity_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "xml": xml,
                "schema": schema,
                "entityIds": entity_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        xml = d["xml"]

        schema = check_schema(d["schema"])

        entity_ids = d["entityIds"]

        if cls is ValidateBatchBody:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.xml = xml
            _obj.schema = schema
            _obj.entity_ids = entity_ids
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                xml,
                schema,
                entity_ids,
            )
        if len(d) != 3:  # else keep NO_EXTRAS
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
