from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.cf_item_extensions_type_0 import CFItemExtensionsType0
    from ..models.subject_uri import SubjectURI


T = TypeVar("T", bound="CFItem")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "sourcedId",
        "fullStatement",
        "CFItemType",
        "uri",
        "lastChangeDateTime",
        "alternativeLabel",
        "humanCodingScheme",
        "listEnumeration",
        "abbreviatedStatement",
        "conceptKeywords",
        "conceptKeywordsURI",
        "notes",
        "subject",
        "subjectURI",
        "language",
        "educationLevel",
        "CFItemTypeURI",
        "licenseURI",
        "statusStartDate",
        "statusEndDate",
        "extensions",
        "CFDocumentURI",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global CFItemExtensionsType0
    global SubjectURI
    from ..models.cf_item_extensions_type_0 import CFItemExtensionsType0
    from ..models.subject_uri import SubjectURI

    _LAZY_BOUND = True


def _parse_concept_keywords(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, list):
            raise TypeError()
        concept_keywords_type_0 = cast(list[str], data)

        return concept_keywords_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_concept_keywords_uri(data: object) -> None | SubjectURI | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        concept_keywords_uri_type_0 = SubjectURI.from_dict(data)

        return concept_keywords_uri_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_subject(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, list):
            raise TypeError()
        subject_type_0 = cast(list[str], data)

        return subject_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_subject_uri(data: object) -> list[SubjectURI] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, list):
            raise TypeError()
        subject_uri_type_0 = []
        _subject_uri_type_0 = data
        for subject_uri_type_0_item_data in _subject_uri_type_0:
            subject_uri_type_0_item = SubjectURI.from_dict(subject_uri_type_0_item_data)

            subject_uri_type_0.append(subject_uri_type_0_item)

        return subject_uri_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_education_level(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, list):
            raise TypeError()
        education_level_type_0 = cast(list[str], data)

        return education_level_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_cf_item_type_uri(data: object) -> None | SubjectURI | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        cf_item_type_uri_type_0 = SubjectURI.from_dict(data)

        return cf_item_type_uri_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_license_uri(data: object) -> None | SubjectURI | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        license_uri_type_0 = SubjectURI.from_dict(data)

        return license_uri_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_status_start_date(data: object) -> datetime.date | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, str):
            raise TypeError()
        status_start_date_type_0 = datetime.date.fromisoformat(data)

        return status_start_date_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_status_end_date(data: object) -> datetime.date | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, str):
            raise TypeError()
        status_end_date_type_0 = datetime.date.fromisoformat(data)

        return status_end_date_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_extensions(data: object) -> CFItemExtensionsType0 | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        extensions_type_0 = CFItemExtensionsType0.from_dict(data)

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
class CFItem:
    """Represents an item in a competency framework.

    Attributes:
        sourced_id (UUID):
        full_statement (str):
        cf_item_type (str):
        uri (str):
        last_change_date_time (datetime.datetime):
        alternative_label (None | str | Unset):
        human_coding_scheme (None | str | Unset):
        list_enumeration (None | str | Unset):
        abbreviated_statement (None | str | Unset):
        concept_keywords (list[str] | None | Unset):
        concept_keywords_uri (None | SubjectURI | Unset):
        notes (None | str | Unset):
        subject (list[str] | None | Unset):
        subject_uri (list[SubjectURI] | None | Unset):
        language (None | str | Unset):
        education_level (list[str] | None | Unset):
        cf_item_type_uri (None | SubjectURI | Unset):
        license_uri (None | SubjectURI | Unset):
        status_start_date (datetime.date | None | Unset):
        status_end_date (datetime.date | None | Unset):
        extensions (CFItemExtensionsType0 | None | Unset):
        cf_document_uri (None | SubjectURI | Unset):
    """

    sourced_id: UUID
    full_statement: str
    cf_item_type: str
    uri: str
    last_change_date_time: datetime.datetime
    alternative_label: None | str | Unset = UNSET
    human_coding_scheme: None | str | Unset = UNSET
    list_enumeration: None | str | Unset = UNSET
    abbreviated_statement: None | str | Unset = UNSET
    concept_keywords: list[str] | None | Unset = UNSET
    concept_keywords_uri: None | SubjectURI | Unset = UNSET
    notes: None | str | Unset = UNSET
    subject: list[str] | None | Unset = UNSET
    subject_uri: list[SubjectURI] | None | Unset = UNSET
    language: None | str | Unset = UNSET
    education_level: list[str] | None | Unset = UNSET
    cf_item_type_uri: None | SubjectURI | Unset = UNSET
    license_uri: None | SubjectURI | Unset = UNSET
    status_start_date: datetime.date | None | Unset = UNSET
    status_end_date: datetime.date | None | Unset = UNSET
    extensions: CFItemExtensionsType0 | None | Unset = UNSET
    cf_document_uri: None | SubjectURI | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cf_item_extensions_type_0 import CFItemExtensionsType0
        from ..models.subject_uri import SubjectURI

        sourced_id = str(self.sourced_id)

        full_statement = self.full_statement

        cf_item_type = self.cf_item_type

        uri = self.uri

        last_change_date_time = self.last_change_date_time.isoformat()

        alternative_label: None | str | Unset
        if isinstance(self.alternative_label, Unset):
            alternative_label = UNSET
        else:
            alternative_label = self.alternative_label

        human_coding_scheme: None | str | Unset
        if isinstance(self.human_coding_scheme, Unset):
            human_coding_scheme = UNSET
        else:
            human_coding_scheme = self.human_coding_scheme

        list_enumeration: None | str | Unset
        if isinstance(self.list_enumeration, Unset):
            list_enumeration = UNSET
        else:
            list_enumeration = self.list_enumeration

        abbreviated_statement: None | str | Unset
        if isinstance(self.abbreviated_statement, Unset):
            abbreviated_statement = UNSET
        else:
            abbreviated_statement = self.abbreviated_statement

        concept_keywords: list[str] | None | Unset
        if isinstance(self.concept_keywords, Unset):
            concept_keywords = UNSET
        elif isinstance(self.concept_keywords, list):
            concept_keywords = self.concept_keywords

        else:
            concept_keywords = self.concept_keywords

        concept_keywords_uri: dict[str, Any] | None | Unset
        if isinstance(self.concept_keywords_uri, Unset):
            concept_keywords_uri = UNSET
        elif isinstance(self.concept_keywords_uri, SubjectURI):
            concept_keywords_uri = self.concept_keywords_uri.to_dict()
        else:
            concept_keywords_uri = self.concept_keywords_uri

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        subject: list[str] | None | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        elif isinstance(self.subject, list):
            subject = self.subject

        else:
            subject = self.subject

        subject_uri: list[dict[str, Any]] | None | Unset
        if isinstance(self.subject_uri, Unset):
            subject_uri = UNSET
        elif isinstance(self.subject_uri, list):
            subject_uri = []
            for subject_uri_type_0_item_data in self.subject_uri:
                subject_uri_type_0_item = subject_uri_type_0_item_data.to_dict()
                subject_uri.append(subject_uri_type_0_item)

        else:
            subject_uri = self.subject_uri

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        education_level: list[str] | None | Unset
        if isinstance(self.education_level, Unset):
            education_level = UNSET
        elif isinstance(self.education_level, list):
            education_level = self.education_level

        else:
            education_level = self.education_level

        cf_item_type_uri: dict[str, Any] | None | Unset
        if isinstance(self.cf_item_type_uri, Unset):
            cf_item_type_uri = UNSET
        elif isinstance(self.cf_item_type_uri, SubjectURI):
            cf_item_type_uri = self.cf_item_type_uri.to_dict()
        else:
            cf_item_type_uri = self.cf_item_type_uri

        license_uri: dict[str, Any] | None | Unset
        if isinstance(self.license_uri, Unset):
            license_uri = UNSET
        elif isinstance(self.license_uri, SubjectURI):
            license_uri = self.license_uri.to_dict()
        else:
            license_uri = self.license_uri

        status_start_date: None | str | Unset
        if isinstance(self.status_start_date, Unset):
            status_start_date = UNSET
        elif isinstance(self.status_start_date, datetime.date):
            status_start_date = self.status_start_date.isoformat()
        else:
            status_start_date = self.status_start_date

        status_end_date: None | str | Unset
        if isinstance(self.status_end_date, Unset):
            status_end_date = UNSET
        elif isinstance(self.status_end_date, datetime.date):
            status_end_date = self.status_end_date.isoformat()
        else:
            status_end_date = self.status_end_date

        extensions: dict[str, Any] | None | Unset
        if isinstance(self.extensions, Unset):
            extensions = UNSET
        elif isinstance(self.extensions, CFItemExtensionsType0):
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
                "fullStatement": full_statement,
                "CFItemType": cf_item_type,
                "uri": uri,
                "lastChangeDateTime": last_change_date_time,
            }
        )
        if alternative_label is not UNSET:
            field_dict["alternativeLabel"] = alternative_label
        if human_coding_scheme is not UNSET:
            field_dict["humanCodingScheme"] = human_coding_scheme
        if list_enumeration is not UNSET:
            field_dict["listEnumeration"] = list_enumeration
        if abbreviated_statement is not UNSET:
            field_dict["abbreviatedStatement"] = abbreviated_statement
        if concept_keywords is not UNSET:
            field_dict["conceptKeywords"] = concept_keywords
        if concept_keywords_uri is not UNSET:
            field_dict["conceptKeywordsURI"] = concept_keywords_uri
        if notes is not UNSET:
            field_dict["notes"] = notes
        if subject is not UNSET:
            field_dict["subject"] = subject
        if subject_uri is not UNSET:
            field_dict["subjectURI"] = subject_uri
        if language is not UNSET:
            field_dict["language"] = language
        if education_level is not UNSET:
            field_dict["educationLevel"] = education_level
        if cf_item_type_uri is not UNSET:
            field_dict["CFItemTypeURI"] = cf_item_type_uri
        if license_uri is not UNSET:
            field_dict["licenseURI"] = license_uri
        if status_start_date is not UNSET:
            field_dict["statusStartDate"] = status_start_date
        if status_end_date is not UNSET:
            field_dict["statusEndDate"] = status_end_date
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

        full_statement = d["fullStatement"]

        cf_item_type = d["CFItemType"]

        uri = d["uri"]

        last_change_date_time = datetime.datetime.fromisoformat(d["lastChangeDateTime"])

        alternative_label = d.get("alternativeLabel", UNSET)

        human_coding_scheme = d.get("humanCodingScheme", UNSET)

        list_enumeration = d.get("listEnumeration", UNSET)

        abbreviated_statement = d.get("abbreviatedStatement", UNSET)

        concept_keywords = _parse_concept_keywords(d.get("conceptKeywords", UNSET))

        concept_keywords_uri = _parse_concept_keywords_uri(
            d.get("conceptKeywordsURI", UNSET)
        )

        notes = d.get("notes", UNSET)

        subject = _parse_subject(d.get("subject", UNSET))

        subject_uri = _parse_subject_uri(d.get("subjectURI", UNSET))

        language = d.get("language", UNSET)

        education_level = _parse_education_level(d.get("educationLevel", UNSET))

        cf_item_type_uri = _parse_cf_item_type_uri(d.get("CFItemTypeURI", UNSET))

        license_uri = _parse_license_uri(d.get("licenseURI", UNSET))

        status_start_date = _parse_status_start_date(d.get("statusStartDate", UNSET))

        status_end_date = _parse_status_end_date(d.get("statusEndDate", UNSET))

        extensions = _parse_extensions(d.get("extensions", UNSET))

        cf_document_uri = _parse_cf_document_uri(d.get("CFDocumentURI", UNSET))

        if cls is CFItem:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.sourced_id = sourced_id
            _obj.full_statement = full_statement
            _obj.cf_item_type = cf_item_type
            _obj.uri = uri
            _obj.last_change_date_time = last_change_date_time
            _obj.alternative_label = alternative_label
            _obj.human_coding_scheme = human_coding_scheme
            _obj.list_enumeration = list_enumeration
            _obj.abbreviated_statement = abbreviated_statement
            _obj.concept_keywords = concept_keywords
            _obj.concept_keywords_uri = concept_keywords_uri
            _obj.notes = notes
            _obj.subject = subject
            _obj.subject_uri = subject_uri
            _obj.language = language
            _obj.education_level = education_level
            _obj.cf_item_type_uri = cf_item_type_uri
            _obj.license_uri = license_uri
            _obj.status_start_date = status_start_date
            _obj.status_end_date = status_end_date
            _obj.extensions = extensions
            _obj.cf_document_uri = cf_document_uri
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                sourced_id,
                full_statement,
                cf_item_type,
                uri,
                last_change_date_time,
                alternative_label,
                human_coding_scheme,
                list_enumeration,
                abbreviated_statement,
                concept_keywords,
                concept_keywords_uri,
                notes,
                subject,
                subject_uri,
                language,
                education_level,
                cf_item_type_uri,
                license_uri,
                status_start_date,
                status_end_date,
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
