from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.cf_association import CFAssociation
    from ..models.cf_document import CFDocument
    from ..models.cf_item import CFItem


T = TypeVar("T", bound="CFPackage")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "sourcedId",
        "CFDocument",
        "CFItems",
        "CFAssociations",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global CFAssociation
    global CFDocument
    global CFItem
    from ..models.cf_association import CFAssociation
    from ..models.cf_document import CFDocument
    from ..models.cf_item import CFItem

    _LAZY_BOUND = True


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
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        sourced_id = UUID(d["sourcedId"])

        cf_document = CFDocument.from_dict(d["CFDocument"])

        _cf_items = d.get("CFItems", UNSET)
        cf_items = (
            UNSET
            if _cf_items is UNSET
            else [CFItem.from_dict(_item) for _item in _cf_items]
        )

        _cf_associations = d.get("CFAssociations", UNSET)
        cf_associations = (
            UNSET
            if _cf_associations is UNSET
            else [CFAssociation.from_dict(_item) for _item in _cf_associations]
        )

        if cls is CFPackage:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.sourced_id = sourced_id
            _obj.cf_document = cf_document
            _obj.cf_items = cf_items
            _obj.cf_associations = cf_associations
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                sourced_id,
                cf_document,
                cf_items,
                cf_associations,
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
