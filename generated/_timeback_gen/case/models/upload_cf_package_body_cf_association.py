from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.origin_node_uri import OriginNodeURI


T = TypeVar("T", bound="UploadCFPackageBodyCFAssociation")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "identifier",
        "uri",
        "lastChangeDateTime",
        "associationType",
        "originNodeURI",
        "destinationNodeURI",
        "sequenceNumber",
        "extensions",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_OriginNodeURI
    global OriginNodeURI
    from ..models.origin_node_uri import OriginNodeURI

    _TABLE = _rt.table(
        (
            _rt.Field("identifier", "identifier", True, _rt.UUID),
            _rt.Field("uri", "uri", True, _rt.STR),
            _rt.Field("lastChangeDateTime", "last_change_date_time", True, _rt.STR),
            _rt.Field("associationType", "association_type", True, _rt.STR),
            _rt.Field(
                "originNodeURI", "origin_node_uri", True, _rt.Model(OriginNodeURI)
            ),
            _rt.Field(
                "destinationNodeURI",
                "destination_node_uri",
                True,
                _rt.Model(OriginNodeURI),
            ),
            _rt.Field("sequenceNumber", "sequence_number", False, _rt.FLOAT),
            _rt.Field("extensions", "extensions", False, _rt.ANY),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_OriginNodeURI = OriginNodeURI._from_dict_fast
    _BOUND = True


@_attrs_define
class UploadCFPackageBodyCFAssociation:
    """
    Attributes:
        identifier (UUID):
        uri (str):
        last_change_date_time (str):
        association_type (str):
        origin_node_uri (OriginNodeURI):
        destination_node_uri (OriginNodeURI):
        sequence_number (float | Unset):
        extensions (Any | Unset):
    """

    identifier: UUID
    uri: str
    last_change_date_time: str
    association_type: str
    origin_node_uri: OriginNodeURI
    destination_node_uri: OriginNodeURI
    sequence_number: float | Unset = UNSET
    extensions: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.identifier is not UNSET:
            field_dict["identifier"] = _rt.dump(self.identifier)
        if self.uri is not UNSET:
            field_dict["uri"] = self.uri
        if self.last_change_date_time is not UNSET:
            field_dict["lastChangeDateTime"] = self.last_change_date_time
        if self.association_type is not UNSET:
            field_dict["associationType"] = self.association_type
        if self.origin_node_uri is not UNSET:
            field_dict["originNodeURI"] = _rt.dump(self.origin_node_uri)
        if self.destination_node_uri is not UNSET:
            field_dict["destinationNodeURI"] = _rt.dump(self.destination_node_uri)
        if self.sequence_number is not UNSET:
            field_dict["sequenceNumber"] = self.sequence_number
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
        identifier = UUID(d["identifier"])

        uri = d["uri"]
        if type(uri) is not str:
            raise TypeError

        last_change_date_time = d["lastChangeDateTime"]
        if type(last_change_date_time) is not str:
            raise TypeError

        association_type = d["associationType"]
        if type(association_type) is not str:
            raise TypeError

        origin_node_uri = _F_OriginNodeURI(d["originNodeURI"])

        destination_node_uri = _F_OriginNodeURI(d["destinationNodeURI"])

        sequence_number = d.get("sequenceNumber", UNSET)
        if (
            type(sequence_number) is not float
            and type(sequence_number) is not int
            and sequence_number is not UNSET
        ):
            raise TypeError

        extensions = d.get("extensions", UNSET)

        if cls is UploadCFPackageBodyCFAssociation:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.identifier = identifier
            _obj.uri = uri
            _obj.last_change_date_time = last_change_date_time
            _obj.association_type = association_type
            _obj.origin_node_uri = origin_node_uri
            _obj.destination_node_uri = destination_node_uri
            _obj.sequence_number = sequence_number
            _obj.extensions = extensions
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                identifier,
                uri,
                last_change_date_time,
                association_type,
                origin_node_uri,
                destination_node_uri,
                sequence_number,
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
