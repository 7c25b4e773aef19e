from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..models.case_version import CaseVersion, check_case_version
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.cf_document_extensions_type_0 import CFDocumentExtensionsType0
    from ..models.subject_uri import SubjectURI


T = TypeVar("T", bound="CFDocument")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

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
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_SubjectURI
    global CFDocumentExtensionsType0
    global SubjectURI
    global _D_case_version
    global _D_subject
    global _D_subject_uri
    global _D_status_start_date
    global _D_status_end_date
    global _D_license_uri
    global _D_extensions
    from ..models.cf_document_extensions_type_0 import CFDocumentExtensionsType0
    from ..models.subject_uri import SubjectURI

    _TABLE = _rt.table(
        (
            _rt.Field("sourcedId", "sourced_id", True, _rt.UUID),
            _rt.Field("title", "title", True, _rt.STR),
            _rt.Field("uri", "uri", True, _rt.STR),
            _rt.Field("creator", "creator", True, _rt.STR),
            _rt.Field(
                "lastChangeDateTime", "last_change_date_time", True, _rt.DATETIME
            ),
            _rt.Field("CFPackageURI", "cf_package_uri", True, _rt.Model(SubjectURI)),
            _rt.Field(
                "frameworkType",
                "framework_type",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "caseVersion",
                "case_version",
                False,
                _rt.Union(
                    (
                        _rt.Enum(check_case_version, "CaseVersion"),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "officialSourceURL",
                "official_source_url",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "publisher",
                "publisher",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "description",
                "description",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "subject",
                "subject",
                False,
                _rt.Union(
                    (
                        _rt.List(_rt.STR),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "subjectURI",
                "subject_uri",
                False,
                _rt.Union(
                    (
                        _rt.List(_rt.Model(SubjectURI)),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "language",
                "language",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "version",
                "version",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "adoptionStatus",
                "adoption_status",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "statusStartDate",
                "status_start_date",
                False,
                _rt.Union(
                    (
                        _rt.DATE,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "statusEndDate",
                "status_end_date",
                False,
                _rt.Union(
                    (
                        _rt.DATE,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "licenseURI",
                "license_uri",
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
                        _rt.Model(CFDocumentExtensionsType0),
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
    _D_case_version = _TABLE.fields[7].desc
    _D_subject = _TABLE.fields[11].desc
    _D_subject_uri = _TABLE.fields[12].desc
    _D_status_start_date = _TABLE.fields[16].desc
    _D_status_end_date = _TABLE.fields[17].desc
    _D_license_uri = _TABLE.fields[18].desc
    _D_extensions = _TABLE.fields[20].desc
    _BOUND = True


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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.sourced_id is not UNSET:
            field_dict["sourcedId"] = _rt.dump(self.sourced_id)
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.uri is not UNSET:
            field_dict["uri"] = self.uri
        if self.creator is not UNSET:
            field_dict["creator"] = self.creator
        if self.last_change_date_time is not UNSET:
            field_dict["lastChangeDateTime"] = _rt.dump(self.last_change_date_time)
        if self.cf_package_uri is not UNSET:
            field_dict["CFPackageURI"] = _rt.dump(self.cf_package_uri)
        if self.framework_type is not UNSET:
            field_dict["frameworkType"] = self.framework_type
        if self.case_version is not UNSET:
            field_dict["caseVersion"] = _rt.dump(self.case_version)
        if self.official_source_url is not UNSET:
            field_dict["officialSourceURL"] = self.official_source_url
        if self.publisher is not UNSET:
            field_dict["publisher"] = self.publisher
        if self.description is not UNSET:
            field_dict["description"] = self.description
        if self.subject is not UNSET:
            field_dict["subject"] = _rt.dump(self.subject)
        if self.subject_uri is not UNSET:
            field_dict["subjectURI"] = _rt.dump(self.subject_uri)
        if self.language is not UNSET:
            field_dict["language"] = self.language
        if self.version is not UNSET:
            field_dict["version"] = self.version
        if self.adoption_status is not UNSET:
            field_dict["adoptionStatus"] = self.adoption_status
        if self.status_start_date is not UNSET:
            field_dict["statusStartDate"] = _rt.dump(self.status_start_date)
        if self.status_end_date is not UNSET:
            field_dict["statusEndDate"] = _rt.dump(self.status_end_date)
        if self.license_uri is not UNSET:
            field_dict["licenseURI"] = _rt.dump(self.license_uri)
        if self.notes is not UNSET:
            field_dict["notes"] = self.notes
        if self.extensions is not UNSET:
            field_dict["extensions"] = _rt.dump(self.extensions)
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

        title = d["title"]
        if type(title) is not str:
            raise TypeError

        uri = d["uri"]
        if type(uri) is not str:
            raise TypeError

        creator = d["creator"]
        if type(creator) is not str:
            raise TypeError

        last_change_date_time = _parse_datetime(d["lastChangeDateTime"])

        cf_package_uri = _F_SubjectURI(d["CFPackageURI"])

        framework_type = d.get("frameworkType", UNSET)
        if (
            type(framework_type) is not str
            and framework_type is not None
            and framework_type is not UNSET
        ):
            raise TypeError

        _case_version = d.get("caseVersion", UNSET)
        case_version = (
            UNSET if _case_version is UNSET else _D_case_version.strict(_case_version)
        )

        official_source_url = d.get("officialSourceURL", UNSET)
        if (
            type(official_source_url) is not str
            and official_source_url is not None
            and official_source_url is not UNSET
        ):
            raise TypeError

        publisher = d.get("publisher", UNSET)
        if (
            type(publisher) is not str
            and publisher is not None
            and publisher is not UNSET
        ):
            raise TypeError

        description = d.get("description", UNSET)
        if (
            type(description) is not str
            and description is not None
            and description is not UNSET
        ):
            raise TypeError

        _subject = d.get("subject", UNSET)
        subject = UNSET if _subject is UNSET else _D_subject.strict(_subject)

        _subject_uri = d.get("subjectURI", UNSET)
        subject_uri = (
            UNSET if _subject_uri is UNSET else _D_subject_uri.strict(_subject_uri)
        )

        language = d.get("language", UNSET)
        if type(language) is not str and language is not None and language is not UNSET:
            raise TypeError

        version = d.get("version", UNSET)
        if type(version) is not str and version is not None and version is not UNSET:
            raise TypeError

        adoption_status = d.get("adoptionStatus", UNSET)
        if (
            type(adoption_status) is not str
            and adoption_status is not None
            and adoption_status is not UNSET
        ):
            raise TypeError

        _status_start_date = d.get("statusStartDate", UNSET)
        status_start_date = (
            UNSET
            if _status_start_date is UNSET
            else _D_status_start_date.strict(_status_start_date)
        )

        _status_end_date = d.get("statusEndDate", UNSET)
        status_end_date = (
            UNSET
            if _status_end_date is UNSET
            else _D_status_end_date.strict(_status_end_date)
        )

        _license_uri = d.get("licenseURI", UNSET)
        license_uri = (
            UNSET if _license_uri is UNSET else _D_license_uri.strict(_license_uri)
        )

        notes = d.get("notes", UNSET)
        if type(notes) is not str and notes is not None and notes is not UNSET:
            raise TypeError

        _extensions = d.get("extensions", UNSET)
        extensions = (
            UNSET if _extensions is UNSET else _D_extensions.strict(_extensions)
        )

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
