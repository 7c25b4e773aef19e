from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS

if TYPE_CHECKING:
    from ..models.cf_document import CFDocument
    from ..models.cf_package_with_groups_structured_content import (
        CFPackageWithGroupsStructuredContent,
    )


T = TypeVar("T", bound="CFPackageWithGroups")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "sourcedId",
        "CFDocument",
        "structuredContent",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global CFDocument
    global CFPackageWithGroupsStructuredContent
    from ..models.cf_document import CFDocument
    from ..models.cf_package_with_groups_structured_content import (
        CFPackageWithGroupsStructuredContent,
    )

    _LAZY_BOUND = True


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
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        sourced_id = UUID(d["sourcedId"])

        cf_document = CFDocument.from_dict(d["CFDocument"])

        structured_content = CFPackageWithGroupsStructuredContent.from_dict(
            d["structuredContent"]
        )

        if cls is CFPackageWithGroups:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.sourced_id = sourced_id
            _obj.cf_document = cf_document
            _obj.structured_content = structured_content
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                sourced_id,
                cf_document,
                structured_content,
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
