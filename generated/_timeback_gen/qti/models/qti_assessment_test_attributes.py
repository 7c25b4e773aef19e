from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="QtiAssessmentTestAttributes")


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
        d = dict(src_dict)
        xmlns = d.pop("xmlns")

        xmlnsxsi = d.pop("xmlns:xsi")

        xsischema_location = d.pop("xsi:schemaLocation")

        identifier = d.pop("identifier")

        title = d.pop("title")

        tool_name = d.pop("tool-name")

        tool_version = d.pop("tool-version")

        qti_assessment_test_attributes = cls(
            xmlns=xmlns,
            xmlnsxsi=xmlnsxsi,
            xsischema_location=xsischema_location,
            identifier=identifier,
            title=title,
            tool_name=tool_name,
            tool_version=tool_version,
        )

        qti_assessment_test_attributes.additional_properties = d
        return qti_assessment_test_attributes

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
