from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS, UNSET, Unset

T = TypeVar("T", bound="UploadCFPackageBodyCFItem")
_new_instance = object.__new__

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
        identifier = str(self.identifier)

        uri = self.uri

        last_change_date_time = self.last_change_date_time

        full_statement = self.full_statement

        alternative_label = self.alternative_label

        CFItemType = self.CFItemType

        cfItemType = self.cfItemType

        human_coding_scheme = self.human_coding_scheme

        list_enumeration = self.list_enumeration

        abbreviated_statement = self.abbreviated_statement

        concept_keywords: list[str] | Unset = UNSET
        if not isinstance(self.concept_keywords, Unset):
            concept_keywords = self.concept_keywords

        notes = self.notes

        subject: list[str] | Unset = UNSET
        if not isinstance(self.subject, Unset):
            subject = self.subject

        language = self.language

        education_level: list[str] | Unset = UNSET
        if not isinstance(self.education_level, Unset):
            education_level = self.education_level

        cf_item_type_uri = self.cf_item_type_uri

        license_uri = self.license_uri

        status_start_date = self.status_start_date

        status_end_date = self.status_end_date

        extensions = self.extensions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
                "uri": uri,
                "lastChangeDateTime": last_change_date_time,
                "fullStatement": full_statement,
            }
        )
        if alternative_label is not UNSET:
            field_dict["alternativeLabel"] = alternative_label
        if CFItemType is not UNSET:
            field_dict["CFItemType"] = CFItemType
        if cfItemType is not UNSET:
            field_dict["cfItemType"] = cfItemType
        if human_coding_scheme is not UNSET:
            field_dict["humanCodingScheme"] = human_coding_scheme
        if list_enumeration is not UNSET:
            field_dict["listEnumeration"] = list_enumeration
        if abbreviated_statement is not UNSET:
            field_dict["abbreviatedStatement"] = abbreviated_statement
        if concept_keywords is not UNSET:
            field_dict["conceptKeywords"] = concept_keywords
        if notes is not UNSET:
            field_dict["notes"] = notes
        if subject is not UNSET:
            field_dict["subject"] = subject
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        identifier = UUID(d["identifier"])

        uri = d["uri"]

        last_change_date_time = d["lastChangeDateTime"]

        full_statement = d["fullStatement"]

        alternative_label = d.get("alternativeLabel", UNSET)

        CFItemType = d.get("CFItemType", UNSET)

        cfItemType = d.get("cfItemType", UNSET)

        human_coding_scheme = d.get("humanCodingScheme", UNSET)

        list_enumeration = d.get("listEnumeration", UNSET)

        abbreviated_statement = d.get("abbreviatedStatement", UNSET)

        concept_keywords = d.get("conceptKeywords", UNSET)

        notes = d.get("notes", UNSET)

        subject = d.get("subject", UNSET)

        language = d.get("language", UNSET)

        education_level = d.get("educationLevel", UNSET)

        cf_item_type_uri = d.get("CFItemTypeURI", UNSET)

        license_uri = d.get("licenseURI", UNSET)

        status_start_date = d.get("statusStartDate", UNSET)

        status_end_date = d.get("statusEndDate", UNSET)

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
            _obj.additional_properties = NO_EXTRAS
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
