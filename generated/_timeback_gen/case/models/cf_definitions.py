from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..types import NO_EXTRAS, UNSET, Unset

T = TypeVar("T", bound="CFDefinitions")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

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
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    _TABLE = _rt.table(
        (
            _rt.Field("CFItemTypes", "cf_item_types", False, _rt.List(_rt.ANY)),
            _rt.Field("CFSubjects", "cf_subjects", False, _rt.List(_rt.ANY)),
            _rt.Field("CFConcepts", "cf_concepts", False, _rt.List(_rt.ANY)),
            _rt.Field("CFLicenses", "cf_licenses", False, _rt.List(_rt.ANY)),
            _rt.Field(
                "CFAssociationGroupings",
                "cf_association_groupings",
                False,
                _rt.List(_rt.ANY),
            ),
            _rt.Field("extensions", "extensions", False, _rt.ANY),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _BOUND = True


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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.cf_item_types is not UNSET:
            field_dict["CFItemTypes"] = _rt.dump(self.cf_item_types)
        if self.cf_subjects is not UNSET:
            field_dict["CFSubjects"] = _rt.dump(self.cf_subjects)
        if self.cf_concepts is not UNSET:
            field_dict["CFConcepts"] = _rt.dump(self.cf_concepts)
        if self.cf_licenses is not UNSET:
            field_dict["CFLicenses"] = _rt.dump(self.cf_licenses)
        if self.cf_association_groupings is not UNSET:
            field_dict["CFAssociationGroupings"] = _rt.dump(
                self.cf_association_groupings
            )
        if self.extensions is not UNSET:
            field_dict["extensions"] = self.extensions
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a JSON object as the platform sent it: what fits the document is converted, what
        does not is kept as it came (see `_timeback_gen._runtime`); never raises for an object."""
        return _rt.read(cls, src_dict)  # type: ignore[no-any-return]

    @classmethod
    def _tb_table(cls) -> _rt.Table:
        if not _BOUND:
            _bind()
        return _TABLE

    @classmethod
    def _from_dict_fast(cls, src_dict: Mapping[str, Any]) -> Self:
        """The document's shape exactly; raises on the first deviation (`_runtime.read` then
        falls back to the tolerant reader)."""
        if not _BOUND:
            _bind()
        d = src_dict if type(src_dict) is dict else _rt.as_dict(src_dict)
        _cf_item_types = d.get("CFItemTypes", UNSET)
        if _cf_item_types is UNSET:
            cf_item_types = UNSET
        else:
            if type(_cf_item_types) is not list:
                raise TypeError
            cf_item_types = _cf_item_types

        _cf_subjects = d.get("CFSubjects", UNSET)
        if _cf_subjects is UNSET:
            cf_subjects = UNSET
        else:
            if type(_cf_subjects) is not list:
                raise TypeError
            cf_subjects = _cf_subjects

        _cf_concepts = d.get("CFConcepts", UNSET)
        if _cf_concepts is UNSET:
            cf_concepts = UNSET
        else:
            if type(_cf_concepts) is not list:
                raise TypeError
            cf_concepts = _cf_concepts

        _cf_licenses = d.get("CFLicenses", UNSET)
        if _cf_licenses is UNSET:
            cf_licenses = UNSET
        else:
            if type(_cf_licenses) is not list:
                raise TypeError
            cf_licenses = _cf_licenses

        _cf_association_groupings = d.get("CFAssociationGroupings", UNSET)
        if _cf_association_groupings is UNSET:
            cf_association_groupings = UNSET
        else:
            if type(_cf_association_groupings) is not list:
                raise TypeError
            cf_association_groupings = _cf_association_groupings

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
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                cf_item_types,
                cf_subjects,
                cf_concepts,
                cf_licenses,
                cf_association_groupings,
                extensions,
            )
        if d.keys() <= _KNOWN_KEYS:
            _obj.additional_properties = NO_EXTRAS
        else:
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
