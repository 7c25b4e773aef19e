from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS

T = TypeVar("T", bound="QtiAssessmentTestAttributes")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "xmlns",
        "xmlns:xsi",
        "xsi:schemaLocation",
        "identifier",
        "title",
        "tool-name",
        "tool-version",
    }
)


@_attrs_define
class QtiAssessmentTestAttributes:
    """
    Attributes:
        xmlns (str):
        xmlnsxsi (str):
        xsischema_location (str):
        identifier (str):
        title (str):
        tool_name (str):
        tool_version (str):
    """

    xmlns: str
    xmlnsxsi: str
    xsischema_location: str
    identifier: str
    title: str
    tool_name: str
    tool_version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        xmlns = self.xmlns

        xmlnsxsi = self.xmlnsxsi

        xsischema_location = self.xsischema_location

        identifier = self.identifier

        title = self.title

        tool_name = self.tool_name

        tool_version = self.tool_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "xmlns": xmlns,
                "xmlns:xsi": xmlnsxsi,
                "xsi:schemaLocation": xsischema_location,
                "identifier": identifier,
                "title": title,
                "tool-name": tool_name,
                "tool-version": tool_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        xmlns = d["xmlns"]

        xmlnsxsi = d["xmlns:xsi"]

        xsischema_location = d["xsi:schemaLocation"]

        identifier = d["identifier"]

        title = d["title"]

        tool_name = d["tool-name"]

        tool_version = d["tool-version"]

        if cls is QtiAssessmentTestAttributes:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.xmlns = xmlns
            _obj.xmlnsxsi = xmlnsxsi
            _obj.xsischema_location = xsischema_location
            _obj.identifier = identifier
            _obj.title = title
            _obj.tool_name = tool_name
            _obj.tool_version = tool_version
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                xmlns,
                xmlnsxsi,
                xsischema_location,
                identifier,
                title,
                tool_name,
                tool_version,
            )
        if len(d) != 7:  # else keep NO_EXTRAS
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
