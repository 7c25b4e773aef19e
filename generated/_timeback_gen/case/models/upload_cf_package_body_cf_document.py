from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..types import NO_EXTRAS, UNSET, Unset

T = TypeVar("T", bound="UploadCFPackageBodyCFDocument")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

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
            _rt.Field("title", "title", True, _rt.STR),
            _rt.Field("creator", "creator", True, _rt.STR),
            _rt.Field("officialSourceURL", "official_source_url", False, _rt.STR),
            _rt.Field("publisher", "publisher", False, _rt.STR),
            _rt.Field("description", "description", False, _rt.STR),
            _rt.Field("language", "language", False, _rt.STR),
            _rt.Field("version", "version", False, _rt.STR),
            _rt.Field("caseVersion", "case_version", False, _rt.STR),
            _rt.Field("adoptionStatus", "adoption_status", False, _rt.STR),
            _rt.Field("statusStartDate", "status_start_date", False, _rt.STR),
            _rt.Field("statusEndDate", "status_end_date", False, _rt.STR),
            _rt.Field("licenseUri", "license_uri", False, _rt.STR),
            _rt.Field("notes", "notes", False, _rt.STR),
            _rt.Field("subject", "subject", False, _rt.List(_rt.STR)),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _BOUND = True


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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.identifier is not UNSET:
            field_dict["identifier"] = _rt.dump(self.identifier)
        if self.uri is not UNSET:
            field_dict["uri"] = self.uri
        if self.last_change_date_time is not UNSET:
            field_dict["lastChangeDateTime"] = self.last_change_date_time
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.creator is not UNSET:
            field_dict["creator"] = self.creator
        if self.official_source_url is not UNSET:
            field_dict["officialSourceURL"] = self.official_source_url
        if self.publisher is not UNSET:
            field_dict["publisher"] = self.publisher
        if self.description is not UNSET:
            field_dict["description"] = self.description
        if self.language is not UNSET:
            field_dict["language"] = self.language
        if self.version is not UNSET:
            field_dict["version"] = self.version
        if self.case_version is not UNSET:
            field_dict["caseVersion"] = self.case_version
        if self.adoption_status is not UNSET:
            field_dict["adoptionStatus"] = self.adoption_status
        if self.status_start_date is not UNSET:
            field_dict["statusStartDate"] = self.status_start_date
        if self.status_end_date is not UNSET:
            field_dict["statusEndDate"] = self.status_end_date
        if self.license_uri is not UNSET:
            field_dict["licenseUri"] = self.license_uri
        if self.notes is not UNSET:
            field_dict["notes"] = self.notes
        if self.subject is not UNSET:
            field_dict["subject"] = _rt.dump(self.subject)
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

        title = d["title"]
        if type(title) is not str:
            raise TypeError

        creator = d["creator"]
        if type(creator) is not str:
            raise TypeError

        official_source_url = d.get("officialSourceURL", UNSET)
        if type(official_source_url) is not str and official_source_url is not UNSET:
            raise TypeError

        publisher = d.get("publisher", UNSET)
        if type(publisher) is not str and publisher is not UNSET:
            raise TypeError

        description = d.get("description", UNSET)
        if type(description) is not str and description is not UNSET:
            raise TypeError

        language = d.get("language", UNSET)
        if type(language) is not str and language is not UNSET:
            raise TypeError

        version = d.get("version", UNSET)
        if type(version) is not str and version is not UNSET:
            raise TypeError

        case_version = d.get("caseVersion", UNSET)
        if type(case_version) is not str and case_version is not UNSET:
            raise TypeError

        adoption_status = d.get("adoptionStatus", UNSET)
        if type(adoption_status) is not str and adoption_status is not UNSET:
            raise TypeError

        status_start_date = d.get("statusStartDate", UNSET)
        if type(status_start_date) is not str and status_start_date is not UNSET:
            raise TypeError

        status_end_date = d.get("statusEndDate", UNSET)
        if type(status_end_date) is not str and status_end_date is not UNSET:
            raise TypeError

        license_uri = d.get("licenseUri", UNSET)
        if type(license_uri) is not str and license_uri is not UNSET:
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
