from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
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
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "CFDocument",
        "CFItems",
        "CFAssociations",
        "CFDefinitions",
        "extensions",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_UploadCFPackageBodyCFDocument
    global _F_UploadCFPackageBodyCFItem
    global _F_UploadCFPackageBodyCFAssociation
    global _F_CFDefinitions
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

    _TABLE = _rt.table(
        (
            _rt.Field(
                "CFDocument",
                "cf_document",
                True,
                _rt.Model(UploadCFPackageBodyCFDocument),
            ),
            _rt.Field(
                "CFItems",
                "cf_items",
                True,
                _rt.List(_rt.Model(UploadCFPackageBodyCFItem)),
            ),
            _rt.Field(
                "CFAssociations",
                "cf_associations",
                True,
                _rt.List(_rt.Model(UploadCFPackageBodyCFAssociation)),
            ),
            _rt.Field(
                "CFDefinitions", "cf_definitions", False, _rt.Model(CFDefinitions)
            ),
            _rt.Field("extensions", "extensions", False, _rt.ANY),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_UploadCFPackageBodyCFDocument = UploadCFPackageBodyCFDocument._from_dict_fast
    _F_UploadCFPackageBodyCFItem = UploadCFPackageBodyCFItem._from_dict_fast
    _F_UploadCFPackageBodyCFAssociation = (
        UploadCFPackageBodyCFAssociation._from_dict_fast
    )
    _F_CFDefinitions = CFDefinitions._from_dict_fast
    _BOUND = True


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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.cf_document is not UNSET:
            field_dict["CFDocument"] = _rt.dump(self.cf_document)
        if self.cf_items is not UNSET:
            field_dict["CFItems"] = _rt.dump(self.cf_items)
        if self.cf_associations is not UNSET:
            field_dict["CFAssociations"] = _rt.dump(self.cf_associations)
        if self.cf_definitions is not UNSET:
            field_dict["CFDefinitions"] = _rt.dump(self.cf_definitions)
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
        cf_document = _F_UploadCFPackageBodyCFDocument(d["CFDocument"])

        _cf_items = d["CFItems"]
        if type(_cf_items) is not list:
            raise TypeError
        cf_items = (
            [_F_UploadCFPackageBodyCFItem(_item) for _item in _cf_items]
            if _cf_items
            else _cf_items
        )

        _cf_associations = d["CFAssociations"]
        if type(_cf_associations) is not list:
            raise TypeError
        cf_associations = (
            [_F_UploadCFPackageBodyCFAssociation(_item) for _item in _cf_associations]
            if _cf_associations
            else _cf_associations
        )

        _cf_definitions = d.get("CFDefinitions", UNSET)
        cf_definitions = (
            UNSET if _cf_definitions is UNSET else _F_CFDefinitions(_cf_definitions)
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
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                cf_document,
                cf_items,
                cf_associations,
                cf_definitions,
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
