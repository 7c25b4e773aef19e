from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.case_version import CaseVersion, check_case_version
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.cf_document_extensions_type_0 import CFDocumentExtensionsType0
    from ..models.subject_uri import SubjectURI


T = TypeVar("T", bound="CFDocument")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "sourcedId",
        "title",
        "uri",
        "creator",
        "lastChangeDateTime",
        "CFPackageURI",
        "frameworkType",
        "caseVersion",
        "officialSourceURL",
        "publisher",
        "description",
        "subject",
        "subjectURI",
        "language",
        "version",
        "adoptionStatus",
        "statusStartDate",
        "statusEndDate",
        "licenseURI",
        "notes",
        "extensions",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global CFDocumentExtensionsType0
    global SubjectURI
    from ..models.cf_document_extensions_type_0 import CFDocumentExtensionsType0
    from ..models.subject_uri import SubjectURI

    _LAZY_BOUND = True


def _parse_case_version(data: object) -> CaseVersion | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, str):
            raise TypeError()
        case_version_type_0 = check_case_version(data)

        return case_version_type_0
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


def _parse_extensions(data: object) -> CFDocumentExtensionsType0 | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        extensions_type_0 = CFDocumentExtensionsType0.from_dict(data)

        return extensions_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


@_attrs_define
class CFDocument:
    """Represents a Competency Framework Document.

    Attributes:
        sourced_id (UUID):
        title (str):
        uri (str):
        creator (str):
        last_change_date_time (datetime.datetime):
        cf_package_uri (SubjectURI):
        framework_type (None | str | Unset):
        case_version (CaseVersion | None | Unset):
        official_source_url (None | str | Unset):
        publisher (None | str | Unset):
        description (None | str | Unset):
        subject (list[str] | None | Unset):
        subject_uri (list[SubjectURI] | None | Unset):
        language (None | str | Unset):
        version (None | str | Unset):
        adoption_status (None | str | Unset):
        status_start_date (datetime.date | None | Unset):
        status_end_date (datetime.date | None | Unset):
        license_uri (None | SubjectURI | Unset):
        notes (None | str | Unset):
        extensions (CFDocumentExtensionsType0 | None | Unset):
    """

    sourced_id: UUID
    title: str
    uri: str
    creator: str
    last_change_date_time: datetime.datetime
    cf_package_uri: SubjectURI
    framework_type: None | str | Unset = UNSET
    case_version: CaseVersion | None | Unset = UNSET
    official_source_url: None | str | Unset = UNSET
    publisher: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    subject: list[str] | None | Unset = UNSET
    subject_uri: list[SubjectURI] | None | Unset = UNSET
    language: None | str | Unset = UNSET
    version: None | str | Unset = UNSET
    adoption_status: None | str | Unset = UNSET
    status_start_date: datetime.date | None | Unset = UNSET
    status_end_date: datetime.date | None | Unset = UNSET
    license_uri: None | SubjectURI | Unset = UNSET
    notes: None | str | Unset = UNSET
    extensions: CFDocumentExtensionsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cf_document_extensions_type_0 import CFDocumentExtensionsType0
        from ..models.subject_uri import SubjectURI

        sourced_id = str(self.sourced_id)

        title = self.title

        uri = self.uri

        creator = self.creator

        last_change_date_time = self.last_change_date_time.isoformat()

        cf_package_uri = self.cf_package_uri.to_dict()

        framework_type: None | str | Unset
        if isinstance(self.framework_type, Unset):
            framework_type = UNSET
        else:
            framework_type = self.framework_type

        case_version: None | str | Unset
        if isinstance(self.case_version, Unset):
            case_version = UNSET
        elif isinstance(self.case_version, str):
            case_version = self.case_version
        else:
            case_version = self.case_version

        official_source_url: None | str | Unset
        if isinstance(self.official_source_url, Unset):
            official_source_url = UNSET
        else:
            official_source_url = self.official_source_url

        publisher: None | str | Unset
        if isinstance(self.publisher, Unset):
            publisher = UNSET
        else:
            publisher = self.publisher

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

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

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        adoption_status: None | str | Unset
        if isinstance(self.adoption_status, Unset):
            adoption_status = UNSET
        else:
            adoption_status = self.adoption_status

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

        license_uri: dict[str, Any] | None | Unset
        if isinstance(self.license_uri, Unset):
            license_uri = UNSET
        elif isinstance(self.license_uri, SubjectURI):
            license_uri = self.license_uri.to_dict()
        else:
            license_uri = self.license_uri

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        extensions: dict[str, Any] | None | Unset
        if isinstance(self.extensions, Unset):
            extensions = UNSET
        elif isinstance(self.extensions, CFDocumentExtensionsType0):
            extensions = self.extensions.to_dict()
        else:
            extensions = self.extensions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sourcedId": sourced_id,
                "title": title,
                "uri": uri,
                "creator": creator,
                "lastChangeDateTime": last_change_date_time,
                "CFPackageURI": cf_package_uri,
            }
        )
        if framework_type is not UNSET:
            field_dict["frameworkType"] = framework_type
        if case_version is not UNSET:
            field_dict["caseVersion"] = case_version
        if official_source_url is not UNSET:
            field_dict["officialSourceURL"] = official_source_url
        if publisher is not UNSET:
            field_dict["publisher"] = publisher
        if description is not UNSET:
            field_dict["description"] = description
        if subject is not UNSET:
            field_dict["subject"] = subject
        if subject_uri is not UNSET:
            field_dict["subjectURI"] = subject_uri
        if language is not UNSET:
            field_dict["language"] = language
        if version is not UNSET:
            field_dict["version"] = version
        if adoption_status is not UNSET:
            field_dict["adoptionStatus"] = adoption_status
        if status_start_date is not UNSET:
            field_dict["statusStartDate"] = status_start_date
        if status_end_date is not UNSET:
            field_dict["statusEndDate"] = status_end_date
        if license_uri is not UNSET:
            field_dict["licenseURI"] = license_uri
        if notes is not UNSET:
            field_dict["notes"] = notes
        if extensions is not UNSET:
            field_dict["extensions"] = extensions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        sourced_id = UUID(d["sourcedId"])

        title = d["title"]

        uri = d["uri"]

        creator = d["creator"]

        last_change_date_time = datetime.datetime.fromisoformat(d["lastChangeDateTime"])

        cf_package_uri = SubjectURI.from_dict(d["CFPackageURI"])

        framework_type = d.get("frameworkType", UNSET)

        case_version = _parse_case_version(d.get("caseVersion", UNSET))

        official_source_url = d.get("officialSourceURL", UNSET)

        publisher = d.get("publisher", UNSET)

        description = d.get("description", UNSET)

        subject = _parse_subject(d.get("subject", UNSET))

        subject_uri = _parse_subject_uri(d.get("subjectURI", UNSET))

        language = d.get("language", UNSET)

        version = d.get("version", UNSET)

        adoption_status = d.get("adoptionStatus", UNSET)

        status_start_date = _parse_status_start_date(d.get("statusStartDate", UNSET))

        status_end_date = _parse_status_end_date(d.get("statusEndDate", UNSET))

        license_uri = _parse_license_uri(d.get("licenseURI", UNSET))

        notes = d.get("notes", UNSET)

        extensions = _parse_extensions(d.get("extensions", UNSET))

        if cls is CFDocument:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.sourced_id = sourced_id
            _obj.title = title
            _obj.uri = uri
            _obj.creator = creator
            _obj.last_change_date_time = last_change_date_time
            _obj.cf_package_uri = cf_package_uri
            _obj.framework_type = framework_type
            _obj.case_version = case_version
            _obj.official_source_url = official_source_url
            _obj.publisher = publisher
            _obj.description = description
            _obj.subject = subject
            _obj.subject_uri = subject_uri
            _obj.language = language
            _obj.version = version
            _obj.adoption_status = adoption_status
            _obj.status_start_date = status_start_date
            _obj.status_end_date = status_end_date
            _obj.license_uri = license_uri
            _obj.notes = notes
            _obj.extensions = extensions
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                sourced_id,
                title,
                uri,
                creator,
                last_change_date_time,
                cf_package_uri,
                framework_type,
                case_version,
                official_source_url,
                publisher,
                description,
                subject,
                subject_uri,
                language,
                version,
                adoption_status,
                status_start_date,
                status_end_date,
                license_uri,
                notes,
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
