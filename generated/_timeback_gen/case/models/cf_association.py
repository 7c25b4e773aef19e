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
    from ..models.cf_association_extensions_type_0 import CFAssociationExtensionsType0
    from ..models.subject_uri import SubjectURI


T = TypeVar("T", bound="CFAssociation")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

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
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_SubjectURI
    global CFAssociationExtensionsType0
    global SubjectURI
    global _D_cf_association_grouping_uri
    global _D_extensions
    global _D_cf_document_uri
    from ..models.cf_association_extensions_type_0 import CFAssociationExtensionsType0
    from ..models.subject_uri import SubjectURI

    _TABLE = _rt.table(
        (
            _rt.Field("sourcedId", "sourced_id", True, _rt.UUID),
            _rt.Field("associationType", "association_type", True, _rt.STR),
            _rt.Field("uri", "uri", True, _rt.STR),
            _rt.Field("originNodeURI", "origin_node_uri", True, _rt.Model(SubjectURI)),
            _rt.Field(
                "destinationNodeURI",
                "destination_node_uri",
                True,
                _rt.Model(SubjectURI),
            ),
            _rt.Field(
                "lastChangeDateTime", "last_change_date_time", True, _rt.DATETIME
            ),
            _rt.Field(
                "sequenceNumber",
                "sequence_number",
                False,
                _rt.Union(
                    (
                        _rt.INT,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "CFAssociationGroupingURI",
                "cf_association_grouping_uri",
                False,
                _rt.Union(
                    (
                        _rt.Model(SubjectURI),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "notes",
                "notes",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "extensions",
                "extensions",
                False,
                _rt.Union(
                    (
                        _rt.Model(CFAssociationExtensionsType0),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "CFDocumentURI",
                "cf_document_uri",
                False,
                _rt.Union(
                    (
                        _rt.Model(SubjectURI),
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
    _F_SubjectURI = SubjectURI._from_dict_fast
    _D_cf_association_grouping_uri = _TABLE.fields[7].desc
    _D_extensions = _TABLE.fields[9].desc
    _D_cf_document_uri = _TABLE.fields[10].desc
    _BOUND = True


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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.sourced_id is not UNSET:
            field_dict["sourcedId"] = _rt.dump(self.sourced_id)
        if self.association_type is not UNSET:
            field_dict["associationType"] = self.association_type
        if self.uri is not UNSET:
            field_dict["uri"] = self.uri
        if self.origin_node_uri is not UNSET:
            field_dict["originNodeURI"] = _rt.dump(self.origin_node_uri)
        if self.destination_node_uri is not UNSET:
            field_dict["destinationNodeURI"] = _rt.dump(self.destination_node_uri)
        if self.last_change_date_time is not UNSET:
            field_dict["lastChangeDateTime"] = _rt.dump(self.last_change_date_time)
        if self.sequence_number is not UNSET:
            field_dict["sequenceNumber"] = self.sequence_number
        if self.cf_association_grouping_uri is not UNSET:
            field_dict["CFAssociationGroupingURI"] = _rt.dump(
                self.cf_association_grouping_uri
            )
        if self.notes is not UNSET:
            field_dict["notes"] = self.notes
        if self.extensions is not UNSET:
            field_dict["extensions"] = _rt.dump(self.extensions)
        if self.cf_document_uri is not UNSET:
            field_dict["CFDocumentURI"] = _rt.dump(self.cf_document_uri)
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

        association_type = d["associationType"]
        if type(association_type) is not str:
            raise TypeError

        uri = d["uri"]
        if type(uri) is not str:
            raise TypeError

        origin_node_uri = _F_SubjectURI(d["originNodeURI"])

        destination_node_uri = _F_SubjectURI(d["destinationNodeURI"])

        last_change_date_time = _parse_datetime(d["lastChangeDateTime"])

        sequence_number = d.get("sequenceNumber", UNSET)
        if (
            type(sequence_number) is not int
            and sequence_number is not None
            and sequence_number is not UNSET
        ):
            raise TypeError

        _cf_association_grouping_uri = d.get("CFAssociationGroupingURI", UNSET)
        cf_association_grouping_uri = (
            UNSET
            if _cf_association_grouping_uri is UNSET
            else _D_cf_association_grouping_uri.strict(_cf_association_grouping_uri)
        )

        notes = d.get("notes", UNSET)
        if type(notes) is not str and notes is not None and notes is not UNSET:
            raise TypeError

        _extensions = d.get("extensions", UNSET)
        extensions = (
            UNSET if _extensions is UNSET else _D_extensions.strict(_extensions)
        )

        _cf_document_uri = d.get("CFDocumentURI", UNSET)
        cf_document_uri = (
            UNSET
            if _cf_document_uri is UNSET
            else _D_cf_document_uri.strict(_cf_document_uri)
        )

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
