from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="QtiAssessmentSectionAttributes2")


@_attrs_define
class QtiAssessmentSectionAttributes2:
    """
    Attributes:
        identifier (str):
        title (str):
        visible (str):
        required (str):
        fixed (str):
    """

    identifier: str
    title: str
    visible: str
    required: str
    fixed: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier

        title = self.title

        visible = self.visible

        required = self.required

        fixed = self.fixed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
                "title": title,
                "visible": visible,
                "required": required,
                "fixed": fixed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        identifier = d.pop("identifier")

        title = d.pop("title")

        visible = d.pop("visible")

        required = d.pop("required")

        fixed = d.pop("fixed")

        qti_assessment_section_attributes_2 = cls(
            identifier=identifier,
            title=title,
            visible=visible,
            required=required,
            fixed=fixed,
        )

        qti_assessment_section_attributes_2.additional_properties = d
        return qti_assessment_section_attributes_2

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
