from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS, UNSET, Unset

T = TypeVar("T", bound="CFDefinitions")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "CFItemTypes",
        "CFSubjects",
        "CFConcepts",
        "CFLicenses",
        "CFAssociationGroupings",
        "extensions",
    }
)


@_attrs_define
class CFDefinitions:
    """
    Attributes:
        cf_item_types (list[Any] | Unset):
        cf_subjects (list[Any] | Unset):
        cf_concepts (list[Any] | Unset):
        cf_licenses (list[Any] | Unset):
        cf_association_groupings (list[Any] | Unset):
        extensions (Any | Unset):
    """

    cf_item_types: list[Any] | Unset = UNSET
    cf_subjects: list[Any] | Unset = UNSET
    cf_concepts: list[Any] | Unset = UNSET
    cf_licenses: list[Any] | Unset = UNSET
    cf_association_groupings: list[Any] | Unset = UNSET
    extensions: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cf_item_types: list[Any] | Unset = UNSET
        if not isinstance(self.cf_item_types, Unset):
            cf_item_types = self.cf_item_types

        cf_subjects: list[Any] | Unset = UNSET
        if not isinstance(self.cf_subjects, Unset):
            cf_subjects = self.cf_subjects

        cf_concepts: list[Any] | Unset = UNSET
        if not isinstance(self.cf_concepts, Unset):
            cf_concepts = self.cf_concepts

        cf_licenses: list[Any] | Unset = UNSET
        if not isinstance(self.cf_licenses, Unset):
            cf_licenses = self.cf_licenses

        cf_association_groupings: list[Any] | Unset = UNSET
        if not isinstance(self.cf_association_groupings, Unset):
            cf_association_groupings = self.cf_association_groupings

        extensions = self.extensions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cf_item_types is not UNSET:
            field_dict["CFItemTypes"] = cf_item_types
        if cf_subjects is not UNSET:
            field_dict["CFSubjects"] = cf_subjects
        if cf_concepts is not UNSET:
            field_dict["CFConcepts"] = cf_concepts
        if cf_licenses is not UNSET:
            field_dict["CFLicenses"] = cf_licenses
        if cf_association_groupings is not UNSET:
            field_dict["CFAssociationGroupings"] = cf_association_groupings
        if extensions is not UNSET:
            field_dict["extensions"] = extensions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        cf_item_types = d.get("CFItemTypes", UNSET)

        cf_subjects = d.get("CFSubjects", UNSET)

        cf_concepts = d.get("CFConcepts", UNSET)

        cf_licenses = d.get("CFLicenses", UNSET)

        cf_association_groupings = d.get("CFAssociationGroupings", UNSET)

        extensions = d.get("extensions", UNSET)

        if cls is CFDefinitions:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.cf_item_types = cf_item_types
            _obj.cf_subjects = cf_subjects
            _obj.cf_concepts = cf_concepts
            _obj.cf_licenses = cf_licenses
            _obj.cf_association_groupings = cf_association_groupings
            _obj.extensions = extensions
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                cf_item_types,
                cf_subjects,
                cf_concepts,
                cf_licenses,
                cf_association_groupings,
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
