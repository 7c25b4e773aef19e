from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..models.line_item_status import LineItemStatus, check_line_item_status
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_school_body_org_metadata_type_0 import (
        CreateSchoolBodyOrgMetadataType0,
    )
    from ..models.sourced_id_ref import SourcedIdRef


T = TypeVar("T", bound="CreateSchoolBodyOrg")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "name",
        "type",
        "sourcedId",
        "status",
        "metadata",
        "identifier",
        "parent",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global CreateSchoolBodyOrgMetadataType0
    global SourcedIdRef
    global _D_type_
    global _D_metadata
    global _D_parent
    from ..models.create_school_body_org_metadata_type_0 import (
        CreateSchoolBodyOrgMetadataType0,
    )
    from ..models.sourced_id_ref import SourcedIdRef

    _TABLE = _rt.table(
        (
            _rt.Field("name", "name", True, _rt.STR),
            _rt.Field("type", "type_", True, _rt.Const("school")),
            _rt.Field("sourcedId", "sourced_id", False, _rt.STR),
            _rt.Field(
                "status",
                "status",
                False,
                _rt.Enum(check_line_item_status, "LineItemStatus"),
            ),
            _rt.Field(
                "metadata",
                "metadata",
                False,
                _rt.Union(
                    (
                        _rt.Model(CreateSchoolBodyOrgMetadataType0),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "identifier",
                "identifier",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "parent",
                "parent",
                False,
                _rt.Union(
                    (
                        _rt.Model(SourcedIdRef),
                        _rt.NONE,
                    )
                ),
            ),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _D_type_ = _TABLE.fields[1].desc
    _D_metadata = _TABLE.fields[4].desc
    _D_parent = _TABLE.fields[6].desc
    _BOUND = True


@_attrs_define
class CreateSchoolBodyOrg:
    """
    Attributes:
        name (str):
        type_ (Literal['school']):
        sourced_id (str | Unset):
        status (LineItemStatus | Unset):
        metadata (CreateSchoolBodyOrgMetadataType0 | None | Unset):
        identifier (None | str | Unset):
        parent (None | SourcedIdRef | Unset):
    """

    name: str
    type_: Literal["school"]
    sourced_id: str | Unset = UNSET
    status: LineItemStatus | Unset = UNSET
    metadata: CreateSchoolBodyOrgMetadataType0 | None | Unset = UNSET
    identifier: None | str | Unset = UNSET
    parent: None | SourcedIdRef | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.type_ is not UNSET:
            field_dict["type"] = _rt.dump(self.type_)
        if self.sourced_id is not UNSET:
            field_dict["sourcedId"] = self.sourced_id
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.metadata is not UNSET:
            field_dict["metadata"] = _rt.dump(self.metadata)
        if self.identifier is not UNSET:
            field_dict["identifier"] = self.identifier
        if self.parent is not UNSET:
            field_dict["parent"] = _rt.dump(self.parent)
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
        name = d["name"]
        if type(name) is not str:
            raise TypeError

        type_ = _D_type_.strict(d["type"])

        sourced_id = d.get("sourcedId", UNSET)
        if type(sourced_id) is not str and sourced_id is not UNSET:
            raise TypeError

        _status = d.get("status", UNSET)
        status = UNSET if _status is UNSET else check_line_item_status(_status)

        _metadata = d.get("metadata", UNSET)
        metadata = UNSET if _metadata is UNSET else _D_metadata.strict(_metadata)

        identifier = d.get("identifier", UNSET)
        if (
            type(identifier) is not str
            and identifier is not None
            and identifier is not UNSET
        ):
            raise TypeError

        _parent = d.get("parent", UNSET)
        parent = UNSET if _parent is UNSET else _D_parent.strict(_parent)

        if cls is CreateSchoolBodyOrg:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.name = name
            _obj.type_ = type_
            _obj.sourced_id = sourced_id
            _obj.status = status
            _obj.metadata = metadata
            _obj.identifier = identifier
            _obj.parent = parent
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                name,
                type_,
                sourced_id,
                status,
                metadata,
                identifier,
                parent,
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
