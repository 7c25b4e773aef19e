from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.origin_node_uri import OriginNodeURI


T = TypeVar("T", bound="UploadCFPackageBodyCFAssociation")
_new_instance = object.__new__

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
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global OriginNodeURI
    from ..models.origin_node_uri import OriginNodeURI

    _LAZY_BOUND = True


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
        identifier = str(self.identifier)

        uri = self.uri

        last_change_date_time = self.last_change_date_time

        association_type = self.association_type

        origin_node_uri = self.origin_node_uri.to_dict()

        destination_node_uri = self.destination_node_uri.to_dict()

        sequence_number = self.sequence_number

        extensions = self.extensions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
                "uri": uri,
                "lastChangeDateTime": last_change_date_time,
                "associationType": association_type,
                "originNodeURI": origin_node_uri,
                "destinationNodeURI": destination_node_uri,
            }
        )
        if sequence_number is not UNSET:
            field_dict["sequenceNumber"] = sequence_number
        if extensions is not UNSET:
            field_dict["extensions"] = extensions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        identifier = UUID(d["identifier"])

        uri = d["uri"]

        last_change_date_time = d["lastChangeDateTime"]

        association_type = d["associationType"]

        origin_node_uri = OriginNodeURI.from_dict(d["originNodeURI"])

        destination_node_uri = OriginNodeURI.from_dict(d["destinationNodeURI"])

        sequence_number = d.get("sequenceNumber", UNSET)

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
            _obj.additional_properties = NO_EXTRAS
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
