from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.case_version import CaseVersion, check_case_version
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cf_document_extensions_type_0 import CFDocumentExtensionsType0
    from ..models.subject_uri import SubjectURI


T = TypeVar("T", bound="CFDocument")


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
        from ..models.cf_document_extensions_type_0 import CFDocumentExtensionsType0
        from ..models.subject_uri import SubjectURI

        d = dict(src_dict)
        sourced_id = UUID(d.pop("sourcedId"))

        title = d.pop("title")

        uri = d.pop("uri")

        creator = d.pop("creator")

        last_change_date_time = datetime.datetime.fromisoformat(
            d.pop("lastChangeDateTime")
        )

        cf_package_uri = SubjectURI.from_dict(d.pop("CFPackageURI"))

        def _parse_framework_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        framework_type = _parse_framework_type(d.pop("frameworkType", UNSET))

        def _parse_case_version(data: object) -> CaseVersion | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                case_version_type_0 = check_case_version(data)

                return case_version_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CaseVersion | None | Unset, data)

        case_version = _parse_case_version(d.pop("caseVersion", UNSET))

        def _parse_official_source_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        official_source_url = _parse_official_source_url(
            d.pop("officialSourceURL", UNSET)
        )

        def _parse_publisher(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        publisher = _parse_publisher(d.pop("publisher", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_subject(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                subject_type_0 = cast(list[str], data)

                return subject_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        def _parse_subject_uri(data: object) -> list[SubjectURI] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                subject_uri_type_0 = []
                _subject_uri_type_0 = data
                for subject_uri_type_0_item_data in _subject_uri_type_0:
                    subject_uri_type_0_item = SubjectURI.from_dict(
                        subject_uri_type_0_item_data
                    )

                    subject_uri_type_0.append(subject_uri_type_0_item)

                return subject_uri_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SubjectURI] | None | Unset, data)

        subject_uri = _parse_subject_uri(d.pop("subjectURI", UNSET))

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        def _parse_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        def _parse_adoption_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        adoption_status = _parse_adoption_status(d.pop("adoptionStatus", UNSET))

        def _parse_status_start_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_start_date_type_0 = datetime.date.fromisoformat(data)

                return status_start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        status_start_date = _parse_status_start_date(d.pop("statusStartDate", UNSET))

        def _parse_status_end_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_end_date_type_0 = datetime.date.fromisoformat(data)

                return status_end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        status_end_date = _parse_status_end_date(d.pop("statusEndDate", UNSET))

        def _parse_license_uri(data: object) -> None | SubjectURI | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                license_uri_type_0 = SubjectURI.from_dict(data)

                return license_uri_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubjectURI | Unset, data)

        license_uri = _parse_license_uri(d.pop("licenseURI", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_extensions(data: object) -> CFDocumentExtensionsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                extensions_type_0 = CFDocumentExtensionsType0.from_dict(data)

                return extensions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CFDocumentExtensionsType0 | None | Unset, data)

        extensions = _parse_extensions(d.pop("extensions", UNSET))

        cf_document = cls(
            sourced_id=sourced_id,
            title=title,
            uri=uri,
            creator=creator,
            last_change_date_time=last_change_date_time,
            cf_package_uri=cf_package_uri,
            framework_type=framework_type,
            case_version=case_version,
            official_source_url=official_source_url,
            publisher=publisher,
            description=description,
            subject=subject,
            subject_uri=subject_uri,
            language=language,
            version=version,
            adoption_status=adoption_status,
            status_start_date=status_start_date,
            status_end_date=status_end_date,
            license_uri=license_uri,
            notes=notes,
            extensions=extensions,
        )

        cf_document.additional_properties = d
        return cf_document

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
