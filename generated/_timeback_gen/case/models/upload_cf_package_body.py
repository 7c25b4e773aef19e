from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS, UNSET, Unset

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
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "CFDocument",
        "CFItems",
        "CFAssociations",
        "CFDefinitions",
        "extensions",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global CFDefinitions
    global UploadCFPackageBodyCFAssociation
    global UploadCFPackageBodyCFDocument
    global UploadCFPackageBodyCFItem
    from ..models.cf_definitions import CFDefinitions
    from ..models.upload_cf_package_body_cf_association import (
        UploadCFPackageBodyCFAssociation,
    )
    from ..models.upload_cf_package_body_cf_document import (
        UploadCFPackageBodyCFDocument,
    )
    from ..models.upload_cf_package_body_cf_item import UploadCFPackageBodyCFItem

    _LAZY_BOUND = True


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
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        cf_document = UploadCFPackageBodyCFDocument.from_dict(d["CFDocument"])

        cf_items = [
            UploadCFPackageBodyCFItem.from_dict(_item) for _item in d["CFItems"]
        ]

        cf_associations = [
            UploadCFPackageBodyCFAssociation.from_dict(_item)
            for _item in d["CFAssociations"]
        ]

        _cf_definitions = d.get("CFDefinitions", UNSET)
        cf_definitions = (
            UNSET
            if _cf_definitions is UNSET
            else CFDefinitions.from_dict(_cf_definitions)
        )

        extensions = d.get("extensions", UNSET)

        if cls is UploadCfPackageBody:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.cf_document = cf_document
            _obj.cf_items = cf_items
            _obj.cf_associations = cf_associations
            _obj.cf_definitions = cf_definitions
            _obj.extensions = extensions
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                cf_document,
                cf_items,
                cf_associations,
                cf_definitions,
                extensions,
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
