from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cf_association import CFAssociation
    from ..models.cf_document import CFDocument
    from ..models.cf_item import CFItem


T = TypeVar("T", bound="CFPackage")


@_attrs_define
class CFPackage:
    """Represents a complete competency framework package.

    Attributes:
        sourced_id (UUID):
        cf_document (CFDocument): Represents a Competency Framework Document.
        cf_items (list[CFItem] | Unset):
        cf_associations (list[CFAssociation] | Unset):
    """

    sourced_id: UUID
    cf_document: CFDocument
    cf_items: list[CFItem] | Unset = UNSET
    cf_associations: list[CFAssociation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sourced_id = str(self.sourced_id)

        cf_document = self.cf_document.to_dict()

        cf_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cf_items, Unset):
            cf_items = []
            for cf_items_item_data in self.cf_items:
                cf_items_item = cf_items_item_data.to_dict()
                cf_items.append(cf_items_item)

        cf_associations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cf_associations, Unset):
            cf_associations = []
            for cf_associations_item_data in self.cf_associations:
                cf_associations_item = cf_associations_item_data.to_dict()
                cf_associations.append(cf_associations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sourcedId": sourced_id,
                "CFDocument": cf_document,
            }
        )
        if cf_items is not UNSET:
            field_dict["CFItems"] = cf_items
        if cf_associations is not UNSET:
            field_dict["CFAssociations"] = cf_associations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cf_association import CFAssociation
        from ..models.cf_document import CFDocument
        from ..models.cf_item import CFItem

        d = dict(src_dict)
        sourced_id = UUID(d.pop("sourcedId"))

        cf_document = CFDocument.from_dict(d.pop("CFDocument"))

        _cf_items = d.pop("CFItems", UNSET)
        cf_items: list[CFItem] | Unset = UNSET
        if _cf_items is not UNSET:
            cf_items = []
            for cf_items_item_data in _cf_items:
                cf_items_item = CFItem.from_dict(cf_items_item_data)

                cf_items.append(cf_items_item)

        _cf_associations = d.pop("CFAssociations", UNSET)
        cf_associations: list[CFAssociation] | Unset = UNSET
        if _cf_associations is not UNSET:
            cf_associations = []
            for cf_associations_item_data in _cf_associations:
                cf_associations_item = CFAssociation.from_dict(
                    cf_associations_item_data
                )

                cf_associations.append(cf_associations_item)

        cf_package = cls(
            sourced_id=sourced_id,
            cf_document=cf_document,
            cf_items=cf_items,
            cf_associations=cf_associations,
        )

        cf_package.additional_properties = d
        return cf_package

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
