from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS, UNSET, Unset

T = TypeVar("T", bound="UploadCFPackageBodyCFDocument")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "identifier",
        "uri",
        "lastChangeDateTime",
        "title",
        "creator",
        "officialSourceURL",
        "publisher",
        "description",
        "language",
        "version",
        "caseVersion",
        "adoptionStatus",
        "statusStartDate",
        "statusEndDate",
        "licenseUri",
        "notes",
        "subject",
    }
)


@_attrs_define
class UploadCFPackageBodyCFDocument:
    """
    Attributes:
        identifier (UUID):
        uri (str):
        last_change_date_time (str):
        title (str):
        creator (str):
        official_source_url (str | Unset):
        publisher (str | Unset):
        description (str | Unset):
        language (str | Unset):
        version (str | Unset):
        case_version (str | Unset):
        adoption_status (str | Unset):
        status_start_date (str | Unset):
        status_end_date (str | Unset):
        license_uri (str | Unset):
        notes (str | Unset):
        subject (list[str] | Unset):
    """

    identifier: UUID
    uri: str
    last_change_date_time: str
    title: str
    creator: str
    official_source_url: str | Unset = UNSET
    publisher: str | Unset = UNSET
    description: str | Unset = UNSET
    language: str | Unset = UNSET
    version: str | Unset = UNSET
    case_version: str | Unset = UNSET
    adoption_status: str | Unset = UNSET
    status_start_date: str | Unset = UNSET
    status_end_date: str | Unset = UNSET
    license_uri: str | Unset = UNSET
    notes: str | Unset = UNSET
    subject: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = str(self.identifier)

        uri = self.uri

        last_change_date_time = self.last_change_date_time

        title = self.title

        creator = self.creator

        official_source_url = self.official_source_url

        publisher = self.publisher

        description = self.description

        language = self.language

        version = self.version

        case_version = self.case_version

        adoption_status = self.adoption_status

        status_start_date = self.status_start_date

        status_end_date = self.status_end_date

        license_uri = self.license_uri

        notes = self.notes

        subject: list[str] | Unset = UNSET
        if not isinstance(self.subject, Unset):
            subject = self.subject

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
                "uri": uri,
                "lastChangeDateTime": last_change_date_time,
                "title": title,
                "creator": creator,
            }
        )
        if official_source_url is not UNSET:
            field_dict["officialSourceURL"] = official_source_url
        if publisher is not UNSET:
            field_dict["publisher"] = publisher
        if description is not UNSET:
            field_dict["description"] = description
        if language is not UNSET:
            field_dict["language"] = language
        if version is not UNSET:
            field_dict["version"] = version
        if case_version is not UNSET:
            field_dict["caseVersion"] = case_version
        if adoption_status is not UNSET:
            field_dict["adoptionStatus"] = adoption_status
        if status_start_date is not UNSET:
            field_dict["statusStartDate"] = status_start_date
        if status_end_date is not UNSET:
            field_dict["statusEndDate"] = status_end_date
        if license_uri is not UNSET:
            field_dict["licenseUri"] = license_uri
        if notes is not UNSET:
            field_dict["notes"] = notes
        if subject is not UNSET:
            field_dict["subject"] = subject

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        identifier = UUID(d["identifier"])

        uri = d["uri"]

        last_change_date_time = d["lastChangeDateTime"]

        title = d["title"]

        creator = d["creator"]

        official_source_url = d.get("officialSourceURL", UNSET)

        publisher = d.get("publisher", UNSET)

        description = d.get("description", UNSET)

        language = d.get("language", UNSET)

        version = d.get("version", UNSET)

        case_version = d.get("caseVersion", UNSET)

        adoption_status = d.get("adoptionStatus", UNSET)

        status_start_date = d.get("statusStartDate", UNSET)

        status_end_date = d.get("statusEndDate", UNSET)

        license_uri = d.get("licenseUri", UNSET)

        notes = d.get("notes", UNSET)

        subject = d.get("subject", UNSET)

        if cls is UploadCFPackageBodyCFDocument:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.identifier = identifier
            _obj.uri = uri
            _obj.last_change_date_time = last_change_date_time
            _obj.title = title
            _obj.creator = creator
            _obj.official_source_url = official_source_url
            _obj.publisher = publisher
            _obj.description = description
            _obj.language = language
            _obj.version = version
            _obj.case_version = case_version
            _obj.adoption_status = adoption_status
            _obj.status_start_date = status_start_date
            _obj.status_end_date = status_end_date
            _obj.license_uri = license_uri
            _obj.notes = notes
            _obj.subject = subject
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                identifier,
                uri,
                last_change_date_time,
                title,
                creator,
                official_source_url,
                publisher,
                description,
                language,
                version,
                case_version,
                adoption_status,
                status_start_date,
                status_end_date,
                license_uri,
                notes,
                subject,
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
