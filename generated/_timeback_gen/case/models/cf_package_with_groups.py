from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.cf_document import CFDocument
    from ..models.cf_package_with_groups_structured_content import (
        CFPackageWithGroupsStructuredContent,
    )


T = TypeVar("T", bound="CFPackageWithGroups")


@_attrs_define
class CFPackageWithGroups:
    """Represents a complete competency framework package with hierarchical groups organized by CFItemType. Each item
    contains childGroups organized by the CFItemType of children.

        Attributes:
            sourced_id (UUID):
            cf_document (CFDocument): Represents a Competency Framework Document.
            structured_content (CFPackageWithGroupsStructuredContent):
    """

    sourced_id: UUID
    cf_document: CFDocument
    structured_content: CFPackageWithGroupsStructuredContent
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sourced_id = str(self.sourced_id)

        cf_document = self.cf_document.to_dict()

        structured_content = self.structured_content.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sourcedId": sourced_id,
                "CFDocument": cf_document,
                "structuredContent": structured_content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cf_document import CFDocument
        from ..models.cf_package_with_groups_structured_content import (
            CFPackageWithGroupsStructuredContent,
        )

        d = dict(src_dict)
        sourced_id = UUID(d.pop("sourcedId"))

        cf_document = CFDocument.from_dict(d.pop("CFDocument"))

        structured_content = CFPackageWithGroupsStructuredContent.from_dict(
            d.pop("structuredContent")
        )

        cf_package_with_groups = cls(
            sourced_id=sourced_id,
            cf_document=cf_document,
            structured_content=structured_content,
        )

        cf_package_with_groups.additional_properties = d
        return cf_package_with_groups

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
