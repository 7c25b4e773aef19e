from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.cf_association_extensions_type_0 import CFAssociationExtensionsType0
    from ..models.subject_uri import SubjectURI


T = TypeVar("T", bound="CFAssociation")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "sourcedId",
        "associationType",
        "uri",
        "originNodeURI",
        "destinationNodeURI",
        "lastChangeDateTime",
        "sequenceNumber",
        "CFAssociationGroupingURI",
        "notes",
        "extensions",
        "CFDocumentURI",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global CFAssociationExtensionsType0
    global SubjectURI
    from ..models.cf_association_extensions_type_0 import CFAssociationExtensionsType0
    from ..models.subject_uri import SubjectURI

    _LAZY_BOUND = True


def _parse_cf_association_grouping_uri(data: object) -> None | SubjectURI | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        cf_association_grouping_uri_type_0 = SubjectURI.from_dict(data)

        return cf_association_grouping_uri_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_extensions(data: object) -> CFAssociationExtensionsType0 | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        extensions_type_0 = CFAssociationExtensionsType0.from_dict(data)

        return extensions_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_cf_document_uri(data: object) -> None | SubjectURI | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        cf_document_uri_type_0 = SubjectURI.from_dict(data)

        return cf_document_uri_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


@_attrs_define
class CFAssociation:
    """Represents a relationship between framework items.

    Attributes:
        sourced_id (UUID):
        association_type (str):
        uri (str):
        origin_node_uri (SubjectURI):
        destination_node_uri (SubjectURI):
        last_change_date_time (datetime.datetime):
        sequence_number (int | None | Unset):
        cf_association_grouping_uri (None | SubjectURI | Unset):
        notes (None | str | Unset):
        extensions (CFAssociationExtensionsType0 | None | Unset):
        cf_document_uri (None | SubjectURI | Unset):
    """

    sourced_id: UUID
    association_type: str
    uri: str
    origin_node_uri: SubjectURI
    destination_node_uri: SubjectURI
    last_change_date_time: datetime.datetime
    sequence_number: int | None | Unset = UNSET
    cf_association_grouping_uri: None | SubjectURI | Unset = UNSET
    notes: None | str | Unset = UNSET
    extensions: CFAssociationExtensionsType0 | None | Unset = UNSET
    cf_document_uri: None | SubjectURI | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cf_association_extensions_type_0 import (
            CFAssociationExtensionsType0,
        )
        from ..models.subject_uri import SubjectURI

        sourced_id = str(self.sourced_id)

        association_type = self.association_type

        uri = self.uri

        origin_node_uri = self.origin_node_uri.to_dict()

        destination_node_uri = self.destination_node_uri.to_dict()

        last_change_date_time = self.last_change_date_time.isoformat()

        sequence_number: int | None | Unset
        if isinstance(self.sequence_number, Unset):
            sequence_number = UNSET
        else:
            sequence_number = self.sequence_number

        cf_association_grouping_uri: dict[str, Any] | None | Unset
        if isinstance(self.cf_association_grouping_uri, Unset):
            cf_association_grouping_uri = UNSET
        elif isinstance(self.cf_association_grouping_uri, SubjectURI):
            cf_association_grouping_uri = self.cf_association_grouping_uri.to_dict()
        else:
            cf_association_grouping_uri = self.cf_association_grouping_uri

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        extensions: dict[str, Any] | None | Unset
        if isinstance(self.extensions, Unset):
            extensions = UNSET
        elif isinstance(self.extensions, CFAssociationExtensionsType0):
            extensions = self.extensions.to_dict()
        else:
            extensions = self.extensions

        cf_document_uri: dict[str, Any] | None | Unset
        if isinstance(self.cf_document_uri, Unset):
            cf_document_uri = UNSET
        elif isinstance(self.cf_document_uri, SubjectURI):
            cf_document_uri = self.cf_document_uri.to_dict()
        else:
            cf_document_uri = self.cf_document_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sourcedId": sourced_id,
                "associationType": association_type,
                "uri": uri,
                "originNodeURI": origin_node_uri,
                "destinationNodeURI": destination_node_uri,
                "lastChangeDateTime": last_change_date_time,
            }
        )
        if sequence_number is not UNSET:
            field_dict["sequenceNumber"] = sequence_number
        if cf_association_grouping_uri is not UNSET:
            field_dict["CFAssociationGroupingURI"] = cf_association_grouping_uri
        if notes is not UNSET:
            field_dict["notes"] = notes
        if extensions is not UNSET:
            field_dict["extensions"] = extensions
        if cf_document_uri is not UNSET:
            field_dict["CFDocumentURI"] = cf_document_uri

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        sourced_id = UUID(d["sourcedId"])

        association_type = d["associationType"]

        uri = d["uri"]

        origin_node_uri = SubjectURI.from_dict(d["originNodeURI"])

        destination_node_uri = SubjectURI.from_dict(d["destinationNodeURI"])

        last_change_date_time = datetime.datetime.fromisoformat(d["lastChangeDateTime"])

        sequence_number = d.get("sequenceNumber", UNSET)

        cf_association_grouping_uri = _parse_cf_association_grouping_uri(
            d.get("CFAssociationGroupingURI", UNSET)
        )

        notes = d.get("notes", UNSET)

        extensions = _parse_extensions(d.get("extensions", UNSET))

        cf_document_uri = _parse_cf_document_uri(d.get("CFDocumentURI", UNSET))

        if cls is CFAssociation:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.sourced_id = sourced_id
            _obj.association_type = association_type
            _obj.uri = uri
            _obj.origin_node_uri = origin_node_uri
            _obj.destination_node_uri = destination_node_uri
            _obj.last_change_date_time = last_change_date_time
            _obj.sequence_number = sequence_number
            _obj.cf_association_grouping_uri = cf_association_grouping_uri
            _obj.notes = notes
            _obj.extensions = extensions
            _obj.cf_document_uri = cf_document_uri
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                sourced_id,
                association_type,
                uri,
                origin_node_uri,
                destination_node_uri,
                last_change_date_time,
                sequence_number,
                cf_association_grouping_uri,
                notes,
                extensions,
                cf_document_uri,
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
