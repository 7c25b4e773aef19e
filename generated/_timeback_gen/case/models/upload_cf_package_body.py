from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cf_definitions import CFDefinitions
    from ..models.upload_cf_package_body_cf_association import (
        UploadCFPackageBodyCFAssociation,
    )
    from ..models.upload_cf_package_body_cf_document import (
        UploadCFPackageBodyCFDocument,
    )
    from ..models.upload_cf_package_body_cf_item import UploadCFPackageBodyCFItem


T = TypeVar("T", bound="UploadCfPackageBody")


@_attrs_define
class UploadCfPackageBody:
    """
    Attributes:
        cf_document (UploadCFPackageBodyCFDocument):
        cf_items (list[UploadCFPackageBodyCFItem]):
        cf_associations (list[UploadCFPackageBodyCFAssociation]):
        cf_definitions (CFDefinitions | Unset):
        extensions (Any | Unset):
    """

    cf_document: UploadCFPackageBodyCFDocument
    cf_items: list[UploadCFPackageBodyCFItem]
    cf_associations: list[UploadCFPackageBodyCFAssociation]
    cf_definitions: CFDefinitions | Unset = UNSET
    extensions: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cf_document = self.cf_document.to_dict()

        cf_items = []
        for cf_items_item_data in self.cf_items:
            cf_items_item = cf_items_item_data.to_dict()
            cf_items.append(cf_items_item)

        cf_associations = []
        for cf_associations_item_data in self.cf_associations:
            cf_associations_item = cf_associations_item_data.to_dict()
            cf_associations.append(cf_associations_item)

        cf_definitions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cf_definitions, Unset):
            cf_definitions = self.cf_definitions.to_dict()

        extensions = self.extensions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "CFDocument": cf_document,
                "CFItems": cf_items,
                "CFAssociations": cf_associations,
            }
        )
        if cf_definitions is not UNSET:
            field_dict["CFDefinitions"] = cf_definitions
        if extensions is not UNSET:
            field_dict["extensions"] = extensions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cf_definitions import CFDefinitions
        from ..models.upload_cf_package_body_cf_association import (
            UploadCFPackageBodyCFAssociation,
        )
        from ..models.upload_cf_package_body_cf_document import (
            UploadCFPackageBodyCFDocument,
        )
        from ..models.upload_cf_package_body_cf_item import UploadCFPackageBodyCFItem

        d = dict(src_dict)
        cf_document = UploadCFPackageBodyCFDocument.from_dict(d.pop("CFDocument"))

        cf_items = []
        _cf_items = d.pop("CFItems")
        for cf_items_item_data in _cf_items:
            cf_items_item = UploadCFPackageBodyCFItem.from_dict(cf_items_item_data)

            cf_items.append(cf_items_item)

        cf_associations = []
        _cf_associations = d.pop("CFAssociations")
        for cf_associations_item_data in _cf_associations:
            cf_associations_item = UploadCFPackageBodyCFAssociation.from_dict(
                cf_associations_item_data
            )

            cf_associations.append(cf_associations_item)

        _cf_definitions = d.pop("CFDefinitions", UNSET)
        cf_definitions: CFDefinitions | Unset
        if isinstance(_cf_definitions, Unset):
            cf_definitions = UNSET
        else:
            cf_definitions = CFDefinitions.from_dict(_cf_definitions)

        extensions = d.pop("extensions", UNSET)

        upload_cf_package_body = cls(
            cf_document=cf_document,
            cf_items=cf_items,
            cf_associations=cf_associations,
            cf_definitions=cf_definitions,
            extensions=extensions,
        )

        upload_cf_package_body.additional_properties = d
        return upload_cf_package_body

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
