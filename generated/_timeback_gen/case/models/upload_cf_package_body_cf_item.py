from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..types import NO_EXTRAS, UNSET, Unset

T = TypeVar("T", bound="UploadCFPackageBodyCFItem")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "identifier",
        "uri",
        "lastChangeDateTime",
        "fullStatement",
        "alternativeLabel",
        "CFItemType",
        "cfItemType",
        "humanCodingScheme",
        "listEnumeration",
        "abbreviatedStatement",
        "conceptKeywords",
        "notes",
        "subject",
        "language",
        "educationLevel",
        "CFItemTypeURI",
        "licenseURI",
        "statusStartDate",
        "statusEndDate",
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
            _rt.Field("identifier", "identifier", True, _rt.UUID),
            _rt.Field("uri", "uri", True, _rt.STR),
            _rt.Field("lastChangeDateTime", "last_change_date_time", True, _rt.STR),
            _rt.Field("fullStatement", "full_statement", True, _rt.STR),
            _rt.Field("alternativeLabel", "alternative_label", False, _rt.STR),
            _rt.Field("CFItemType", "CFItemType", False, _rt.STR),
            _rt.Field("cfItemType", "cfItemType", False, _rt.STR),
            _rt.Field("humanCodingScheme", "human_coding_scheme", False, _rt.STR),
            _rt.Field("listEnumeration", "list_enumeration", False, _rt.STR),
            _rt.Field("abbreviatedStatement", "abbreviated_statement", False, _rt.STR),
            _rt.Field("conceptKeywords", "concept_keywords", False, _rt.List(_rt.STR)),
            _rt.Field("notes", "notes", False, _rt.STR),
            _rt.Field("subject", "subject", False, _rt.List(_rt.STR)),
            _rt.Field("language", "language", False, _rt.STR),
            _rt.Field("educationLevel", "education_level", False, _rt.List(_rt.STR)),
            _rt.Field("CFItemTypeURI", "cf_item_type_uri", False, _rt.ANY),
            _rt.Field("licenseURI", "license_uri", False, _rt.ANY),
            _rt.Field("statusStartDate", "status_start_date", False, _rt.STR),
            _rt.Field("statusEndDate", "status_end_date", False, _rt.STR),
            _rt.Field("extensions", "extensions", False, _rt.ANY),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _BOUND = True


@_attrs_define
class UploadCFPackageBodyCFItem:
    """
    Attributes:
        identifier (UUID):
        uri (str):
        last_change_date_time (str):
        full_statement (str):
        alternative_label (str | Unset):
        CFItemType (str | Unset):
        cfItemType (str | Unset):
        human_coding_scheme (str | Unset):
        list_enumeration (str | Unset):
        abbreviated_statement (str | Unset):
        concept_keywords (list[str] | Unset):
        notes (str | Unset):
        subject (list[str] | Unset):
        language (str | Unset):
        education_level (list[str] | Unset):
        cf_item_type_uri (Any | Unset):
        license_uri (Any | Unset):
        status_start_date (str | Unset):
        status_end_date (str | Unset):
        extensions (Any | Unset):
    """

    identifier: UUID
    uri: str
    last_change_date_time: str
    full_statement: str
    alternative_label: str | Unset = UNSET
    CFItemType: str | Unset = UNSET
    cfItemType: str | Unset = UNSET
    human_coding_scheme: str | Unset = UNSET
    list_enumeration: str | Unset = UNSET
    abbreviated_statement: str | Unset = UNSET
    concept_keywords: list[str] | Unset = UNSET
    notes: str | Unset = UNSET
    subject: list[str] | Unset = UNSET
    language: str | Unset = UNSET
    education_level: list[str] | Unset = UNSET
    cf_item_type_uri: Any | Unset = UNSET
    license_uri: Any | Unset = UNSET
    status_start_date: str | Unset = UNSET
    status_end_date: str | Unset = UNSET
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
        if self.full_statement is not UNSET:
            field_dict["fullStatement"] = self.full_statement
        if self.alternative_label is not UNSET:
            field_dict["alternativeLabel"] = self.alternative_label
        if self.CFItemType is not UNSET:
            field_dict["CFItemType"] = self.CFItemType
        if self.cfItemType is not UNSET:
            field_dict["cfItemType"] = self.cfItemType
        if self.human_coding_scheme is not UNSET:
            field_dict["humanCodingScheme"] = self.human_coding_scheme
        if self.list_enumeration is not UNSET:
            field_dict["listEnumeration"] = self.list_enumeration
        if self.abbreviated_statement is not UNSET:
            field_dict["abbreviatedStatement"] = self.abbreviated_statement
        if self.concept_keywords is not UNSET:
            field_dict["conceptKeywords"] = _rt.dump(self.concept_keywords)
        if self.notes is not UNSET:
            field_dict["notes"] = self.notes
        if self.subject is not UNSET:
            field_dict["subject"] = _rt.dump(self.subject)
        if self.language is not UNSET:
            field_dict["language"] = self.language
        if self.education_level is not UNSET:
            field_dict["educationLevel"] = _rt.dump(self.education_level)
        if self.cf_item_type_uri is not UNSET:
            field_dict["CFItemTypeURI"] = self.cf_item_type_uri
        if self.license_uri is not UNSET:
            field_dict["licenseURI"] = self.license_uri
        if self.status_start_date is not UNSET:
            field_dict["statusStartDate"] = self.status_start_date
        if self.status_end_date is not UNSET:
            field_dict["statusEndDate"] = self.status_end_date
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

        full_statement = d["fullStatement"]
        if type(full_statement) is not str:
            raise TypeError

        alternative_label = d.get("alternativeLabel", UNSET)
        if type(alternative_label) is not str and alternative_label is not UNSET:
            raise TypeError

        CFItemType = d.get("CFItemType", UNSET)
        if type(CFItemType) is not str and CFItemType is not UNSET:
            raise TypeError

        cfItemType = d.get("cfItemType", UNSET)
        if type(cfItemType) is not str and cfItemType is not UNSET:
            raise TypeError

        human_coding_scheme = d.get("humanCodingScheme", UNSET)
        if type(human_coding_scheme) is not str and human_coding_scheme is not UNSET:
            raise TypeError

        list_enumeration = d.get("listEnumeration", UNSET)
        if type(list_enumeration) is not str and list_enumeration is not UNSET:
            raise TypeError

        abbreviated_statement = d.get("abbreviatedStatement", UNSET)
        if (
            type(abbreviated_statement) is not str
            and abbreviated_statement is not UNSET
        ):
            raise TypeError

        _concept_keywords = d.get("conceptKeywords", UNSET)
        if _concept_keywords is UNSET:
            concept_keywords = UNSET
        else:
            if type(_concept_keywords) is not list:
                raise TypeError
            concept_keywords = _concept_keywords
            for _item in _concept_keywords:
                if type(_item) is not str:
                    raise TypeError

        notes = d.get("notes", UNSET)
        if type(notes) is not str and notes is not UNSET:
            raise TypeError

        _subject = d.get("subject", UNSET)
        if _subject is UNSET:
            subject = UNSET
        else:
            if type(_subject) is not list:
                raise TypeError
            subject = _subject
            for _item in _subject:
                if type(_item) is not str:
                    raise TypeError

        language = d.get("language", UNSET)
        if type(language) is not str and language is not UNSET:
            raise TypeError

        _education_level = d.get("educationLevel", UNSET)
        if _education_level is UNSET:
            education_level = UNSET
        else:
            if type(_education_level) is not list:
                raise TypeError
            education_level = _education_level
            for _item in _education_level:
                if type(_item) is not str:
                    raise TypeError

        cf_item_type_uri = d.get("CFItemTypeURI", UNSET)

        license_uri = d.get("licenseURI", UNSET)

        status_start_date = d.get("statusStartDate", UNSET)
        if type(status_start_date) is not str and status_start_date is not UNSET:
            raise TypeError

        status_end_date = d.get("statusEndDate", UNSET)
        if type(status_end_date) is not str and status_end_date is not UNSET:
            raise TypeError

        extensions = d.get("extensions", UNSET)

        if cls is UploadCFPackageBodyCFItem:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.identifier = identifier
            _obj.uri = uri
            _obj.last_change_date_time = last_change_date_time
            _obj.full_statement = full_statement
            _obj.alternative_label = alternative_label
            _obj.CFItemType = CFItemType
            _obj.cfItemType = cfItemType
            _obj.human_coding_scheme = human_coding_scheme
            _obj.list_enumeration = list_enumeration
            _obj.abbreviated_statement = abbreviated_statement
            _obj.concept_keywords = concept_keywords
            _obj.notes = notes
            _obj.subject = subject
            _obj.language = language
            _obj.education_level = education_level
            _obj.cf_item_type_uri = cf_item_type_uri
            _obj.license_uri = license_uri
            _obj.status_start_date = status_start_date
            _obj.status_end_date = status_end_date
            _obj.extensions = extensions
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                identifier,
                uri,
                last_change_date_time,
                full_statement,
                alternative_label,
                CFItemType,
                cfItemType,
                human_coding_scheme,
                list_enumeration,
                abbreviated_statement,
                concept_keywords,
                notes,
                subject,
                language,
                education_level,
                cf_item_type_uri,
                license_uri,
                status_start_date,
                status_end_date,
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
