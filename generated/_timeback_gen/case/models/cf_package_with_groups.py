from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..types import NO_EXTRAS, UNSET

if TYPE_CHECKING:
    from ..models.cf_document import CFDocument
    from ..models.cf_package_with_groups_structured_content import (
        CFPackageWithGroupsStructuredContent,
    )


T = TypeVar("T", bound="CFPackageWithGroups")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "sourcedId",
        "CFDocument",
        "structuredContent",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_CFDocument
    global _F_CFPackageWithGroupsStructuredContent
    global CFDocument
    global CFPackageWithGroupsStructuredContent
    from ..models.cf_document import CFDocument
    from ..models.cf_package_with_groups_structured_content import (
        CFPackageWithGroupsStructuredContent,
    )

    _TABLE = _rt.table(
        (
            _rt.Field("sourcedId", "sourced_id", True, _rt.UUID),
            _rt.Field("CFDocument", "cf_document", True, _rt.Model(CFDocument)),
            _rt.Field(
                "structuredContent",
                "structured_content",
                True,
                _rt.Model(CFPackageWithGroupsStructuredContent),
            ),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_CFDocument = CFDocument._from_dict_fast
    _F_CFPackageWithGroupsStructuredContent = (
        CFPackageWithGroupsStructuredContent._from_dict_fast
    )
    _BOUND = True


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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.sourced_id is not UNSET:
            field_dict["sourcedId"] = _rt.dump(self.sourced_id)
        if self.cf_document is not UNSET:
            field_dict["CFDocument"] = _rt.dump(self.cf_document)
        if self.structured_content is not UNSET:
            field_dict["structuredContent"] = _rt.dump(self.structured_content)
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
        sourced_id = UUID(d["sourcedId"])

        cf_document = _F_CFDocument(d["CFDocument"])

        structured_content = _F_CFPackageWithGroupsStructuredContent(
            d["structuredContent"]
        )

        if cls is CFPackageWithGroups:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.sourced_id = sourced_id
            _obj.cf_document = cf_document
            _obj.structured_content = structured_content
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                sourced_id,
                cf_document,
                structured_content,
            )
        if len(d) == 3:
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
